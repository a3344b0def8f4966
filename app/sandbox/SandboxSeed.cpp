#include "sandbox/SandboxSeed.h"

#include "sandbox/SandboxStore.h"

#include "sandbox/NetworkStore.h"

#include "sandbox/ProviderSimulation.h"
#include "sandbox/SandboxIds.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

struct RegionInfo
{
    const char *provider;    ///< API spelling: aws, alicloud
    const char *code;        ///< us-east-1
    const char *displayName; ///< N. Virginia (us-east-1)
    const char *serviceName; ///< the cluster's private endpoint service in that region
    QStringList zones;       ///< AZ IDs (AWS) or zone IDs (Alibaba Cloud)
};

const RegionInfo &region(int index)
{
    static const RegionInfo regions[] = {
        {"aws",
         "us-east-1",
         "N. Virginia (us-east-1)",
         "com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a",
         {u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s}},
        {"aws",
         "ap-northeast-1",
         "Tokyo (ap-northeast-1)",
         "com.amazonaws.vpce.ap-northeast-1.vpce-svc-0e8a2c7b91d4f6a30",
         {u"apne1-az1"_s, u"apne1-az2"_s, u"apne1-az4"_s}},
        {"alicloud",
         "cn-hangzhou",
         "Hangzhou (cn-hangzhou)",
         "com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l",
         {u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s}},
        {"alicloud",
         "ap-southeast-1",
         "Singapore (ap-southeast-1)",
         "com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n8x2kq0w5mr7c3v",
         {u"ap-southeast-1a"_s, u"ap-southeast-1b"_s, u"ap-southeast-1c"_s}},
    };
    return regions[index];
}

QJsonObject makeCluster(const QString &id, const QString &displayName, int regionIndex,
                        const QString &plan, const QString &state, const QString &createTime,
                        const QString &userPrefix, const QString &createdBy)
{
    const RegionInfo &r = region(regionIndex);
    const QString provider = QString::fromLatin1(r.provider);
    const QString code = QString::fromLatin1(r.code);
    const QString regionId = provider + u'-' + code;
    const QString domain =
        provider == "aws"_L1 ? u"prod.aws.tidbcloud.com"_s : u"prod.alicloud.tidbcloud.com"_s;

    QJsonObject privateEndpoint{
        {u"host"_s, u"gateway01-privatelink.%1.%2"_s.arg(code, domain)},
        {u"port"_s, 4000},
        {provider == "aws"_L1 ? u"aws"_s : u"alicloud"_s,
         QJsonObject{{u"serviceName"_s, QString::fromLatin1(r.serviceName)},
                     {u"availabilityZone"_s, QJsonArray::fromStringList(r.zones)}}},
    };
    const bool isEssential = plan == "Essential"_L1;
    return QJsonObject{
        {u"name"_s, u"clusters/"_s + id},
        {u"clusterId"_s, id},
        {u"displayName"_s, displayName},
        {u"region"_s, QJsonObject{{u"name"_s, u"regions/"_s + regionId},
                                  {u"regionId"_s, regionId},
                                  {u"cloudProvider"_s, provider},
                                  {u"displayName"_s, QString::fromLatin1(r.displayName)},
                                  {u"provider"_s, provider}}},
        {u"endpoints"_s,
         QJsonObject{{u"public"_s, QJsonObject{{u"host"_s, u"gateway01.%1.%2"_s.arg(code, domain)},
                                               {u"port"_s, 4000},
                                               {u"disabled"_s, false}}},
                     {u"private"_s, privateEndpoint}}},
        {u"version"_s, u"v7.5.2"_s},
        {u"createdBy"_s, createdBy},
        {u"userPrefix"_s, userPrefix},
        {u"state"_s, state},
        {u"labels"_s, QJsonObject{{u"tidb.cloud/organization"_s, u"1372813089189561287"_s},
                                  {u"tidb.cloud/project"_s, u"1372813089454543324"_s}}},
        {u"annotations"_s, QJsonObject{{u"tidb.cloud/has-set-password"_s, u"true"_s}}},
        {u"createTime"_s, createTime},
        {u"updateTime"_s, createTime},
        {u"clusterPlan"_s, isEssential ? u"ESSENTIAL"_s : u"STARTER"_s},
        {u"servicePlan"_s, plan},
        {u"highAvailabilityType"_s, isEssential ? u"REGIONAL"_s : u"ZONAL"_s},
    };
}

} // namespace

