#pragma once

#include "sandbox/SqlRows.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace plc::sandbox {

/// The TiDB Cloud account and availability zones a cluster's private link connections use.
struct ClusterNetwork
{
    QString accountId;
    QStringList azIds;
};

/// The sandbox's state in one SQLite file (WAL journal, so a kill at any moment leaves the
/// last committed state). Every resource keeps its API-shaped JSON body plus the columns
/// queries need (state, order, the time of its next lifecycle step). Lives on the sandbox
/// thread: Qt SQL connections are per thread.
class SandboxStore final
{
    Q_DISABLE_COPY_MOVE(SandboxStore)

public:
    SandboxStore();
    ~SandboxStore();

    /// Opens (creating if needed) the database file; ":memory:" keeps it in memory.
    bool open(const QString &file, QString *error);
    QString fileName() const { return m_file; }

    // Clusters, ordered by creation time, then ID: the stable order pagination relies on.
    int clusterCount() const;
    QList<QJsonObject> clusters(int offset, int limit) const;
    std::optional<QJsonObject> cluster(const QString &clusterId) const;
    bool putCluster(const QJsonObject &cluster);

    std::optional<ClusterNetwork> clusterNetwork(const QString &clusterId) const;
    bool putClusterNetwork(const QString &clusterId, const ClusterNetwork &network);

    // Simulated endpoint services of the provider side, keyed by service name.
    QList<QJsonObject> endpointServices() const;
    std::optional<QJsonObject> endpointService(const QString &name) const;
    bool putEndpointService(const QJsonObject &service);
    bool deleteEndpointService(const QString &name);

    // Private link connections. `dueMs` is when the next lifecycle step is due (or none).
    int connectionCount(const QString &clusterId, const QString &state) const;
    QList<QJsonObject> connections(const QString &clusterId, const QString &state, int offset,
                                   int limit) const;
    QList<QJsonObject> connectionsOfService(const QString &serviceName) const;
    std::optional<QJsonObject> connection(const QString &clusterId, const QString &id) const;
    bool putConnection(const QJsonObject &connection, std::optional<qint64> dueMs);
    bool deleteConnection(const QString &id);
    QList<QJsonObject> connectionsDue(qint64 nowMs) const;
    bool displayNameTaken(const QString &clusterId, const QString &displayName) const;

    // Attached domain groups (AttachDomain objects).
    QList<QJsonObject> attachDomains(const QString &connectionId) const;
    std::optional<QJsonObject> attachDomain(const QString &connectionId, const QString &id) const;
    bool putAttachDomain(const QJsonObject &attachDomain, std::optional<qint64> dueMs);
    bool deleteAttachDomain(const QString &id);
    QList<QJsonObject> attachDomainsDue(qint64 nowMs) const;
    bool uniqueNameTaken(const QString &clusterId, const QString &type,
                         const QString &uniqueName) const;

    // Changefeeds (Changefeed objects of the changefeed API). `connectionId` is the private
    // link connection a sink runs through (none for a public network); `type` KAFKA or MYSQL.
    int changefeedCount(const QString &clusterId, const QString &type) const;
    QList<QJsonObject> changefeeds(const QString &clusterId, const QString &type, int offset,
                                   int limit) const;
    std::optional<QJsonObject> changefeed(const QString &clusterId, const QString &id) const;
    QList<QJsonObject> changefeedsThrough(const QString &connectionId) const;
    bool putChangefeed(const QJsonObject &changefeed, std::optional<qint64> dueMs);
    QList<QJsonObject> changefeedsDue(qint64 nowMs) const;

    /// The value of a key of the store's own metadata (schema version, upgrades done).
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    /// The statements of this file's connection, for the tables kept by other classes.
    const SqlRows &rows() const { return m_rows; }

    bool beginTransaction();
    bool commit();
    void rollback();

private:
    QString m_connectionName;
    SqlRows m_rows;
    QString m_file;
};

/// Runs a group of writes as one transaction; rolls back unless commit() was called.
class StoreTransaction final
{
    Q_DISABLE_COPY_MOVE(StoreTransaction)

public:
    explicit StoreTransaction(SandboxStore &store)
        : m_store(store)
        , m_open(store.beginTransaction())
    {}
    ~StoreTransaction()
    {
        if (m_open)
            m_store.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_store.commit();
    }

private:
    SandboxStore &m_store;
    bool m_open;
};

} // namespace plc::sandbox
