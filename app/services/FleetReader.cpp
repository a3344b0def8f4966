#include "services/FleetReader.h"

#include "api/RequestLog.h"
#include "base/OutsideText.h"
#include "services/ChangefeedService.h"
#include "services/ClusterService.h"
#include "services/PrivateLinkService.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace plc {

namespace {

class FleetReaderText
{
    Q_DECLARE_TR_FUNCTIONS(FleetReader)
public:
    static QString keyRefused(const QString &profile, const QString &reason)
    {
        return tr("Profile %1: the fleet cannot be read with its API key: %2").arg(profile, reason);
    }
    static QString limited(const QString &profile, const QDateTime &until)
    {
        return tr("Profile %1: TiDB Cloud is limiting this API key's requests; the fleet goes "
                  "on reading at %2, and your own actions keep their share.")
            .arg(profile, QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat));
    }
    static QString listFailed(const QString &profile, const QString &reason)
    {
        return tr("Profile %1: the cluster list could not be read: %2 It is read again at the "
                  "next pass.")
            .arg(profile, reason);
    }
};

constexpr int FleetRetryAttempts = 2;

bool needsDomains(const FleetRow &row, const FleetRow *before)
{
    if (row.connection.state.value != ConnectionState::Active)
        return false;
    if (!before || !before->domains.known)
        return true;
    // Read before the connection last changed (a read skipped or failed since keeps them
    // wanted), or still changing.
    return before->domains.changing > 0 || before->domains.readAt < row.connection.updateTime;
}

FleetDomains domainsOf(const PrivateLinkConnection &connection, const QDateTime &now)
{
    FleetDomains domains;
    domains.known = true;
    domains.readAt = now;
    const QList<AttachDomain> groups = connection.attachedDomains.value_or(QList<AttachDomain>{});
    domains.groups = int(groups.size());
    for (const AttachDomain &group : groups) {
        for (const Domain &domain : group.domains) {
            if (domain.state.compare(QStringLiteral("FAILED"), Qt::CaseInsensitive) == 0) {
                ++domains.failed;
                if (domains.failedMessage.isEmpty())
                    domains.failedMessage = domain.message;
            }
        }
        if (group.isChanging())
            ++domains.changing;
    }
    return domains;
}

} // namespace

FleetReader::FleetReader(const QString &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_client(new ApiClient(this))
    , m_clusters(new ClusterService(m_client, this))
    , m_links(new PrivateLinkService(m_client, this))
    , m_changefeeds(new ChangefeedService(m_client, this))
{
    RetryPolicy policy = m_client->retryPolicy();
    policy.maxAttempts = FleetRetryAttempts; // the next pass is the fleet's retry
    m_client->setRetryPolicy(policy);
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FleetReader::next);
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, [this] {
        if (auto start = std::exchange(m_pending, {}))
            start();
    });
    // Every attempt that went out, retries included, is spent from the fleet's share.
    connect(m_client->requestLog(), &RequestLog::entryAdded, this, [this] {
        m_pacer.spend(m_clock.elapsed());
        ++m_requests;
    });
}

FleetReader::~FleetReader()
{
    stop();
}

void FleetReader::setEndpoint(const QUrl &baseUrl, const ApiCredentials &credentials)
{
    stop();
    m_client->setEndpoint(baseUrl, credentials);
    m_hasEndpoint = baseUrl.isValid();
    setProblem({});
}

void FleetReader::setKnownClusters(const QList<FleetCluster> &clusters)
{
    for (const FleetCluster &cluster : clusters)
        m_known.insert(cluster.clusterId, cluster);
}

void FleetReader::readNow()
{
    if (m_step != Step::Idle && m_step != Step::Waiting)
        return;
    startPass();
}

void FleetReader::stop()
{
    m_timer.stop();
    m_paceTimer.stop();
    m_pending = {};
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    m_step = Step::Idle;
    m_waitUntilMs = -1;
    Q_EMIT progressChanged(m_profile);
}

