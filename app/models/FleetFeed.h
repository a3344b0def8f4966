#pragma once

#include "api/ApiClient.h"
#include "domain/FleetChange.h"
#include "services/FleetReader.h"
#include "services/FleetSideReader.h"
#include "services/FleetSnapshotStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace plc {

class FleetTableModel;

/// The fleet of the chosen profiles: each profile's snapshot shown at once, then brought up
/// to date by its FleetReader (each with its own key and budget, side by side). Keeps what
/// the administrator last looked at and says what changed since; gathers what is worth a
/// notification into one batch; says, per profile, what stops it (in a sentence), never an
/// empty table in its place.
class FleetFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetFeed)

public:
    /// Changes found within this long of each other are notified together.
    static constexpr int NotificationBatchMs = 5000;
    /// Rows of a snapshot shown per turn of the event loop.
    static constexpr int SnapshotSlice = 500;

    explicit FleetFeed(FleetSnapshotStore *store, QObject *parent = nullptr);
    ~FleetFeed() override;

    FleetTableModel *model() const { return m_model; }
    FleetSnapshotStore *store() const { return m_store; }

    /// The profiles the fleet shows: each new one's snapshot is loaded; one no longer chosen
    /// is stopped and its rows go.
    void setProfiles(const QStringList &profiles);
    QStringList profiles() const { return m_order; }
    /// A profile's API and key: its reader starts a pass.
    void setEndpoint(const QString &profile, const QUrl &baseUrl,
                     const ApiCredentials &credentials);
    /// The profile cannot be read (its key is not in the keychain…): said in the view.
    void setProfileProblem(const QString &profile, const QString &sentence);
    FleetReader *reader(const QString &profile) const { return m_readers.value(profile); }
    /// Where a profile's provider sides come from (its own provider accounts, and the log their
    /// requests go to); until it is given, the Provider Side column stays empty.
    void setSideSource(const QString &profile, const FleetSideReader::Source &source,
                       RequestLog *providerLog);
    FleetSideReader *sideReader(const QString &profile) const { return m_sides.value(profile); }
    /// Every profile's reader starts a pass now.
    void readNow();

    /// Each profile's problem, in a sentence (empty list: none).
    QStringList problems() const;
    /// A line on the passes' progress: how far, and when they end.
    QString progressText() const;
    /// What moved since the administrator last looked (markLooked()).
    QList<FleetChange> changesSinceLooked() const;
    /// What the table shows now is what was looked at: saved in each profile's snapshot.
    void markLooked();
    int attentionCount() const;

    /// Each profile's share of its key's requests a minute (FleetPacer::DefaultPerMinute).
    void setSharePerMinute(int requests);
    /// The shortest time from one pass's start to the next (FleetReader::DefaultPassIntervalMs).
    void setPassInterval(int ms);
    void setNotificationBatch(int ms) { m_batch.setInterval(ms); }

    /// Moves the time used for ages and long deletions (for tests; a timer does it otherwise).
    void setNow(const QDateTime &now);

Q_SIGNALS:
    /// Problems, progress, the changes list or the attention count changed.
    void changed();
    /// A profile's snapshot is on screen (rows, or none).
    void snapshotShown(const QString &profile);
    /// Changes worth a notification, gathered for NotificationBatchMs.
    void notify(const QList<plc::FleetChange> &changes);
    /// A snapshot notice: a file set aside, a snapshot not written.
    void notice(const QString &sentence);

private:
    struct Profile
    {
        bool snapshotShown = false;
        QList<FleetSeen> seen;
        QDateTime seenAt;
        QSet<QString> readSince; ///< clusters read after seenAt
        QString problem;         ///< the reader's, or the keychain's
        QHash<QString, FleetCluster> clusters;
        QSet<QString> readLive;              ///< clusters a pass of this run has read
        int generation = 0;                  ///< which choice of the profile this is
        QHash<QString, QString> listedNames; ///< the last cluster list's names, by ID
    };

    void onSnapshot(const QString &profile, const FleetSnapshot &snapshot);
    void showSnapshotRows(const QString &profile, int generation, const QList<FleetRow> &rows,
                          qsizetype from, const QList<FleetCluster> &clusters);
    void onClusterRead(const QString &profile, const FleetCluster &cluster,
                       const QList<FleetRow> &rows);
    void onClustersListed(const QString &profile, const QList<FleetCluster> &clusters);
    void onClusterGone(const QString &profile, const QString &clusterId);
    void onSideRead(const QString &key, const ProviderSide &side);
    void queueNotifications(const QList<FleetChange> &changes);
    FleetReader *makeReader(const QString &profile);
    const FleetRow *rowOf(const QString &key) const;

    FleetSnapshotStore *m_store;
    FleetTableModel *m_model;
    QStringList m_order;
    QHash<QString, FleetReader *> m_readers;
    QHash<QString, FleetSideReader *> m_sides;
    QHash<QString, Profile> m_profiles;
    QHash<QString, QString> m_clusterProblems; ///< "profile\ncluster" → sentence
    QList<FleetChange> m_pending;
    QTimer m_batch;
    QTimer m_clock;
    int m_generation = 0;
    int m_sharePerMinute = FleetPacer::DefaultPerMinute;
    int m_passIntervalMs = FleetReader::DefaultPassIntervalMs;
};

} // namespace plc
