#include "models/ConnectionFeed.h"

#include "models/ConnectionTableModel.h"
#include "services/ChangefeedService.h"
#include "services/PrivateLinkService.h"
#include "services/Watcher.h"

#include <algorithm>
#include <utility>

namespace plc {

ConnectionFeed::ConnectionFeed(PrivateLinkService *service, Watcher *watcher, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_watcher(watcher)
    , m_model(new ConnectionTableModel(this))
{
    connect(m_watcher, &Watcher::connectionsRefreshed, this,
            &ConnectionFeed::onConnectionsRefreshed);
    connect(m_watcher, &Watcher::connectionRefreshed, this, &ConnectionFeed::onConnectionRefreshed);
    connect(m_watcher, &Watcher::changefeedsRefreshed, this,
            [this](const QString &clusterId, const QList<Changefeed> &changefeeds) {
                if (m_cluster && clusterId == m_cluster->clusterId && !m_changefeedJob)
                    takeChangefeeds(changefeeds);
            });
}

ConnectionFeed::~ConnectionFeed()
{
    // The jobs end as cancelled now; whoever listens to this feed may be half destroyed
    // already (the feed is often its widget's child) and must not hear of it.
    blockSignals(true);
    cancelLoads();
    if (m_getJob)
        m_getJob->cancel();
}

void ConnectionFeed::cancelLoads()
{
    // Taken out first: a load cancelled here is superseded, not cancelled from outside.
    for (QPointer<Job> job : {std::exchange(m_listJob, nullptr), std::exchange(m_zonesJob, nullptr),
                              std::exchange(m_changefeedJob, nullptr)}) {
        if (job)
            job->cancel();
    }
}

void ConnectionFeed::setCluster(const std::optional<Cluster> &cluster)
{
    const bool same = cluster && m_cluster && cluster->clusterId == m_cluster->clusterId;
    m_cluster = cluster;
    if (same)
        return;
    if (m_getJob)
        m_getJob->cancel();
    m_zones = {};
    m_loadedOnce = false;
    m_changefeedError = {};
    m_model->setChangefeeds({}, false);
    m_model->setRows({}); // another cluster: a reset, the only one
    m_model->setClusterRegion(cluster ? cluster->region.providerRegionCode() : QString());
    Q_EMIT clusterChanged();
    Q_EMIT availabilityZonesChanged();
    reload();
}

void ConnectionFeed::setStateFilter(ConnectionState state)
{
    m_filter = state;
    reload();
}

void ConnectionFeed::reload()
{
    cancelLoads();
    m_lastError = {};
    if (!m_cluster) {
        m_loading = false;
        Q_EMIT stateChanged();
        return;
    }
    m_loading = true;
    const QString clusterId = m_cluster->clusterId;
    auto *list = m_service->listConnections(clusterId, m_filter);
    m_listJob = list;
    // The first load of a cluster shows its rows page by page: a hundred rows at a time keep
    // the UI thread responsive with thousands of connections.
    connect(list, &Job::progress, this, [this, list] {
        if (!m_loadedOnce && m_filter == ConnectionState::Unknown) {
            m_model->upsert(list->lastPage());
            Q_EMIT stateChanged();
        }
    });
    // Cancelled from outside (the account was switched): no longer loading; the rows stay.
    list->onCancelled(this, [this, list] {
        if (m_listJob == list) {
            m_loading = false;
            Q_EMIT stateChanged();
        }
    });
    list->onFinished(
        this,
        [this](const QList<PrivateLinkConnection> &rows) {
            m_loading = false;
            m_loadedOnce = true;
            m_model->apply(rows);
            followIfChanging(rows);
            Q_EMIT stateChanged();
            Q_EMIT loaded(true);
        },
        [this](const ApiError &error) {
            m_loading = false;
            m_lastError = error; // the last good rows stay on screen
            Q_EMIT stateChanged();
            Q_EMIT loaded(false);
        });
    auto *zones = m_service->availabilityZones(clusterId);
    m_zonesJob = zones;
    // On an error the list's error speaks for the cluster.
    zones->onFinished(this, [this](const AvailabilityZones &value) {
        m_zones = value;
        Q_EMIT availabilityZonesChanged();
    });
    loadChangefeeds(clusterId);
    Q_EMIT stateChanged();
}

void ConnectionFeed::loadChangefeeds(const QString &clusterId)
{
    if (!m_changefeeds)
        return;
    auto *list = m_changefeeds->listChangefeeds(clusterId);
    m_changefeedJob = list;
    list->onFinished(
        this, [this](const QList<Changefeed> &changefeeds) { takeChangefeeds(changefeeds); },
        [this](const ApiError &error) {
            // The connections stay useful without them; the last good list stays too.
            m_changefeedError = error;
            Q_EMIT changefeedsChanged();
        });
}

void ConnectionFeed::takeChangefeeds(const QList<Changefeed> &changefeeds)
{
    m_changefeedError = {};
    m_model->setChangefeeds(changefeeds);
    if (m_cluster && std::any_of(changefeeds.begin(), changefeeds.end(), [](const Changefeed &c) {
            return c.state.value == ChangefeedState::Creating;
        }))
        m_watcher->watchChangefeeds(m_cluster->clusterId);
    Q_EMIT changefeedsChanged();
}

QList<Changefeed> ConnectionFeed::changefeedsThrough(const QString &connectionId) const
{
    return m_model->changefeedsThrough(connectionId);
}

bool ConnectionFeed::changefeedsKnown() const
{
    return m_model->changefeedsKnown();
}

void ConnectionFeed::fetchConnection(const QString &connectionId)
{
    if (m_getJob)
        m_getJob->cancel();
    if (!m_cluster)
        return;
    auto *get = m_service->getConnection(m_cluster->clusterId, connectionId);
    m_getJob = get;
    get->onFinished(this,
                    [this, clusterId = m_cluster->clusterId](const PrivateLinkConnection &full) {
                        if (!m_cluster || m_cluster->clusterId != clusterId)
                            return;
                        Q_EMIT connectionUpdated(full);
                        const bool changing =
                            full.attachedDomains &&
                            std::any_of(full.attachedDomains->begin(), full.attachedDomains->end(),
                                        [](const AttachDomain &d) { return d.isChanging(); });
                        if (changing || isTransitional(full.state.value))
                            m_watcher->watchConnection(clusterId, full.privateLinkConnectionId);
                    });
}

void ConnectionFeed::followIfChanging(const QList<PrivateLinkConnection> &list)
{
    if (!m_cluster)
        return;
    if (std::any_of(list.begin(), list.end(),
                    [](const auto &c) { return isTransitional(c.state.value); }))
        m_watcher->watchCluster(m_cluster->clusterId);
}

void ConnectionFeed::onConnectionsRefreshed(const QString &clusterId,
                                            const QList<PrivateLinkConnection> &list)
{
    if (!m_cluster || clusterId != m_cluster->clusterId || m_loading)
        return;
    QList<PrivateLinkConnection> shown;
    for (const PrivateLinkConnection &c : list) {
        if (m_filter == ConnectionState::Unknown || c.state.value == m_filter)
            shown.append(c);
    }
    m_model->apply(shown);
    Q_EMIT rowsRefreshed();
}

void ConnectionFeed::onConnectionRefreshed(const QString &clusterId,
                                           const PrivateLinkConnection &connection)
{
    if (m_cluster && clusterId == m_cluster->clusterId)
        Q_EMIT connectionUpdated(connection);
}

} // namespace plc