QList<QJsonObject> SandboxSeed::clusters()
{
    return {
        makeCluster(u"10289543321198765432"_s, u"orders-prod"_s, 0, u"Essential"_s, u"ACTIVE"_s,
                    u"2025-03-11T02:14:09Z"_s, u"3pTAoNNegb47Uc8"_s, u"dba@example.com"_s),
        makeCluster(u"10289543321198765433"_s, u"analytics-staging"_s, 0, u"Starter"_s, u"ACTIVE"_s,
                    u"2025-06-02T09:41:55Z"_s, u"4kQmZ2xR7bNw9Tc"_s, u"data-eng@example.com"_s),
        makeCluster(u"10289543321198765434"_s, u"tokyo-web"_s, 1, u"Starter"_s, u"ACTIVE"_s,
                    u"2025-08-19T23:05:12Z"_s, u"2vHs8LpQe3Mn6Yd"_s, u"ops-jp@example.com"_s),
        makeCluster(u"10289543321198765435"_s, u"hz-payments"_s, 2, u"Essential"_s, u"ACTIVE"_s,
                    u"2025-09-30T06:27:48Z"_s, u"5rBc1KwT9dFx3Za"_s, u"ops-cn@example.com"_s),
        makeCluster(u"10289543321198765436"_s, u"sg-iot-ingest"_s, 3, u"Starter"_s, u"ACTIVE"_s,
                    u"2025-11-04T14:50:31Z"_s, u"7nLp4VgS2hJq8Xe"_s, u"iot@example.com"_s),
        makeCluster(u"10289543321198765437"_s, u"checkout-canary"_s, 0, u"Starter"_s, u"CREATING"_s,
                    u"2026-11-20T07:12:03Z"_s, u"9tWm3RcY5kDv1Pb"_s, u"dba@example.com"_s),
    };
}

int SandboxSeed::regionCount()
{
    return 4;
}

QJsonObject SandboxSeed::cluster(const QString &id, const QString &displayName, int regionIndex,
                                 const QString &plan, const QString &state,
                                 const QString &createTime, const QString &userPrefix,
                                 const QString &createdBy)
{
    return makeCluster(id, displayName, regionIndex, plan, state, createTime, userPrefix,
                       createdBy);
}

ClusterNetwork SandboxSeed::networkOf(const QJsonObject &cluster)
{
    const QString provider =
        cluster.value("region"_L1).toObject().value("cloudProvider"_L1).toString();
    const QJsonObject privateEndpoint =
        cluster.value("endpoints"_L1).toObject().value("private"_L1).toObject();
    QStringList zones;
    const QJsonArray zoneArray =
        privateEndpoint.value(provider == "aws"_L1 ? "aws"_L1 : "alicloud"_L1)
            .toObject()
            .value("availabilityZone"_L1)
            .toArray();
    for (const QJsonValue &zone : zoneArray)
        zones.append(zone.toString());
    return {accountIdFor(provider), zones};
}

QString SandboxSeed::accountIdFor(const QString &provider)
{
    return provider == "aws"_L1 ? u"380838443567"_s : u"5548313946124153"_s;
}

