#pragma once

#include "api/ApiClient.h"
#include "base/ApiError.h"
#include "domain/Cluster.h"
#include "domain/FleetRow.h"
#include "services/FleetPacer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace plc {

class ChangefeedService;
class ClusterService;
class Job;
class PrivateLinkService;

/// How far a profile's fleet pass is.
struct FleetProgress
{
    int clustersTotal = 0; ///< -1 while the cluster list is being read
    int clustersRead = 0;
    int requestsSent = 0; ///< this pass
    qint64 etaMs = -1;    ///< from now to the pass's end at the fleet's pace; -1: unknown
    bool running = false;
    qint64 nextPassInMs = -1; ///< between passes: when the next one starts
};

/// Reads one profile's whole fleet, over and over, with its own API client and key, within
/// its share of the key's requests (FleetPacer). A pass lists the clusters, then reads each
/// cluster's connections and (when it has any) its changefeeds: clusters with a connection in
/// transition first, then the least recently read. Connections that changed since the last
/// read, or whose domains were changing, are read once more with Get for their domains, at
/// most one per two clusters a pass. A pass ends at least `passIntervalMs` after it started.
///
/// The fewest requests a pass can take are ⌈C/100⌉ pages of clusters and one list of
/// connections per cluster, plus one list of changefeeds per cluster that has connections;
/// its duration at P requests a minute is about requests / P minutes.
class FleetReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetReader)

public:
    static constexpr int DefaultPassIntervalMs = 5 * 60 * 1000;

    /// What the reader knew of a connection before (from the snapshot or the last pass).
    using PreviousRow = std::function<const FleetRow *(const QString &key)>;

    explicit FleetReader(const QString &profile, QObject *parent = nullptr);
    ~FleetReader() override;

    QString profile() const { return m_profile; }
    /// The profile's API and key; a pass under way ends and a new one starts.
    void setEndpoint(const QUrl &baseUrl, const ApiCredentials &credentials);
    ApiClient *client() const { return m_client; }
    void setPreviousRows(PreviousRow previous) { m_previous = std::move(previous); }
    /// The clusters known before (the snapshot), for the order of the first pass.
    void setKnownClusters(const QList<FleetCluster> &clusters);
    FleetPacer &pacer() { return m_pacer; }
    /// How long another request of the key must wait for the fleet's share and the key's
    /// reserve (0: it may go now). What else of the fleet reads through client() (TiDB Cloud's
    /// account of a cluster, for its provider side) asks first; every request spends.
    qint64 paceDelayMs() const;
    void setPassInterval(int ms) { m_passIntervalMs = ms; }
    /// Starts a pass now (one under way is left to finish).
    void readNow();
    void stop();
    FleetProgress progress() const;

Q_SIGNALS:
    /// The cluster list of this pass: every cluster the profile has now.
    void clustersListed(const QString &profile, const QList<plc::FleetCluster> &clusters);
    /// A cluster's connections (and changefeeds, domains) as read now.
    void clusterRead(const QString &profile, const plc::FleetCluster &cluster,
                     const QList<plc::FleetRow> &rows);
    /// A cluster that could not be read, in a sentence; its last rows stay.
    void clusterFailed(const QString &profile, const QString &clusterId, const QString &sentence);
    /// A cluster the API no longer has (deleted during the pass).
    void clusterGone(const QString &profile, const QString &clusterId);
    /// What stops the whole profile (no key, the key refused, the rate limit), in a sentence;
    /// empty when it is over.
    void problemChanged(const QString &profile, const QString &sentence);
    void progressChanged(const QString &profile);
    void passFinished(const QString &profile, int requests, qint64 durationMs);

private:
    enum class Step { Idle, Clusters, Connections, Waiting };

    void startPass();
    void scheduleNext(qint64 delayMs);
    void next();
    /// Sends `start()` when the pacer allows it.
    void whenAllowed(std::function<void()> start);
    void readClusterList();
    void readCluster();
    void readChangefeeds();
    void readDomains();
    void finishCluster();
    void finishPass();
    /// Whether `error` stops the whole profile (said with problemChanged); else false.
    bool stopsProfile(const ApiError &error);
    void setProblem(const QString &sentence);
    void track(Job *job);
    QList<FleetCluster> passOrder(const QList<Cluster> &clusters) const;
    FleetRow rowFor(const FleetCluster &cluster, const PrivateLinkConnection &connection) const;

    QString m_profile;
    ApiClient *m_client;
    ClusterService *m_clusters;
    PrivateLinkService *m_links;
    ChangefeedService *m_changefeeds;
    FleetPacer m_pacer;
    QTimer m_timer;     ///< the next pass
    QTimer m_paceTimer; ///< the next request, when the pacer allows it
    std::function<void()> m_pending;
    QElapsedTimer m_clock;
    PreviousRow m_previous;
    QHash<QString, FleetCluster> m_known; ///< by cluster ID
    int m_passIntervalMs = DefaultPassIntervalMs;
    QString m_problem;
    bool m_limited = false; ///< the problem is the rate limit, over at the next answer
    bool m_hasEndpoint = false;

    // The pass under way.
    Step m_step = Step::Idle;
    QPointer<Job> m_job;
    qint64 m_passStartMs = 0;
    int m_requests = 0;
    int m_domainBudget = 0;
    QList<FleetCluster> m_order;
    int m_index = 0;
    QList<FleetRow> m_rows;    ///< the cluster being read
    QList<int> m_domainRows;   ///< indexes into m_rows still to Get
    QString m_clusterProblem;  ///< the cluster being read could not be read whole
    qint64 m_waitUntilMs = -1; ///< for progress: the next pass's start
};

} // namespace plc
