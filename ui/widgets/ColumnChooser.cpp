#include "ui/widgets/ColumnChooser.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// Rebuilds the menu's title when the language changes (the menu has no changeEvent of ours).
class TitleKeeper final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            static_cast<QMenu *>(watched)->setTitle(ColumnChooser::tr("&Columns"));
        return false;
    }
};
} // namespace

ColumnChooser::ColumnChooser(QAbstractItemView *view, QHeaderView *header)
    : QObject(view)
    , m_header(header)
    , m_menu(new QMenu(view))
{
    m_menu->setObjectName(view->objectName() + u"ColumnsMenu"_s);
    m_menu->setTitle(tr("&Columns"));
    m_menu->installEventFilter(new TitleKeeper(m_menu));
    // Built when it opens: the header's texts follow the language and the model.
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::rebuild);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &at) { m_menu->popup(m_header->viewport()->mapToGlobal(at)); });
}

QAction *ColumnChooser::menuAction() const
{
    return m_menu->menuAction();
}

void ColumnChooser::rebuild()
{
    m_menu->clear();
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    const int count = m_header->count();
    int visible = 0;
    for (int section = 0; section < count; ++section)
        visible += m_header->isSectionHidden(section) ? 0 : 1;
    // In the order the user sees them (columns can be moved).
    for (int visual = 0; visual < count; ++visual) {
        const int section = m_header->logicalIndex(visual);
        QAction *action =
            m_menu->addAction(model->headerData(section, Qt::Horizontal).toString().simplified());
        action->setObjectName(u"column_%1"_s.arg(section));
        action->setCheckable(true);
        const bool shown = !m_header->isSectionHidden(section);
        action->setChecked(shown);
        action->setEnabled(!(shown && visible == 1));
        connect(action, &QAction::toggled, this, [this, section](bool on) {
            m_header->setSectionHidden(section, !on);
            if (on && m_header->sectionSize(section) < m_header->sectionSizeHint(section))
                m_header->resizeSection(section, m_header->sectionSizeHint(section));
        });
    }
}

} // namespace plc
