// The fleet's snapshot: a real SQLite file per profile, written on its own thread; what it
// keeps and what it never keeps; a damaged file, another version's, another profile's.
#include "services/FleetSnapshotStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {

FleetRow snapshotRow(const QString &cluster, const QString &id, ConnectionState state)
{
    FleetRow r;
    r.profile = u"prod"_s;
    r.clusterId = cluster;
    r.clusterName = u"orders-"_s + cluster;
    r.cloudProvider = enumFromApi<CloudProvider>(u"aws"_s);
    r.regionId = u"aws-us-east-1"_s;
    r.regionName = u"N. Virginia (us-east-1)"_s;
    r.connection.clusterId = cluster;
    r.connection.privateLinkConnectionId = id;
    r.connection.displayName = u"link "_s + id;
    r.connection.state = {state, enumToApi(state)};
    r.connection.message = u"message of "_s + id;
    r.connection.type = enumFromApi<ConnectionType>(u"AWS_ENDPOINT_SERVICE"_s);
    r.connection.endpointService.name = u"com.amazonaws.vpce.us-east-1.vpce-svc-0abc"_s;
    r.connection.createdBy = u"ops@example.com"_s;
    r.connection.createTime = QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc());
    r.connection.updateTime = QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
    r.readAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc());
    r.changefeeds = {{u"cf1"_s, u"to kafka"_s, enumFromApi<ChangefeedState>(u"RUNNING_FAILED"_s),
                      u"broker down"_s}};
    r.domains = {true, 1, 1, 0, u"conflict"_s, r.readAt};
    return r;
}

FleetCluster snapshotCluster(const QString &id)
{
    FleetCluster c;
    c.profile = u"prod"_s;
    c.clusterId = id;
    c.displayName = u"orders-"_s + id;
    c.cloudProvider = enumFromApi<CloudProvider>(u"aws"_s);
    c.regionId = u"aws-us-east-1"_s;
    c.regionName = u"N. Virginia (us-east-1)"_s;
    c.readAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc());
    c.inTransition = true;
    c.connections = 2;
    return c;
}

