#include "services/FleetSnapshotStore.h"

#include "services/FleetSnapshotTables.h"

#include "base/OutsideText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace plc {

namespace {

class SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(FleetSnapshotStore)
public:
    static QString setAside(const QString &profile, const QString &why, const QString &file)
    {
        return tr("The fleet snapshot of profile %1 %2; it was set aside as %3 and is being "
                  "made again from the API.")
            .arg(profile, why, file);
    }
    static QString damaged() { return tr("was damaged"); }
    static QString otherVersion(int version)
    {
        return tr("was written by another version of the console (format %1)").arg(version);
    }
    static QString otherProfile() { return tr("belonged to another profile"); }
    static QString otherAccount()
    {
        return tr("was of the account the profile named before (another API or key)");
    }
    static QString tooLarge() { return tr("was larger than a snapshot can be"); }
    static QString cannotWrite(const QString &profile, const QString &reason)
    {
        return tr("The fleet snapshot of profile %1 could not be written (%2); the fleet is "
                  "shown, but it will not be there at the next start.")
            .arg(profile, reason);
    }
};

constexpr int FleetApplicationId = 0x504c4346; // "PLCF"
/// Far more than 2,000 clusters' rows: a larger file is not a snapshot of ours.
constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

class SnapshotFiles
{
public:
    explicit SnapshotFiles(QString directory)
        : m_directory(std::move(directory))
        // Connection names are the process's: each store (each thread) has its own.
        , m_prefix(u"plc-fleet-%1-"_s.arg(nextStore.fetch_add(1)))
    {}
    ~SnapshotFiles()
    {
        const QSet<QString> names = m_open;
        for (const QString &name : names)
            close(name);
    }

    /// The open database of `profile`, made or set aside and made again as needed. `account`
    /// (a digest; empty: not checked) is the account the profile names now: a file of another
    /// is set aside; one that names none (written before accounts were kept) takes this one.
    QSqlDatabase open(const QString &profile, const QString &account, const QString &file,
                      QString *notice)
    {
        const QString name = m_prefix + QFileInfo(file).baseName();
        if (m_open.contains(name))
            return QSqlDatabase::database(name, false);
        QDir().mkpath(m_directory);
        QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner);
        if (QFileInfo::exists(file)) {
            QString why;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(file);
                m_open.insert(name);
                why = problemWith(db, profile, account);
                if (why.isEmpty()) {
                    // Readable by the user only, however the file came to be.
                    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                    return db;
                }
            }
            close(name);
            const QString aside = file + u".set-aside-"_s +
                                  QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
            QFile::remove(aside);
            if (!QFile::rename(file, aside))
                QFile::remove(file);
            QFile::remove(file + u"-journal"_s);
            *notice = SnapshotText::setAside(profile, why, QFileInfo(aside).fileName());
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        m_open.insert(name);
        if (db.open()) {
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            create(db, profile, account); // when it fails, the writes fail and say so
        }
        return db;
    }

    void close(const QString &name)
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
        m_open.remove(name);
    }

    void closeFile(const QString &file) { close(m_prefix + QFileInfo(file).baseName()); }

private:
    /// Empty when the file is a usable snapshot of `profile`; else why not.
    static QString problemWith(QSqlDatabase &db, const QString &profile, const QString &account)
    {
        if (QFileInfo(db.databaseName()).size() > MaxFileBytes)
            return SnapshotText::tooLarge();
        if (!db.open())
            return SnapshotText::damaged();
        QSqlQuery query(db);
        // A file is data: no trigger or view of it runs, and only the tables it should have are
        // there.
        if (!query.exec(u"PRAGMA trusted_schema = OFF"_s))
            return SnapshotText::damaged();
        QStringList tables;
        if (!query.exec(u"SELECT type, name FROM sqlite_master"_s))
            return SnapshotText::damaged();
        while (query.next()) {
            const QString type = query.value(0).toString();
            const QString name = query.value(1).toString();
            if (type == "index"_L1 && name.startsWith("sqlite_autoindex_"_L1))
                continue;
            if (type != "table"_L1)
                return SnapshotText::damaged();
            tables.append(name);
        }
        tables.sort();
        if (tables != QStringList{u"clusters"_s, u"connections"_s, u"meta"_s, u"seen"_s})
            return SnapshotText::damaged();
        if (!query.exec(u"PRAGMA quick_check"_s) || !query.next() ||
            query.value(0).toString() != "ok"_L1)
            return SnapshotText::damaged();
        if (!query.exec(u"PRAGMA application_id"_s) || !query.next() ||
            query.value(0).toInt() != FleetApplicationId)
            return SnapshotText::damaged();
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return SnapshotText::damaged();
        if (const int version = query.value(0).toInt();
            version != FleetSnapshotStore::SchemaVersion)
            return SnapshotText::otherVersion(version);
        if (!query.exec(u"SELECT value FROM meta WHERE key = 'profile'"_s) || !query.next())
            return SnapshotText::damaged();
        if (query.value(0).toString() != profile)
            return SnapshotText::otherProfile();
        if (account.isEmpty())
            return {};
        if (!query.exec(u"SELECT value FROM meta WHERE key = 'account'"_s))
            return SnapshotText::damaged();
        if (query.next())
            return query.value(0).toString() == account ? QString() : SnapshotText::otherAccount();
        query.prepare(u"INSERT INTO meta(key, value) VALUES ('account', ?)"_s);
        query.addBindValue(account);
        return query.exec() ? QString() : SnapshotText::damaged();
    }

    static bool create(QSqlDatabase &db, const QString &profile, const QString &account)
    {
        QSqlQuery query(db);
        if (!db.transaction())
            return false;
        for (const QString &statement : FleetSnapshotTables::schema()) {
            if (!query.exec(statement)) {
                db.rollback();
                return false;
            }
        }
        query.prepare(u"INSERT INTO meta(key, value) VALUES ('profile', ?)"_s);
        query.addBindValue(profile);
        if (!query.exec()) {
            db.rollback();
            return false;
        }
        if (!account.isEmpty()) {
            query.prepare(u"INSERT INTO meta(key, value) VALUES ('account', ?)"_s);
            query.addBindValue(account);
        }
        if ((!account.isEmpty() && !query.exec()) ||
            !query.exec(u"PRAGMA application_id = %1"_s.arg(FleetApplicationId)) ||
            !query.exec(u"PRAGMA user_version = %1"_s.arg(FleetSnapshotStore::SchemaVersion))) {
            db.rollback();
            return false;
        }
        return db.commit();
    }

    static inline std::atomic<int> nextStore{0};
    QString m_directory;
    QString m_prefix;
    QSet<QString> m_open;
};

