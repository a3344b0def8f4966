#include "services/FleetSideReader.h"

#include "api/RequestLog.h"
#include "services/FleetReader.h"
#include "services/PrivateLinkService.h"

#include <algorithm>

namespace plc {

namespace {

ProviderSide sideOf(const FleetRow &row, ProviderSide::Finding finding, const QString &sentence)
{
    return ProviderSide::of(row.connection, finding, sentence);
}

} // namespace

FleetSideReader::FleetSideReader(FleetReader *reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_links(new PrivateLinkService(reader->client(), this))
{
    m_clock.start();
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &FleetSideReader::readNext);
    m_reread.setSingleShot(true);
    connect(&m_reread, &QTimer::timeout, this, [this] {
        // TiDB Cloud's accounts that could not be read are tried again with the sides.
        for (auto it = m_tidbAccounts.begin(); it != m_tidbAccounts.end();)
            it = it->isEmpty() ? m_tidbAccounts.erase(it) : std::next(it);
        for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
            if (isStale(it.key(), it.value()) && !m_queue.contains(it.key()))
                m_queue.append(it.key());
        }
        kick();
    });
}

FleetSideReader::~FleetSideReader()
{
    stop();
}

void FleetSideReader::setSource(Source source, RequestLog *providerLog)
{
    stop();
    disconnect(m_logConnection);
    m_source = std::move(source);
    m_log = providerLog;
    if (providerLog) {
        // Every provider request the accounts make, keys and retries included, is paced.
        m_logConnection = connect(providerLog, &RequestLog::entryAdded, this,
                                  [this] { m_pacer.spend(m_clock.elapsed()); });
    }
    m_sides.clear();
    m_queue = m_wanted.keys();
    kick();
}

void FleetSideReader::consider(const QString &clusterId, const QList<FleetRow> &rows)
{
    QSet<QString> present;
    bool queued = false;
    for (const FleetRow &row : rows) {
        const QString key = row.key();
        if (!ProviderSide::wanted(row.connection.state.value))
            continue;
        present.insert(key);
        m_wanted.insert(key, row);
        if (isStale(key, row) && !m_queue.contains(key)) {
            m_queue.append(key);
            queued = true;
        }
    }
    // Requests waiting for acceptance first: the user can act on them.
    if (queued) {
        const auto pending = [this](const QString &key) {
            const auto it = m_wanted.constFind(key);
            return it != m_wanted.cend() &&
                   it->connection.state.value == ConnectionState::PendingAcceptance;
        };
        std::stable_partition(m_queue.begin(), m_queue.end(), pending);
    }
    for (auto it = m_wanted.begin(); it != m_wanted.end();) {
        if (it->clusterId == clusterId && !present.contains(it.key())) {
            m_sides.remove(it.key());
            m_queue.removeOne(it.key());
            it = m_wanted.erase(it);
        } else {
            ++it;
        }
    }
    kick();
}

void FleetSideReader::forgetCluster(const QString &clusterId)
{
    consider(clusterId, {});
    m_tidbAccounts.remove(clusterId);
}

ProviderSide FleetSideReader::known(const QString &key,
                                    const PrivateLinkConnection &connection) const
{
    const ProviderSide side = m_sides.value(key);
    return side.readFor == ProviderSide::readingOf(connection) ? side : ProviderSide{};
}

void FleetSideReader::stop()
{
    m_queue.clear();
    m_wait.stop();
    m_reread.stop();
    // Let go of the job first: its cancel is ours, not to be read again.
    if (Job *job = std::exchange(m_job, nullptr))
        job->cancel();
}

bool FleetSideReader::isStale(const QString &key, const FleetRow &row) const
{
    const auto it = m_sides.constFind(key);
    return it == m_sides.cend() || it->readFor != ProviderSide::readingOf(row.connection) ||
           it->readAt.secsTo(QDateTime::currentDateTimeUtc()) >= qint64(RereadMinutes) * 60;
}

void FleetSideReader::kick()
{
    if (!m_source.read || m_job || m_wait.isActive())
        return;
    readNext();
}