QList<QJsonObject> SandboxSeed::endpointServices()
{
    auto service = [](const QString &name, const QString &provider, const QString &region,
                      const QStringList &zones, const QStringList &principals, bool acceptance,
                      const QString &owner, const QString &description) {
        return QJsonObject{{u"name"_s, name},
                           {u"provider"_s, provider},
                           {u"region"_s, region},
                           {u"availabilityZoneIds"_s, QJsonArray::fromStringList(zones)},
                           {u"allowedPrincipals"_s, QJsonArray::fromStringList(principals)},
                           {u"acceptanceRequired"_s, acceptance},
                           {u"owner"_s, owner},
                           {u"description"_s, description},
                           {u"createTime"_s, u"2025-10-01T00:00:00Z"_s}};
    };
    const QString awsRoot = u"arn:aws:iam::%1:root"_s.arg(accountIdFor(u"aws"_s));
    const QString alibaba = accountIdFor(u"alicloud"_s);
    return {
        service(u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s, u"aws"_s,
                u"us-east-1"_s, {u"use1-az1"_s, u"use1-az2"_s, u"use1-az6"_s}, {awsRoot}, true,
                u"USER"_s, u"RDS proxy for orders (NLB)"_s),
        service(u"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180"_s, u"aws"_s,
                u"us-east-1"_s, {u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s}, {awsRoot}, true,
                u"CONFLUENT"_s, u"Confluent Cloud network domnprzqrog (PrivateLink Access)"_s),
        service(u"com.amazonaws.vpce.us-east-1.vpce-svc-01234abcd5678ef90"_s, u"aws"_s,
                u"us-east-1"_s, {u"use1-az2"_s, u"use1-az4"_s}, {awsRoot}, true, u"USER"_s,
                u"Self-hosted Kafka brokers (NLB)"_s),
        service(u"com.amazonaws.vpce.us-east-1.vpce-svc-09f8e7d6c5b4a3921"_s, u"aws"_s,
                u"us-east-1"_s, {u"use1-az1"_s, u"use1-az2"_s}, {}, true, u"USER"_s,
                u"Legacy MySQL (Allow principals still empty)"_s),
        service(u"com.amazonaws.vpce.ap-northeast-1.vpce-svc-0c1d2e3f4a5b6c7d8"_s, u"aws"_s,
                u"ap-northeast-1"_s, {u"apne1-az1"_s, u"apne1-az4"_s}, {awsRoot}, true, u"USER"_s,
                u"Tokyo RDS (ready for a new connection)"_s),
        service(u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1c2d3e4f5g6h7i8"_s, u"alicloud"_s,
                u"cn-hangzhou"_s, {u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s}, {alibaba}, true,
                u"USER"_s, u"PolarDB for payments (NLB)"_s),
        service(u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1k9m8n7b6v5c4x3"_s, u"alicloud"_s,
                u"cn-hangzhou"_s, {u"cn-hangzhou-k"_s}, {alibaba}, true, u"USER"_s,
                u"Self-hosted Kafka in Hangzhou"_s),
        service(u"com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4na1b2c3d4e5f6g7"_s, u"alicloud"_s,
                u"ap-southeast-1"_s, {u"ap-southeast-1a"_s, u"ap-southeast-1b"_s}, {alibaba}, false,
                u"USER"_s, u"IoT MQTT bridge (automatic acceptance)"_s),
    };
}

namespace {

QJsonObject connection(const QString &id, const QString &clusterId, const QString &name,
                       const QString &state, const QString &serviceName, const QString &endpointId,
                       const QStringList &zones, const QString &created,
                       const QString &message = {})
{
    const bool aws = serviceName.startsWith("com.amazonaws"_L1);
    QJsonObject endpoint{{u"name"_s, serviceName}};
    if (!endpointId.isEmpty()) {
        endpoint.insert(u"endpointId"_s, endpointId);
        endpoint.insert(u"availabilityZoneIds"_s, QJsonArray::fromStringList(zones));
    }
    QJsonObject result{
        {u"privateLinkConnectionId"_s, id},
        {u"clusterId"_s, clusterId},
        {u"displayName"_s, name},
        {u"state"_s, state},
        {u"createdBy"_s, u"dba@example.com"_s},
        {u"createTime"_s, created},
        {u"updateTime"_s, created},
        {u"type"_s, aws ? u"AWS_ENDPOINT_SERVICE"_s : u"ALICLOUD_ENDPOINT_SERVICE"_s},
        {aws ? u"awsEndpointService"_s : u"alicloudEndpointService"_s, endpoint}};
    if (!message.isEmpty())
        result.insert(u"message"_s, message);
    if (state == "ACTIVE"_L1 || state == "DELETING"_L1)
        result.insert(QLatin1StringView(InternalField::EndpointState), u"available"_s);
    else if (state == "PENDING_ACCEPTANCE"_L1)
        result.insert(QLatin1StringView(InternalField::EndpointState), u"pendingAcceptance"_s);
    return result;
}

QJsonObject attachDomain(const QString &id, const QJsonObject &connection, const QString &type,
                         const QString &uniqueName, const QStringList &domains,
                         const QString &created)
{
    QJsonArray list;
    for (const QString &domain : domains)
        list.append(QJsonObject{{u"name"_s, domain}, {u"state"_s, u"ACTIVE"_s}});
    return {{u"attachDomainId"_s, id},
            {u"clusterId"_s, connection.value("clusterId"_L1)},
            {u"privateLinkConnectionId"_s, connection.value("privateLinkConnectionId"_L1)},
            {u"type"_s, type},
            {u"uniqueName"_s, uniqueName},
            {u"domains"_s, list},
            {u"createdBy"_s, u"dba@example.com"_s},
            {u"createTime"_s, created}};
}

} // namespace

