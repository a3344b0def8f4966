#include "sandbox/FleetTransitions.h"

#include "sandbox/ChangefeedRoutes.h"
#include "sandbox/ProviderSimulation.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
enum TransitionKind {
    CreatingToActive,
    ActiveToFailed,
    NewPending,
    ChangefeedFails,
    DomainsAttached,
    DeletingGone,
    CreatingToFailed,
    TransitionKinds
};

QString transitionTime(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODate);
}

/// Only what the fleet made and no lifecycle step waits for. Bodies are stored as blobs, which
/// LIKE does not match: they are read as text.
const auto FleetOnly = " AND due_ms IS NULL AND CAST(body AS TEXT) LIKE '%\"_fleet\":true%'"_L1;
} // namespace

FleetTransitions::FleetTransitions(SandboxStore *store, ProviderSimulation *simulation,
                                   FleetSize size)
    : m_store(store)
    , m_simulation(simulation)
    , m_size(size)
    , m_startConnections(fleetConnectionCount())
{}

QStringList FleetTransitions::sequence()
{
    return {u"CREATING_TO_ACTIVE"_s, u"ACTIVE_TO_FAILED"_s, u"NEW_PENDING_ACCEPTANCE"_s,
            u"CHANGEFEED_FAILS"_s,   u"DOMAINS_ATTACHED"_s, u"DELETING_GONE"_s,
            u"CREATING_TO_FAILED"_s};
}

void FleetTransitions::advance(qint64 nowMs, int intervalMs, bool steady)
{
    m_steady = steady;
    if (intervalMs != m_interval) {
        m_interval = intervalMs;
        m_nextDueMs = intervalMs > 0 ? std::optional<qint64>(nowMs + intervalMs) : std::nullopt;
    }
    if (!m_nextDueMs || nowMs < *m_nextDueMs)
        return;
    StoreTransaction transaction(*m_store);
    for (int done = 0; *m_nextDueMs <= nowMs && done < MaxAtOnce; ++done) {
        const qint64 at = *m_nextDueMs;
        *m_nextDueMs += intervalMs;
        // The next kind that has a candidate; none at all: nothing happens this time.
        for (int tried = 0; tried < TransitionKinds; ++tried) {
            const int kind = m_nextKind;
            m_nextKind = (m_nextKind + 1) % TransitionKinds;
            std::optional<QJsonObject> entry = apply(kind, at);
            if (!entry)
                continue;
            ++m_steps;
            entry->insert(u"step"_s, m_steps);
            entry->insert(u"kind"_s, sequence().at(kind));
            entry->insert(u"time"_s, transitionTime(at));
            m_log.append(*entry);
            if (m_log.size() > MaxLog)
                m_log.removeFirst();
            break;
        }
    }
    if (*m_nextDueMs <= nowMs) // a long silence: the rest is dropped
        m_nextDueMs = nowMs + intervalMs;
    transaction.commit();
}

QJsonObject FleetTransitions::toJson(int intervalMs) const
{
    return {{u"clusters"_s, m_size.clusters},
            {u"connections"_s, m_size.connections},
            {u"fleetTransitionMs"_s, intervalMs},
            {u"sequence"_s, QJsonArray::fromStringList(sequence())},
            {u"transitions"_s, m_log}};
}

FleetRandom FleetTransitions::randomForStep() const
{
    return FleetRandom(FleetSeed::seedOf(m_size) ^ (quint64(m_steps + 1) * 0x2545f4914f6cdd1dULL));
}

std::optional<QJsonObject> FleetTransitions::apply(int kind, qint64 atMs)
{
    switch (kind) {
    case CreatingToActive:
        return connectionTo(u"CREATING"_s, u"ACTIVE"_s, atMs);
    case ActiveToFailed:
        return connectionTo(u"ACTIVE"_s, u"FAILED"_s, atMs);
    case NewPending:
        return newConnection(atMs);
    case ChangefeedFails:
        return changefeedFails(atMs);
    case DomainsAttached:
        return domainsAttached(atMs);
    case DeletingGone:
        return deletingGone(atMs);
    case CreatingToFailed:
        return connectionTo(u"CREATING"_s, u"FAILED"_s, atMs);
    default:
        return std::nullopt;
    }
}

std::optional<QJsonObject> FleetTransitions::firstConnection(const QString &state,
                                                             const QString &except) const
{
    return m_store->rows().firstBody(u"SELECT body FROM connections WHERE state = ? AND id <> ?"_s +
                                         FleetOnly + u" ORDER BY create_time, id LIMIT 1"_s,
                                     {state, except.isNull() ? u""_s : except}); // not NULL
}

