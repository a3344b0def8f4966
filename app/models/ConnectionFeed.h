#pragma once

#include "base/Job.h"
#include "domain/Changefeed.h"
#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace plc {

class ChangefeedService;
class ConnectionTableModel;
class PrivateLinkService;
class Watcher;

/// The private link connections of one cluster as the window shows them: owns the model,
/// loads every page (the first load of a cluster page by page), applies the API's state
/// filter to the Watcher's updates as to the loads, keeps the last good rows when a load
/// fails, follows the cluster through the Watcher while a connection is in transition, and
/// brings the cluster's account ID and zones. One connection's full record (with its attached
/// domains) is fetched on request and followed while it changes. With a ChangefeedService the
/// cluster's changefeeds are read with every load (and followed while one is being created),
/// so that each connection says which changefeeds run through it.
class ConnectionFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionFeed)

public:
    ConnectionFeed(PrivateLinkService *service, Watcher *watcher, QObject *parent = nullptr);
    ~ConnectionFeed() override;

    void setChangefeedService(ChangefeedService *service) { m_changefeeds = service; }

    ConnectionTableModel *model() const { return m_model; }
    /// The changefeeds through a connection, from the last good read (the model keeps them).
    QList<Changefeed> changefeedsThrough(const QString &connectionId) const;
    /// Whether the cluster's changefeeds were read once (a later failed read keeps them).
    bool changefeedsKnown() const;
    /// Why the last read of the changefeeds failed; Kind::None otherwise.
    const ApiError &changefeedError() const { return m_changefeedError; }
    const std::optional<Cluster> &cluster() const { return m_cluster; }
    ConnectionState stateFilter() const { return m_filter; }
    const AvailabilityZones &availabilityZones() const { return m_zones; }

    bool isLoading() const { return m_loading; }
    /// True once a load of this cluster succeeded.
    bool hasLoaded() const { return m_loadedOnce; }
    /// The error of the last load; Kind::None after a good one.
    const ApiError &lastError() const { return m_lastError; }

    /// Another cluster (nullopt: none): the rows are cleared and loaded anew. The same
    /// cluster again only takes its new fields.
    void setCluster(const std::optional<Cluster> &cluster);
    /// Loads with this filter (Unknown: every state).
    void setStateFilter(ConnectionState state);
    void reload();
    /// Reads one connection in full; connectionUpdated() brings it.
    void fetchConnection(const QString &connectionId);

Q_SIGNALS:
    /// Another cluster (or none): the rows were cleared; whatever showed one of them goes.
    void clusterChanged();
    void stateChanged();
    /// A load ended; on failure the last good rows stay and lastError() says why.
    void loaded(bool ok);
    /// The Watcher brought the rows again (no load): selections may need a new look.
    void rowsRefreshed();
    /// A connection of this cluster in full (a fetch, or the Watcher following it).
    void connectionUpdated(const plc::PrivateLinkConnection &connection);
    void availabilityZonesChanged();
    /// The cluster's changefeeds were read again (or could not be).
    void changefeedsChanged();

private:
    void cancelLoads();
    void followIfChanging(const QList<PrivateLinkConnection> &list);
    void onConnectionsRefreshed(const QString &clusterId, const QList<PrivateLinkConnection> &list);
    void onConnectionRefreshed(const QString &clusterId, const PrivateLinkConnection &connection);
    void loadChangefeeds(const QString &clusterId);
    void takeChangefeeds(const QList<Changefeed> &changefeeds);

    PrivateLinkService *m_service;
    Watcher *m_watcher;
    ConnectionTableModel *m_model;
    std::optional<Cluster> m_cluster;
    ConnectionState m_filter = ConnectionState::Unknown;
    AvailabilityZones m_zones;
    QPointer<Job> m_listJob;
    QPointer<Job> m_zonesJob;
    QPointer<Job> m_getJob;
    QPointer<Job> m_changefeedJob;
    ChangefeedService *m_changefeeds = nullptr;
    ApiError m_changefeedError;
    ApiError m_lastError;
    bool m_loading = false;
    bool m_loadedOnce = false;
};

} // namespace plc
