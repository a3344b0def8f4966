#pragma once

#include "providers/ProviderCall.h"
#include "providers/alibaba/AlibabaProfileResolver.h"
#include "providers/alibaba/AlibabaResources.h"
#include "providers/alibaba/AlibabaRpcClient.h"

namespace plc {

/// An Alibaba Cloud operation whose JSON answer becomes a T, over every page.
template<typename T> using AlibabaCallJob = ProviderCallJob<T>;

/// The PrivateLink operations (2020-04-15) of a private link's Alibaba Cloud side, with the
/// user's own AccessKey. Reads follow every page (`NextToken`); the two changes (add an
/// account to the Service Whitelist; allow or reject a connection request) are sent once and
/// carry a fresh `ClientToken`, so Alibaba Cloud itself takes a repeat of the same request as
/// the same change. Each returns a job that ends with finished().
class AlibabaPrivateLinkClient final
{
public:
    static constexpr auto Version = "2020-04-15";

    explicit AlibabaPrivateLinkClient(AlibabaRpcClient *client)
        : m_client(client)
    {}

    /// The caller's endpoint services in the target's region (all, or the one `serviceId`).
    AlibabaCallJob<QList<AlibabaService>> *services(const AlibabaTarget &target,
                                                    const QString &serviceId = {});
    AlibabaCallJob<AlibabaService> *serviceAttribute(const AlibabaTarget &target,
                                                     const QString &serviceId);
    /// A service's resources: the zones it answers in.
    AlibabaCallJob<QList<AlibabaServiceResource>> *serviceResources(const AlibabaTarget &target,
                                                                    const QString &serviceId);
    /// The Service Whitelist: account IDs.
    AlibabaCallJob<QStringList> *serviceUsers(const AlibabaTarget &target,
                                              const QString &serviceId);
    /// The connection requests to a service; `endpointId` narrows them to one.
    AlibabaCallJob<QList<AlibabaEndpointConnection>> *connections(const AlibabaTarget &target,
                                                                  const QString &serviceId,
                                                                  const QString &endpointId = {});
    /// Services of any account the caller may connect to, by name.
    AlibabaCallJob<QList<AlibabaService>> *servicesByEndUser(const AlibabaTarget &target,
                                                             const QString &serviceName);

    /// A change: adds an account to the Service Whitelist. The value is Alibaba Cloud's
    /// RequestId.
    AlibabaCallJob<QString> *addUser(const AlibabaTarget &target, const QString &serviceId,
                                     const QString &accountId);
    /// A change: allows (EnableVpcEndpointConnection) or rejects (DisableVpcEndpointConnection)
    /// the connection request of `endpointId`.
    AlibabaCallJob<QString> *decide(const AlibabaTarget &target, const QString &serviceId,
                                    const QString &endpointId, bool allow);

    /// Items a page of a list asks for (`MaxResults`); 0 lets Alibaba Cloud choose.
    void setPageSize(int size) { m_pageSize = size; }

private:
    AlibabaParams paged(AlibabaParams params) const;

    AlibabaRpcClient *m_client;
    int m_pageSize = 0;
};

/// STS (2015-04-01), for "who am I": the account and ARN of an AccessKey.
class AlibabaStsClient final
{
public:
    static constexpr auto Version = "2015-04-01";

    explicit AlibabaStsClient(AlibabaRpcClient *client)
        : m_client(client)
    {}
    AlibabaCallJob<AlibabaCallerIdentity> *callerIdentity(const AlibabaTarget &target);
    /// STS AssumeRole with `target`'s keys: `step`'s RAM role, external ID and session length.
    /// Sent again after a failure like a read: it changes nothing on the account.
    AlibabaCallJob<AlibabaAssumedRole> *assumeRole(const AlibabaTarget &target,
                                                   const AlibabaRoleStep &step,
                                                   const QString &sessionName);

private:
    AlibabaRpcClient *m_client;
};

} // namespace plc