int FleetTransitions::fleetConnectionCount() const
{
    return m_store->rows().count(
        u"SELECT COUNT(*) FROM connections WHERE CAST(body AS TEXT) LIKE '%\"_fleet\":true%'"_s,
        {});
}

QString FleetTransitions::replaceOne(const QString &madeId)
{
    std::optional<QJsonObject> found = firstConnection(u"FAILED"_s, madeId);
    if (!found)
        found = firstConnection(u"PENDING_ACCEPTANCE"_s, madeId);
    if (!found)
        return {};
    const QString id = found->value("privateLinkConnectionId"_L1).toString();
    if (!m_store->deleteConnection(id))
        return {};
    m_simulation->breakChangefeedsThrough(
        id, u"private link connection %1 (%2) was deleted: the sink can no longer be "
            "reached"_s.arg(id, found->value("displayName"_L1).toString()));
    return id;
}

std::optional<QJsonObject> FleetTransitions::connectionTo(const QString &from, const QString &to,
                                                          qint64 atMs)
{
    std::optional<QJsonObject> found = firstConnection(from);
    if (!found)
        return std::nullopt;
    QJsonObject connection = *found;
    const QString id = connection.value("privateLinkConnectionId"_L1).toString();
    const QString name = connection.value("displayName"_L1).toString();
    const QString key = connection.contains("awsEndpointService"_L1) ? u"awsEndpointService"_s
                                                                     : u"alicloudEndpointService"_s;
    QJsonObject endpoint = connection.value(key).toObject();
    const QString service = endpoint.value("name"_L1).toString();
    const bool aws = key == "awsEndpointService"_L1;
    const QString endpointState = QLatin1StringView(InternalField::EndpointState);
    connection[u"state"_s] = to;
    connection[u"updateTime"_s] = transitionTime(atMs);
    if (from == "CREATING"_L1 && to == "ACTIVE"_L1) {
        FleetRandom random = randomForStep();
        const auto network = m_store->clusterNetwork(connection.value("clusterId"_L1).toString());
        endpoint[u"endpointId"_s] = FleetSeed::endpointId(aws, random);
        endpoint[u"availabilityZoneIds"_s] =
            QJsonArray::fromStringList(network ? network->azIds : QStringList());
        connection[key] = endpoint;
        connection[endpointState] = u"available"_s;
    } else if (from == "CREATING"_L1) {
        const QString account = SandboxSeed::accountIdFor(aws ? u"aws"_s : u"alicloud"_s);
        connection[u"message"_s] =
            aws ? u"TiDB Cloud account %1 is not allowed to connect to endpoint service %2: add "
                  "arn:aws:iam::%1:root to its Allow principals"_s.arg(account, service)
                : u"TiDB Cloud account %1 is not allowed to connect to endpoint service %2: add "
                  "%1 to its Service Whitelist"_s.arg(account, service);
    } else {
        const QString message =
            u"the endpoint connection was removed by the owner of endpoint service %1"_s.arg(
                service);
        connection[u"message"_s] = message;
        connection[endpointState] = u"rejected"_s;
        m_simulation->breakChangefeedsThrough(
            id, u"private link connection %1 (%2) failed: %3"_s.arg(id, name, message));
    }
    m_store->putConnection(connection, std::nullopt);
    return QJsonObject{{u"clusterId"_s, connection.value("clusterId"_L1)},
                       {u"privateLinkConnectionId"_s, id},
                       {u"from"_s, from},
                       {u"to"_s, to},
                       {u"updateTime"_s, connection.value("updateTime"_L1)}};
}

std::optional<QJsonObject> FleetTransitions::newConnection(qint64 atMs)
{
    FleetRandom random = randomForStep();
    const int clusters = m_store->clusterCount();
    if (clusters == 0)
        return std::nullopt;
    const QList<QJsonObject> picked = m_store->clusters(random.below(clusters), 1);
    if (picked.isEmpty())
        return std::nullopt;
    const QJsonObject &cluster = picked.constFirst();
    const QString clusterId = cluster.value("clusterId"_L1).toString();
    QString name = u"new-link-%1"_s.arg(m_steps + 1, 4, 10, QLatin1Char('0'));
    for (int n = 2; m_store->displayNameTaken(clusterId, name); ++n)
        name = u"new-link-%1-%2"_s.arg(m_steps + 1, 4, 10, QLatin1Char('0')).arg(n);
    const QJsonObject connection =
        FleetSeed::pendingConnection(cluster, random, name, transitionTime(atMs));
    if (!m_store->putConnection(connection, std::nullopt))
        return std::nullopt;
    const QString id = connection.value("privateLinkConnectionId"_L1).toString();
    QJsonObject entry{{u"clusterId"_s, clusterId},
                      {u"privateLinkConnectionId"_s, id},
                      {u"to"_s, u"PENDING_ACCEPTANCE"_s},
                      {u"updateTime"_s, connection.value("updateTime"_L1)}};
    if (m_steady && fleetConnectionCount() > m_startConnections) {
        const QString replaced = replaceOne(id);
        if (!replaced.isEmpty())
            entry.insert(u"replaced"_s, replaced);
    }
    return entry;
}

