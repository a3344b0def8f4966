#include "ui/wizards/ConnectionFollower.h"

#include "services/Watcher.h"

namespace plc {

ConnectionFollower::ConnectionFollower(Watcher *watcher, QString clusterId, QString connectionId,
                                       QObject *parent)
    : QObject(parent)
    , m_watcher(watcher)
    , m_clusterId(std::move(clusterId))
    , m_connectionId(std::move(connectionId))
{
    connect(m_watcher, &Watcher::connectionRefreshed, this,
            [this](const QString &cluster, const PrivateLinkConnection &connection) {
                if (cluster == m_clusterId && connection.privateLinkConnectionId == m_connectionId)
                    Q_EMIT updated(connection);
            });
    connect(m_watcher, &Watcher::connectionGone, this,
            [this](const QString &cluster, const QString &connection) {
                if (cluster == m_clusterId && connection == m_connectionId)
                    Q_EMIT gone();
            });
}

void ConnectionFollower::follow()
{
    m_watcher->watchConnection(m_clusterId, m_connectionId);
}

} // namespace plc
