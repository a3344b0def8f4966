#include "sandbox/SandboxStore.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QAtomicInteger<int> s_connectionCounter;

QByteArray compact(const QJsonObject &object)
{
    return SqlRows::compact(object);
}

QVariant dueValue(std::optional<qint64> dueMs)
{
    return SqlRows::orNull(dueMs);
}

const char *const Schema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS clusters (cluster_id TEXT PRIMARY KEY, create_time TEXT NOT "
    "NULL, body TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS clusters_order ON clusters (create_time, cluster_id)",
    "CREATE TABLE IF NOT EXISTS cluster_networks (cluster_id TEXT PRIMARY KEY REFERENCES "
    "clusters(cluster_id) ON DELETE CASCADE, account_id TEXT NOT NULL, az_ids TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS endpoint_services (name TEXT PRIMARY KEY, body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS connections (id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL "
    "REFERENCES clusters(cluster_id) ON DELETE CASCADE, service_name TEXT NOT NULL, "
    "display_name TEXT NOT NULL, state TEXT NOT NULL, create_time TEXT NOT NULL, due_ms "
    "INTEGER, body TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS connections_order ON connections (cluster_id, create_time, id)",
    "CREATE INDEX IF NOT EXISTS connections_due ON connections (due_ms)",
    "CREATE TABLE IF NOT EXISTS attach_domains (id TEXT PRIMARY KEY, connection_id TEXT NOT "
    "NULL REFERENCES connections(id) ON DELETE CASCADE, cluster_id TEXT NOT NULL, type TEXT "
    "NOT NULL, unique_name TEXT NOT NULL, create_time TEXT NOT NULL, due_ms INTEGER, body "
    "TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS attach_domains_order ON attach_domains (connection_id, "
    "create_time, id)",
    "CREATE UNIQUE INDEX IF NOT EXISTS attach_domains_unique ON attach_domains (cluster_id, "
    "type, unique_name)",
    "CREATE TABLE IF NOT EXISTS changefeeds (id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL "
    "REFERENCES clusters(cluster_id) ON DELETE CASCADE, connection_id TEXT, sink_type TEXT NOT "
    "NULL, create_time TEXT NOT NULL, due_ms INTEGER, body TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS changefeeds_order ON changefeeds (cluster_id, create_time, id)",
    "CREATE INDEX IF NOT EXISTS changefeeds_connection ON changefeeds (connection_id)",
    // The networks of the emulated clouds' accounts (NetworkStore): VPCs, subnets, security
    // groups, endpoints, client tokens. `parent` is the VPC or group a resource belongs to.
    "CREATE TABLE IF NOT EXISTS network_resources (cloud TEXT NOT NULL, kind TEXT NOT NULL, id "
    "TEXT NOT NULL, account TEXT NOT NULL, region TEXT NOT NULL, parent TEXT NOT NULL, "
    "create_order INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (cloud, kind, id))",
    "CREATE INDEX IF NOT EXISTS network_resources_list ON network_resources (cloud, kind, "
    "account, region, parent, create_order)",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '2')",
};
} // namespace

