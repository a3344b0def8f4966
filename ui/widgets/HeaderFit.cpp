#include "ui/widgets/HeaderFit.h"

#include <QHeaderView>

namespace plc {

void fitHeaderTexts(QHeaderView *header)
{
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const int needed = header->sectionSizeHint(section);
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

} // namespace plc
