#include "sandbox/SandboxSeed.h"

#include "sandbox/ChangefeedRoutes.h"
#include "sandbox/ProviderSimulation.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

const char *const SeedKey = "changefeed_seed";

/// The ports each seeded endpoint service serves, and the database accounts behind the MySQL
/// ones (the sandbox's own made-up credentials, written in docs/sandbox.md).
struct ServiceNetwork
{
    const char *name;
    QList<int> ports;
    bool mysql;
};

const QList<ServiceNetwork> &serviceNetworks()
{
    static const QList<ServiceNetwork> networks{
        {"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718", {3306}, true},
        {"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180", {9092}, false},
        {"com.amazonaws.vpce.us-east-1.vpce-svc-01234abcd5678ef90", {9092, 9093}, false},
        {"com.amazonaws.vpce.us-east-1.vpce-svc-09f8e7d6c5b4a3921", {3306}, true},
        {"com.amazonaws.vpce.ap-northeast-1.vpce-svc-0c1d2e3f4a5b6c7d8", {3306}, true},
        {"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1c2d3e4f5g6h7i8", {3306}, true},
        {"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1k9m8n7b6v5c4x3", {9092}, false},
        {"com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4na1b2c3d4e5f6g7", {1883}, false},
    };
    return networks;
}

QJsonObject privateSink(const QString &type, const QString &connectionId, int port)
{
    const QJsonObject network{
        {u"networkType"_s, u"PRIVATE_LINK"_s},
        {u"privateLink"_s,
         QJsonObject{{u"privateLinkConnectionId"_s, connectionId}, {u"port"_s, port}}}};
    if (type == "MYSQL"_L1) {
        return {{u"type"_s, type},
                {u"mysql"_s,
                 QJsonObject{{u"network"_s, network},
                             {u"authentication"_s, QJsonObject{{u"userName"_s, u"cdc_user"_s},
                                                               {u"password"_s, QString()},
                                                               {u"enableTls"_s, true}}}}}};
    }
    return {{u"type"_s, type},
            {u"kafka"_s,
             QJsonObject{{u"network"_s, network},
                         {u"broker"_s, QJsonObject{{u"kafkaVersion"_s, u"VERSION_3XX"_s},
                                                   {u"compression"_s, u"LZ4"_s}}},
                         {u"authentication"_s, QJsonObject{{u"authType"_s, u"SASL_PLAIN"_s},
                                                           {u"username"_s, u"tidb-cdc"_s},
                                                           {u"enableTls"_s, true}}},
                         {u"dataFormat"_s, QJsonObject{{u"protocol"_s, u"CANAL_JSON"_s}}}}}};
}

QJsonObject changefeed(const QString &id, const QString &clusterId, const QString &name,
                       const QString &state, const QJsonObject &sink, const QString &created,
                       const QString &error = {}, const QString &stoppedAt = {}, int lagMs = 1500)
{
    QJsonObject result{
        {u"changefeedId"_s, id},
        {u"clusterId"_s, clusterId},
        {u"displayName"_s, name},
        {u"state"_s, state},
        {u"sink"_s, sink},
        {u"filter"_s, QJsonObject{{u"filterRule"_s, QJsonArray{u"orders.*"_s, u"payments.*"_s}},
                                  {u"mode"_s, u"IGNORE_NOT_SUPPORT_TABLE"_s}}},
        {u"startPosition"_s, QJsonObject{{u"mode"_s, u"FROM_NOW"_s}}},
        {u"createTime"_s, created},
        {u"updateTime"_s, created},
        {QLatin1StringView(ChangefeedField::LagMs), lagMs},
    };
    if (!error.isEmpty())
        result.insert(u"error"_s, error);
    if (!stoppedAt.isEmpty()) {
        const QDateTime at = QDateTime::fromString(stoppedAt, Qt::ISODate);
        result.insert(u"checkpoint"_s,
                      QJsonObject{{u"tso"_s, ChangefeedRoutes::tsoFor(at.toMSecsSinceEpoch())},
                                  {u"time"_s, stoppedAt}});
    }
    return result;
}

} // namespace

