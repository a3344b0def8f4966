#include "RegionNames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

bool RegionNames::isAwsRegion(const QString &region)
{
    static const QRegularExpression shape(u"^[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}$"_s);
    return region.size() <= 40 && shape.match(region).hasMatch();
}

bool RegionNames::isAlibabaRegion(const QString &region)
{
    static const QRegularExpression shape(u"^[a-z]{2,}(-[a-z0-9]+){1,4}$"_s);
    return region.size() <= 40 && shape.match(region).hasMatch();
}

} // namespace plc
