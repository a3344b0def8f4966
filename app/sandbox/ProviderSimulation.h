#pragma once

#include "sandbox/SandboxResponse.h"

#include <QJsonObject>
#include <QString>

namespace plc::sandbox {

class SandboxStore;

/// The cloud behind the API: moves resources through their lifecycle when their next step is
/// due, and plays the provider side (AWS endpoint services with Allow principals, Alibaba
/// Cloud endpoint services with a Service Whitelist, acceptance of endpoint connection
/// requests, Confluent's automatic acceptance).
///
/// Steps are applied lazily: advance() runs before every request, so what a client sees is
/// exactly what the clock says, and a restarted sandbox catches up from its stored due times.
class ProviderSimulation final
{
public:
    explicit ProviderSimulation(SandboxStore *store);

    /// Applies every step due at `nowMs`.
    void advance(qint64 nowMs);

    /// The provider's answer to an endpoint connection request: accept (AWS) / allow
    /// (Alibaba Cloud), or reject.
    SandboxResponse decide(const QString &serviceName, const QString &endpointId, bool accept);

    /// The provider-side view of a connection's endpoint: endpoint ID, connection and cluster,
    /// the account that asked, and its state (pendingAcceptance, available, rejected,
    /// deleting). Empty for a connection that never reached the provider.
    QJsonObject connectionRequest(const QJsonObject &connection) const;

    /// Marks the connections of a deleted endpoint service FAILED.
    void endpointServiceDeleted(const QString &serviceName);

    /// The changefeeds through a connection that no longer carries traffic stop:
    /// RUNNING and WARNING ones become RUNNING_FAILED, CREATING ones CREATE_FAILED, each
    /// with `reason` as its error; PAUSED ones keep their state.
    void breakChangefeedsThrough(const QString &connectionId, const QString &reason);

    /// The API's view of a stored object: internal `_…` fields removed.
    static QJsonObject publicView(QJsonObject object);

private:
    void completeCreation(QJsonObject connection);
    void completeDomains(QJsonObject attachDomain);
    void completeChangefeed(QJsonObject changefeed);
    void fail(QJsonObject &connection, const QString &message);

    SandboxStore *m_store;
};

/// Keys of the internal fields the sandbox keeps inside stored JSON bodies.
namespace InternalField {
inline constexpr auto EndpointState = "_endpointState"; ///< provider-side request state
}

/// Keys of the internal fields of a stored endpoint service.
namespace EndpointServiceField {
/// {"user": "password"} the database behind a MySQL endpoint service knows (never answered).
inline constexpr auto MysqlAccounts = "_mysqlAccounts";
} // namespace EndpointServiceField

} // namespace plc::sandbox
