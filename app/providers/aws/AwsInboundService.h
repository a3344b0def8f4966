#pragma once

#include "base/SendOnce.h"
#include "base/StepwiseJob.h"
#include "providers/aws/AwsAccount.h"
#include "providers/aws/AwsInboundChecks.h"

#include <functional>

namespace plc {

/// Reads what a private endpoint into a cluster needs from the user's VPC: its DNS
/// attributes, its subnets, its security groups and the endpoints to the service already in
/// it. A read that fails leaves the rest unread and says so in `readError`.
class AwsInboundReadJob final : public StepwiseJob<AwsInboundFacts>
{
public:
    AwsInboundReadJob(AwsAccount *account, AwsInboundFacts facts, QObject *parent);

private:
    void readAttribute(const QString &attribute);
    void readSubnets();
    void readGroups();
    void readEndpoints();
    void failed(const ApiError &error);

    AwsAccount *m_account;
    AwsInboundFacts m_facts;
};

/// The caller's endpoints to a service, and the security groups of every VPC they are in
/// (with their rules: whether each endpoint's groups let the port in).
struct AwsEndpointsToService
{
    QList<AwsVpcEndpoint> endpoints;
    QList<AwsSecurityGroup> groups;
    bool groupsRead = true; ///< false: a read of groups failed (a permission, say); the list stays
};

/// Reads them: the endpoints in every VPC of the region (DescribeVpcEndpoints), then the
/// groups of each VPC that has one (DescribeSecurityGroups), one VPC after the other. Groups
/// that cannot be read leave the endpoints listed, their ports not known.
class AwsEndpointsToServiceJob final : public StepwiseJob<AwsEndpointsToService>
{
public:
    AwsEndpointsToServiceJob(AwsAccount *account, const QString &region, const QString &serviceName,
                             QObject *parent);

private:
    void readNextVpc();

    AwsAccount *m_account;
    QString m_region;
    QStringList m_vpcIds; ///< still to read
    AwsEndpointsToService m_found;
};

/// A private endpoint into a cluster (or another service) on AWS, from the console, with the
/// user's own keys: the reads the wizard's checks need, a dry run of the create, and the
/// changes — a DNS attribute turned on, TCP ingress to a group, the endpoint made, changed or
/// deleted — each sent once (SendOnce) with a read that tells whether a change whose answer
/// was lost was made.
class AwsInboundService final
{
public:
    explicit AwsInboundService(AwsAccount *account)
        : m_account(account)
    {}

    AwsAccount *account() const { return m_account; }

    AwsTargetedJob<QList<AwsVpc>> *vpcs(const QString &region);
    /// `facts` names the region, the service, its zones, the port and the VPC; the job adds
    /// what EC2 says of that VPC.
    AwsInboundReadJob *read(const AwsInboundFacts &facts, QObject *parent);
    /// The caller's interface endpoints to the service, in every VPC of the region.
    AwsTargetedJob<QList<AwsVpcEndpoint>> *endpointsTo(const QString &region,
                                                       const QString &serviceName);
    /// The security groups of a VPC, with their rules.
    AwsTargetedJob<QList<AwsSecurityGroup>> *groups(const QString &region, const QString &vpcId);
    /// The endpoints with these IDs, to follow one until it can be used.
    AwsTargetedJob<QList<AwsVpcEndpoint>> *endpoints(const QString &region,
                                                     const QStringList &endpointIds);
    /// Asks EC2 whether the create would be allowed; it succeeds when EC2 says it would
    /// (`DryRunOperation`), and fails with EC2's refusal otherwise.
    ValueJob<bool> *dryRunCreate(const QString &region, const AwsEndpointRequest &request,
                                 QObject *parent);

    /// Turns a DNS attribute (`enableDnsSupport`, `enableDnsHostnames`) of the VPC on.
    SendOnce *enableDnsAttribute(const QString &region, const QString &vpcId,
                                 const QString &attribute, QObject *parent);
    /// Lets TCP `port` into the group from `cidr` (or from the group `sourceGroupId`).
    SendOnce *openPort(const QString &region, const QString &vpcId, const QString &groupId,
                       int port, const QString &cidr, const QString &sourceGroupId,
                       QObject *parent);
    /// Makes the endpoint; `made` hears of it, from the answer or from the read that settles a
    /// lost answer (an endpoint to the service in the VPC that `existingIds` did not list).
    SendOnce *createEndpoint(const QString &region, const AwsEndpointRequest &request,
                             const QStringList &existingIds,
                             std::function<void(const AwsVpcEndpoint &)> made, QObject *parent);
    /// Changes the endpoint's subnets, groups or private DNS.
    SendOnce *modifyEndpoint(const QString &region, const QString &endpointId,
                             const AwsEndpointChange &change, QObject *parent);
    /// Deletes the endpoint; `refused` hears EC2's reason when it answers that it could not
    /// (DeleteVpcEndpoints answers 200 with the endpoints it did not delete).
    SendOnce *deleteEndpoint(const QString &region, const QString &endpointId,
                             std::function<void(const AwsUnsuccessfulItem &)> refused,
                             QObject *parent);

private:
    AwsAccount *m_account;
};

} // namespace plc
