#include "domain/ClusterCodec.h"

#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace plc {

QString Region::providerRegionCode() const
{
    QString id = regionId;
    if (id.isEmpty() && name.startsWith("regions/"_L1))
        id = name.mid(8);
    const qsizetype dash = id.indexOf(QLatin1Char('-'));
    return dash < 0 ? id : id.mid(dash + 1);
}

namespace {

std::optional<int> port(const JsonReader &reader, QLatin1StringView key)
{
    const auto value = reader.integer(key);
    if (!value)
        return std::nullopt;
    if (*value < 0 || *value > 65535) {
        reader.fail(key, u"a port number (0-65535)"_s);
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<PrivateEndpointService> endpointService(const JsonReader &parent,
                                                      QLatin1StringView key)
{
    if (!parent.has(key))
        return std::nullopt;
    const JsonReader reader = parent.object(key);
    return PrivateEndpointService{reader.string("serviceName"_L1),
                                  reader.stringList("availabilityZone"_L1)};
}

Cluster readCluster(const JsonReader &reader)
{
    Cluster cluster;
    cluster.name = reader.string("name"_L1);
    cluster.clusterId = reader.identifier("clusterId"_L1);
    cluster.displayName = reader.string("displayName"_L1);

    const JsonReader region = reader.object("region"_L1);
    cluster.region.name = region.string("name"_L1);
    cluster.region.regionId = region.string("regionId"_L1);
    cluster.region.displayName = region.string("displayName"_L1);
    cluster.region.cloudProvider = region.enumValue<CloudProvider>("cloudProvider"_L1);
    if (cluster.region.cloudProvider.raw.isEmpty()) // the deprecated spelling, still sent
        cluster.region.cloudProvider = region.enumValue<CloudProvider>("provider"_L1);

    const JsonReader endpoints = reader.object("endpoints"_L1);
    const JsonReader publicEndpoint = endpoints.object("public"_L1);
    cluster.endpoints.publicHost = publicEndpoint.string("host"_L1);
    cluster.endpoints.publicPort = port(publicEndpoint, "port"_L1);
    cluster.endpoints.publicDisabled = publicEndpoint.boolean("disabled"_L1);
    const JsonReader privateEndpoint = endpoints.object("private"_L1);
    cluster.endpoints.privateHost = privateEndpoint.string("host"_L1);
    cluster.endpoints.privatePort = port(privateEndpoint, "port"_L1);
    cluster.endpoints.privateAws = endpointService(privateEndpoint, "aws"_L1);
    cluster.endpoints.privateAlibabaCloud = endpointService(privateEndpoint, "alicloud"_L1);

    cluster.version = reader.string("version"_L1);
    cluster.createdBy = reader.string("createdBy"_L1);
    cluster.userPrefix = reader.string("userPrefix"_L1);
    cluster.state = reader.enumValue<ClusterState>("state"_L1);
    cluster.servicePlan = reader.enumValue<ServicePlan>("servicePlan"_L1);
    cluster.clusterPlan = reader.enumValue<ClusterPlan>("clusterPlan"_L1);
    cluster.highAvailabilityType =
        reader.enumValue<HighAvailabilityType>("highAvailabilityType"_L1);
    cluster.labels = reader.stringMap("labels"_L1);
    cluster.createTime = reader.dateTime("createTime"_L1);
    cluster.updateTime = reader.dateTime("updateTime"_L1);

    // Without an ID nothing can be addressed; the spec marks it read-only, so it is always sent.
    if (cluster.clusterId.isEmpty() && reader.has("clusterId"_L1) == false)
        reader.fail("clusterId"_L1, u"the cluster ID"_s);
    return cluster;
}

} // namespace

Decoded<Cluster> ClusterCodec::decodeCluster(const QJsonObject &json)
{
    Decoded<Cluster> result;
    result.value = readCluster(JsonReader(json, {}, &result.errors));
    return result;
}

Decoded<ClusterPage> ClusterCodec::decodePage(const QJsonObject &json)
{
    Decoded<ClusterPage> result;
    const JsonReader reader(json, {}, &result.errors);
    const QJsonArray clusters = reader.array("clusters"_L1);
    result.value.clusters.reserve(clusters.size());
    for (qsizetype i = 0; i < clusters.size(); ++i)
        result.value.clusters.append(readCluster(reader.element(clusters, i, "clusters"_L1)));
    result.value.nextPageToken = reader.rawString("nextPageToken"_L1);
    result.value.totalSize = reader.integer("totalSize"_L1);
    return result;
}

} // namespace plc
