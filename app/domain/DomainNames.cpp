#include "domain/DomainNames.h"

#include "domain/EndpointServiceName.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

bool DomainNames::isValidManagedUniqueName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z2-7]{26}$"_s);
    return pattern.match(name).hasMatch();
}

bool DomainNames::isValidConfluentUniqueName(const QString &name)
{
    return !confluentRegion(name).isEmpty();
}

QString DomainNames::confluentRegion(const QString &uniqueName)
{
    static const QRegularExpression pattern(u"^[a-z0-9]{6,32}\\.([a-z0-9-]+)$"_s);
    const auto match = pattern.match(uniqueName);
    if (!match.hasMatch() || !isValidRegionCode(match.captured(1)))
        return {};
    return match.captured(1);
}

QString DomainNames::confluentUniqueNameFromSubdomain(const QString &subdomain)
{
    QString text = subdomain.trimmed().toLower();
    if (text.startsWith("*."_L1))
        text = text.mid(2);
    if (text.endsWith(u'.'))
        text.chop(1);
    const auto suffix = ".aws.confluent.cloud"_L1;
    if (!text.endsWith(suffix))
        return {};
    QStringList labels = text.chopped(suffix.size()).split(u'.');
    // [az-id.]network.region: the AZ label (use1-az1) is optional.
    if (labels.size() == 3)
        labels.removeFirst();
    if (labels.size() != 2)
        return {};
    const QString name = labels.join(u'.');
    return isValidConfluentUniqueName(name) ? name : QString();
}

QStringList DomainNames::managedDomains(const QString &uniqueName, const QString &provider,
                                        const QStringList &azIds)
{
    QStringList domains;
    for (const QString &az : azIds)
        domains.append(u"*.%1.%2.%3.plc.tidbcloud.com"_s.arg(az, uniqueName, provider));
    return domains;
}

QStringList DomainNames::confluentDomains(const QString &uniqueName, const QStringList &azIds)
{
    QStringList domains{u"*.%1.aws.confluent.cloud"_s.arg(uniqueName)};
    for (const QString &az : azIds)
        domains.append(u"*.%1.%2.aws.confluent.cloud"_s.arg(az, uniqueName));
    return domains;
}

} // namespace plc
