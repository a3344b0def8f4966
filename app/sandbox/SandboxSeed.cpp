#include "SandboxSeed.h"

#include "SandboxStore.h"

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

bool SandboxSeed::seedIfEmpty(SandboxStore &store)
{
    if (store.clusterCount() > 0)
        return true;
    if (!store.beginTransaction())
        return false;
    const QList<QJsonObject> seed = clusters();
    for (const QJsonObject &cluster : seed) {
        if (!store.putCluster(cluster)) {
            store.rollback();
            return false;
        }
    }
    return store.commit();
}

} // namespace plc::sandbox
