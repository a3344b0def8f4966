#pragma once

#include "base/SendOnce.h"
#include "base/StepwiseJob.h"
#include "providers/aws/AwsAccount.h"
#include "providers/aws/AwsLinkChecks.h"

namespace plc {

/// Reads what the AWS side of a link looks like with the user's own credentials: who they are
/// (STS), the endpoint service (owned, or another account's seen through
/// DescribeVpcEndpointServices), its Allow principals, its zones mapped to zone IDs with the
/// caller's own DescribeAvailabilityZones, and whether it needs acceptance.
class AwsLinkCheckJob final : public StepwiseJob<AwsLinkFacts>
{
public:
    AwsLinkCheckJob(AwsAccount *account, AwsLinkFacts facts, QObject *parent);

private:
    void readService();
    void readSeenService();
    void readPrincipals();
    void readZones();

    AwsAccount *m_account;
    AwsLinkFacts m_facts;
};

/// The AWS side of a link, from the console: the checks, and the two changes — adding TiDB
/// Cloud's account to the Allow principals, and accepting or rejecting a connection request —
/// each sent once (SendOnce) with a read that tells whether a change whose answer was lost
/// was made.
class AwsLinkService final
{
public:
    explicit AwsLinkService(AwsAccount *account)
        : m_account(account)
    {}

    AwsAccount *account() const { return m_account; }
    /// `facts` holds what is known before AWS is asked (names, regions, TiDB Cloud's account
    /// and the cluster's zones); the job adds what AWS says.
    AwsLinkCheckJob *check(const AwsLinkFacts &facts, QObject *parent);

    /// Adds `principal` to the service's Allow principals.
    SendOnce *addPrincipal(const QString &region, const QString &serviceId,
                           const QString &principal, QObject *parent);
    /// The connection request of `endpointId` to the service.
    AwsTargetedJob<QList<AwsEndpointConnection>> *
    request(const QString &region, const QString &serviceId, const QString &endpointId);
    /// Accepts (or rejects) the request of `endpointId`. AWS answers a decision it could not
    /// take (the request is no longer pending) with an "unsuccessful" item, not an error:
    /// `refused` hears of it.
    SendOnce *decide(const QString &region, const QString &serviceId, const QString &endpointId,
                     bool accept, std::function<void(const AwsUnsuccessfulItem &)> refused,
                     QObject *parent);

private:
    AwsAccount *m_account;
};

} // namespace plc
