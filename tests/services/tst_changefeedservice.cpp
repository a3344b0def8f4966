// Changefeeds on the console's side: the codec to cdc.swagger.json (unknown values kept, a bad
// port refused, passwords never read), ChangefeedService against the sandbox over real HTTP
// (every page, the type filter, the test), the Watcher following a changefeed in CREATING,
// the connection feed's Used By counts and their sort, and the sink test's advice.
#include "AwaitJob.h"
#include "SandboxFixture.h"
#include "SeedIds.h"

#include "api/ApiClient.h"
#include "api/RequestLog.h"
#include "api/RetryPolicy.h"
#include "domain/ChangefeedCodec.h"
#include "domain/CliCommands.h"
#include "domain/DisplayNames.h"
#include "domain/SinkTestAdvice.h"
#include "models/ChangefeedTableModel.h"
#include "models/ClusterFeed.h"
#include "models/ClusterTableModel.h"
#include "models/ConnectionFeed.h"
#include "models/ConnectionTableModel.h"
#include "models/TextFilterProxy.h"
#include "services/ChangefeedService.h"
#include "services/ClusterService.h"
#include "services/LanguageManager.h"
#include "services/PrivateLinkService.h"
#include "services/Watcher.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using test::await;
using namespace plc::test::seed;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestChangefeeds final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;

    std::optional<Cluster> cluster(const QString &id)
    {
        ClusterService service(m_sandbox->client());
        ClusterFeed feed(&service);
        QSignalSpy loaded(&feed, &ClusterFeed::loaded);
        feed.refresh();
        if (!loaded.wait(10'000))
            return std::nullopt;
        const int row = feed.model()->rowOf(id);
        return row < 0 ? std::nullopt : std::optional(*feed.model()->clusterAt(row));
    }

    QJsonObject privateKafka(const QString &connection, int port)
    {
        return {{u"type"_s, u"KAFKA"_s},
                {u"kafka"_s,
                 QJsonObject{{u"network"_s,
                              QJsonObject{{u"networkType"_s, u"PRIVATE_LINK"_s},
                                          {u"privateLink"_s,
                                           QJsonObject{{u"privateLinkConnectionId"_s, connection},
                                                       {u"port"_s, port}}}}}}}};
    }

    LanguageManager m_languages;

private Q_SLOTS:
    void initTestCase()
    {
        // English's plural forms ("1 changefeed", "2 changefeeds") are in its catalogue.
        QVERIFY(m_languages.setLanguage(u"en"_s));
    }

    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        m_sandbox->config().settings = test::fastSettings();
        QVERIFY(m_sandbox->start());
        RetryPolicy once;
        once.maxAttempts = 1;
        m_sandbox->client()->setRetryPolicy(once);
    }

    void cleanup()
    {
        QVERIFY2(m_sandbox->contractViolations().isEmpty(),
                 qPrintable(m_sandbox->contractViolations().join(u'\n')));
        m_sandbox.reset();
    }

    void theCodecReadsTheContract()
    {
        const auto decoded = ChangefeedCodec::decodeChangefeed(json(
            "{ "
            "\"changefeedId\": \"cfd-1\", \"clusterId\": \"10\", \"displayName\": \"to-kafka\", "
            "\"state\": \"RESUMING_SOON\", "
            "\"sink\": {\"type\": \"KAFKA\", \"kafka\": { "
            "\"network\": {\"networkType\": \"PRIVATE_LINK\", "
            "\"privateLink\": {\"privateLinkConnectionId\": \"plc-1\", \"port\": 9093}}, "
            "\"authentication\": {\"authType\": \"SASL_PLAIN\", \"username\": \"u\", "
            "\"password\": \"hunter2\"}}}, "
            "\"checkpoint\": {\"tso\": \"451234567890123456\", \"time\": "
            "\"2026-11-30T10:00:00Z\"}, "
            "\"error\": \"bad\\u001b[31m thing\", "
            "\"createTime\": \"2026-01-01T00:00:00Z\"} "));
        QVERIFY2(decoded.ok(), qPrintable(decoded.errors.join(u", "_s)));
        const Changefeed &c = decoded.value;
        QCOMPARE(c.changefeedId, u"cfd-1"_s);
        // A state this console does not know is kept as sent, and shown as sent.
        QCOMPARE(c.state.value, ChangefeedState::Unknown);
        QCOMPARE(DisplayNames::changefeedState(c.state), u"RESUMING_SOON"_s);
        QCOMPARE(c.sinkType.value, SinkType::Kafka);
        QCOMPARE(c.network.value, SinkNetwork::PrivateLink);
        QCOMPARE(c.privateLinkConnectionId, u"plc-1"_s);
        QCOMPARE(c.port, std::optional<int>(9093));
        QVERIFY(c.runsThrough(u"plc-1"_s));
        QVERIFY(!c.runsThrough(u"plc-2"_s));
        QCOMPARE(c.checkpointTime, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QCOMPARE(c.checkpointTso, u"451234567890123456"_s);
        QVERIFY(!c.error.contains(QChar(0x1b))); // control characters never reach a widget

        const auto mysql = ChangefeedCodec::decodeChangefeed(
            json("{ "
                 "\"changefeedId\": \"cfd-2\", \"state\": \"RUNNING\", "
                 "\"sink\": {\"type\": \"MYSQL\", \"mysql\": { "
                 "\"network\": {\"networkType\": \"PUBLIC\", \"publicEndpoint\": "
                 "\"db.example.com:3306\"}, "
                 "\"authentication\": {\"userName\": \"u\", \"password\": \"\"}}}} "));
        QVERIFY(mysql.ok());
        QCOMPARE(mysql.value.network.value, SinkNetwork::Public);
        QCOMPARE(mysql.value.publicEndpoint, u"db.example.com:3306"_s);
        QVERIFY(!mysql.value.runsThrough(QString()));

        const auto badPort = ChangefeedCodec::decodeChangefeed(json(
            "{ "
            "\"changefeedId\": \"cfd-3\", \"sink\": {\"type\": \"MYSQL\", \"mysql\": {\"network\": "
            "{ "
            "\"networkType\": \"PRIVATE_LINK\", "
            "\"privateLink\": {\"privateLinkConnectionId\": \"plc-1\", \"port\": 70000}}}}} "));
        QVERIFY(!badPort.ok());
        QVERIFY(badPort.errors.constFirst().contains(u"port"_s));
        const auto noId = ChangefeedCodec::decodeChangefeed(json("{\"displayName\": \"x\"} "));
        QVERIFY(!noId.ok());
    }

    void theTestBodyMasksOnlyForDisplay()
    {
        SinkTest test;
        test.type = SinkType::Mysql;
        test.privateLinkConnectionId = u"plc-1"_s;
        test.port = 3306;
        test.userName = u"cdc"_s;
        test.password = u"s3cret"_s;
        const QJsonObject sent = ChangefeedCodec::encodeTest(test);
        const QJsonObject mysql = sent.value("sink"_L1).toObject().value("mysql"_L1).toObject();
        QCOMPARE(mysql.value("authentication"_L1).toObject().value("password"_L1).toString(),
                 u"s3cret"_s);
        QCOMPARE(mysql.value("network"_L1).toObject().value("networkType"_L1).toString(),
                 u"PRIVATE_LINK"_s);
        const QByteArray shown =
            QJsonDocument(ChangefeedCodec::encodeTestForDisplay(test, u"***"_s)).toJson();
        QVERIFY(!shown.contains("s3cret"));
        QVERIFY(shown.contains("\"***\""));

        test.type = SinkType::Kafka;
        test.kafkaAuth = KafkaAuth::Disable;
        const QJsonObject kafka = ChangefeedCodec::encodeTest(test)
                                      .value("sink"_L1)
                                      .toObject()
                                      .value("kafka"_L1)
                                      .toObject();
        // Without SASL no credentials are sent at all.
        QVERIFY(!kafka.value("authentication"_L1).toObject().contains("password"_L1));
        QCOMPARE(kafka.value("authentication"_L1).toObject().value("authType"_L1).toString(),
                 u"DISABLE"_s);
    }

    void theDescribeCommandIsQuotedByPosition()
    {
        QCOMPARE(CliCommands::describeChangefeed(u"10"_s, u"--evil 'x'"_s),
                 u"ticloud serverless changefeed describe -c '10' --changefeed-id "
                 "'--evil '\\''x'\\'''"_s);
    }

    void howFarBehindReadsInTheLargestUnits()
    {
        const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(DisplayNames::lag(now.addSecs(-4), now), u"4 s"_s);
        QCOMPARE(DisplayNames::lag(now.addSecs(-12 * 60 - 5), now), u"12 min"_s);
        QCOMPARE(DisplayNames::lag(now.addSecs(-(3 * 3600 + 5 * 60)), now), u"3 h 5 min"_s);
        QCOMPARE(DisplayNames::lag(now.addSecs(-(2 * 86400 + 4 * 3600)), now), u"2 d 4 h"_s);
        QCOMPARE(DisplayNames::lag(now.addSecs(30), now), u"0 s"_s); // a clock a bit ahead
        QCOMPARE(DisplayNames::lag(QDateTime(), now), QString());
    }

    void theServiceReadsEveryPageAndFilters()
    {
        // 120 more changefeeds: the list takes two pages of 100.
        for (int i = 0; i < 120; ++i) {
            const test::Reply created =
                m_sandbox->request("POST", u"/v1beta1/clusters/%1/changefeeds"_s.arg(OrdersProd),
                                   QJsonObject{{u"displayName"_s, u"bulk-%1"_s.arg(i)},
                                               {u"sink"_s, privateKafka(ConfluentEvents, 9092)},
                                               {u"filter"_s, QJsonObject{}}});
            QCOMPARE(created.status, 200);
        }
        ChangefeedService service(m_sandbox->client());
        const qsizetype before = m_sandbox->client()->requestLog()->entries().size();
        const auto [all, allError] = await(service.listChangefeeds(OrdersProd));
        QVERIFY(!allError.isError());
        QCOMPARE(all.size(), 125);
        QCOMPARE(m_sandbox->client()->requestLog()->entries().size() - before, 2);

        const auto [mysql, mysqlError] =
            await(service.listChangefeeds(OrdersProd, SinkType::Mysql));
        QCOMPARE(mysql.size(), 2);
        for (const Changefeed &c : mysql)
            QCOMPARE(c.sinkType.value, SinkType::Mysql);
        QVERIFY(m_sandbox->client()->requestLog()->entries().constLast().path.contains(
            u"changefeedType=MYSQL"_s));

        const auto [one, oneError] = await(service.getChangefeed(OrdersProd, ToRdsReplica));
        QCOMPARE(one.displayName, u"orders-to-rds-replica"_s);
        QCOMPARE(one.privateLinkConnectionId, OrdersRds);
    }

    void theTestIsSentOnceAndItsPasswordNeverLogged()
    {
        ChangefeedService service(m_sandbox->client());
        SinkTest test;
        test.type = SinkType::Mysql;
        test.privateLinkConnectionId = OrdersRds;
        test.port = 3306;
        test.userName = MysqlUser;
        test.password = MysqlPassword;
        const qsizetype before = m_sandbox->client()->requestLog()->entries().size();
        const auto [passed, passError] = await(service.testSink(OrdersProd, test));
        QVERIFY(passed);
        QVERIFY(!passError.isError());

        test.password = u"wrong-password"_s;
        const auto [refused, refusal] = await(service.testSink(OrdersProd, test));
        QVERIFY(!refused);
        QCOMPARE(refusal.httpStatus, 400);
        QVERIFY(refusal.apiMessage.contains(u"Access denied"_s));
        const auto &log = m_sandbox->client()->requestLog()->entries();
        QCOMPARE(log.size() - before, 2);
        for (const RequestLogEntry &entry : log) {
            QVERIFY(!entry.path.contains(MysqlPassword));
            QVERIFY(!entry.path.contains(u"wrong-password"_s));
        }
    }

    void theWatcherFollowsACreatingChangefeedUntilItRuns()
    {
        // Creation takes a while: long enough for the Watcher to see CREATING first.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"creatingDelayMs"_s, 600}})
                    .ok());
        const test::Reply created =
            m_sandbox->request("POST", u"/v1beta1/clusters/%1/changefeeds"_s.arg(OrdersProd),
                               QJsonObject{{u"displayName"_s, u"new-one"_s},
                                           {u"sink"_s, privateKafka(ConfluentEvents, 9092)},
                                           {u"filter"_s, QJsonObject{}}});
        const QString id = created.json.value("changefeedId"_L1).toString();

        PrivateLinkService links(m_sandbox->client());
        ChangefeedService changefeeds(m_sandbox->client());
        Watcher watcher(&links, m_sandbox->client());
        watcher.setChangefeedService(&changefeeds);
        watcher.setFirstInterval(100);
        watcher.setBudgetPerMinute(600);
        ConnectionFeed feed(&links, &watcher);
        feed.setChangefeedService(&changefeeds);
        QAbstractItemModelTester tester(feed.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        feed.setCluster(cluster(OrdersProd));
        QTRY_VERIFY(feed.changefeedsKnown());
        const auto stateOf = [&feed, &id] {
            for (const Changefeed &c : feed.changefeedsThrough(ConfluentEvents)) {
                if (c.changefeedId == id)
                    return c.state.value;
            }
            return ChangefeedState::Unknown;
        };
        QCOMPARE(stateOf(), ChangefeedState::Creating);
        // kafka-selfhosted waits for acceptance: the connections are followed too.
        QCOMPARE(watcher.targetCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(), ChangefeedState::Running, 10'000);
        QTRY_COMPARE(watcher.targetCount(), 1); // nothing left in CREATING: that target ends
        const int row = feed.model()->rowOf(ConfluentEvents);
        QCOMPARE(feed.model()->index(row, ConnectionTableModel::UsedByColumn).data().toString(),
                 u"2 changefeeds"_s);
    }

    void usedByCountsAndSortsAndKeepsTheLastGoodList()
    {
        PrivateLinkService links(m_sandbox->client());
        ChangefeedService changefeeds(m_sandbox->client());
        Watcher watcher(&links, m_sandbox->client());
        ConnectionFeed feed(&links, &watcher);
        feed.setChangefeedService(&changefeeds);
        QSignalSpy changed(&feed, &ConnectionFeed::changefeedsChanged);
        feed.setCluster(cluster(OrdersProd));
        QVERIFY(changed.wait(10'000));
        QTRY_COMPARE(feed.model()->rowCount(), 4);
        ConnectionTableModel *model = feed.model();
        const auto cell = [model](const QString &connection, int role = Qt::DisplayRole) {
            return model->index(model->rowOf(connection), ConnectionTableModel::UsedByColumn)
                .data(role);
        };
        QCOMPARE(cell(OrdersRds).toString(), u"2 changefeeds"_s);
        QCOMPARE(cell(ConfluentEvents).toString(), u"1 changefeed"_s);
        QCOMPARE(cell(LegacyMysql).toString(), QString());
        const QString tip = cell(OrdersRds, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"orders-to-rds-replica (MySQL, Running)"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"orders-audit-archive (MySQL, Paused)"_s));
        QVERIFY(cell(LegacyMysql, Qt::ToolTipRole).toString().contains(u"No changefeed"_s));
        // The public one runs through no connection.
        for (const PrivateLinkConnection &c : model->rows())
            for (const Changefeed &through : feed.changefeedsThrough(c.privateLinkConnectionId))
                QVERIFY(through.changefeedId != PublicKafka);

        // Sorting by Used By sorts by the count, not the text.
        TextFilterProxy proxy;
        proxy.setSourceModel(model);
        proxy.sort(ConnectionTableModel::UsedByColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ConnectionTableModel::IdRole).toString(), OrdersRds);
        QCOMPARE(proxy.index(1, 0).data(ConnectionTableModel::IdRole).toString().isEmpty(), false);

        // A failed read keeps the last good counts and says why.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/faults"_s,
                              QJsonObject{{u"status"_s, 403},
                                          {u"pathPrefix"_s,
                                           u"/v1beta1/clusters/%1/changefeeds"_s.arg(OrdersProd)}})
                    .ok());
        feed.reload();
        QVERIFY(changed.wait(10'000));
        QVERIFY(feed.changefeedError().isError());
        QVERIFY(feed.changefeedsKnown());
        QCOMPARE(cell(OrdersRds).toString(), u"2 changefeeds"_s);

        // Another cluster whose changefeeds cannot be read says so instead of "none".
        const auto payments = cluster(HzPayments);
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/faults"_s,
                              QJsonObject{{u"status"_s, 403},
                                          {u"pathPrefix"_s,
                                           u"/v1beta1/clusters/%1/changefeeds"_s.arg(HzPayments)}})
                    .ok());
        feed.setCluster(payments);
        QTRY_VERIFY(feed.changefeedError().isError());
        QTRY_COMPARE(model->rowCount(), 2); // polardb-payments and kafka-hz
        QVERIFY(!feed.changefeedsKnown());
        QCOMPARE(cell(PolardbPayments).toString(), u"—"_s);
        QVERIFY(cell(PolardbPayments, Qt::ToolTipRole).toString().contains(u"could not be read"_s));
    }

    void theChangefeedTableShowsStateCheckpointAndLag()
    {
        ChangefeedService service(m_sandbox->client());
        const auto [list, listError] = await(service.listChangefeeds(HzPayments));
        QVERIFY(!listError.isError());
        ChangefeedTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.apply(list);
        QCOMPARE(model.rowCount(), 1);
        const auto at = [&model](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(at(ChangefeedTableModel::StateColumn).toString(), u"Warning"_s);
        QCOMPARE(at(ChangefeedTableModel::SinkColumn).toString(), u"MySQL"_s);
        QCOMPARE(at(ChangefeedTableModel::PortColumn).toString(), u"3306"_s);
        QCOMPARE(at(ChangefeedTableModel::BehindColumn).toString(), u"14 min"_s);
        QVERIFY(at(ChangefeedTableModel::ErrorColumn).toString().contains(u"14 minutes behind"_s));
        QVERIFY(at(ChangefeedTableModel::CheckpointColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"TSO"_s));
        // Time passes: how far behind grows with it.
        model.setNow(QDateTime::currentDateTimeUtc().addSecs(3600));
        QCOMPARE(at(ChangefeedTableModel::BehindColumn).toString(), u"1 h 14 min"_s);
    }

    void theAdviceNamesTheLikelyCause_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("domains");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("cause");
        using C = SinkTestAdvice::Cause;
        QTest::newRow("pending") << u"PENDING_ACCEPTANCE"_s << true << int(SinkType::Kafka) << false
                                 << u"anything"_s << int(C::ConnectionNotActive);
        QTest::newRow("timeout") << u"ACTIVE"_s << true << int(SinkType::Kafka) << true << QString()
                                 << int(C::Timeout);
        QTest::newRow("listener") << u"ACTIVE"_s << true << int(SinkType::Mysql) << false
                                  << u"dial tcp x:3307: i/o timeout"_s << int(C::NothingListens);
        QTest::newRow("refused") << u"ACTIVE"_s << true << int(SinkType::Mysql) << false
                                 << u"connection refused"_s << int(C::NothingListens);
        QTest::newRow("auth") << u"ACTIVE"_s << true << int(SinkType::Mysql) << false
                              << u"Error 1045 (28000): Access denied for user"_s
                              << int(C::AuthenticationRefused);
        QTest::newRow("kafka domains")
            << u"ACTIVE"_s << false << int(SinkType::Kafka) << false
            << u"dial tcp: lookup b-1: no such host"_s << int(C::NoDomainForKafka);
        QTest::newRow("kafka, nothing attached")
            << u"ACTIVE"_s << false << int(SinkType::Kafka) << false << u"something else"_s
            << int(C::NoDomainForKafka);
        QTest::newRow("other") << u"ACTIVE"_s << true << int(SinkType::Kafka) << false
                               << u"quota exceeded"_s << int(C::Other);
    }

    void theAdviceNamesTheLikelyCause()
    {
        QFETCH(QString, state);
        QFETCH(bool, domains);
        QFETCH(int, type);
        QFETCH(bool, timedOut);
        QFETCH(QString, message);
        QFETCH(int, cause);
        PrivateLinkConnection connection;
        connection.state = enumFromApi<ConnectionState>(state);
        AttachDomain group;
        group.domains.append({u"*.example.com"_s, domains ? u"ACTIVE"_s : u"DELETING"_s, {}});
        connection.attachedDomains = QList<AttachDomain>{group};
        SinkTestAdvice::Answer answer;
        answer.timedOut = timedOut;
        answer.serverMessage = message;
        QCOMPARE(int(SinkTestAdvice::causeOf(answer, connection, SinkType(type))), cause);
    }

    void thePortIsSuggestedFromTheChangefeeds()
    {
        auto feed = [](SinkType type, int port) {
            Changefeed c;
            c.sinkType = {type, {}};
            c.port = port;
            return c;
        };
        const QList<Changefeed> through{feed(SinkType::Kafka, 9093), feed(SinkType::Kafka, 9093),
                                        feed(SinkType::Kafka, 9092), feed(SinkType::Mysql, 4000)};
        QCOMPARE(SinkTestAdvice::suggestedPort(through, SinkType::Kafka), 9093);
        QCOMPARE(SinkTestAdvice::suggestedPort(through, SinkType::Mysql), 4000);
        QCOMPARE(SinkTestAdvice::suggestedPort({}, SinkType::Mysql), 3306);
        QCOMPARE(SinkTestAdvice::suggestedPort({}, SinkType::Kafka), 9092);
        QCOMPARE(SinkTestAdvice::portsInUse(through, SinkType::Kafka), (QList<int>{9092, 9093}));
    }
};

QTEST_GUILESS_MAIN(TestChangefeeds)
#include "tst_changefeedservice.moc"