QList<QJsonObject> SandboxSeed::changefeeds()
{
    const QString ordersProd = u"10289543321198765432"_s;
    const QString hzPayments = u"10289543321198765435"_s;
    const QString confluent = u"plc-9m3v7x1c5z2b8n4q6wke"_s;
    const QString kafka = u"plc-2h6j8k4l0p9o7i5u3yte"_s;
    const QString rds = u"plc-4t8c2kq9w1nz5rbx7dma"_s;
    const QString polardb = u"plc-5b7n9m1k3j5h7g9f1dsa"_s;
    return {
        changefeed(u"cfd-na7ckpbdjxphv3wrzqwo"_s, ordersProd, u"orders-to-confluent"_s,
                   u"RUNNING"_s, privateSink(u"KAFKA"_s, confluent, 9092),
                   u"2025-10-05T10:00:00Z"_s, {}, {}, 1200),
        changefeed(u"cfd-nwuot60o305f3x2u2ze5"_s, ordersProd, u"orders-events-selfhosted"_s,
                   u"RUNNING_FAILED"_s, privateSink(u"KAFKA"_s, kafka, 9093),
                   u"2026-11-20T09:20:00Z"_s,
                   u"private link connection plc-2h6j8k4l0p9o7i5u3yte (kafka-selfhosted) is "
                   "PENDING_ACCEPTANCE, not ACTIVE: the sink cannot be reached through it"_s,
                   u"2026-11-20T09:20:00Z"_s),
        changefeed(u"cfd-bmi8lbs75jghzde39sz6"_s, ordersProd, u"orders-to-rds-replica"_s,
                   u"RUNNING"_s, privateSink(u"MYSQL"_s, rds, 3306), u"2025-10-02T04:00:00Z"_s, {},
                   {}, 800),
        changefeed(u"cfd-ol86wfpttkuy4v2er4jh"_s, ordersProd, u"orders-audit-archive"_s,
                   u"PAUSED"_s, privateSink(u"MYSQL"_s, rds, 3306), u"2025-12-01T08:00:00Z"_s, {},
                   u"2026-11-18T22:00:00Z"_s),
        changefeed(
            u"cfd-5yyaqfsec2dqk545c6d4"_s, ordersProd, u"orders-to-public-kafka"_s, u"RUNNING"_s,
            QJsonObject{
                {u"type"_s, u"KAFKA"_s},
                {u"kafka"_s,
                 QJsonObject{{u"network"_s, QJsonObject{{u"networkType"_s, u"PUBLIC"_s},
                                                        {u"publicEndpoints"_s,
                                                         u"b-1.analytics.example.com:9094"_s}}},
                             {u"authentication"_s, QJsonObject{{u"authType"_s, u"DISABLE"_s}}}}}},
            u"2026-01-15T12:00:00Z"_s),
        changefeed(u"cfd-f3o2qfadvy1wdt2t9b1y"_s, hzPayments, u"payments-to-polardb"_s,
                   u"WARNING"_s, privateSink(u"MYSQL"_s, polardb, 3306), u"2025-11-12T03:00:00Z"_s,
                   u"the changefeed is 14 minutes behind: the downstream MySQL applies changes "
                   "slower than they arrive"_s,
                   {}, 14 * 60'000),
    };
}

QJsonObject SandboxSeed::withNetwork(QJsonObject service)
{
    for (const ServiceNetwork &network : serviceNetworks()) {
        if (service.value("name"_L1).toString() != QLatin1StringView(network.name))
            continue;
        QJsonArray ports;
        for (int port : network.ports)
            ports.append(port);
        service.insert(u"ports"_s, ports);
        if (network.mysql) {
            service.insert(QLatin1StringView(EndpointServiceField::MysqlAccounts),
                           QJsonObject{{u"cdc_user"_s, QString::fromLatin1(MysqlPassword)}});
        }
    }
    return service;
}

bool SandboxSeed::seedChangefeeds(SandboxStore &store)
{
    if (!store.meta(QString::fromLatin1(SeedKey)).isEmpty())
        return true;
    // A sandbox file from before changefeeds: its seeded services learn their ports.
    const QList<QJsonObject> services = store.endpointServices();
    for (const QJsonObject &service : services) {
        if (!service.contains("ports"_L1) && !store.putEndpointService(withNetwork(service)))
            return false;
    }
    const QList<QJsonObject> seed = changefeeds();
    for (const QJsonObject &changefeed : seed) {
        const QString clusterId = changefeed.value("clusterId"_L1).toString();
        if (!store.cluster(clusterId) ||
            store.changefeed(clusterId, changefeed.value("changefeedId"_L1).toString()))
            continue;
        if (!store.putChangefeed(changefeed, std::nullopt))
            return false;
    }
    return store.setMeta(QString::fromLatin1(SeedKey), u"1"_s);
}

} // namespace plc::sandbox
