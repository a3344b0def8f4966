#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/alibaba/AlibabaCall.h"

#include <QHash>
#include <QJsonObject>

namespace plc::sandbox {

class AlibabaEndpoints;
class ProviderSimulation;
class SandboxStore;

/// The emulated PrivateLink API (2020-04-15) over the sandbox's provider side: the caller's
/// endpoint services in a region, their zones (as the service's resources), their Service
/// Whitelist, the endpoint connection requests TiDB Cloud's account made and their allowing
/// or rejecting (through ProviderSimulation, as the admin API decides them, so TiDB Cloud's
/// side follows), and the services another account has whitelisted the caller for.
class AlibabaPrivateLink final
{
public:
    static constexpr auto Version = "2020-04-15";

    /// `endpoints`: the caller's own endpoints, which its own services list and decide too.
    AlibabaPrivateLink(SandboxStore *store, ProviderSimulation *simulation,
                       AlibabaEndpoints *endpoints)
        : m_store(store)
        , m_simulation(simulation)
        , m_endpoints(endpoints)
    {}

    SandboxResponse handle(const SandboxRequest &request);

private:
    using Call = AlibabaCall;

    /// `ownerView`: the caller's own services with the owner's fields; otherwise every service
    /// whose whitelist lets the caller in, as an end user sees it.
    SandboxResponse listServices(const Call &call, bool ownerView) const;
    SandboxResponse serviceAttribute(const Call &call) const;
    SandboxResponse serviceResources(const Call &call) const;
    SandboxResponse serviceUsers(const Call &call) const;
    SandboxResponse addUser(const Call &call);
    SandboxResponse connections(const Call &call);
    SandboxResponse decide(const Call &call, bool allow);

    /// The caller's service named by `ServiceId` in the call's region, or the refusal.
    std::optional<QJsonObject> ownService(const Call &call, SandboxResponse *refusal) const;
    QList<QJsonObject> services(const Call &call, bool ownOnly) const;
    static QJsonObject describe(const QJsonObject &service, bool forOwner);

    SandboxStore *m_store;
    ProviderSimulation *m_simulation;
    AlibabaEndpoints *m_endpoints;
    /// ClientToken → the RequestId of the change it made: a change sent again with the same
    /// token is answered, not made again.
    QHash<QString, QString> m_clientTokens;
};

} // namespace plc::sandbox