FleetSnapshot loadFrom(FleetSnapshotStore &store, const QString &profile)
{
    QSignalSpy loaded(&store, &FleetSnapshotStore::loaded);
    store.load(profile);
    if (!loaded.wait(10'000))
        qFatal("the snapshot did not load");
    return loaded.constFirst().at(1).value<FleetSnapshot>();
}

} // namespace

class TestFleetSnapshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsWhatTheApiReturnedAndWhatWasSeen()
    {
        QTemporaryDir dir;
        const QList<FleetRow> rows = {snapshotRow(u"c1"_s, u"a"_s, ConnectionState::Active),
                                      snapshotRow(u"c1"_s, u"b"_s, ConnectionState::Failed)};
        const QDateTime seenAt = QDateTime(QDate(2026, 12, 6), QTime(18, 0), QTimeZone::utc());
        {
            FleetSnapshotStore store(dir.path());
            QCOMPARE(loadFrom(store, u"prod"_s).rows.size(), 0);
            store.saveCluster(u"prod"_s, snapshotCluster(u"c1"_s), rows);
            store.saveSeen(u"prod"_s, {FleetSeen::of(rows.at(0))}, seenAt);
            store.flush();
        }
        FleetSnapshotStore again(dir.path());
        const FleetSnapshot snapshot = loadFrom(again, u"prod"_s);
        QVERIFY(snapshot.notice.isEmpty());
        QCOMPARE(snapshot.clusters.size(), 1);
        QCOMPARE(snapshot.clusters.at(0), snapshotCluster(u"c1"_s));
        QCOMPARE(snapshot.rows.size(), 2);
        QList<FleetRow> read = snapshot.rows;
        std::sort(read.begin(), read.end(), [](const FleetRow &x, const FleetRow &y) {
            return x.connection.privateLinkConnectionId < y.connection.privateLinkConnectionId;
        });
        QCOMPARE(read, rows);
        QCOMPARE(snapshot.seen, QList<FleetSeen>{FleetSeen::of(rows.at(0))});
        QCOMPARE(snapshot.seenAt, seenAt);
        // Only the user may read it; each profile has its own file.
        const QString file = again.fileFor(u"prod"_s);
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(again.fileFor(u"prod"_s) != again.fileFor(u"staging"_s));
    }

    void anotherAccountsSnapshotIsSetAsideAndAnOldOneAdopted()
    {
        QTemporaryDir dir;
        const QList<FleetRow> rows = {snapshotRow(u"c1"_s, u"a"_s, ConnectionState::Active)};
        const QString orgA = u"https://serverless.tidbapi.com\nPUBA\nkey-1"_s;
        {
            // Written before accounts were kept: it names none.
            FleetSnapshotStore store(dir.path());
            loadFrom(store, u"prod"_s);
            store.saveCluster(u"prod"_s, snapshotCluster(u"c1"_s), rows);
            store.flush();
        }
        {
            // It takes the account the profile names now, and keeps its rows.
            FleetSnapshotStore store(dir.path());
            store.setAccount(u"prod"_s, orgA);
            const FleetSnapshot adopted = loadFrom(store, u"prod"_s);
            QVERIFY(adopted.notice.isEmpty());
            QCOMPARE(adopted.rows.size(), 1);
            store.flush();
        }
        QFile file(FleetSnapshotStore(dir.path()).fileFor(u"prod"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        // A digest of the account: not its address or public key.
        QVERIFY(!bytes.contains("PUBA"));
        QVERIFY(!bytes.contains("serverless.tidbapi.com"));

        // The profile was edited while the console was closed: another organization's key.
        FleetSnapshotStore store(dir.path());
        store.setAccount(u"prod"_s, u"https://serverless.tidbapi.com\nPUBB\nkey-2"_s);
        const FleetSnapshot other = loadFrom(store, u"prod"_s);
        QCOMPARE(other.rows.size(), 0);
        QVERIFY2(other.notice.contains(u"account the profile named before"_s),
                 qPrintable(other.notice));
        QCOMPARE(QDir(dir.path()).entryList({u"*.set-aside-*"_s}, QDir::Files).size(), 1);
    }

    void aClusterIsReplacedWholeAndRemoved()
    {
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        loadFrom(store, u"prod"_s);
        store.saveCluster(u"prod"_s, snapshotCluster(u"c1"_s),
                          {snapshotRow(u"c1"_s, u"a"_s, ConnectionState::Active),
                           snapshotRow(u"c1"_s, u"b"_s, ConnectionState::Active)});
        store.saveCluster(u"prod"_s, snapshotCluster(u"c2"_s),
                          {snapshotRow(u"c2"_s, u"z"_s, ConnectionState::Active)});
        store.saveCluster(u"prod"_s, snapshotCluster(u"c1"_s),
                          {snapshotRow(u"c1"_s, u"b"_s, ConnectionState::Deleting)});
        store.removeCluster(u"prod"_s, u"c2"_s);
        store.flush();
        FleetSnapshotStore other(dir.path());
        const FleetSnapshot snapshot = loadFrom(other, u"prod"_s);
        QCOMPARE(snapshot.rows.size(), 1);
        QCOMPARE(snapshot.rows.at(0).connection.privateLinkConnectionId, u"b"_s);
        QCOMPARE(snapshot.rows.at(0).connection.state.value, ConnectionState::Deleting);
        QCOMPARE(snapshot.clusters.size(), 1);
    }

    void neverKeepsAKeyOrASinksSettings()
    {
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        loadFrom(store, u"prod"_s);
        store.saveCluster(u"prod"_s, snapshotCluster(u"c1"_s),
                          {snapshotRow(u"c1"_s, u"a"_s, ConnectionState::Active)});
        store.flush();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(store.fileFor(u"prod"_s));
        QVERIFY(db.open());
        QStringList columns;
        QSqlQuery query(db);
        for (const QString &table : db.tables()) {
            QVERIFY(query.exec(u"PRAGMA table_info(%1)"_s.arg(table)));
            while (query.next())
                columns.append(query.value(1).toString());
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"inspect"_s);
        for (const QString &column : std::as_const(columns)) {
            QVERIFY2(!column.contains(u"key"_s) || column == u"key"_s, qPrintable(column));
            QVERIFY2(!column.contains(u"password"_s) && !column.contains(u"secret"_s) &&
                         !column.contains(u"sink"_s) && !column.contains(u"user"_s),
                     qPrintable(column));
        }
    }

    void aDamagedFileIsSetAsideAndMadeAgain_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("said");
        QTest::newRow("garbage") << QByteArray("this is not SQLite\n").repeated(200)
                                 << u"was damaged"_s;
        QTest::newRow("empty database file") << QByteArray() << u"was damaged"_s;
    }

    void aDamagedFileIsSetAsideAndMadeAgain()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, said);
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        QDir().mkpath(dir.path());
        QFile file(store.fileFor(u"prod"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const FleetSnapshot snapshot = loadFrom(store, u"prod"_s);
        QVERIFY2(snapshot.notice.contains(said), qPrintable(snapshot.notice));
        QVERIFY2(snapshot.notice.contains(u"prod"_s), qPrintable(snapshot.notice));
        QVERIFY(snapshot.rows.isEmpty());
        const QStringList aside = QDir(dir.path()).entryList({u"*.set-aside-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(snapshot.notice.contains(aside.at(0)));
        // The new file works.
        store.saveCluster(u"prod"_s, snapshotCluster(u"c1"_s),
                          {snapshotRow(u"c1"_s, u"a"_s, ConnectionState::Active)});
        store.flush();
        FleetSnapshotStore again(dir.path());
        const FleetSnapshot reread = loadFrom(again, u"prod"_s);
        QCOMPARE(reread.rows.size(), 1);
        QVERIFY(reread.notice.isEmpty());
    }

    void anotherVersionsOrProfilesFileIsSetAside_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("said");
        QTest::newRow("older") << u"PRAGMA user_version = 0"_s << u"another version"_s;
        QTest::newRow("newer") << u"PRAGMA user_version = 7"_s << u"format 7"_s;
        QTest::newRow("profile") << u"UPDATE meta SET value = 'staging' WHERE key = 'profile'"_s
                                 << u"another profile"_s;
    }

    void anotherVersionsOrProfilesFileIsSetAside()
    {
        QFETCH(QString, statement);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QString file;
        {
            FleetSnapshotStore store(dir.path());
            loadFrom(store, u"prod"_s);
            store.saveCluster(u"prod"_s, snapshotCluster(u"c1"_s),
                              {snapshotRow(u"c1"_s, u"a"_s, ConnectionState::Active)});
            store.flush();
            file = store.fileFor(u"prod"_s);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(statement));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"edit"_s);
        FleetSnapshotStore store(dir.path());
        const FleetSnapshot snapshot = loadFrom(store, u"prod"_s);
        QVERIFY2(snapshot.notice.contains(said), qPrintable(snapshot.notice));
        QVERIFY(snapshot.rows.isEmpty());
    }

    void textFromTheFileIsShownWithoutControlCharacters()
    {
        QTemporaryDir dir;
        QString file;
        {
            FleetSnapshotStore store(dir.path());
            loadFrom(store, u"prod"_s);
            store.saveCluster(u"prod"_s, snapshotCluster(u"c1"_s),
                              {snapshotRow(u"c1"_s, u"a"_s, ConnectionState::Active)});
            store.flush();
            file = store.fileFor(u"prod"_s);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE connections SET display_name = 'evil' || char(27) || "
                               "'[2J' || char(10) || 'name'"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        FleetSnapshotStore store(dir.path());
        const FleetSnapshot snapshot = loadFrom(store, u"prod"_s);
        QCOMPARE(snapshot.rows.size(), 1);
        const QString name = snapshot.rows.at(0).connection.displayName;
        for (const QChar c : name)
            QVERIFY2(c.category() != QChar::Other_Control, qPrintable(name));
    }

    void aFileWithATriggerIsSetAsideAndPermissionsAreTheUsers()
    {
        QTemporaryDir dir;
        QString file;
        {
            FleetSnapshotStore store(dir.path());
            loadFrom(store, u"prod"_s);
            store.saveCluster(u"prod"_s, snapshotCluster(u"c1"_s),
                              {snapshotRow(u"c1"_s, u"a"_s, ConnectionState::Active)});
            store.flush();
            file = store.fileFor(u"prod"_s);
        }
        // Readable by others (a copy, a umask): made the user's again when opened.
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther);
        {
            FleetSnapshotStore store(dir.path());
            QCOMPARE(loadFrom(store, u"prod"_s).rows.size(), 1);
            QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"trigger"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TRIGGER t AFTER INSERT ON connections BEGIN "
                               "SELECT RAISE(ABORT, 'planted'); END"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"trigger"_s);
        FleetSnapshotStore store(dir.path());
        const FleetSnapshot snapshot = loadFrom(store, u"prod"_s);
        QVERIFY2(snapshot.notice.contains(u"was damaged"_s), qPrintable(snapshot.notice));
        QVERIFY(snapshot.rows.isEmpty());
    }

    void aFileThatCannotBeWrittenIsSaid()
    {
        QTemporaryDir dir;
        const QString blocked = dir.path() + u"/file-not-folder"_s;
        QFile plain(blocked);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        FleetSnapshotStore store(blocked); // a file where the folder should be
        QSignalSpy failed(&store, &FleetSnapshotStore::failed);
        loadFrom(store, u"prod"_s);
        store.saveCluster(u"prod"_s, snapshotCluster(u"c1"_s),
                          {snapshotRow(u"c1"_s, u"a"_s, ConnectionState::Active)});
        QVERIFY(failed.wait(10'000));
        QVERIFY2(failed.constFirst().at(1).toString().contains(u"could not be written"_s),
                 qPrintable(failed.constFirst().at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestFleetSnapshot)
#include "tst_fleetsnapshot.moc"
