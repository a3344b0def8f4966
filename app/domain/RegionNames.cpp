#include "domain/RegionNames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

bool RegionNames::isAwsRegion(const QString &region)
{
    // Anchored as a whole: `$` alone would also match before a final line feed.
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(u"[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}"_s));
    return region.size() <= 40 && shape.match(region).hasMatch();
}

bool RegionNames::isAlibabaRegion(const QString &region)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(u"[a-z]{2,}(-[a-z0-9]+){1,4}"_s));
    return region.size() <= 40 && shape.match(region).hasMatch();
}

} // namespace plc