bool SandboxSeed::seedIfEmpty(SandboxStore &store)
{
    if (store.clusterCount() > 0) {
        StoreTransaction transaction(store);
        return seedChangefeeds(store) && transaction.commit();
    }
    StoreTransaction transaction(store);
    const QList<QJsonObject> seed = clusters();
    for (const QJsonObject &cluster : seed) {
        if (!store.putCluster(cluster) ||
            !store.putClusterNetwork(cluster.value("clusterId"_L1).toString(), networkOf(cluster)))
            return false;
    }
    const QList<QJsonObject> services = endpointServices();
    for (const QJsonObject &service : services) {
        if (!store.putEndpointService(withNetwork(service)))
            return false;
    }

    const QString ordersProd = u"10289543321198765432"_s;
    const QString hzPayments = u"10289543321198765435"_s;
    const QString sgIot = u"10289543321198765436"_s;
    const QJsonObject rds = connection(
        u"plc-4t8c2kq9w1nz5rbx7dma"_s, ordersProd, u"orders-rds"_s, u"ACTIVE"_s,
        u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s, u"vpce-0a9b8c7d6e5f4a3b2"_s,
        {u"use1-az1"_s, u"use1-az2"_s}, u"2025-10-02T03:15:00Z"_s);
    const QJsonObject confluent = connection(
        u"plc-9m3v7x1c5z2b8n4q6wke"_s, ordersProd, u"confluent-events"_s, u"ACTIVE"_s,
        u"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180"_s, u"vpce-0b1c2d3e4f5a6b7c8"_s,
        {u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s}, u"2025-10-05T08:40:00Z"_s);
    const QJsonObject kafka = connection(
        u"plc-2h6j8k4l0p9o7i5u3yte"_s, ordersProd, u"kafka-selfhosted"_s, u"PENDING_ACCEPTANCE"_s,
        u"com.amazonaws.vpce.us-east-1.vpce-svc-01234abcd5678ef90"_s, u"vpce-0c2d4e6f8a0b2c4d6"_s,
        {u"use1-az2"_s, u"use1-az4"_s}, u"2026-11-20T09:05:00Z"_s);
    const QJsonObject legacy =
        connection(u"plc-7r5e3w1q9a8s6d4f2gzx"_s, ordersProd, u"legacy-mysql"_s, u"FAILED"_s,
                   u"com.amazonaws.vpce.us-east-1.vpce-svc-09f8e7d6c5b4a3921"_s, {}, {},
                   u"2026-11-19T16:22:00Z"_s,
                   u"TiDB Cloud account 380838443567 is not allowed to connect to endpoint service "
                   "com.amazonaws.vpce.us-east-1.vpce-svc-09f8e7d6c5b4a3921: add "
                   "arn:aws:iam::380838443567:root to its Allow principals"_s);
    const QJsonObject polardb =
        connection(u"plc-5b7n9m1k3j5h7g9f1dsa"_s, hzPayments, u"polardb-payments"_s, u"ACTIVE"_s,
                   u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1c2d3e4f5g6h7i8"_s,
                   u"ep-bp1q2w3e4r5t6y7u8i9o0"_s, {u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s},
                   u"2025-11-12T02:00:00Z"_s);
    const QJsonObject hzKafka =
        connection(u"plc-3c5v7b9n1m3k5j7h9gfd"_s, hzPayments, u"kafka-hz"_s, u"CREATING"_s,
                   u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1k9m8n7b6v5c4x3"_s, {}, {},
                   u"2026-11-21T05:00:00Z"_s);
    const QJsonObject mqtt =
        connection(u"plc-8x6z4c2v0b8n6m4l2kjh"_s, sgIot, u"mqtt-bridge-old"_s, u"DELETING"_s,
                   u"com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4na1b2c3d4e5f6g7"_s,
                   u"ep-t4n0p9o8i7u6y5t4r3e2w"_s, {u"ap-southeast-1a"_s, u"ap-southeast-1b"_s},
                   u"2026-03-03T11:30:00Z"_s);

    // Seeded transitions finish a few minutes after the first start, like a real operation.
    const qint64 later = SandboxIds::nowMs() + 5 * 60'000;
    const bool stored =
        store.putConnection(rds, std::nullopt) && store.putConnection(confluent, std::nullopt) &&
        store.putConnection(kafka, std::nullopt) && store.putConnection(legacy, std::nullopt) &&
        store.putConnection(polardb, std::nullopt) && store.putConnection(hzKafka, later) &&
        store.putConnection(mqtt, later);
    if (!stored)
        return false;

    const bool domains =
        store.putAttachDomain(
            attachDomain(u"ad-k2j4h6g8f0d2s4a6p8o0"_s, confluent, u"CONFLUENT"_s,
                         u"domnprzqrog.us-east-1"_s,
                         {u"*.domnprzqrog.us-east-1.aws.confluent.cloud"_s,
                          u"*.use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud"_s,
                          u"*.use1-az2.domnprzqrog.us-east-1.aws.confluent.cloud"_s,
                          u"*.use1-az4.domnprzqrog.us-east-1.aws.confluent.cloud"_s},
                         u"2025-10-05T09:02:00Z"_s),
            std::nullopt) &&
        store.putAttachDomain(
            attachDomain(u"ad-m1n3b5v7c9x1z3l5k7j9"_s, rds, u"TIDBCLOUD_MANAGED"_s,
                         u"dvs6nl5jgveztmla3pxkxgh76i"_s,
                         {u"*.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com"_s,
                          u"*.use1-az2.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com"_s},
                         u"2025-10-02T03:40:00Z"_s),
            std::nullopt) &&
        store.putAttachDomain(
            attachDomain(
                u"ad-q9w8e7r6t5y4u3i2o1p0"_s, polardb, u"TIDBCLOUD_MANAGED"_s,
                u"h7kq2mzx4nwr6tby3pve5sc7fa"_s,
                {u"*.cn-hangzhou-j.h7kq2mzx4nwr6tby3pve5sc7fa.alicloud.plc.tidbcloud.com"_s,
                 u"*.cn-hangzhou-k.h7kq2mzx4nwr6tby3pve5sc7fa.alicloud.plc.tidbcloud.com"_s},
                u"2025-11-12T02:30:00Z"_s),
            std::nullopt);
    return domains && seedChangefeeds(store) && transaction.commit();
}

bool SandboxSeed::seedNetworks(SandboxStore &store, const QList<NetworkSeed> &clouds)
{
    StoreTransaction transaction(store);
    NetworkStore networks(&store);
    for (const NetworkSeed &cloud : clouds) {
        const QString key = u"seeded_networks_"_s + cloud.cloud;
        if (!store.meta(key).isEmpty())
            continue;
        if (!cloud.write(networks) || !store.setMeta(key, u"1"_s))
            return false;
    }
    return transaction.commit();
}

} // namespace plc::sandbox