SandboxStore::SandboxStore()
    : m_connectionName(u"plc-sandbox-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_rows(m_connectionName)
{}

SandboxStore::~SandboxStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxStore::open(const QString &file, QString *error)
{
    m_file = file;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(file);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // WAL + NORMAL: every committed transaction survives a killed process.
    if (!m_rows.exec(u"PRAGMA journal_mode=WAL"_s, error) ||
        !m_rows.exec(u"PRAGMA synchronous=NORMAL"_s, error) ||
        !m_rows.exec(u"PRAGMA foreign_keys=ON"_s, error)) {
        return false;
    }
    for (const char *statement : Schema) {
        if (!m_rows.exec(QString::fromLatin1(statement), error))
            return false;
    }
    return true;
}

int SandboxStore::clusterCount() const
{
    return m_rows.count(u"SELECT COUNT(*) FROM clusters"_s, {});
}

QList<QJsonObject> SandboxStore::clusters(int offset, int limit) const
{
    return m_rows.bodies(
        u"SELECT body FROM clusters ORDER BY create_time, cluster_id LIMIT ? OFFSET ?"_s,
        {limit, offset});
}

std::optional<QJsonObject> SandboxStore::cluster(const QString &clusterId) const
{
    return m_rows.firstBody(u"SELECT body FROM clusters WHERE cluster_id = ?"_s, {clusterId});
}

bool SandboxStore::putCluster(const QJsonObject &cluster)
{
    return m_rows.execBound(
        u"INSERT INTO clusters (cluster_id, create_time, body) VALUES (?, ?, ?) "
        "ON CONFLICT(cluster_id) DO UPDATE SET create_time = excluded.create_time, "
        "body = excluded.body"_s,
        {cluster.value("clusterId"_L1).toString(), cluster.value("createTime"_L1).toString(),
         compact(cluster)});
}

std::optional<ClusterNetwork> SandboxStore::clusterNetwork(const QString &clusterId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT account_id, az_ids FROM cluster_networks WHERE cluster_id = ?"_s);
    query.addBindValue(clusterId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    ClusterNetwork network;
    network.accountId = query.value(0).toString();
    const QJsonArray zones = QJsonDocument::fromJson(query.value(1).toByteArray()).array();
    for (const QJsonValue &zone : zones)
        network.azIds.append(zone.toString());
    return network;
}

bool SandboxStore::putClusterNetwork(const QString &clusterId, const ClusterNetwork &network)
{
    return m_rows.execBound(
        u"INSERT INTO cluster_networks (cluster_id, account_id, az_ids) VALUES (?, ?, ?) "
        "ON CONFLICT (cluster_id) DO UPDATE SET account_id = excluded.account_id, "
        "az_ids = excluded.az_ids"_s,
        {clusterId, network.accountId,
         QJsonDocument(QJsonArray::fromStringList(network.azIds)).toJson(QJsonDocument::Compact)});
}

QList<QJsonObject> SandboxStore::endpointServices() const
{
    return m_rows.bodies(u"SELECT body FROM endpoint_services ORDER BY name"_s, {});
}

std::optional<QJsonObject> SandboxStore::endpointService(const QString &name) const
{
    return m_rows.firstBody(u"SELECT body FROM endpoint_services WHERE name = ?"_s, {name});
}

bool SandboxStore::putEndpointService(const QJsonObject &service)
{
    return m_rows.execBound(u"INSERT INTO endpoint_services (name, body) VALUES (?, ?) "
                            "ON CONFLICT (name) DO UPDATE SET body = excluded.body"_s,
                            {service.value("name"_L1).toString(), compact(service)});
}

bool SandboxStore::deleteEndpointService(const QString &name)
{
    return m_rows.execBound(u"DELETE FROM endpoint_services WHERE name = ?"_s, {name});
}

int SandboxStore::connectionCount(const QString &clusterId, const QString &state) const
{
    if (state.isEmpty())
        return m_rows.count(u"SELECT COUNT(*) FROM connections WHERE cluster_id = ?"_s,
                            {clusterId});
    return m_rows.count(u"SELECT COUNT(*) FROM connections WHERE cluster_id = ? AND state = ?"_s,
                        {clusterId, state});
}

QList<QJsonObject> SandboxStore::connections(const QString &clusterId, const QString &state,
                                             int offset, int limit) const
{
    if (state.isEmpty()) {
        return m_rows.bodies(u"SELECT body FROM connections WHERE cluster_id = ? "
                             "ORDER BY create_time, id LIMIT ? OFFSET ?"_s,
                             {clusterId, limit, offset});
    }
    return m_rows.bodies(u"SELECT body FROM connections WHERE cluster_id = ? AND state = ? "
                         "ORDER BY create_time, id LIMIT ? OFFSET ?"_s,
                         {clusterId, state, limit, offset});
}

QList<QJsonObject> SandboxStore::connectionsOfService(const QString &serviceName) const
{
    return m_rows.bodies(
        u"SELECT body FROM connections WHERE service_name = ? ORDER BY create_time, id"_s,
        {serviceName});
}

std::optional<QJsonObject> SandboxStore::connection(const QString &clusterId,
                                                    const QString &id) const
{
    return m_rows.firstBody(u"SELECT body FROM connections WHERE cluster_id = ? AND id = ?"_s,
                            {clusterId, id});
}

bool SandboxStore::putConnection(const QJsonObject &connection, std::optional<qint64> dueMs)
{
    const QJsonObject aws = connection.value("awsEndpointService"_L1).toObject();
    const QJsonObject alibaba = connection.value("alicloudEndpointService"_L1).toObject();
    const QString service =
        aws.isEmpty() ? alibaba.value("name"_L1).toString() : aws.value("name"_L1).toString();
    // An upsert, never INSERT OR REPLACE: a replace deletes the row first, and the delete
    // cascades to the connection's attached domains.
    return m_rows.execBound(
        u"INSERT INTO connections (id, cluster_id, service_name, display_name, state, "
        "create_time, due_ms, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET cluster_id = excluded.cluster_id, "
        "service_name = excluded.service_name, display_name = excluded.display_name, "
        "state = excluded.state, create_time = excluded.create_time, due_ms = excluded.due_ms, "
        "body = excluded.body"_s,
        {connection.value("privateLinkConnectionId"_L1).toString(),
         connection.value("clusterId"_L1).toString(), service,
         connection.value("displayName"_L1).toString(), connection.value("state"_L1).toString(),
         connection.value("createTime"_L1).toString(), dueValue(dueMs), compact(connection)});
}

bool SandboxStore::deleteConnection(const QString &id)
{
    return m_rows.execBound(u"DELETE FROM connections WHERE id = ?"_s, {id});
}

QList<QJsonObject> SandboxStore::connectionsDue(qint64 nowMs) const
{
    return m_rows.bodies(u"SELECT body FROM connections WHERE due_ms IS NOT NULL AND due_ms <= ? "
                         "ORDER BY due_ms"_s,
                         {nowMs});
}

bool SandboxStore::displayNameTaken(const QString &clusterId, const QString &displayName) const
{
    return m_rows.count(
               u"SELECT COUNT(*) FROM connections WHERE cluster_id = ? AND display_name = ?"_s,
               {clusterId, displayName}) > 0;
}

QList<QJsonObject> SandboxStore::attachDomains(const QString &connectionId) const
{
    return m_rows.bodies(u"SELECT body FROM attach_domains WHERE connection_id = ? "
                         "ORDER BY create_time, id"_s,
                         {connectionId});
}

std::optional<QJsonObject> SandboxStore::attachDomain(const QString &connectionId,
                                                      const QString &id) const
{
    return m_rows.firstBody(u"SELECT body FROM attach_domains WHERE connection_id = ? AND id = ?"_s,
                            {connectionId, id});
}

bool SandboxStore::putAttachDomain(const QJsonObject &attachDomain, std::optional<qint64> dueMs)
{
    return m_rows.execBound(
        u"INSERT INTO attach_domains (id, connection_id, cluster_id, type, unique_name, "
        "create_time, due_ms, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET connection_id = excluded.connection_id, "
        "cluster_id = excluded.cluster_id, type = excluded.type, "
        "unique_name = excluded.unique_name, create_time = excluded.create_time, "
        "due_ms = excluded.due_ms, body = excluded.body"_s,
        {attachDomain.value("attachDomainId"_L1).toString(),
         attachDomain.value("privateLinkConnectionId"_L1).toString(),
         attachDomain.value("clusterId"_L1).toString(), attachDomain.value("type"_L1).toString(),
         attachDomain.value("uniqueName"_L1).toString(),
         attachDomain.value("createTime"_L1).toString(), dueValue(dueMs), compact(attachDomain)});
}

bool SandboxStore::deleteAttachDomain(const QString &id)
{
    return m_rows.execBound(u"DELETE FROM attach_domains WHERE id = ?"_s, {id});
}

QList<QJsonObject> SandboxStore::attachDomainsDue(qint64 nowMs) const
{
    return m_rows.bodies(
        u"SELECT body FROM attach_domains WHERE due_ms IS NOT NULL AND due_ms <= ? "
        "ORDER BY due_ms"_s,
        {nowMs});
}

bool SandboxStore::uniqueNameTaken(const QString &clusterId, const QString &type,
                                   const QString &uniqueName) const
{
    return m_rows.count(
               u"SELECT COUNT(*) FROM attach_domains WHERE cluster_id = ? AND type = ? AND "
               "unique_name = ?"_s,
               {clusterId, type, uniqueName}) > 0;
}

namespace {
QString changefeedConnection(const QJsonObject &changefeed)
{
    const QJsonObject sink = changefeed.value("sink"_L1).toObject();
    const QString key = sink.value("type"_L1).toString() == "MYSQL"_L1 ? u"mysql"_s : u"kafka"_s;
    const QJsonObject network = sink.value(key).toObject().value("network"_L1).toObject();
    if (network.value("networkType"_L1).toString() != "PRIVATE_LINK"_L1)
        return {};
    return network.value("privateLink"_L1)
        .toObject()
        .value("privateLinkConnectionId"_L1)
        .toString();
}
} // namespace

int SandboxStore::changefeedCount(const QString &clusterId, const QString &type) const
{
    if (type.isEmpty())
        return m_rows.count(u"SELECT COUNT(*) FROM changefeeds WHERE cluster_id = ?"_s,
                            {clusterId});
    return m_rows.count(
        u"SELECT COUNT(*) FROM changefeeds WHERE cluster_id = ? AND sink_type = ?"_s,
        {clusterId, type});
}

QList<QJsonObject> SandboxStore::changefeeds(const QString &clusterId, const QString &type,
                                             int offset, int limit) const
{
    if (type.isEmpty()) {
        return m_rows.bodies(u"SELECT body FROM changefeeds WHERE cluster_id = ? "
                             "ORDER BY create_time, id LIMIT ? OFFSET ?"_s,
                             {clusterId, limit, offset});
    }
    return m_rows.bodies(u"SELECT body FROM changefeeds WHERE cluster_id = ? AND sink_type = ? "
                         "ORDER BY create_time, id LIMIT ? OFFSET ?"_s,
                         {clusterId, type, limit, offset});
}

std::optional<QJsonObject> SandboxStore::changefeed(const QString &clusterId,
                                                    const QString &id) const
{
    return m_rows.firstBody(u"SELECT body FROM changefeeds WHERE cluster_id = ? AND id = ?"_s,
                            {clusterId, id});
}

QList<QJsonObject> SandboxStore::changefeedsThrough(const QString &connectionId) const
{
    return m_rows.bodies(
        u"SELECT body FROM changefeeds WHERE connection_id = ? ORDER BY create_time, id"_s,
        {connectionId});
}

bool SandboxStore::putChangefeed(const QJsonObject &changefeed, std::optional<qint64> dueMs)
{
    const QString connection = changefeedConnection(changefeed);
    return m_rows.execBound(
        u"INSERT INTO changefeeds (id, cluster_id, connection_id, sink_type, create_time, due_ms, "
        "body) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "cluster_id = excluded.cluster_id, connection_id = excluded.connection_id, "
        "sink_type = excluded.sink_type, create_time = excluded.create_time, "
        "due_ms = excluded.due_ms, body = excluded.body"_s,
        {changefeed.value("changefeedId"_L1).toString(),
         changefeed.value("clusterId"_L1).toString(),
         connection.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(connection),
         changefeed.value("sink"_L1).toObject().value("type"_L1).toString(),
         changefeed.value("createTime"_L1).toString(), dueValue(dueMs), compact(changefeed)});
}

QList<QJsonObject> SandboxStore::changefeedsDue(qint64 nowMs) const
{
    return m_rows.bodies(u"SELECT body FROM changefeeds WHERE due_ms IS NOT NULL AND due_ms <= ? "
                         "ORDER BY due_ms"_s,
                         {nowMs});
}

QString SandboxStore::meta(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool SandboxStore::setMeta(const QString &key, const QString &value)
{
    return m_rows.execBound(
        u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
        "SET value = excluded.value"_s,
        {key, value});
}

bool SandboxStore::beginTransaction()
{
    return QSqlDatabase::database(m_connectionName).transaction();
}

bool SandboxStore::commit()
{
    return QSqlDatabase::database(m_connectionName).commit();
}

void SandboxStore::rollback()
{
    QSqlDatabase::database(m_connectionName).rollback();
}

} // namespace plc::sandbox