std::optional<QJsonObject> FleetTransitions::changefeedFails(qint64 atMs)
{
    std::optional<QJsonObject> found = m_store->rows().firstBody(
        u"SELECT body FROM changefeeds WHERE CAST(body AS TEXT) LIKE '%\"state\":\"RUNNING\"%'"_s +
            FleetOnly + u" ORDER BY create_time, id LIMIT 1"_s,
        {});
    if (!found)
        return std::nullopt;
    QJsonObject changefeed = *found;
    changefeed[u"checkpoint"_s] = ChangefeedRoutes::view(changefeed, atMs).value("checkpoint"_L1);
    changefeed[u"state"_s] = u"RUNNING_FAILED"_s;
    changefeed[u"error"_s] =
        u"the sink stopped answering: write tcp 10.0.0.12:41872: connection reset by peer"_s;
    changefeed[u"updateTime"_s] = transitionTime(atMs);
    if (!m_store->putChangefeed(changefeed, std::nullopt))
        return std::nullopt;
    return QJsonObject{{u"clusterId"_s, changefeed.value("clusterId"_L1)},
                       {u"changefeedId"_s, changefeed.value("changefeedId"_L1)},
                       {u"from"_s, u"RUNNING"_s},
                       {u"to"_s, u"RUNNING_FAILED"_s},
                       {u"updateTime"_s, changefeed.value("updateTime"_L1)}};
}

std::optional<QJsonObject> FleetTransitions::domainsAttached(qint64 atMs)
{
    std::optional<QJsonObject> found = m_store->rows().firstBody(
        u"SELECT body FROM attach_domains WHERE CAST(body AS TEXT) LIKE '%\"state\":\"CREATING\"%'"_s +
            FleetOnly + u" ORDER BY create_time, id LIMIT 1"_s,
        {});
    if (!found)
        return std::nullopt;
    QJsonObject group = *found;
    QJsonArray domains = group.value("domains"_L1).toArray();
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QJsonObject domain = domains.at(i).toObject();
        if (domain.value("state"_L1).toString() == "CREATING"_L1)
            domain[u"state"_s] = u"ACTIVE"_s;
        domains[i] = domain;
    }
    group[u"domains"_s] = domains;
    const QString clusterId = group.value("clusterId"_L1).toString();
    const QString connectionId = group.value("privateLinkConnectionId"_L1).toString();
    // The group has no time of its own: its connection's updateTime says it changed.
    std::optional<QJsonObject> connection = m_store->connection(clusterId, connectionId);
    if (!m_store->putAttachDomain(group, std::nullopt))
        return std::nullopt;
    QString updated = transitionTime(atMs);
    if (connection) {
        (*connection)[u"updateTime"_s] = updated;
        m_store->putConnection(*connection, std::nullopt);
    }
    return QJsonObject{{u"clusterId"_s, clusterId},
                       {u"privateLinkConnectionId"_s, connectionId},
                       {u"attachDomainId"_s, group.value("attachDomainId"_L1)},
                       {u"from"_s, u"CREATING"_s},
                       {u"to"_s, u"ACTIVE"_s},
                       {u"updateTime"_s, updated}};
}

std::optional<QJsonObject> FleetTransitions::deletingGone(qint64 atMs)
{
    std::optional<QJsonObject> found = firstConnection(u"DELETING"_s);
    if (!found)
        return std::nullopt;
    const QString id = found->value("privateLinkConnectionId"_L1).toString();
    if (!m_store->deleteConnection(id))
        return std::nullopt;
    m_simulation->breakChangefeedsThrough(
        id, u"private link connection %1 (%2) was deleted: the sink can no longer be "
            "reached"_s.arg(id, found->value("displayName"_L1).toString()));
    return QJsonObject{{u"clusterId"_s, found->value("clusterId"_L1)},
                       {u"privateLinkConnectionId"_s, id},
                       {u"from"_s, u"DELETING"_s},
                       {u"to"_s, u"GONE"_s},
                       {u"updateTime"_s, transitionTime(atMs)}};
}

} // namespace plc::sandbox
