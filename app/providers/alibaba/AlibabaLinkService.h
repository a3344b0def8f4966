#pragma once

#include "base/SendOnce.h"
#include "base/StepwiseJob.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/alibaba/AlibabaLinkChecks.h"

namespace plc {

/// Reads what the Alibaba Cloud side of a link looks like with the user's own AccessKey: who
/// they are (STS), the endpoint service (owned, or another account's seen through
/// ListVpcEndpointServicesByEndUser), its Service Whitelist, the zones it has resources in,
/// and whether requests are allowed automatically.
class AlibabaLinkCheckJob final : public StepwiseJob<AlibabaLinkFacts>
{
public:
    AlibabaLinkCheckJob(AlibabaAccount *account, AlibabaLinkFacts facts, QObject *parent);

private:
    void readService();
    void readSeenService();
    void readWhitelist();
    void readZones();
    void stopWith(const ApiError &error);
    AlibabaTarget target() const;

    AlibabaAccount *m_account;
    AlibabaLinkFacts m_facts;
};

/// The Alibaba Cloud side of a link, from the console: the checks, and the two changes —
/// adding TiDB Cloud's account to the Service Whitelist, and allowing or rejecting an
/// endpoint connection request — each sent once (SendOnce) with a read that tells whether a
/// change whose answer was lost was made.
class AlibabaLinkService final
{
public:
    explicit AlibabaLinkService(AlibabaAccount *account)
        : m_account(account)
    {}

    AlibabaAccount *account() const { return m_account; }
    /// `facts` holds what is known before Alibaba Cloud is asked (names, regions, TiDB
    /// Cloud's account and the cluster's zones); the job adds what Alibaba Cloud says.
    AlibabaLinkCheckJob *check(const AlibabaLinkFacts &facts, QObject *parent);

    /// Adds `accountId` to the service's Service Whitelist.
    SendOnce *addUser(const QString &region, const QString &serviceId, const QString &accountId,
                      QObject *parent);
    /// The connection request of `endpointId` to the service.
    ValueJob<QList<AlibabaEndpointConnection>> *
    request(const QString &region, const QString &serviceId, const QString &endpointId);
    /// Allows (or rejects) the request of `endpointId`. Alibaba Cloud refuses a decision on a
    /// request that is no longer Pending (EndpointConnectionOperationDenied): the read then
    /// says whether it is as asked.
    SendOnce *decide(const QString &region, const QString &serviceId, const QString &endpointId,
                     bool allow, QObject *parent);

private:
    AlibabaAccount *m_account;
};

} // namespace plc
