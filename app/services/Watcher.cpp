#include "services/Watcher.h"

#include "api/ApiClient.h"
#include "services/ChangefeedService.h"
#include "services/PrivateLinkService.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QString watchKeyOf(const QString &clusterId, const QString &connectionId = {})
{
    return connectionId.isEmpty() ? clusterId : clusterId + u'/' + connectionId;
}

bool settled(const PrivateLinkConnection &connection)
{
    if (isTransitional(connection.state.value))
        return false;
    if (connection.attachedDomains) {
        for (const AttachDomain &domains : *connection.attachedDomains) {
            if (domains.isChanging())
                return false;
        }
    }
    return true;
}
} // namespace

Watcher::Watcher(PrivateLinkService *service, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_client(client)
{
    m_clock.start();
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &Watcher::tick);
}

Watcher::~Watcher()
{
    if (m_inFlight)
        m_inFlight->cancel();
}

void Watcher::setBudgetPerMinute(int requests)
{
    m_budgetPerMinute = qMax(1, requests);
}

void Watcher::add(const QString &key, Kind kind, const QString &clusterId,
                  const QString &connectionId)
{
    if (m_targets.contains(key))
        return;
    m_targets.insert(key,
                     {kind, clusterId, connectionId, now() + m_firstIntervalMs, m_firstIntervalMs});
    if (!m_timer.isActive()) {
        m_lastRefillMs = now();
        m_timer.start();
    }
}

void Watcher::watchCluster(const QString &clusterId)
{
    add(watchKeyOf(clusterId), Kind::Connections, clusterId);
}

void Watcher::watchConnection(const QString &clusterId, const QString &connectionId)
{
    add(watchKeyOf(clusterId, connectionId), Kind::Connection, clusterId, connectionId);
}

void Watcher::watchChangefeeds(const QString &clusterId)
{
    if (m_changefeeds)
        add(clusterId + u"#changefeeds"_s, Kind::Changefeeds, clusterId);
}

void Watcher::unwatchAll()
{
    m_targets.clear();
    m_lastLists.clear();
    m_lastConnections.clear();
    m_lastChangefeeds.clear();
    if (m_inFlight)
        m_inFlight->cancel();
    m_timer.stop();
}

void Watcher::refillTokens()
{
    // A token bucket holding one request: the budget is an even spacing, never a burst.
    const qint64 t = now();
    m_tokens = std::min(1.0, m_tokens + (t - m_lastRefillMs) * m_budgetPerMinute / 60'000.0);
    m_lastRefillMs = t;
}

void Watcher::tick()
{
    if (m_targets.isEmpty()) {
        m_timer.stop();
        return;
    }
    refillTokens();
    if (m_inFlight || m_tokens < 1.0)
        return;
    const bool lowBudget = !m_client->rateBudget().allowsBackground();
    if (lowBudget != m_throttled) {
        m_throttled = lowBudget;
        Q_EMIT throttled(lowBudget);
    }
    if (lowBudget)
        return;
    // The most overdue target goes first, so no cluster starves however many are watched.
    QString next;
    qint64 earliest = now();
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (it->dueMs <= earliest) {
            earliest = it->dueMs;
            next = it.key();
        }
    }
    if (!next.isEmpty())
        poll(next);
}

void Watcher::poll(const QString &key)
{
    const Target target = m_targets.value(key);
    m_tokens -= 1.0;
    ++m_requestsSent;
    if (target.kind == Kind::Changefeeds) {
        pollChangefeeds(key, target.clusterId);
        return;
    }
    if (target.kind == Kind::Connections) {
        auto *job = m_service->listConnections(target.clusterId);
        m_inFlight = job;
        job->onFinished(
            this,
            [this, key, clusterId = target.clusterId](const QList<PrivateLinkConnection> &list) {
                if (!m_targets.contains(key))
                    return;
                const bool changed = m_lastLists.value(key) != list;
                m_lastLists.insert(key, list);
                Q_EMIT connectionsRefreshed(clusterId, list);
                const bool keep = std::any_of(list.begin(), list.end(), [](const auto &c) {
                    return isTransitional(c.state.value);
                });
                reschedule(key, changed, keep);
            },
            [this, key, clusterId = target.clusterId](const ApiError &error) {
                if (!m_targets.contains(key))
                    return;
                Q_EMIT pollFailed(clusterId, error);
                reschedule(key, false, true);
            });
        return;
    }
    auto *job = m_service->getConnection(target.clusterId, target.connectionId);
    m_inFlight = job;
    job->onFinished(
        this,
        [this, key, clusterId = target.clusterId](const PrivateLinkConnection &connection) {
            if (!m_targets.contains(key))
                return;
            const bool changed = m_lastConnections.value(key) != connection;
            m_lastConnections.insert(key, connection);
            Q_EMIT connectionRefreshed(clusterId, connection);
            reschedule(key, changed, !settled(connection));
        },
        [this, key, clusterId = target.clusterId,
         connectionId = target.connectionId](const ApiError &error) {
            if (!m_targets.contains(key))
                return;
            if (error.httpStatus == 404) {
                Q_EMIT connectionGone(clusterId, connectionId);
                reschedule(key, true, false);
                return;
            }
            Q_EMIT pollFailed(clusterId, error);
            reschedule(key, false, true);
        });
}

void Watcher::pollChangefeeds(const QString &key, const QString &clusterId)
{
    auto *job = m_changefeeds->listChangefeeds(clusterId);
    m_inFlight = job;
    job->onFinished(
        this,
        [this, key, clusterId](const QList<Changefeed> &list) {
            if (!m_targets.contains(key))
                return;
            const bool changed = m_lastChangefeeds.value(key) != list;
            m_lastChangefeeds.insert(key, list);
            Q_EMIT changefeedsRefreshed(clusterId, list);
            const bool keep = std::any_of(list.begin(), list.end(), [](const Changefeed &c) {
                return c.state.value == ChangefeedState::Creating;
            });
            reschedule(key, changed, keep);
        },
        [this, key, clusterId](const ApiError &error) {
            if (!m_targets.contains(key))
                return;
            Q_EMIT pollFailed(clusterId, error);
            reschedule(key, false, true);
        });
}

void Watcher::reschedule(const QString &key, bool changed, bool keep)
{
    if (!keep) {
        m_targets.remove(key);
        m_lastLists.remove(key);
        m_lastConnections.remove(key);
        m_lastChangefeeds.remove(key);
        return;
    }
    Target &target = m_targets[key];
    // Back off while nothing changes; look again soon after something did.
    target.intervalMs =
        changed ? m_firstIntervalMs : std::min(MaxIntervalMs, target.intervalMs * 3 / 2);
    target.dueMs = now() + target.intervalMs;
}

} // namespace plc
