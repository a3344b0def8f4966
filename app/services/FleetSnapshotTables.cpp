#include "services/FleetSnapshotTables.h"

#include "base/OutsideText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace plc {

namespace {

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant &ms)
{
    const qint64 value = ms.toLongLong();
    return value > 0 ? QDateTime::fromMSecsSinceEpoch(value, QTimeZone::utc()) : QDateTime();
}

QString text(const QVariant &value)
{
    return OutsideText::visible(value.toString());
}

QString feedsToJson(const QList<FleetChangefeed> &feeds)
{
    QJsonArray array;
    for (const FleetChangefeed &feed : feeds)
        array.append(QJsonObject{{u"id"_s, feed.changefeedId},
                                 {u"name"_s, feed.displayName},
                                 {u"state"_s, feed.state.raw},
                                 {u"error"_s, feed.error}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<FleetChangefeed> feedsFromJson(const QString &json)
{
    QList<FleetChangefeed> feeds;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        feeds.append({text(o.value("id"_L1).toString()), text(o.value("name"_L1).toString()),
                      enumFromApi<ChangefeedState>(text(o.value("state"_L1).toString())),
                      text(o.value("error"_L1).toString())});
    }
    return feeds;
}

/// The worker's side: runs on the store's thread only.

} // namespace

const QStringList &FleetSnapshotTables::schema()
{
    static const QStringList statements = {
        u"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE clusters(cluster_id TEXT PRIMARY KEY, display_name TEXT, "
        "cloud_provider TEXT, region_id TEXT, region_name TEXT, read_at INTEGER, "
        "in_transition INTEGER, connections INTEGER)"_s,
        u"CREATE TABLE connections(cluster_id TEXT NOT NULL, connection_id TEXT NOT NULL, "
        "cluster_name TEXT, cloud_provider TEXT, region_id TEXT, region_name TEXT, "
        "display_name TEXT, state TEXT, message TEXT, type TEXT, service_name TEXT, "
        "service_region TEXT, created_by TEXT, create_time INTEGER, update_time INTEGER, "
        "read_at INTEGER, deleting_since INTEGER, domains_known INTEGER, domain_groups INTEGER, "
        "domains_failed INTEGER, domains_changing INTEGER, domains_message TEXT, "
        "domains_read_at INTEGER, changefeeds TEXT, PRIMARY KEY(cluster_id, connection_id))"_s,
        u"CREATE TABLE seen(cluster_id TEXT NOT NULL, connection_id TEXT NOT NULL, "
        "cluster_name TEXT, connection_name TEXT, state TEXT, domains_changing INTEGER, "
        "troubled TEXT, PRIMARY KEY(cluster_id, connection_id))"_s,
    };
    return statements;
}

FleetSnapshot FleetSnapshotTables::read(QSqlDatabase &db, const QString &profile)
{
    FleetSnapshot snapshot;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(u"SELECT cluster_id, display_name, cloud_provider, region_id, region_name, "
                   "read_at, in_transition, connections FROM clusters"_s)) {
        while (query.next()) {
            FleetCluster c;
            c.profile = profile;
            c.clusterId = text(query.value(0));
            c.displayName = text(query.value(1));
            c.cloudProvider = enumFromApi<CloudProvider>(text(query.value(2)));
            c.regionId = text(query.value(3));
            c.regionName = text(query.value(4));
            c.readAt = timeOf(query.value(5));
            c.inTransition = query.value(6).toInt() != 0;
            c.connections = query.value(7).toInt();
            snapshot.clusters.append(c);
        }
    }
    if (query.exec(u"SELECT cluster_id, connection_id, cluster_name, cloud_provider, region_id, "
                   "region_name, display_name, state, message, type, service_name, "
                   "service_region, created_by, create_time, update_time, read_at, "
                   "deleting_since, domains_known, domain_groups, domains_failed, "
                   "domains_changing, domains_message, domains_read_at, changefeeds "
                   "FROM connections"_s)) {
        while (query.next()) {
            FleetRow row;
            row.profile = profile;
            row.clusterId = text(query.value(0));
            row.connection.clusterId = row.clusterId;
            row.connection.privateLinkConnectionId = text(query.value(1));
            row.clusterName = text(query.value(2));
            row.cloudProvider = enumFromApi<CloudProvider>(text(query.value(3)));
            row.regionId = text(query.value(4));
            row.regionName = text(query.value(5));
            row.connection.displayName = text(query.value(6));
            row.connection.state = enumFromApi<ConnectionState>(text(query.value(7)));
            row.connection.message = text(query.value(8));
            row.connection.type = enumFromApi<ConnectionType>(text(query.value(9)));
            row.connection.endpointService.name = text(query.value(10));
            row.connection.endpointService.region = text(query.value(11));
            row.connection.createdBy = text(query.value(12));
            row.connection.createTime = timeOf(query.value(13));
            row.connection.updateTime = timeOf(query.value(14));
            row.readAt = timeOf(query.value(15));
            row.deletingSince = timeOf(query.value(16));
            row.domains.known = query.value(17).toInt() != 0;
            row.domains.groups = query.value(18).toInt();
            row.domains.failed = query.value(19).toInt();
            row.domains.changing = query.value(20).toInt();
            row.domains.failedMessage = text(query.value(21));
            row.domains.readAt = timeOf(query.value(22));
            row.changefeeds = feedsFromJson(query.value(23).toString());
            snapshot.rows.append(row);
        }
    }
    if (query.exec(u"SELECT cluster_id, connection_id, cluster_name, connection_name, state, "
                   "domains_changing, troubled FROM seen"_s)) {
        while (query.next()) {
            FleetSeen seen;
            seen.profile = profile;
            seen.clusterId = text(query.value(0));
            seen.connectionId = text(query.value(1));
            seen.clusterName = text(query.value(2));
            seen.connectionName = text(query.value(3));
            seen.state = enumFromApi<ConnectionState>(text(query.value(4)));
            seen.domainsChanging = query.value(5).toInt();
            seen.troubled = feedsFromJson(query.value(6).toString());
            snapshot.seen.append(seen);
        }
    }
    if (query.exec(u"SELECT value FROM meta WHERE key = 'seenAt'"_s) && query.next())
        snapshot.seenAt = timeOf(query.value(0));
    return snapshot;
}

