#pragma once

#include "providers/ProviderCall.h"
#include "providers/alibaba/AlibabaNetworkResources.h"
#include "providers/alibaba/AlibabaRpcClient.h"

namespace plc {

/// The operations of a private endpoint into a cluster on Alibaba Cloud, on the user's own
/// network and with the user's own AccessKey: VPCs and vSwitches (VPC 2016-04-28), security
/// groups and their rules (ECS 2014-05-26), the caller's endpoints (PrivateLink 2020-04-15).
/// Each product is signed for its own host, which the target names (AlibabaAccount::
/// productTarget); the client sets the product's version. Reads follow every page and may be
/// retried; each change is one attempt, never sent again after it may have reached Alibaba Cloud,
/// and carries a ClientToken, so Alibaba Cloud itself takes a repeat as the same change.
/// `dryRun` asks whether the change would be allowed: Alibaba Cloud answers `DryRunOperation`,
/// an error, when it would.
class AlibabaNetworkClient final
{
public:
    static constexpr auto VpcVersion = "2016-04-28";
    static constexpr auto EcsVersion = "2014-05-26";
    static constexpr auto PrivateLinkVersion = "2020-04-15";

    explicit AlibabaNetworkClient(AlibabaRpcClient *client)
        : m_client(client)
    {}

    ProviderCallJob<QList<AlibabaVpc>> *vpcs(const AlibabaTarget &target);
    ProviderCallJob<QList<AlibabaVSwitch>> *vSwitches(const AlibabaTarget &target,
                                                      const QString &vpcId);
    /// The VPC's groups, without their rules.
    ProviderCallJob<QList<AlibabaSecurityGroup>> *securityGroups(const AlibabaTarget &target,
                                                                 const QString &vpcId);
    /// One group with its inbound rules.
    ProviderCallJob<AlibabaSecurityGroup> *groupRules(const AlibabaTarget &target,
                                                      const QString &groupId);
    /// The caller's endpoints in a VPC (every VPC: none named); with `serviceName`, only those
    /// to that service.
    ProviderCallJob<QList<AlibabaVpcEndpoint>> *
    endpoints(const AlibabaTarget &target, const QString &vpcId, const QString &serviceName = {});
    ProviderCallJob<AlibabaVpcEndpoint> *endpoint(const AlibabaTarget &target,
                                                  const QString &endpointId);
    ProviderCallJob<QList<AlibabaEndpointZone>> *endpointZones(const AlibabaTarget &target,
                                                               const QString &endpointId);
    ProviderCallJob<QStringList> *endpointGroups(const AlibabaTarget &target,
                                                 const QString &endpointId);

    /// A change: lets TCP `port` into the group from `cidr` or from the group `sourceGroupId`.
    /// The value is Alibaba Cloud's RequestId.
    ProviderCallJob<QString> *openPort(const AlibabaTarget &target, const QString &groupId,
                                       int port, const QString &cidr, const QString &sourceGroupId,
                                       const QString &description, bool dryRun = false);
    /// CreateVpcEndpoint's parameters for `request`, but its client token (the aliyun command
    /// shows the same).
    static AlibabaParams createParameters(const AlibabaEndpointRequest &request);
    /// A change: an interface endpoint (or, for a token sent before, the one it made then).
    ProviderCallJob<AlibabaVpcEndpoint> *createEndpoint(const AlibabaTarget &target,
                                                        const AlibabaEndpointRequest &request,
                                                        bool dryRun = false);
    /// A change: deletes the endpoint. The value is Alibaba Cloud's RequestId.
    ProviderCallJob<QString> *deleteEndpoint(const AlibabaTarget &target, const QString &endpointId,
                                             bool dryRun = false);

    /// Items a page of a list asks for; 0 lets Alibaba Cloud choose.
    void setPageSize(int size) { m_pageSize = size; }

private:
    AlibabaParams numbered(AlibabaParams params) const;
    AlibabaParams tokened(AlibabaParams params) const;

    AlibabaRpcClient *m_client;
    int m_pageSize = 0;
};

} // namespace plc
