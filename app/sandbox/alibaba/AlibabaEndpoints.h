#pragma once

#include "sandbox/NetworkStore.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/alibaba/AlibabaCall.h"
#include "sandbox/alibaba/AlibabaClientTokens.h"
#include "sandbox/alibaba/AlibabaEndpointServices.h"

namespace plc::sandbox {

class SandboxStore;
struct SandboxSettings;

/// The endpoint side of the emulated PrivateLink API (2020-04-15): interface endpoints in the
/// caller's VPCs, made with `CreateVpcEndpoint` (checked as Alibaba Cloud checks it: the VPC,
/// its vSwitches in the service's zones, its security groups, one endpoint per service and VPC,
/// the client token, DryRun), read with `GetVpcEndpointAttribute`, `ListVpcEndpoints`,
/// `ListVpcEndpointZones` and `ListVpcEndpointSecurityGroups`, removed with
/// `DeleteVpcEndpoint`. An endpoint is Creating for the creating delay, then Active; its
/// connection is Connected then when the service accepts automatically (TiDB Cloud's do),
/// Pending otherwise, until the service's owner allows it (Connected) or rejects it
/// (Disconnected) through the provider side's operations. Deleting lasts the deleting delay. The
/// states are worked out when read, from the times stored in the endpoint's body.
class AlibabaEndpoints final
{
public:
    AlibabaEndpoints(SandboxStore *store, const SandboxSettings *settings)
        : m_networks(store)
        , m_tokens(&m_networks)
        , m_services(store)
        , m_settings(settings)
    {}

    static bool handles(const QString &action);
    SandboxResponse handle(const SandboxRequest &request);
    /// The endpoint, of any account and region, Active with its connection Connected, that
    /// `host` names (its endpoint domain or a zone's domain): its ID, or nothing.
    std::optional<QString> usableNamed(const QString &host);

    /// The caller's endpoints to its own service `serviceId`, as ListVpcEndpointConnections
    /// shows them to the service's owner.
    QJsonArray connectionsTo(const AlibabaCall &call, const QString &serviceId);
    /// The owner's decision on one of these (EnableVpcEndpointConnection /
    /// DisableVpcEndpointConnection); nothing when `endpointId` is not one of them.
    std::optional<SandboxResponse> decide(const AlibabaCall &call, const QString &serviceId,
                                          const QString &endpointId, bool allow);

private:
    SandboxResponse create(const AlibabaCall &call);
    SandboxResponse attribute(const AlibabaCall &call);
    SandboxResponse list(const AlibabaCall &call);
    SandboxResponse zones(const AlibabaCall &call);
    SandboxResponse securityGroups(const AlibabaCall &call);
    SandboxResponse remove(const AlibabaCall &call);

    /// The endpoint `EndpointId` names, still there (one whose deletion is over is removed).
    std::optional<QJsonObject> endpoint(const AlibabaCall &call, const QString &id,
                                        SandboxResponse *refusal);
    /// The endpoints of the call's region, those whose deletion is over removed.
    QList<QJsonObject> endpoints(const AlibabaCall &call);
    /// An endpoint as the API shows it now: its states worked out, internal fields removed.
    static QJsonObject view(const QJsonObject &body, qint64 nowMs);
    int creatingDelayMs() const;
    int deletingDelayMs() const;

    NetworkStore m_networks;
    AlibabaClientTokens m_tokens;
    AlibabaEndpointServices m_services;
    const SandboxSettings *m_settings;
};

} // namespace plc::sandbox
