#include "domain/PrivateEndpointTarget.h"

using namespace Qt::StringLiterals;

namespace plc {

std::optional<PrivateEndpointTarget> PrivateEndpointTarget::fromCluster(const Cluster &cluster)
{
    if (!whyNot(cluster).isEmpty())
        return std::nullopt;
    const ClusterEndpoints &endpoints = cluster.endpoints;
    const bool aws = endpoints.privateAws.has_value();
    const PrivateEndpointService &service =
        aws ? *endpoints.privateAws : *endpoints.privateAlibabaCloud;
    PrivateEndpointTarget target;
    target.kind = Kind::Cluster;
    target.name = cluster.displayName;
    target.clusterId = cluster.clusterId;
    target.provider = aws ? CloudProvider::Aws : CloudProvider::AlibabaCloud;
    target.serviceName = service.serviceName;
    target.zoneIds = service.availabilityZones;
    target.regionId = cluster.region.providerRegionCode();
    target.host = endpoints.privateHost;
    target.port = endpoints.privatePort.value_or(4000);
    // TiDB Cloud Starter and Essential users are `<userPrefix>.<name>`; root always exists.
    target.user = cluster.userPrefix.isEmpty() ? u"root"_s : cluster.userPrefix + u".root"_s;
    return target;
}

QString PrivateEndpointTarget::whyNot(const Cluster &cluster)
{
    const ClusterEndpoints &endpoints = cluster.endpoints;
    const bool hasService =
        (endpoints.privateAws && !endpoints.privateAws->serviceName.isEmpty()) ||
        (endpoints.privateAlibabaCloud && !endpoints.privateAlibabaCloud->serviceName.isEmpty());
    if (!hasService || endpoints.privateHost.isEmpty())
        return tr("The API gives no private endpoint for %1 (only clusters on AWS and Alibaba "
                  "Cloud have one); once the cluster is Active it usually does.")
            .arg(cluster.displayName);
    return {};
}

} // namespace plc
