#pragma once

#include "domain/ClusterEnums.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace plc {

struct Region
{
    QString name;     ///< `regions/aws-us-east-1`
    QString regionId; ///< `aws-us-east-1`
    EnumValue<CloudProvider> cloudProvider;
    QString displayName; ///< `N. Virginia (us-east-1)`

    /// The provider's own region code (`us-east-1`, `cn-hangzhou`), read from regionId or name.
    QString providerRegionCode() const;
    friend bool operator==(const Region &, const Region &) = default;
};

/// The cloud provider's side of a cluster's private endpoint (`endpoints.private.aws` or
/// `endpoints.private.alicloud` in the spec).
struct PrivateEndpointService
{
    QString serviceName;
    QStringList availabilityZones;
    friend bool operator==(const PrivateEndpointService &,
                           const PrivateEndpointService &) = default;
};

struct ClusterEndpoints
{
    QString publicHost;
    std::optional<int> publicPort;
    bool publicDisabled = false;

    QString privateHost;
    std::optional<int> privatePort;
    std::optional<PrivateEndpointService> privateAws;
    std::optional<PrivateEndpointService> privateAlibabaCloud;
    friend bool operator==(const ClusterEndpoints &, const ClusterEndpoints &) = default;
};

/// A TiDB Cloud Starter or Essential cluster (api/cluster.swagger.json,
/// `tidb_cloud_open_apiserverlessv1beta1Cluster`), the fields the console uses.
struct Cluster
{
    QString name; ///< `clusters/{clusterId}`
    QString clusterId;
    QString displayName;
    Region region;
    ClusterEndpoints endpoints;
    QString version;
    QString createdBy;
    QString userPrefix;
    EnumValue<ClusterState> state;
    EnumValue<ServicePlan> servicePlan;
    EnumValue<ClusterPlan> clusterPlan;
    EnumValue<HighAvailabilityType> highAvailabilityType;
    QMap<QString, QString> labels;
    QDateTime createTime;
    QDateTime updateTime;
    friend bool operator==(const Cluster &, const Cluster &) = default;
};

/// One page of `GET /v1beta1/clusters`.
struct ClusterPage
{
    QList<Cluster> clusters;
    QString nextPageToken;
    std::optional<qint64> totalSize;
};

} // namespace plc
