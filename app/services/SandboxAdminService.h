#pragma once

#include "base/Job.h"
#include "domain/ApiEnum.h"
#include "domain/EndpointAddress.h"

#include <QObject>
#include <QStringList>

namespace plc {

class ApiClient;

/// A simulated endpoint service of the sandbox's provider side.
struct SimulatedEndpointService
{
    QString name;
    QString provider; ///< aws, alicloud
    QString region;
    QStringList availabilityZoneIds;
    QStringList allowedPrincipals; ///< Allow principals (AWS) / Service Whitelist (Alibaba Cloud)
    bool acceptanceRequired = true;
    QString owner = QStringLiteral("USER"); ///< USER or CONFLUENT
    QString description;
    friend bool operator==(const SimulatedEndpointService &,
                           const SimulatedEndpointService &) = default;
};

/// An endpoint connection request as the service owner sees it.
struct EndpointConnectionRequest
{
    QString endpointId;
    QString privateLinkConnectionId;
    QString clusterId;
    QString accountId;
    QStringList availabilityZoneIds;
    QString state; ///< pendingAcceptance, available, rejected, deleting
    friend bool operator==(const EndpointConnectionRequest &,
                           const EndpointConnectionRequest &) = default;
};

/// A role of the sandbox's emulated account (`GET /sandbox/v1/roles`).
struct SandboxRoleInfo
{
    QString provider; ///< the provider's id: `aws`
    QString name;
    QString arn;
    QString mfaDevice;  ///< the device whose code it requires, or empty
    QString externalId; ///< the external ID it requires, or empty
    bool userMayAssume = false;
    friend bool operator==(const SandboxRoleInfo &, const SandboxRoleInfo &) = default;
};

using EndpointServicesJob = ValueJob<QList<SimulatedEndpointService>>;
using SandboxRolesJob = ValueJob<QList<SandboxRoleInfo>>;
using EndpointServiceJob = ValueJob<SimulatedEndpointService>;
using ConnectionRequestsJob = ValueJob<QList<EndpointConnectionRequest>>;
using ConnectionRequestJob = ValueJob<EndpointConnectionRequest>;
using EndpointStandInJob = ValueJob<EndpointStandIn>;

/// The sandbox's admin API (`/sandbox/v1`): the provider side the documents send users to —
/// endpoint services, their pending connection requests, accept/allow or reject. Only for
/// the sandbox profile.
class SandboxAdminService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxAdminService)

public:
    explicit SandboxAdminService(ApiClient *client, QObject *parent = nullptr);

    EndpointServicesJob *endpointServices();
    /// The roles the sandbox's key pairs may try to assume, per provider.
    SandboxRolesJob *roles();
    EndpointServiceJob *createEndpointService(const SimulatedEndpointService &service);
    EndpointServiceJob *setAllowedPrincipals(const QString &serviceName,
                                             const QStringList &principals);
    ConnectionRequestsJob *connectionRequests(const QString &serviceName);
    ConnectionRequestJob *decide(const QString &serviceName, const QString &endpointId,
                                 bool accept);
    /// Where the database behind the endpoint the sandbox made for `host` listens (GET
    /// /sandbox/v1/names/{host}); an error (NotFound) when the sandbox made no usable endpoint
    /// of that name. The job belongs to `parent`.
    EndpointStandInJob *standInFor(const QString &host, QObject *parent);

private:
    ApiClient *m_client;
};

} // namespace plc
