#include "SandboxStore.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QAtomicInteger<int> s_connectionCounter;
constexpr int SchemaVersion = 1;

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

SandboxStore::SandboxStore()
    : m_connectionName(u"plc-sandbox-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
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

bool SandboxStore::exec(const QString &statement, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
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
    if (!exec(u"PRAGMA journal_mode=WAL"_s, error) ||
        !exec(u"PRAGMA synchronous=NORMAL"_s, error) || !exec(u"PRAGMA foreign_keys=ON"_s, error)) {
        return false;
    }
    const bool created =
        exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
             error) &&
        exec(u"CREATE TABLE IF NOT EXISTS clusters ("
             "cluster_id TEXT PRIMARY KEY,"
             "create_time TEXT NOT NULL,"
             "body TEXT NOT NULL)"_s,
             error) &&
        exec(u"CREATE INDEX IF NOT EXISTS clusters_order ON clusters (create_time, cluster_id)"_s,
             error) &&
        exec(u"INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '%1')"_s.arg(
                 SchemaVersion),
             error);
    return created;
}

int SandboxStore::clusterCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(u"SELECT COUNT(*) FROM clusters"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<QJsonObject> SandboxStore::clusters(int offset, int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT body FROM clusters ORDER BY create_time, cluster_id LIMIT ? OFFSET ?"_s);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<QJsonObject> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(parseObject(query.value(0).toByteArray()));
    return result;
}

std::optional<QJsonObject> SandboxStore::cluster(const QString &clusterId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT body FROM clusters WHERE cluster_id = ?"_s);
    query.addBindValue(clusterId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return parseObject(query.value(0).toByteArray());
}

bool SandboxStore::putCluster(const QJsonObject &cluster)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"INSERT INTO clusters (cluster_id, create_time, body) VALUES (?, ?, ?) "
                  "ON CONFLICT(cluster_id) DO UPDATE SET create_time = excluded.create_time, "
                  "body = excluded.body"_s);
    query.addBindValue(cluster.value("clusterId"_L1).toString());
    query.addBindValue(cluster.value("createTime"_L1).toString());
    query.addBindValue(QJsonDocument(cluster).toJson(QJsonDocument::Compact));
    return query.exec();
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
