#pragma once

#include "base/SendOnce.h"
#include "base/StepwiseJob.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/alibaba/AlibabaInboundChecks.h"

#include <functional>

namespace plc {

/// Reads what a private endpoint into a cluster needs from the user's Alibaba Cloud VPC: its
/// vSwitches, its security groups with their inbound rules (one group after the other) and the
/// endpoints to the service already in it. A read that fails leaves the rest unread and says so
/// in `readError`.
class AlibabaInboundReadJob final : public StepwiseJob<AlibabaInboundFacts>
{
public:
    AlibabaInboundReadJob(AlibabaAccount *account, AlibabaInboundFacts facts, QObject *parent);

private:
    void readVSwitches();
    void readGroups();
    void readRules(qsizetype index);
    void readEndpoints();
    void failed(const ApiError &error);

    AlibabaAccount *m_account;
    AlibabaInboundFacts m_facts;
};

/// A private endpoint into a cluster (or another service) on Alibaba Cloud, from the console,
/// with the user's own AccessKey: the reads the checks need, a dry run of the create, and the
/// changes — TCP ingress to a group, the endpoint made or deleted — each sent once (SendOnce)
/// with a read that tells whether a change whose answer was lost was made. The endpoint's
/// domain (AlibabaVpcEndpoint::domain) is the host applications connect to.
class AlibabaInboundService final
{
public:
    explicit AlibabaInboundService(AlibabaAccount *account)
        : m_account(account)
    {}

    AlibabaAccount *account() const { return m_account; }

    ValueJob<QList<AlibabaVpc>> *vpcs(const QString &region);
    /// `facts` names the region, the service, its zones, the port and the VPC; the job adds
    /// what Alibaba Cloud says of that VPC.
    AlibabaInboundReadJob *read(const AlibabaInboundFacts &facts, QObject *parent);
    /// The caller's interface endpoints to the service, in every VPC of the region.
    ValueJob<QList<AlibabaVpcEndpoint>> *endpointsTo(const QString &region,
                                                     const QString &serviceName);
    /// One endpoint, to follow it until it can be used.
    ValueJob<AlibabaVpcEndpoint> *endpoint(const QString &region, const QString &endpointId);
    /// The endpoint's zones: its address and domain in each.
    ValueJob<QList<AlibabaEndpointZone>> *endpointZones(const QString &region,
                                                        const QString &endpointId);
    /// The endpoint's security groups.
    ValueJob<QStringList> *endpointGroups(const QString &region, const QString &endpointId);
    /// One security group with its inbound rules (ECS DescribeSecurityGroupAttribute).
    ValueJob<AlibabaSecurityGroup> *groupRules(const QString &region, const QString &groupId);
    /// Asks Alibaba Cloud whether the create would be allowed; it succeeds when Alibaba Cloud
    /// says it would (`DryRunOperation`), and fails with its refusal otherwise.
    ValueJob<bool> *dryRunCreate(const QString &region, const AlibabaEndpointRequest &request,
                                 QObject *parent);

    /// Lets TCP `port` into the group from `cidr` (or from the group `sourceGroupId`).
    SendOnce *openPort(const QString &region, const QString &groupId, int port, const QString &cidr,
                       const QString &sourceGroupId, QObject *parent);
    /// Makes the endpoint; `made` hears of it, from the answer or from the read that settles a
    /// lost answer (an endpoint to the service in the VPC that `existingIds` did not list).
    SendOnce *createEndpoint(const QString &region, const AlibabaEndpointRequest &request,
                             const QStringList &existingIds,
                             std::function<void(const AlibabaVpcEndpoint &)> made, QObject *parent);
    /// Deletes the endpoint.
    SendOnce *deleteEndpoint(const QString &region, const QString &endpointId, QObject *parent);

private:
    AlibabaAccount *m_account;
};

} // namespace plc
