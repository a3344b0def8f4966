#pragma once

#include "domain/PrivateLink.h"
#include "services/DecodingJob.h"

#include <QObject>

namespace plc {

class ApiClient;

using ListConnectionsJob = ApiListJob<PrivateLinkConnection>;
using ConnectionJob = ValueJob<PrivateLinkConnection>;
using AttachDomainJob = ValueJob<AttachDomain>;
using AvailabilityZonesJob = ValueJob<AvailabilityZones>;

/// The private link connection operations of the Serverless API
/// (`/v1beta1/clusters/{clusterId}/privateLinkConnections…`). Every call returns a Job owned
/// by the service that ends with finished(); cancel() drops its result. Creates, deletes,
/// attaches and detaches are never re-sent once the server may have acted on them.
class PrivateLinkService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivateLinkService)

public:
    explicit PrivateLinkService(ApiClient *client, QObject *parent = nullptr);

    /// Every connection of the cluster, all pages; `state` filters (Unknown: all).
    ListConnectionsJob *listConnections(const QString &clusterId,
                                        ConnectionState state = ConnectionState::Unknown);
    /// One connection, with its attached domains.
    ConnectionJob *getConnection(const QString &clusterId, const QString &connectionId);
    ConnectionJob *createConnection(const QString &clusterId,
                                    const NewPrivateLinkConnection &connection);
    ConnectionJob *deleteConnection(const QString &clusterId, const QString &connectionId);
    AvailabilityZonesJob *availabilityZones(const QString &clusterId);
    /// With `validateOnly` the answer previews the domains (and, for TiDB Cloud managed
    /// domains without a unique name, generates one); nothing is attached.
    AttachDomainJob *attachDomains(const QString &clusterId, const QString &connectionId,
                                   DomainType type, const QString &uniqueName, bool validateOnly);
    AttachDomainJob *detachDomains(const QString &clusterId, const QString &connectionId,
                                   const QString &attachDomainId);

private:
    QString collectionPath(const QString &clusterId) const;
    QString connectionPath(const QString &clusterId, const QString &connectionId) const;

    ApiClient *m_client;
};

} // namespace plc
