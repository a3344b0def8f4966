#include "models/FleetFeed.h"

#include "models/FleetTableModel.h"

#include <QLocale>

namespace plc {

namespace {

/// The most cluster problems the view lists one by one.
constexpr int ClusterProblemsShown = 5;
constexpr int ClockTickMs = 30'000;

QString minutesText(qint64 ms)
{
    const qint64 minutes = (ms + 59'999) / 60'000;
    return minutes <= 1 ? FleetFeed::tr("about a minute")
                        : FleetFeed::tr("about %n minute(s)", nullptr, int(minutes));
}

} // namespace

FleetFeed::FleetFeed(FleetSnapshotStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_model(new FleetTableModel(this))
{
    connect(m_store, &FleetSnapshotStore::loaded, this, &FleetFeed::onSnapshot);
    connect(m_store, &FleetSnapshotStore::failed, this,
            [this](const QString &, const QString &sentence) { Q_EMIT notice(sentence); });
    m_batch.setSingleShot(true);
    m_batch.setInterval(NotificationBatchMs);
    connect(&m_batch, &QTimer::timeout, this, [this] {
        if (!m_pending.isEmpty())
            Q_EMIT notify(std::exchange(m_pending, {}));
    });
    m_clock.setInterval(ClockTickMs);
    connect(&m_clock, &QTimer::timeout, this, [this] { setNow(QDateTime::currentDateTimeUtc()); });
    m_clock.start();
}

FleetFeed::~FleetFeed()
{
    for (FleetSideReader *sides : std::as_const(m_sides))
        sides->stop();
    for (FleetReader *reader : std::as_const(m_readers))
        reader->stop();
}

void FleetFeed::setNow(const QDateTime &now)
{
    m_model->setNow(now);
    Q_EMIT changed();
}

void FleetFeed::setProfiles(const QStringList &profiles)
{
    for (const QString &profile : std::as_const(m_order)) {
        if (profiles.contains(profile))
            continue;
        delete m_sides.take(profile);
        delete m_readers.take(profile);
        m_profiles.remove(profile);
        m_model->removeProfile(profile);
        for (auto it = m_clusterProblems.begin(); it != m_clusterProblems.end();)
            it = it.key().startsWith(profile + u'\n') ? m_clusterProblems.erase(it) : ++it;
    }
    for (const QString &profile : profiles) {
        if (m_profiles.contains(profile))
            continue;
        Profile fresh;
        fresh.generation = ++m_generation;
        m_profiles.insert(profile, fresh);
        m_readers.insert(profile, makeReader(profile));
        m_store->load(profile);
    }
    m_order = profiles;
    Q_EMIT changed();
}

void FleetFeed::setSharePerMinute(int requests)
{
    m_sharePerMinute = requests;
    for (FleetReader *reader : std::as_const(m_readers))
        reader->pacer().setPerMinute(requests);
}

void FleetFeed::setPassInterval(int ms)
{
    m_passIntervalMs = ms;
    for (FleetReader *reader : std::as_const(m_readers))
        reader->setPassInterval(ms);
}

FleetReader *FleetFeed::makeReader(const QString &profile)
{
    auto *reader = new FleetReader(profile, this);
    reader->pacer().setPerMinute(m_sharePerMinute);
    reader->setPassInterval(m_passIntervalMs);
    reader->setPreviousRows([this](const QString &key) { return rowOf(key); });
    connect(reader, &FleetReader::clustersListed, this, &FleetFeed::onClustersListed);
    connect(reader, &FleetReader::clusterRead, this, &FleetFeed::onClusterRead);
    connect(reader, &FleetReader::clusterGone, this, &FleetFeed::onClusterGone);
    connect(reader, &FleetReader::clusterFailed, this,
            [this](const QString &name, const QString &clusterId, const QString &sentence) {
                const FleetCluster cluster = m_profiles.value(name).clusters.value(clusterId);
                const QString listedName = m_profiles.value(name).listedNames.value(clusterId);
                const QString clusterName = !cluster.displayName.isEmpty() ? cluster.displayName
                                            : !listedName.isEmpty()        ? listedName
                                                                           : clusterId;
                m_clusterProblems.insert(
                    FleetChange::clusterKey(name, clusterId),
                    cluster.readAt.isValid()
                        ? tr("Cluster %1 (profile %2) could not be read: %3 Its rows are "
                             "from %4.")
                              .arg(clusterName, name, sentence,
                                   FleetTableModel::age(cluster.readAt,
                                                        QDateTime::currentDateTimeUtc()))
                        : tr("Cluster %1 (profile %2) could not be read: %3 Its connections "
                             "are not known yet.")
                              .arg(clusterName, name, sentence));
                Q_EMIT changed();
            });
    connect(reader, &FleetReader::problemChanged, this,
            [this](const QString &name, const QString &sentence) {
                if (!m_profiles.contains(name))
                    return;
                m_profiles[name].problem = sentence;
                Q_EMIT changed();
            });
    connect(reader, &FleetReader::progressChanged, this, &FleetFeed::changed);
    auto *sides = new FleetSideReader(reader, this);
    connect(sides, &FleetSideReader::sideRead, this, &FleetFeed::onSideRead);
    m_sides.insert(profile, sides);
    return reader;
}

void FleetFeed::setSideSource(const QString &profile, const FleetSideReader::Source &source,
                              RequestLog *providerLog)
{
    FleetSideReader *sides = m_sides.value(profile);
    if (!sides)
        return;
    // What another account (or none) said goes: the rows wait for this source's reading.
    QList<FleetRow> cleared;
    for (const FleetRow &row : m_model->rows()) {
        if (row.profile == profile && row.side.finding != ProviderSide::Finding::Unread) {
            cleared.append(row);
            cleared.last().side = {};
        }
    }
    if (!cleared.isEmpty()) {
        m_model->upsert(cleared);
        Q_EMIT changed();
    }
    sides->setSource(source, providerLog);
}

void FleetFeed::onSideRead(const QString &key, const ProviderSide &side)
{
    const FleetRow *row = rowOf(key);
    // Read for what the connection was: a newer reading follows.
    if (!row || side.readFor != ProviderSide::readingOf(row->connection) || row->side == side)
        return;
    FleetRow updated = *row;
    updated.side = side;
    m_model->upsert({updated});
    Q_EMIT changed();
}

const FleetRow *FleetFeed::rowOf(const QString &key) const
{
    return m_model->rowAt(m_model->rowOf(key));
}

void FleetFeed::setEndpoint(const QString &profile, const QUrl &baseUrl,
                            const ApiCredentials &credentials)
{
    FleetReader *reader = m_readers.value(profile);
    if (!reader)
        return;
    m_profiles[profile].problem.clear();
    reader->setEndpoint(baseUrl, credentials);
    // The first pass waits for the snapshot, so that it reads in the snapshot's order.
    if (m_profiles.value(profile).snapshotShown)
        reader->readNow();
    Q_EMIT changed();
}

void FleetFeed::setProfileProblem(const QString &profile, const QString &sentence)
{
    if (!m_profiles.contains(profile))
        return;
    m_profiles[profile].problem = sentence;
    Q_EMIT changed();
}

void FleetFeed::readNow()
{
    for (FleetReader *reader : std::as_const(m_readers))
        reader->readNow();
}

void FleetFeed::onSnapshot(const QString &profile, const FleetSnapshot &snapshot)
{
    if (!m_profiles.contains(profile) || m_profiles.value(profile).snapshotShown)
        return;
    Profile &state = m_profiles[profile];
    for (const FleetCluster &cluster : snapshot.clusters) {
        if (!state.clusters.contains(cluster.clusterId))
            state.clusters.insert(cluster.clusterId, cluster);
    }
    state.seen = snapshot.seen;
    state.seenAt = snapshot.seenAt;
    if (!snapshot.notice.isEmpty())
        Q_EMIT notice(snapshot.notice);
    showSnapshotRows(profile, state.generation, snapshot.rows, 0, snapshot.clusters);
}

void FleetFeed::showSnapshotRows(const QString &profile, int generation,
                                 const QList<FleetRow> &rows, qsizetype from,
                                 const QList<FleetCluster> &clusters)
{
    // The profile may have left, or left and come back with a snapshot of its own.
    if (!m_profiles.contains(profile) || m_profiles.value(profile).generation != generation)
        return;
    Profile &state = m_profiles[profile];
    // A slice per turn of the event loop, so that thousands of rows never hold the window;
    // clusters a pass already read keep what it read.
    QList<FleetRow> slice;
    const qsizetype end = std::min(rows.size(), from + SnapshotSlice);
    for (qsizetype i = from; i < end; ++i) {
        if (!state.readLive.contains(rows.at(i).clusterId))
            slice.append(rows.at(i));
    }
    m_model->upsert(slice);
    if (end < rows.size()) {
        QTimer::singleShot(0, this, [this, profile, generation, rows, end, clusters] {
            showSnapshotRows(profile, generation, rows, end, clusters);
        });
        return;
    }
    state.snapshotShown = true;
    if (FleetSideReader *sides = m_sides.value(profile)) {
        QHash<QString, QList<FleetRow>> wanted;
        for (const FleetRow &row : rows) {
            if (ProviderSide::wanted(row.connection.state.value) &&
                !state.readLive.contains(row.clusterId))
                wanted[row.clusterId].append(row);
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            sides->consider(it.key(), it.value());
    }
    if (FleetReader *reader = m_readers.value(profile)) {
        reader->setKnownClusters(clusters);
        if (reader->client()->baseUrl().isValid())
            reader->readNow();
    }
    Q_EMIT snapshotShown(profile);
    Q_EMIT changed();
}

void FleetFeed::onClustersListed(const QString &profile, const QList<FleetCluster> &clusters)
{
    if (!m_profiles.contains(profile))
        return;
    QSet<QString> listed;
    Profile &state = m_profiles[profile];
    state.listedNames.clear();
    for (const FleetCluster &cluster : clusters) {
        listed.insert(cluster.clusterId);
        state.listedNames.insert(cluster.clusterId, cluster.displayName);
    }
    // A cluster no longer listed has no problem left to say, read before or not.
    for (auto it = m_clusterProblems.begin(); it != m_clusterProblems.end();) {
        const bool ours = it.key().startsWith(profile + u'\n');
        it = ours && !listed.contains(it.key().section(u'\n', 1, 1)) ? m_clusterProblems.erase(it)
                                                                     : ++it;
    }
    const QStringList known = m_profiles.value(profile).clusters.keys();
    for (const QString &clusterId : known) {
        if (!listed.contains(clusterId))
            onClusterGone(profile, clusterId);
    }
}

void FleetFeed::onClusterGone(const QString &profile, const QString &clusterId)
{
    if (!m_profiles.contains(profile))
        return;
    Profile &state = m_profiles[profile];
    const bool wasRead = state.clusters.value(clusterId).readAt.isValid();
    state.clusters.remove(clusterId);
    state.readLive.remove(clusterId);
    state.readSince.insert(FleetChange::clusterKey(profile, clusterId));
    m_clusterProblems.remove(FleetChange::clusterKey(profile, clusterId));
    if (wasRead) {
        QList<FleetChange> changes;
        for (const FleetRow &row : m_model->rows()) {
            if (row.profile == profile && row.clusterId == clusterId)
                changes.append(FleetChange::between(FleetSeen::of(row), std::nullopt));
        }
        queueNotifications(changes);
    }
    if (FleetSideReader *sides = m_sides.value(profile))
        sides->forgetCluster(clusterId);
    m_model->removeCluster(profile, clusterId);
    m_store->removeCluster(profile, clusterId);
    Q_EMIT changed();
}

void FleetFeed::onClusterRead(const QString &profile, const FleetCluster &cluster,
                              const QList<FleetRow> &rows)
{
    if (!m_profiles.contains(profile))
        return;
    Profile &state = m_profiles[profile];
    // Notifications only for clusters read before in this run: a first read is not news.
    if (state.readLive.contains(cluster.clusterId)) {
        QList<FleetSeen> before;
        for (const FleetRow &row : m_model->rows()) {
            if (row.profile == profile && row.clusterId == cluster.clusterId)
                before.append(FleetSeen::of(row));
        }
        QList<FleetSeen> after;
        for (const FleetRow &row : rows)
            after.append(FleetSeen::of(row));
        queueNotifications(FleetChange::between(
            before, after, {FleetChange::clusterKey(profile, cluster.clusterId)}));
    }
    state.clusters.insert(cluster.clusterId, cluster);
    state.readLive.insert(cluster.clusterId);
    if (!state.seenAt.isValid() || cluster.readAt > state.seenAt)
        state.readSince.insert(FleetChange::clusterKey(profile, cluster.clusterId));
    m_clusterProblems.remove(FleetChange::clusterKey(profile, cluster.clusterId));
    // The provider side read for a connection as it still is stays with it.
    QList<FleetRow> sided = rows;
    FleetSideReader *sides = m_sides.value(profile);
    if (sides) {
        for (FleetRow &row : sided)
            row.side = sides->known(row.key(), row.connection);
    }
    m_model->setClusterRows(profile, cluster.clusterId, sided);
    m_store->saveCluster(profile, cluster, rows);
    if (sides)
        sides->consider(cluster.clusterId, sided);
    Q_EMIT changed();
}

void FleetFeed::queueNotifications(const QList<FleetChange> &changes)
{
    for (const FleetChange &change : changes) {
        if (change.isNotified())
            m_pending.append(change);
    }
    if (!m_pending.isEmpty() && !m_batch.isActive())
        m_batch.start();
}

QStringList FleetFeed::problems() const
{
    QStringList sentences;
    for (const QString &profile : m_order) {
        const QString problem = m_profiles.value(profile).problem;
        if (!problem.isEmpty())
            sentences.append(problem);
    }
    QStringList clusters = m_clusterProblems.values();
    clusters.sort();
    if (clusters.size() > ClusterProblemsShown) {
        const int more = int(clusters.size()) - ClusterProblemsShown;
        clusters = clusters.mid(0, ClusterProblemsShown);
        clusters.append(tr("%n more cluster(s) could not be read; they are read again at the "
                           "next pass.",
                           nullptr, more));
    }
    return sentences + clusters;
}

QString FleetFeed::progressText() const
{
    QStringList lines;
    for (const QString &profile : m_order) {
        const FleetReader *reader = m_readers.value(profile);
        if (!reader)
            continue;
        const FleetProgress p = reader->progress();
        if (p.running && p.clustersTotal < 0)
            lines.append(tr("%1: reading the cluster list…").arg(profile));
        else if (p.running)
            lines.append(tr("%1: %2 of %3 clusters read, %4 left")
                             .arg(profile)
                             .arg(p.clustersRead)
                             .arg(p.clustersTotal)
                             .arg(minutesText(p.etaMs)));
        else if (p.nextPassInMs >= 0)
            lines.append(
                tr("%1: up to date; read again in %2").arg(profile, minutesText(p.nextPassInMs)));
    }
    return lines.join(u'\n');
}

QList<FleetChange> FleetFeed::changesSinceLooked() const
{
    QList<FleetSeen> before;
    QList<FleetSeen> after;
    QSet<QString> readAgain;
    for (const QString &profile : m_order) {
        const Profile state = m_profiles.value(profile);
        if (!state.seenAt.isValid())
            continue; // never looked: nothing to compare with
        before.append(state.seen);
        readAgain.unite(state.readSince);
        for (const FleetRow &row : m_model->rows()) {
            if (row.profile == profile)
                after.append(FleetSeen::of(row));
        }
    }
    return FleetChange::between(before, after, readAgain);
}

void FleetFeed::markLooked()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &profile : std::as_const(m_order)) {
        Profile &state = m_profiles[profile];
        if (!state.snapshotShown)
            continue;
        QList<FleetSeen> seen;
        for (const FleetRow &row : m_model->rows()) {
            if (row.profile == profile)
                seen.append(FleetSeen::of(row));
        }
        state.seen = seen;
        state.seenAt = now;
        state.readSince.clear();
        m_store->saveSeen(profile, seen, now);
    }
    Q_EMIT changed();
}

int FleetFeed::attentionCount() const
{
    return m_model->attentionCount();
}

} // namespace plc