FleetProgress FleetReader::progress() const
{
    FleetProgress progress;
    progress.running = m_step != Step::Idle && m_step != Step::Waiting;
    progress.requestsSent = m_requests;
    if (m_step == Step::Waiting && m_waitUntilMs >= 0)
        progress.nextPassInMs = std::max<qint64>(0, m_waitUntilMs - m_clock.elapsed());
    if (!progress.running)
        return progress;
    progress.clustersTotal = m_step == Step::Clusters ? -1 : int(m_order.size());
    progress.clustersRead = m_step == Step::Clusters ? 0 : m_index;
    if (m_step != Step::Clusters) {
        // Each cluster left: its connections, and its changefeeds when it had connections.
        qint64 left = 0;
        for (int i = m_index; i < m_order.size(); ++i)
            left += m_order.at(i).connections == 0 ? 1 : 2;
        // The domain reads this pass may still make, and what the pacer owes now.
        left += std::min<qint64>(m_domainBudget, m_order.size() - m_index);
        progress.etaMs = m_pacer.delayMs(m_clock.elapsed()) + m_pacer.durationMs(left);
    }
    return progress;
}

void FleetReader::startPass()
{
    if (!m_hasEndpoint) {
        setProblem(FleetReaderText::keyRefused(m_profile, ApiError{}.userMessage()));
        return;
    }
    m_timer.stop();
    m_passStartMs = m_clock.elapsed();
    m_requests = 0;
    m_index = 0;
    m_order.clear();
    m_step = Step::Clusters;
    Q_EMIT progressChanged(m_profile);
    whenAllowed([this] { readClusterList(); });
}

qint64 FleetReader::paceDelayMs() const
{
    const qint64 delay = m_pacer.delayMs(m_clock.elapsed());
    // The key's own count (every client of it, the user's too): the fleet leaves the reserve
    // to the user, and waits for the limit's window to start again.
    const RateBudget &budget = m_client->rateBudget();
    if (budget.allowsBackground())
        return delay;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return std::max(delay, budget.resetAt.isValid()
                               ? std::max<qint64>(1000, now.msecsTo(budget.resetAt))
                               : qint64(5000));
}

void FleetReader::whenAllowed(std::function<void()> start)
{
    const qint64 delay = paceDelayMs();
    const RateBudget &budget = m_client->rateBudget();
    if (!budget.allowsBackground()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        setProblem(FleetReaderText::limited(m_profile, budget.resetAt.isValid() ? budget.resetAt
                                                                                : now.addSecs(5)));
        m_limited = true;
    }
    if (delay <= 0) {
        start();
        return;
    }
    // One wait at a time: stop() drops it.
    m_pending = std::move(start);
    m_paceTimer.start(int(std::min<qint64>(delay, 24LL * 3600 * 1000)));
}

void FleetReader::track(Job *job)
{
    m_job = job;
}

bool FleetReader::stopsProfile(const ApiError &error)
{
    using Kind = ApiError::Kind;
    if (error.kind == Kind::RateLimited) {
        const QDateTime until =
            error.retryAt.isValid() ? error.retryAt : QDateTime::currentDateTimeUtc().addSecs(60);
        m_pacer.holdUntil(m_clock.elapsed() +
                          std::max<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(until)));
        setProblem(FleetReaderText::limited(m_profile, until));
        m_limited = true;
        return false; // the pass waits and goes on
    }
    // A key refused (401) stops the profile; a 403 on one cluster is that cluster's (the
    // cluster list's own 403 is said by readClusterList).
    if (error.kind == Kind::NoKey || error.kind == Kind::Keychain ||
        error.kind == Kind::AuthScheme || (error.kind == Kind::Http && error.httpStatus == 401)) {
        m_limited = false;
        setProblem(FleetReaderText::keyRefused(m_profile, error.userMessage()));
        return true;
    }
    return false;
}

void FleetReader::setProblem(const QString &sentence)
{
    if (sentence == m_problem)
        return;
    m_problem = sentence;
    Q_EMIT problemChanged(m_profile, sentence);
}