bool FleetSnapshotTables::writeCluster(QSqlDatabase &db, const FleetCluster &cluster,
                                       const QList<FleetRow> &rows)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         {QVariant(cluster.clusterId), QVariant(cluster.displayName),
          QVariant(cluster.cloudProvider.raw), QVariant(cluster.regionId),
          QVariant(cluster.regionName), QVariant(msOf(cluster.readAt)),
          QVariant(cluster.inTransition ? 1 : 0), QVariant(cluster.connections)})
        query.addBindValue(value);
    if (!query.exec())
        return false;
    query.prepare(u"DELETE FROM connections WHERE cluster_id = ?"_s);
    query.addBindValue(cluster.clusterId);
    if (!query.exec())
        return false;
    query.prepare(u"INSERT INTO connections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const FleetRow &row : rows) {
        const PrivateLinkConnection &c = row.connection;
        for (const QVariant &value : {QVariant(row.clusterId),
                                      QVariant(c.privateLinkConnectionId),
                                      QVariant(row.clusterName),
                                      QVariant(row.cloudProvider.raw),
                                      QVariant(row.regionId),
                                      QVariant(row.regionName),
                                      QVariant(c.displayName),
                                      QVariant(c.state.raw),
                                      QVariant(c.message),
                                      QVariant(c.type.raw),
                                      QVariant(c.endpointService.name),
                                      QVariant(c.endpointService.region),
                                      QVariant(c.createdBy),
                                      QVariant(msOf(c.createTime)),
                                      QVariant(msOf(c.updateTime)),
                                      QVariant(msOf(row.readAt)),
                                      QVariant(msOf(row.deletingSince)),
                                      QVariant(row.domains.known ? 1 : 0),
                                      QVariant(row.domains.groups),
                                      QVariant(row.domains.failed),
                                      QVariant(row.domains.changing),
                                      QVariant(row.domains.failedMessage),
                                      QVariant(msOf(row.domains.readAt)),
                                      QVariant(feedsToJson(row.changefeeds))})
            query.addBindValue(value);
        if (!query.exec())
            return false;
    }
    return true;
}

bool FleetSnapshotTables::writeSeen(QSqlDatabase &db, const QList<FleetSeen> &seen,
                                    const QDateTime &at)
{
    QSqlQuery query(db);
    if (!query.exec(u"DELETE FROM seen"_s))
        return false;
    query.prepare(u"INSERT OR REPLACE INTO seen VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const FleetSeen &row : seen) {
        for (const QVariant &value :
             {QVariant(row.clusterId), QVariant(row.connectionId), QVariant(row.clusterName),
              QVariant(row.connectionName), QVariant(row.state.raw), QVariant(row.domainsChanging),
              QVariant(feedsToJson(row.troubled))})
            query.addBindValue(value);
        if (!query.exec())
            return false;
    }
    query.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES ('seenAt', ?)"_s);
    query.addBindValue(QString::number(msOf(at)));
    return query.exec();
}

/// Runs `write` in one transaction; the error's text when it failed.

bool FleetSnapshotTables::removeCluster(QSqlDatabase &db, const QString &clusterId)
{
    QSqlQuery query(db);
    for (const QString &table : {u"clusters"_s, u"connections"_s, u"seen"_s}) {
        query.prepare(u"DELETE FROM %1 WHERE cluster_id = ?"_s.arg(table));
        query.addBindValue(clusterId);
        if (!query.exec())
            return false;
    }
    return true;
}

} // namespace plc
