#include "sandbox/alibaba/AlibabaEndpointServices.h"

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/alibaba/AlibabaApi.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QStringList stringList(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    return list;
}

bool targetMatches(const AlibabaEndpointTarget &target, const QString &region, const QString &id,
                   const QString &name)
{
    return target.region == region && (id.isEmpty() || target.id == id) &&
           (name.isEmpty() || target.name == name);
}
} // namespace

QList<AlibabaEndpointTarget> AlibabaEndpointServices::tidbCloudServices() const
{
    QList<AlibabaEndpointTarget> found;
    const QList<QJsonObject> clusters = m_store->clusters(0, m_store->clusterCount());
    for (const QJsonObject &cluster : clusters) {
        const QJsonObject alicloud = cluster.value("endpoints"_L1)
                                         .toObject()
                                         .value("private"_L1)
                                         .toObject()
                                         .value("alicloud"_L1)
                                         .toObject();
        const QString name = alicloud.value("serviceName"_L1).toString();
        const QStringList parts = name.split(u'.');
        if (parts.size() != 5 || !name.startsWith("com.aliyuncs.privatelink."_L1))
            continue;
        AlibabaEndpointTarget target{parts.at(4),
                                     name,
                                     parts.at(3),
                                     stringList(alicloud.value("availabilityZone"_L1)),
                                     SandboxSeed::accountIdFor(u"alicloud"_s),
                                     true};
        bool known = false;
        for (const AlibabaEndpointTarget &other : std::as_const(found))
            known = known || other.name == name;
        if (!known)
            found.append(target);
    }
    return found;
}

std::optional<AlibabaEndpointTarget> AlibabaEndpointServices::find(const QString &account,
                                                                   const QString &region,
                                                                   const QString &serviceId,
                                                                   const QString &serviceName,
                                                                   bool *notAuthorized) const
{
    if (notAuthorized)
        *notAuthorized = false;
    const QList<AlibabaEndpointTarget> tidb = tidbCloudServices();
    for (const AlibabaEndpointTarget &target : tidb) {
        if (targetMatches(target, region, serviceId, serviceName))
            return target;
    }
    const QList<QJsonObject> services = m_store->endpointServices();
    for (const QJsonObject &service : services) {
        if (service.value("provider"_L1).toString() != "alicloud"_L1)
            continue;
        const QString name = service.value("name"_L1).toString();
        const QString owner = service.value("owner"_L1).toString() == "USER"_L1
                                  ? QString::fromLatin1(AlibabaApi::UserAccount)
                                  : QString::fromLatin1(OtherOwner);
        const AlibabaEndpointTarget target{name.section(u'.', -1),
                                           name,
                                           service.value("region"_L1).toString(),
                                           stringList(service.value("availabilityZoneIds"_L1)),
                                           owner,
                                           !service.value("acceptanceRequired"_L1).toBool()};
        const QStringList whitelist = stringList(service.value("allowedPrincipals"_L1));
        const bool allowed =
            owner == account || whitelist.contains(account) || whitelist.contains(u"*"_s);
        if (!targetMatches(target, region, serviceId, serviceName))
            continue;
        if (allowed)
            return target;
        if (notAuthorized)
            *notAuthorized = true;
    }
    return std::nullopt;
}

} // namespace plc::sandbox