void FleetReader::readClusterList()
{
    auto *job = m_clusters->listClusters();
    track(job);
    job->onFinished(
        this,
        [this](const QList<Cluster> &clusters) {
            setProblem({}); // the list answered: neither the key nor the limit stops it
            m_limited = false;
            m_order = passOrder(clusters);
            QList<FleetCluster> listed = m_order;
            Q_EMIT clustersListed(m_profile, listed);
            m_domainBudget = int((m_order.size() + 1) / 2);
            m_step = Step::Connections;
            m_index = 0;
            Q_EMIT progressChanged(m_profile);
            next();
        },
        [this](const ApiError &error) {
            if (error.kind == ApiError::Kind::RateLimited) {
                stopsProfile(error);
                whenAllowed([this] { readClusterList(); });
                return;
            }
            if (error.kind == ApiError::Kind::Http && error.httpStatus == 403)
                setProblem(FleetReaderText::keyRefused(m_profile, error.userMessage()));
            else if (!stopsProfile(error))
                setProblem(FleetReaderText::listFailed(m_profile, error.userMessage()));
            finishPass();
        });
}

QList<FleetCluster> FleetReader::passOrder(const QList<Cluster> &clusters) const
{
    QList<FleetCluster> order;
    order.reserve(clusters.size());
    for (const Cluster &cluster : clusters) {
        FleetCluster entry = m_known.value(cluster.clusterId);
        entry.profile = m_profile;
        entry.clusterId = cluster.clusterId;
        entry.displayName = cluster.displayName;
        entry.cloudProvider = cluster.region.cloudProvider;
        entry.regionId = cluster.region.regionId;
        entry.regionName = cluster.region.displayName;
        order.append(entry);
    }
    // In transition first; then the least recently read (never read: first of all).
    std::stable_sort(order.begin(), order.end(), [](const FleetCluster &a, const FleetCluster &b) {
        if (a.inTransition != b.inTransition)
            return a.inTransition;
        if (a.readAt.isValid() != b.readAt.isValid())
            return !a.readAt.isValid();
        return a.readAt < b.readAt;
    });
    return order;
}

void FleetReader::next()
{
    if (m_step == Step::Waiting) {
        startPass();
        return;
    }
    if (m_step != Step::Connections)
        return;
    if (m_index >= m_order.size()) {
        finishPass();
        return;
    }
    whenAllowed([this] { readCluster(); });
}

FleetRow FleetReader::rowFor(const FleetCluster &cluster,
                             const PrivateLinkConnection &connection) const
{
    FleetRow row;
    row.profile = m_profile;
    row.clusterId = cluster.clusterId;
    row.clusterName = cluster.displayName;
    row.cloudProvider = cluster.cloudProvider;
    row.regionId = cluster.regionId;
    row.regionName = cluster.regionName;
    row.connection = connection;
    row.connection.attachedDomains.reset();
    row.readAt = QDateTime::currentDateTimeUtc();
    if (const FleetRow *before = m_previous ? m_previous(row.key()) : nullptr) {
        row.domains = before->domains;
        row.changefeeds = before->changefeeds;
        row.deletingSince = before->deletingSince;
    }
    if (connection.state.value != ConnectionState::Deleting)
        row.deletingSince = {};
    else if (!row.deletingSince.isValid())
        row.deletingSince = row.readAt;
    return row;
}

void FleetReader::readCluster()
{
    const FleetCluster cluster = m_order.at(m_index);
    auto *job = m_links->listConnections(cluster.clusterId);
    track(job);
    job->onFinished(
        this,
        [this, cluster](const QList<PrivateLinkConnection> &connections) {
            m_rows.clear();
            m_domainRows.clear();
            for (const PrivateLinkConnection &connection : connections) {
                FleetRow row = rowFor(cluster, connection);
                const FleetRow *before = m_previous ? m_previous(row.key()) : nullptr;
                if (needsDomains(row, before))
                    m_domainRows.append(int(m_rows.size()));
                m_rows.append(row);
            }
            if (m_rows.isEmpty()) {
                finishCluster();
                return;
            }
            whenAllowed([this] { readChangefeeds(); });
        },
        [this, cluster](const ApiError &error) {
            if (error.kind == ApiError::Kind::Http && error.httpStatus == 404) {
                m_known.remove(cluster.clusterId);
                Q_EMIT clusterGone(m_profile, cluster.clusterId);
                ++m_index;
                next();
                return;
            }
            if (error.kind == ApiError::Kind::RateLimited) {
                stopsProfile(error);
                next(); // the same cluster again, once the key may send
                return;
            }
            if (stopsProfile(error)) {
                finishPass();
                return;
            }
            Q_EMIT clusterFailed(m_profile, cluster.clusterId, error.userMessage());
            ++m_index;
            next();
        });
}