template<typename Write> QString inTransaction(QSqlDatabase &db, Write write)
{
    if (!db.isOpen() && !db.open())
        return db.lastError().text();
    if (!db.transaction())
        return db.lastError().text();
    if (!write()) {
        const QString error = db.lastError().text();
        db.rollback();
        return error.isEmpty() ? u"SQLite"_s : error;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return error;
    }
    return {};
}

class SnapshotWorker final : public QObject
{
public:
    explicit SnapshotWorker(const QString &directory)
        : files(directory)
    {}
    SnapshotFiles files;
};

} // namespace

FleetSnapshotStore::FleetSnapshotStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_thread(new QThread(this))
    , m_worker(new SnapshotWorker(directory))
{
    m_thread->setObjectName(u"fleet-snapshot"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

FleetSnapshotStore::~FleetSnapshotStore()
{
    flush(); // what was asked before is written before the thread ends
    m_thread->quit();
    m_thread->wait();
}

QString FleetSnapshotStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/fleet"_s;
}

QString FleetSnapshotStore::fileFor(const QString &profile) const
{
    const QByteArray hash = QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha256);
    return m_directory + u"/fleet-"_s + QString::fromLatin1(hash.toHex().left(24)) + u".sqlite"_s;
}

template<typename Work> void FleetSnapshotStore::onWorker(Work work)
{
    QMetaObject::invokeMethod(m_worker, [worker = static_cast<SnapshotWorker *>(m_worker),
                                         work = std::move(work)] { work(worker->files); });
}

void FleetSnapshotStore::load(const QString &profile)
{
    const QPointer<FleetSnapshotStore> self(this);
    onWorker([self, profile, account = m_accounts.value(profile),
              file = fileFor(profile)](SnapshotFiles &files) {
        QString notice;
        QSqlDatabase db = files.open(profile, account, file, &notice);
        FleetSnapshot snapshot =
            db.isOpen() ? FleetSnapshotTables::read(db, profile) : FleetSnapshot{};
        snapshot.notice = notice;
        QMetaObject::invokeMethod(self.get(), [self, profile, snapshot = std::move(snapshot)] {
            if (self)
                Q_EMIT self->loaded(profile, snapshot);
        });
    });
}

namespace {

template<typename Write>
void writeOn(SnapshotFiles &files, const QPointer<FleetSnapshotStore> &self, const QString &profile,
             const QString &account, const QString &file, Write write)
{
    QString notice;
    QSqlDatabase db = files.open(profile, account, file, &notice);
    const QString error = inTransaction(db, [&] { return write(db); });
    if (error.isEmpty())
        return;
    QMetaObject::invokeMethod(self.get(), [self, profile, error] {
        if (self)
            Q_EMIT self->failed(profile,
                                SnapshotText::cannotWrite(profile, OutsideText::visible(error)));
    });
}

} // namespace

void FleetSnapshotStore::saveCluster(const QString &profile, const FleetCluster &cluster,
                                     const QList<FleetRow> &rows)
{
    onWorker([self = QPointer(this), profile, account = m_accounts.value(profile),
              file = fileFor(profile), cluster, rows](SnapshotFiles &files) {
        writeOn(files, self, profile, account, file, [&](QSqlDatabase &db) {
            return FleetSnapshotTables::writeCluster(db, cluster, rows);
        });
    });
}

void FleetSnapshotStore::removeCluster(const QString &profile, const QString &clusterId)
{
    onWorker([self = QPointer(this), profile, account = m_accounts.value(profile),
              file = fileFor(profile), clusterId](SnapshotFiles &files) {
        writeOn(files, self, profile, account, file, [&](QSqlDatabase &db) {
            return FleetSnapshotTables::removeCluster(db, clusterId);
        });
    });
}

void FleetSnapshotStore::saveSeen(const QString &profile, const QList<FleetSeen> &seen,
                                  const QDateTime &at)
{
    onWorker([self = QPointer(this), profile, account = m_accounts.value(profile),
              file = fileFor(profile), seen, at](SnapshotFiles &files) {
        writeOn(files, self, profile, account, file,
                [&](QSqlDatabase &db) { return FleetSnapshotTables::writeSeen(db, seen, at); });
    });
}

void FleetSnapshotStore::setAccount(const QString &profile, const QString &account)
{
    // A digest: the file never holds the API's address or the public key itself.
    if (account.isEmpty())
        m_accounts.remove(profile);
    else
        m_accounts.insert(
            profile,
            QString::fromLatin1(
                QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex()));
}

void FleetSnapshotStore::forget(const QString &profile)
{
    onWorker([file = fileFor(profile)](SnapshotFiles &files) {
        files.closeFile(file);
        QFile::remove(file);
        QFile::remove(file + u"-journal"_s);
    });
}

void FleetSnapshotStore::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace plc
