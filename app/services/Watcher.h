#pragma once

#include "base/ApiError.h"
#include "domain/Changefeed.h"
#include "domain/PrivateLink.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace plc {

class ApiClient;
class ChangefeedService;
class Job;
class PrivateLinkService;

/// The console's only poller. It follows clusters whose connections are in transition
/// (CREATING, PENDING_ACCEPTANCE, DELETING) with one list request per cluster, and single
/// connections whose domains are being attached or detached with a Get — never one request
/// per connection where the list covers it. Each target backs off while nothing changes and
/// is dropped at terminal states. All requests share a budget (30 per minute by default, for
/// the whole console however many things are watched), and polling pauses when the API key's
/// remaining rate limit runs low, so the user's own actions are never the ones refused.
class Watcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Watcher)

public:
    static constexpr int DefaultBudgetPerMinute = 30;
    static constexpr int FirstIntervalMs = 2000;
    static constexpr int MaxIntervalMs = 30'000;

    Watcher(PrivateLinkService *service, ApiClient *client, QObject *parent = nullptr);
    ~Watcher() override;

    /// Where changefeeds are read; without it watchChangefeeds() does nothing.
    void setChangefeedService(ChangefeedService *service) { m_changefeeds = service; }
    void setBudgetPerMinute(int requests);
    int budgetPerMinute() const { return m_budgetPerMinute; }
    /// For tests: the first poll interval of a target (then it backs off).
    void setFirstInterval(int ms) { m_firstIntervalMs = ms; }

    /// Follows the cluster's connection list until nothing in it is in transition.
    void watchCluster(const QString &clusterId);
    /// Follows one connection with Get (its attached domains included) until it and its
    /// domains are settled, or it is gone.
    void watchConnection(const QString &clusterId, const QString &connectionId);
    /// Follows the cluster's changefeeds until none of them is being created.
    void watchChangefeeds(const QString &clusterId);
    void unwatchAll();

    bool isWatching() const { return !m_targets.isEmpty(); }
    int targetCount() const { return int(m_targets.size()); }
    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    void connectionsRefreshed(const QString &clusterId,
                              const QList<plc::PrivateLinkConnection> &connections);
    void connectionRefreshed(const QString &clusterId,
                             const plc::PrivateLinkConnection &connection);
    void changefeedsRefreshed(const QString &clusterId, const QList<plc::Changefeed> &changefeeds);
    void connectionGone(const QString &clusterId, const QString &connectionId);
    void pollFailed(const QString &clusterId, const plc::ApiError &error);
    /// Polling is held back because the API key's remaining requests are low.
    void throttled(bool paused);

private:
    enum class Kind { Connections, Connection, Changefeeds };
    struct Target
    {
        Kind kind = Kind::Connections;
        QString clusterId;
        QString connectionId; ///< Kind::Connection only
        qint64 dueMs = 0;
        int intervalMs = 0;
    };

    void tick();
    void add(const QString &key, Kind kind, const QString &clusterId,
             const QString &connectionId = {});
    void poll(const QString &key);
    void pollChangefeeds(const QString &key, const QString &clusterId);
    void reschedule(const QString &key, bool changed, bool keep);
    void refillTokens();
    qint64 now() const { return m_clock.elapsed(); }

    PrivateLinkService *m_service;
    ApiClient *m_client;
    QHash<QString, Target> m_targets;
    QHash<QString, QList<PrivateLinkConnection>> m_lastLists;
    QHash<QString, PrivateLinkConnection> m_lastConnections;
    QHash<QString, QList<Changefeed>> m_lastChangefeeds;
    ChangefeedService *m_changefeeds = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QPointer<Job> m_inFlight;
    double m_tokens = 1.0;
    qint64 m_lastRefillMs = 0;
    int m_budgetPerMinute = DefaultBudgetPerMinute;
    int m_firstIntervalMs = FirstIntervalMs;
    int m_requestsSent = 0;
    bool m_throttled = false;
};

} // namespace plc
