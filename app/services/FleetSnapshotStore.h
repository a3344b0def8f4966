#pragma once

#include "domain/FleetChange.h"
#include "domain/FleetRow.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QThread;

namespace plc {

/// A profile's last fleet, as the snapshot kept it.
struct FleetSnapshot
{
    QList<FleetCluster> clusters;
    QList<FleetRow> rows;
    QList<FleetSeen> seen; ///< what the administrator last looked at
    QDateTime seenAt;
    QString notice; ///< a file set aside (damaged, another version), in a sentence; or empty
};

/// The fleet's snapshots: one SQLite file per profile, in the console's data folder
/// (`~/.local/share/<org>/<app>/fleet/`), readable by the user only. Only what the API
/// returned and when it was read, and what the user last looked at; never a key or a
/// changefeed's sink settings. Every read and write is on a thread of its own, in order;
/// each cluster's rows are replaced in one transaction, so a file is never half written. A
/// file that is damaged, or was written by another version, is set aside (renamed, kept for a
/// look) and a new one is made: the profile loses its cached rows, never itself.
class FleetSnapshotStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSnapshotStore)

public:
    static constexpr int SchemaVersion = 1;

    explicit FleetSnapshotStore(const QString &directory = defaultDirectory(),
                                QObject *parent = nullptr);
    ~FleetSnapshotStore() override;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    /// The file of `profile`: its name's hash, so any name makes a safe file name.
    QString fileFor(const QString &profile) const;

    /// The account `profile` names now (its API, public key and key entry; empty: none, the
    /// sandbox): a snapshot of another account is set aside when next opened, so a profile
    /// edited while the console was closed never shows the old account's rows as its own.
    void setAccount(const QString &profile, const QString &account);
    /// Reads the profile's snapshot; loaded() follows (with an empty one when there is none).
    void load(const QString &profile);
    /// Replaces what the snapshot has of `cluster` with `rows`, in one transaction.
    void saveCluster(const QString &profile, const FleetCluster &cluster,
                     const QList<FleetRow> &rows);
    /// The cluster is gone: its rows go too.
    void removeCluster(const QString &profile, const QString &clusterId);
    void saveSeen(const QString &profile, const QList<FleetSeen> &seen, const QDateTime &at);
    /// Deletes the profile's snapshot (the profile was deleted).
    void forget(const QString &profile);
    /// Blocks until everything asked so far is done (for shutdown and tests).
    void flush();

Q_SIGNALS:
    void loaded(const QString &profile, const plc::FleetSnapshot &snapshot);
    /// A snapshot could not be read or written; the fleet goes on without it.
    void failed(const QString &profile, const QString &sentence);

private:
    template<typename Work> void onWorker(Work work);

    QString m_directory;
    QHash<QString, QString> m_accounts; ///< by profile: the digest of its account
    QThread *m_thread;
    QObject *m_worker; ///< lives on m_thread; owns the database connections
};

} // namespace plc

Q_DECLARE_METATYPE(plc::FleetSnapshot)