void FleetSideReader::readNext()
{
    while (!m_queue.isEmpty() && !m_wanted.contains(m_queue.constFirst()))
        m_queue.removeFirst();
    if (!m_source.read || m_job)
        return;
    if (m_queue.isEmpty()) {
        scheduleReread();
        return;
    }
    const FleetRow row = m_wanted.value(m_queue.constFirst());
    if (!m_source.hasAccount || !m_source.hasAccount(row)) {
        // No provider request: nothing to pace.
        m_queue.removeFirst();
        finishRow(row.key(),
                  sideOf(row, ProviderSide::Finding::NoAccount,
                         tr("This profile has no account with the connection's cloud provider: "
                            "choose one (Profiles…) to see its side here.")));
        QTimer::singleShot(0, this, &FleetSideReader::kick);
        return;
    }
    // TiDB Cloud's account of the cluster first, once a session: it judges a failure's allow
    // list and tells TiDB Cloud's request from anyone else's. Read through the fleet's own
    // client once it has the profile's key.
    const bool needsTidbAccount = !m_tidbAccounts.contains(row.clusterId);
    if (needsTidbAccount && !m_reader->client()->baseUrl().isValid())
        return; // the next cluster read (with the key) kicks again
    const qint64 delay =
        needsTidbAccount ? m_reader->paceDelayMs() : m_pacer.delayMs(m_clock.elapsed());
    if (delay > 0) {
        m_wait.start(int(std::min<qint64>(delay, 24LL * 3600 * 1000)));
        return;
    }
    if (needsTidbAccount)
        readTidbAccount(row);
    else
        readSide(row, m_tidbAccounts.value(row.clusterId));
}

void FleetSideReader::readTidbAccount(const FleetRow &row)
{
    const QString clusterId = row.clusterId;
    AvailabilityZonesJob *job = m_links->availabilityZones(clusterId);
    m_job = job;
    const QPointer<Job> current(job);
    job->onFinished(
        this,
        [this, clusterId](const AvailabilityZones &zones) {
            m_job = nullptr;
            m_tidbAccounts.insert(clusterId, zones.accountId);
            kick();
        },
        [this, clusterId](const ApiError &error) {
            m_job = nullptr;
            if (error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::NoKey) {
                // Not the cluster's answer: asked again once the key may be used.
                m_wait.start(int(std::max<qint64>(5000, m_reader->paceDelayMs())));
                return;
            }
            // The side says the account is not known; tried again with the next rereading.
            m_tidbAccounts.insert(clusterId, QString());
            kick();
        });
    job->onCancelled(this, [this, current] {
        // Cancelled from outside (the client was given another endpoint): asked again.
        if (m_job != current)
            return;
        m_job = nullptr;
        QTimer::singleShot(0, this, &FleetSideReader::kick);
    });
}

void FleetSideReader::readSide(const FleetRow &row, const QString &tidbAccount)
{
    const QString key = m_queue.takeFirst();
    ValueJob<ProviderSide> *job = m_source.read(row, tidbAccount, this);
    if (!job) {
        finishRow(key, sideOf(row, ProviderSide::Finding::NoAccount, {}));
        QTimer::singleShot(0, this, &FleetSideReader::kick);
        return;
    }
    m_job = job;
    const QPointer<Job> current(job);
    job->onFinished(
        this,
        [this, key](const ProviderSide &side) {
            m_job = nullptr;
            finishRow(key, side);
            if (side.accountProblem)
                sameForTheRest(side);
            kick();
        },
        [this, key, row](const ApiError &error) {
            m_job = nullptr;
            finishRow(key, sideOf(row, ProviderSide::Finding::Unreadable, error.userMessage()));
            kick();
        });
    job->onCancelled(this, [this, current, key] {
        // Cancelled from outside (the account changed): read again. stop() and setSource()
        // let go of the job before they cancel it.
        if (m_job != current)
            return;
        m_job = nullptr;
        if (!m_queue.contains(key))
            m_queue.prepend(key);
        QTimer::singleShot(0, this, &FleetSideReader::kick);
    });
}

void FleetSideReader::sameForTheRest(const ProviderSide &side)
{
    // The account could not be used at all (no keys; a helper that failed): the other
    // connections would say the same, and asking again would run the helper again. They say
    // it now, and are read again with the next rereading or another source.
    const QStringList rest = std::exchange(m_queue, {});
    for (const QString &key : rest) {
        const auto it = m_wanted.constFind(key);
        if (it == m_wanted.cend())
            continue;
        ProviderSide same = side;
        same.readFor = ProviderSide::readingOf(it->connection);
        finishRow(key, same);
    }
}

void FleetSideReader::finishRow(const QString &key, const ProviderSide &side)
{
    if (!m_wanted.contains(key))
        return; // the connection changed or left while it was read
    m_sides.insert(key, side);
    Q_EMIT sideRead(key, side);
}

void FleetSideReader::scheduleReread()
{
    qint64 soonest = -1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ProviderSide &side : std::as_const(m_sides)) {
        const qint64 in = qint64(RereadMinutes) * 60'000 - side.readAt.msecsTo(now);
        soonest = soonest < 0 ? in : std::min(soonest, in);
    }
    if (soonest >= 0)
        m_reread.start(int(std::clamp<qint64>(soonest, 1000, 24LL * 3600 * 1000)));
}

} // namespace plc
