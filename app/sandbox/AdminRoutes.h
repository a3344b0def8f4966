#pragma once

#include "sandbox/RouteTable.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QHash>

namespace plc::sandbox {

class FaultInjector;
class ProviderSimulation;
class SandboxStore;
struct SandboxSettings;

/// Requests counted per "METHOD path" since the last reset (only the API, not the admin API).
struct RequestStats
{
    QHash<QString, int> byRoute;
    int total = 0;
};

/// The sandbox's own admin API under `/sandbox/v1` — outside the TiDB Cloud spec. It plays the
/// provider side (endpoint services, their endpoint connection requests, accept / reject)
/// and controls the sandbox (settings, fault injection, request counts). See docs/sandbox.md.
class AdminRoutes final
{
public:
    AdminRoutes(SandboxStore *store, ProviderSimulation *simulation, SandboxSettings *settings,
                FaultInjector *faults, RequestStats *stats);

    /// Adds the admin API's routes (below `/sandbox/v1`) to `table`.
    void addTo(RouteTable &table);

private:
    SandboxResponse listServices() const;
    SandboxResponse getService(const QString &name) const;
    SandboxResponse createService(const SandboxRequest &request);
    SandboxResponse deleteService(const QString &name);
    SandboxResponse setAllowedPrincipals(const QString &name, const SandboxRequest &request);
    SandboxResponse setPorts(const QString &name, const SandboxRequest &request);
    SandboxResponse connectionRequests(const QString &name) const;
    SandboxResponse settings(const SandboxRequest &request);
    SandboxResponse faults(const SandboxRequest &request);
    SandboxResponse stats(const SandboxRequest &request);

    SandboxStore *m_store;
    ProviderSimulation *m_simulation;
    SandboxSettings *m_settings;
    FaultInjector *m_faults;
    RequestStats *m_stats;
};

/// Checks an admin endpoint service definition; the stored form with provider and region.
std::optional<QJsonObject> validateEndpointService(const QJsonObject &json, QString *error);

} // namespace plc::sandbox