void FleetReader::readChangefeeds()
{
    const QString clusterId = m_order.at(m_index).clusterId;
    auto *job = m_changefeeds->listChangefeeds(clusterId);
    track(job);
    job->onFinished(
        this,
        [this](const QList<Changefeed> &feeds) {
            for (FleetRow &row : m_rows) {
                row.changefeeds.clear();
                for (const Changefeed &feed : feeds) {
                    if (feed.runsThrough(row.connection.privateLinkConnectionId))
                        // A sink's error may quote its URI: kept and shown without secrets.
                        row.changefeeds.append({feed.changefeedId, feed.displayName, feed.state,
                                                OutsideText::withoutSecrets(feed.error)});
                }
            }
            readDomains();
        },
        [this](const ApiError &error) {
            if (error.kind == ApiError::Kind::RateLimited) {
                stopsProfile(error);
                whenAllowed([this] { readChangefeeds(); }); // the same list, once allowed
                return;
            }
            if (stopsProfile(error)) {
                finishPass();
                return;
            }
            // The connections were read: they are kept, with the changefeeds read before, and
            // the cluster says it could not be read whole (after its rows, so that it stays).
            m_clusterProblem = error.userMessage();
            readDomains();
        });
}

void FleetReader::readDomains()
{
    if (m_domainRows.isEmpty() || m_domainBudget <= 0) {
        finishCluster();
        return;
    }
    whenAllowed([this] {
        const int index = m_domainRows.takeFirst();
        --m_domainBudget;
        const FleetRow row = m_rows.at(index);
        auto *job = m_links->getConnection(row.clusterId, row.connection.privateLinkConnectionId);
        track(job);
        job->onFinished(
            this,
            [this, index](const PrivateLinkConnection &connection) {
                m_rows[index].domains = domainsOf(connection, QDateTime::currentDateTimeUtc());
                readDomains();
            },
            [this](const ApiError &error) {
                if (stopsProfile(error)) {
                    finishPass();
                    return;
                }
                readDomains(); // the domains stay as last read
            });
    });
}

void FleetReader::finishCluster()
{
    FleetCluster cluster = m_order.at(m_index);
    cluster.readAt = QDateTime::currentDateTimeUtc();
    cluster.inTransition = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const FleetRow &row) {
        return isTransitional(row.connection.state.value) || row.domains.changing > 0;
    });
    cluster.connections = int(m_rows.size());
    m_order[m_index] = cluster;
    m_known.insert(cluster.clusterId, cluster);
    const QList<FleetRow> rows = std::exchange(m_rows, {});
    const QString problem = std::exchange(m_clusterProblem, {});
    ++m_index;
    if (m_limited && problem.isEmpty()) {
        m_limited = false;
        setProblem({});
    }
    Q_EMIT clusterRead(m_profile, cluster, rows);
    if (!problem.isEmpty())
        Q_EMIT clusterFailed(m_profile, cluster.clusterId, problem);
    Q_EMIT progressChanged(m_profile);
    next();
}

void FleetReader::finishPass()
{
    const qint64 duration = m_clock.elapsed() - m_passStartMs;
    m_step = Step::Waiting;
    m_job = nullptr;
    m_paceTimer.stop();
    m_pending = {};
    Q_EMIT passFinished(m_profile, m_requests, duration);
    const qint64 wait = std::max<qint64>(m_passIntervalMs - duration, 1000);
    m_waitUntilMs = m_clock.elapsed() + wait;
    Q_EMIT progressChanged(m_profile);
    m_timer.start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

} // namespace plc
