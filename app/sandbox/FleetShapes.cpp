#include "sandbox/FleetShapes.h"

#include "sandbox/FleetSeed.h"
#include "sandbox/ProviderSimulation.h"
#include "sandbox/SandboxSeed.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

QJsonObject FleetShapes::connection(const QJsonObject &cluster, const QString &id,
                                    const QString &name, const QString &state,
                                    const QString &serviceName, const QString &endpointId,
                                    const QStringList &zones, const QString &created,
                                    const QString &updated, const QString &endpointState,
                                    const QString &message)
{
    const bool aws = serviceName.startsWith("com.amazonaws"_L1);
    QJsonObject endpoint{{u"name"_s, serviceName}};
    if (!endpointId.isEmpty()) {
        endpoint.insert(u"endpointId"_s, endpointId);
        endpoint.insert(u"availabilityZoneIds"_s, QJsonArray::fromStringList(zones));
    }
    QJsonObject result{
        {u"privateLinkConnectionId"_s, id},
        {u"clusterId"_s, cluster.value("clusterId"_L1)},
        {u"displayName"_s, name},
        {u"state"_s, state},
        {u"createdBy"_s, cluster.value("createdBy"_L1)},
        {u"createTime"_s, created},
        {u"updateTime"_s, updated},
        {u"type"_s, aws ? u"AWS_ENDPOINT_SERVICE"_s : u"ALICLOUD_ENDPOINT_SERVICE"_s},
        {aws ? u"awsEndpointService"_s : u"alicloudEndpointService"_s, endpoint}};
    if (!message.isEmpty())
        result.insert(u"message"_s, message);
    if (!endpointState.isEmpty())
        result.insert(QLatin1StringView(InternalField::EndpointState), endpointState);
    result.insert(QLatin1StringView(FleetSeed::Mark), true);
    return result;
}

QJsonObject FleetShapes::sink(bool mysql, const QString &connectionId, int port)
{
    const QJsonObject network{
        {u"networkType"_s, u"PRIVATE_LINK"_s},
        {u"privateLink"_s,
         QJsonObject{{u"privateLinkConnectionId"_s, connectionId}, {u"port"_s, port}}}};
    if (mysql) {
        return {{u"type"_s, u"MYSQL"_s},
                {u"mysql"_s,
                 QJsonObject{{u"network"_s, network},
                             {u"authentication"_s, QJsonObject{{u"userName"_s, u"cdc_user"_s},
                                                               {u"password"_s, QString()},
                                                               {u"enableTls"_s, true}}}}}};
    }
    return {{u"type"_s, u"KAFKA"_s},
            {u"kafka"_s,
             QJsonObject{{u"network"_s, network},
                         {u"broker"_s, QJsonObject{{u"kafkaVersion"_s, u"VERSION_3XX"_s},
                                                   {u"compression"_s, u"ZSTD"_s}}},
                         {u"authentication"_s, QJsonObject{{u"authType"_s, u"SASL_SCRAM_SHA_512"_s},
                                                           {u"username"_s, u"fleet-cdc"_s},
                                                           {u"enableTls"_s, true}}},
                         {u"dataFormat"_s, QJsonObject{{u"protocol"_s, u"CANAL_JSON"_s}}}}}};
}

QString FleetShapes::failedMessage(bool aws, const QString &serviceName, bool rejected)
{
    if (rejected)
        return u"the endpoint connection request was rejected by the owner of endpoint service "
               "%1"_s.arg(serviceName);
    const QString account = SandboxSeed::accountIdFor(aws ? u"aws"_s : u"alicloud"_s);
    return aws ? u"TiDB Cloud account %1 is not allowed to connect to endpoint service %2: add "
                 "arn:aws:iam::%1:root to its Allow principals"_s.arg(account, serviceName)
               : u"TiDB Cloud account %1 is not allowed to connect to endpoint service %2: add "
                 "%1 to its Service Whitelist"_s.arg(account, serviceName);
}

} // namespace plc::sandbox
