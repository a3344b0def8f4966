#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace plc::sandbox {

/// The sandbox's state in one SQLite file (WAL journal, so a kill at any moment leaves the
/// last committed state). Lives on the sandbox thread: Qt SQL connections are per thread.
class SandboxStore final
{
    Q_DISABLE_COPY_MOVE(SandboxStore)

public:
    SandboxStore();
    ~SandboxStore();

    /// Opens (creating if needed) the database file; ":memory:" keeps it in memory.
    bool open(const QString &file, QString *error);
    QString fileName() const { return m_file; }

    int clusterCount() const;
    /// Clusters ordered by creation time, then ID: the stable order pagination relies on.
    QList<QJsonObject> clusters(int offset, int limit) const;
    std::optional<QJsonObject> cluster(const QString &clusterId) const;
    bool putCluster(const QJsonObject &cluster);

    bool beginTransaction();
    bool commit();
    void rollback();

private:
    bool exec(const QString &statement, QString *error = nullptr) const;

    QString m_connectionName;
    QString m_file;
};

} // namespace plc::sandbox
