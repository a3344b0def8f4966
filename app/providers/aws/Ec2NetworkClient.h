#pragma once

#include "providers/aws/AwsCallJob.h"
#include "providers/aws/AwsNetworkResources.h"
#include "providers/aws/AwsResources.h"

namespace plc {

/// The EC2 operations of a private endpoint into a cluster, on the user's own network and with
/// the user's own keys: the VPCs, their DNS attributes, subnets by zone ID, security groups and
/// their rules, interface endpoints. Reads follow every page and may be retried; each change is
/// one attempt, never sent again after it may have reached AWS (CreateVpcEndpoint carries a
/// client token as well, so AWS itself makes it once). `dryRun` asks AWS whether the change
/// would be allowed (EC2 answers `DryRunOperation`, an error, when it would).
class Ec2NetworkClient final
{
public:
    explicit Ec2NetworkClient(AwsQueryClient *client)
        : m_client(client)
    {}

    AwsCallJob<QList<AwsVpc>> *vpcs(const AwsTarget &target, const QStringList &vpcIds = {});
    /// `enableDnsSupport` or `enableDnsHostnames`.
    AwsCallJob<bool> *vpcAttribute(const AwsTarget &target, const QString &vpcId,
                                   const QString &attribute);
    /// The VPC's subnets; with `zoneIds`, only those in these zones.
    AwsCallJob<QList<AwsSubnet>> *subnets(const AwsTarget &target, const QString &vpcId,
                                          const QStringList &zoneIds = {});
    AwsCallJob<QList<AwsSecurityGroup>> *securityGroups(const AwsTarget &target,
                                                        const QString &vpcId);
    /// The caller's endpoints in a VPC (every VPC: none named); with `serviceName`, only those
    /// to that service.
    AwsCallJob<QList<AwsVpcEndpoint>> *endpoints(const AwsTarget &target, const QString &vpcId,
                                                 const QString &serviceName = {});
    /// The endpoints with these IDs.
    AwsCallJob<QList<AwsVpcEndpoint>> *endpointsById(const AwsTarget &target,
                                                     const QStringList &endpointIds);

    /// A change: turns one DNS attribute of the VPC on (or off).
    AwsCallJob<bool> *setVpcAttribute(const AwsTarget &target, const QString &vpcId,
                                      const QString &attribute, bool on, bool dryRun = false);
    /// A change: lets TCP `port` into the group from `cidr` or from the group `sourceGroupId`.
    AwsCallJob<QList<AwsGroupRule>> *openPort(const AwsTarget &target, const QString &groupId,
                                              int port, const QString &cidr,
                                              const QString &sourceGroupId,
                                              const QString &description, bool dryRun = false);
    /// A change: an interface endpoint.
    AwsCallJob<AwsVpcEndpoint> *
    createEndpoint(const AwsTarget &target, const AwsEndpointRequest &request, bool dryRun = false);
    /// A change: adds or removes subnets and groups, or turns private DNS on or off.
    AwsCallJob<bool> *modifyEndpoint(const AwsTarget &target, const QString &endpointId,
                                     const QStringList &addSubnets,
                                     const QStringList &removeSubnets, const QStringList &addGroups,
                                     const QStringList &removeGroups,
                                     std::optional<bool> privateDns, bool dryRun = false);
    /// A change: deletes endpoints; the value lists those AWS could not delete.
    AwsCallJob<QList<AwsUnsuccessfulItem>> *
    deleteEndpoints(const AwsTarget &target, const QStringList &endpointIds, bool dryRun = false);

private:
    AwsQueryClient *m_client;
};

} // namespace plc
