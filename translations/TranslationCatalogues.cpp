#include "TranslationCatalogues.h"

using namespace Qt::StringLiterals;

namespace plc {

QString translationCatalogues()
{
    return u":/i18n"_s;
}

} // namespace plc
