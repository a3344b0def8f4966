#pragma once

#include "domain/FleetRow.h"
#include "services/FleetPacer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace plc {

class FleetReader;
class Job;
class PrivateLinkService;
class RequestLog;
template<typename T> class ValueJob;

/// Reads the cloud provider's side of one profile's connections that wait for acceptance or
/// failed (ProviderSide::wanted), with the profile's own provider accounts, one connection at
/// a time within a pace of its own, those waiting for acceptance first: the provider's API has a
/// budget of its own, and the user's own tools share it. A side is read again when its connection
/// changes, or after RereadMinutes. For a FAILED connection, TiDB Cloud's account of its cluster
/// (`:getAvailabilityZones`) is read once a session through the profile's FleetReader, within
/// the fleet's share of the TiDB Cloud key.
class FleetSideReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSideReader)

public:
    /// Provider requests a minute, for each profile: one a second, a small part of what AWS
    /// (describe calls: a bucket of 100, 20 more a second, per account and region) and Alibaba
    /// Cloud (tens a second per API and account) allow, so the user's own tools never wait
    /// for it, while a fleet's few hundred waiting or failed connections are read within a
    /// pass's time.
    static constexpr int DefaultPerMinute = 60;
    static constexpr int DefaultBurst = 6;
    static constexpr int RereadMinutes = 15;

    /// Where sides come from: whether the profile has an account with a row's provider, and
    /// the job that reads the row's side with it (given TiDB Cloud's account of its cluster;
    /// empty when not known).
    struct Source
    {
        std::function<bool(const FleetRow &row)> hasAccount;
        std::function<ValueJob<ProviderSide> *(const FleetRow &row, const QString &tidbAccount,
                                               QObject *parent)>
            read;
    };

    explicit FleetSideReader(FleetReader *reader, QObject *parent = nullptr);
    ~FleetSideReader() override;

    /// Where sides come from and the log of its provider requests (counted against the pace);
    /// every side read before is read again. A source without `read` stops reading.
    void setSource(Source source, RequestLog *providerLog);
    bool hasSource() const { return bool(m_source.read); }
    /// A cluster's rows as read now (or from the snapshot): the wanted ones whose side is not
    /// known for what they are now are queued; the cluster's other rows are forgotten.
    void consider(const QString &clusterId, const QList<FleetRow> &rows);
    void forgetCluster(const QString &clusterId);
    /// The side last read for `key`, when it still holds for `connection`.
    ProviderSide known(const QString &key, const PrivateLinkConnection &connection) const;
    void stop();
    FleetPacer &pacer() { return m_pacer; }
    /// Connections waiting to be read.
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    void sideRead(const QString &key, const plc::ProviderSide &side);

private:
    void kick();
    void readNext();
    void readTidbAccount(const FleetRow &row);
    void readSide(const FleetRow &row, const QString &tidbAccount);
    void finishRow(const QString &key, const ProviderSide &side);
    /// An account problem said for every queued connection, without asking again.
    void sameForTheRest(const ProviderSide &side);
    bool isStale(const QString &key, const FleetRow &row) const;
    void scheduleReread();

    FleetReader *m_reader;
    PrivateLinkService *m_links;
    Source m_source;
    QPointer<RequestLog> m_log;
    QMetaObject::Connection m_logConnection;
    FleetPacer m_pacer{DefaultPerMinute, DefaultBurst};
    QElapsedTimer m_clock;
    QTimer m_wait; ///< the next read, once the pace allows it
    QTimer m_reread;
    QHash<QString, FleetRow> m_wanted;      ///< by row key
    QStringList m_queue;                    ///< keys to read, in order
    QHash<QString, ProviderSide> m_sides;   ///< by row key: the last reading
    QHash<QString, QString> m_tidbAccounts; ///< by cluster ID; empty: tried, not had
    QPointer<Job> m_job;
};

} // namespace plc
