// The connection and domain models: the model tester, in-place merges checked with signal
// spies (no reset on refresh), display vs raw sort values, the text filter.
#include "domain/CliCommands.h"
#include "models/ConnectionTableModel.h"
#include "models/DomainTableModel.h"
#include "models/TableExport.h"
#include "models/TextFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
PrivateLinkConnection connection(const QString &id, const QString &name, ConnectionState state,
                                 int day)
{
    PrivateLinkConnection c;
    c.privateLinkConnectionId = id;
    c.clusterId = u"1"_s;
    c.displayName = name;
    c.state = enumFromApi<ConnectionState>(enumToApi(state));
    c.type = enumFromApi<ConnectionType>(u"AWS_ENDPOINT_SERVICE"_s);
    c.endpointService.name = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
    c.endpointService.availabilityZoneIds = {u"use1-az1"_s, u"use1-az2"_s};
    c.createTime = QDateTime(QDate(2025, 1, day), QTime(8, 0), Qt::UTC);
    return c;
}

AttachDomain group(const QString &id, const QStringList &domains, const QString &state)
{
    AttachDomain g;
    g.attachDomainId = id;
    g.type = enumFromApi<DomainType>(u"TIDBCLOUD_MANAGED"_s);
    g.uniqueName = u"dvs6nl5jgveztmla3pxkxgh76i"_s;
    for (const QString &d : domains)
        g.domains.append({d, state, {}});
    return g;
}
} // namespace

class TestConnectionModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionsMergeInPlace()
    {
        ConnectionTableModel model;
        model.setClusterRegion(u"us-east-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({connection(u"plc-a"_s, u"a"_s, ConnectionState::Creating, 1),
                       connection(u"plc-b"_s, u"b"_s, ConnectionState::Active, 2)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        PrivateLinkConnection accepted =
            connection(u"plc-a"_s, u"a"_s, ConnectionState::PendingAcceptance, 1);
        accepted.endpointService.endpointId = u"vpce-0123456789abcdef0"_s;
        model.apply({accepted, connection(u"plc-c"_s, u"c"_s, ConnectionState::Failed, 3)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 2); // state and endpoint ID of plc-a
        const int row = model.rowOf(u"plc-a"_s);
        QCOMPARE(model.index(row, ConnectionTableModel::StateColumn).data().toString(),
                 u"Pending acceptance"_s);
        QCOMPARE(model.index(row, ConnectionTableModel::StateColumn)
                     .data(ConnectionTableModel::SortRole)
                     .toString(),
                 u"PENDING_ACCEPTANCE"_s);
        QCOMPARE(model.index(row, ConnectionTableModel::StateColumn)
                     .data(ConnectionTableModel::StateColorRole)
                     .value<QColor>(),
                 ConnectionTableModel::stateColor(ConnectionState::PendingAcceptance));
        QCOMPARE(model.index(row, ConnectionTableModel::RegionColumn).data().toString(),
                 u"us-east-1"_s);
        QCOMPARE(model.index(row, ConnectionTableModel::ZonesColumn).data().toString(),
                 u"use1-az1, use1-az2"_s);
        QCOMPARE(model.index(row, ConnectionTableModel::TypeColumn).data().toString(),
                 u"AWS Endpoint Service"_s);
    }

    void theFailureMessageIsTheStateTooltip()
    {
        ConnectionTableModel model;
        PrivateLinkConnection failed = connection(u"plc-f"_s, u"f"_s, ConnectionState::Failed, 1);
        failed.message = u"endpoint service … does not exist"_s;
        model.setRows({failed});
        QCOMPARE(model.index(0, ConnectionTableModel::StateColumn).data(Qt::ToolTipRole).toString(),
                 failed.message);
    }

    void anUnknownStateIsShownRaw()
    {
        ConnectionTableModel model;
        PrivateLinkConnection c = connection(u"plc-x"_s, u"x"_s, ConnectionState::Active, 1);
        c.state = enumFromApi<ConnectionState>(u"HIBERNATING"_s);
        model.setRows({c});
        QCOMPARE(model.index(0, ConnectionTableModel::StateColumn).data().toString(),
                 u"HIBERNATING"_s);
    }

    void domainsAreARowEachAndMergeInPlace()
    {
        DomainTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyGroups({group(
            u"ad-1"_s,
            {u"*.use1-az1.x.aws.plc.tidbcloud.com"_s, u"*.use1-az2.x.aws.plc.tidbcloud.com"_s},
            u"CREATING"_s)});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyGroups({group(
            u"ad-1"_s,
            {u"*.use1-az1.x.aws.plc.tidbcloud.com"_s, u"*.use1-az2.x.aws.plc.tidbcloud.com"_s},
            u"ACTIVE"_s)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.index(0, DomainTableModel::StateColumn).data().toString(), u"Active"_s);
        QCOMPARE(model.index(0, DomainTableModel::TypeColumn).data().toString(),
                 u"TiDB Cloud Managed"_s);
        QCOMPARE(model.index(1, DomainTableModel::AttachDomainIdColumn).data().toString(),
                 u"ad-1"_s);
        model.applyGroups({});
        QCOMPARE(model.rowCount(), 0);
    }

    void theTextFilterLooksAtEveryColumn()
    {
        ConnectionTableModel model;
        model.setRows({connection(u"plc-a"_s, u"kafka"_s, ConnectionState::Active, 1),
                       connection(u"plc-b"_s, u"rds"_s, ConnectionState::Failed, 2)});
        TextFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterText(u"failed"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(u"use1-az2 kafka"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(u"vpce-svc-0a1b2c3d4e5f60718"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.sort(ConnectionTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"rds"_s);
    }

    void pagesAreAddedWithoutRemovingAnything()
    {
        ConnectionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert({connection(u"plc-a"_s, u"a"_s, ConnectionState::Creating, 1)});
        model.upsert({connection(u"plc-b"_s, u"b"_s, ConnectionState::Active, 2),
                      connection(u"plc-a"_s, u"a"_s, ConnectionState::Active, 1)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(changed.count(), 1); // plc-a became Active, in place
        QCOMPARE(model.rowOf(u"plc-b"_s), 1);
        QCOMPARE(model.rowAt(0)->state.value, ConnectionState::Active);
        QCOMPARE(removed.count(), 0);
        // The whole list at the end removes what is gone, and nothing else changes.
        model.apply({connection(u"plc-b"_s, u"b"_s, ConnectionState::Active, 2)});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void theCachedWordsFollowChangesAndLanguage()
    {
        ConnectionTableModel model;
        model.setRows({connection(u"plc-a"_s, u"kafka"_s, ConnectionState::Creating, 1),
                       connection(u"plc-b"_s, u"rds"_s, ConnectionState::Failed, 2)});
        TextFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTRY_COMPARE(model.searchText(0).isEmpty(), false); // warmed while idle
        QVERIFY(model.searchText(0).contains(u"kafka"_s));
        proxy.setFilterText(u"ACTIVE"_s); // case-insensitive; nothing is Active yet
        QCOMPARE(proxy.rowCount(), 0);
        // A refresh changes the row: the cached words follow it.
        model.apply({connection(u"plc-a"_s, u"kafka"_s, ConnectionState::Active, 1),
                     connection(u"plc-b"_s, u"rds"_s, ConnectionState::Failed, 2)});
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(!model.searchText(0).contains(u"creating"_s));
        // A rename too.
        model.apply({connection(u"plc-a"_s, u"kafka-2"_s, ConnectionState::Active, 1),
                     connection(u"plc-b"_s, u"rds"_s, ConnectionState::Failed, 2)});
        proxy.setFilterText(u"kafka-2"_s);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void theWordsOfARowThatLeftGoWithIt()
    {
        // A row's cached words are dropped when it leaves: they were kept by ID for ever (a
        // fleet's rows come and go for days), and a row of the same ID coming back later with
        // other values was found by its old words.
        ConnectionTableModel model;
        model.setRows({connection(u"plc-a"_s, u"kafka"_s, ConnectionState::Failed, 1),
                       connection(u"plc-b"_s, u"rds"_s, ConnectionState::Active, 2)});
        QVERIFY(model.searchText(0).contains(u"kafka"_s));
        model.apply({connection(u"plc-b"_s, u"rds"_s, ConnectionState::Active, 2)});
        model.upsert({connection(u"plc-a"_s, u"orders"_s, ConnectionState::Creating, 1)});
        QCOMPARE(model.rowOf(u"plc-a"_s), 1);
        QVERIFY(model.searchText(1).contains(u"orders"_s));
        QVERIFY(!model.searchText(1).contains(u"kafka"_s));
        TextFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(u"kafka"_s);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void exportsWhatIsShown()
    {
        ConnectionTableModel model;
        PrivateLinkConnection tricky =
            connection(u"plc-q"_s, u"a, \"quoted\" 名前"_s, ConnectionState::Active, 1);
        model.setRows({tricky, connection(u"plc-r"_s, u"plain"_s, ConnectionState::Failed, 2)});
        TextFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ConnectionTableModel::NameColumn, Qt::DescendingOrder);
        const QList<int> columns{ConnectionTableModel::IdColumn, ConnectionTableModel::NameColumn,
                                 ConnectionTableModel::StateColumn};
        const QByteArray csv = TableExport::toCsv(TableExport::capture(&proxy, columns));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // BOM: spreadsheets read the CJK text
        const QStringList lines =
            QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], u"Private Link Connection ID,Name,State"_s);
        QCOMPARE(lines[1], u"plc-r,plain,Failed"_s); // the proxy's order, the given columns
        QCOMPARE(lines[2], u"plc-q,\"a, \"\"quoted\"\" 名前\",Active"_s);

        const QJsonArray json =
            QJsonDocument::fromJson(TableExport::toJson(TableExport::capture(&proxy, columns)))
                .array();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json[1].toObject().value("Name"_L1).toString(), tricky.displayName);
        QCOMPARE(json[0].toObject().keys().size(), 3);
        proxy.setFilterText(u"plain"_s);
        QCOMPARE(QJsonDocument::fromJson(TableExport::toJson(TableExport::capture(&proxy, columns)))
                     .array()
                     .size(),
                 1);
    }

    // The export's snapshot makes its texts later, on a worker thread: they must be what the
    // view shows at the moment of the export, whatever happens to the model afterwards.
    void theSnapshotIsWhatWasShown()
    {
        ConnectionTableModel model;
        model.setClusterRegion(u"us-east-1"_s);
        PrivateLinkConnection noRegion =
            connection(u"plc-n"_s, u"same region"_s, ConnectionState::Creating, 3);
        noRegion.endpointService.region.clear();
        model.setRows({connection(u"plc-q"_s, u"a, \"quoted\" 名前"_s, ConnectionState::Active, 1),
                       connection(u"plc-r"_s, u"plain"_s, ConnectionState::Failed, 2), noRegion});
        TextFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ConnectionTableModel::CreatedColumn, Qt::DescendingOrder);
        proxy.setFilterText(u"plc-"_s);
        QList<int> columns;
        for (int column = ConnectionTableModel::ColumnCount - 1; column >= 0; --column)
            columns.append(column); // every column, in an order of its own
        const QList<int> sourceRows = TableExport::sourceRows(&proxy);
        QCOMPARE(sourceRows, (QList<int>{2, 1, 0})); // newest first

        const TableSnapshot shown = TableExport::capture(&proxy, columns);
        const TableSnapshot snapshot = model.snapshot(sourceRows, columns);
        QCOMPARE(snapshot.titles, shown.titles);
        QCOMPARE(snapshot.rowCount, 3);
        for (qsizetype row = 0; row < snapshot.rowCount; ++row)
            QCOMPARE(snapshot.rowTexts(row), shown.rowTexts(row));
        QVERIFY(snapshot.rowTexts(0).contains(u"us-east-1"_s)); // the cluster's region
        const QByteArray csv = TableExport::toCsv(shown);
        QCOMPARE(TableExport::toCsv(snapshot), csv);

        // The model changes before the worker gets to it.
        model.apply({connection(u"plc-r"_s, u"renamed"_s, ConnectionState::Deleting, 2)});
        model.setClusterRegion(u"eu-west-1"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(TableExport::toCsv(snapshot), csv);

        // And a snapshot may be read on another thread.
        QByteArray fromWorker;
        QThread *worker = QThread::create([&] { fromWorker = TableExport::toJson(snapshot); });
        worker->start();
        QVERIFY(worker->wait(10'000));
        delete worker;
        QCOMPARE(QJsonDocument::fromJson(fromWorker).array().size(), 3);
    }

    void ticloudCommandsAreQuotedForTheShell()
    {
        QCOMPARE(CliCommands::get(u"1028"_s, u"plc-abc"_s),
                 u"ticloud serverless private-link-connection get --cluster-id '1028' "
                 "--private-link-connection-id 'plc-abc'"_s);
        QCOMPARE(CliCommands::create(u"1028"_s,
                                     {u"rds proxy's"_s,
                                      ConnectionType::AwsEndpointService,
                                      u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s,
                                      {}}),
                 u"ticloud serverless private-link-connection create --cluster-id '1028' "
                 "--display-name 'rds proxy'\\''s' --type 'AWS_ENDPOINT_SERVICE' "
                 "--aws.endpoint-service-name "
                 "'com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718'"_s);
        QCOMPARE(
            CliCommands::attachDomains(u"1"_s, u"plc-a"_s, DomainType::TidbCloudManaged, {}, true),
            u"ticloud serverless private-link-connection attach-domains --cluster-id '1' "
            "--private-link-connection-id 'plc-a' --type 'TIDBCLOUD_MANAGED' --dry-run"_s);
        QCOMPARE(CliCommands::detachDomains(u"1"_s, u"plc-a"_s, u"ad-1"_s),
                 u"ticloud serverless private-link-connection detach-domains --cluster-id '1' "
                 "--private-link-connection-id 'plc-a' --attach-domain-id 'ad-1'"_s);
        QCOMPARE(CliCommands::availabilityZones(u"1"_s),
                 u"ticloud serverless private-link-connection zones --cluster-id '1'"_s);
        QCOMPARE(CliCommands::shellQuote(u"$(rm -rf ~)"_s), u"'$(rm -rf ~)'"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectionModels)
#include "tst_connectionmodels.moc"
