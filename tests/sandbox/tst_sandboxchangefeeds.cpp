// The sandbox's changefeed API over real HTTP, every answer checked against cdc.swagger.json by
// the fixture: list (pages, filter, tokens), get, create through the lifecycle, the sink test
// following the emulated network, and what deleting a connection does to its changefeeds.
#include "SandboxFixture.h"
#include "SeedIds.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test::seed;
using test::Reply;

namespace {
QString feeds(const QString &cluster)
{
    return u"/v1beta1/clusters/%1/changefeeds"_s.arg(cluster);
}

QJsonObject privateLinkSink(const QString &type, const QString &connection, int port,
                            const QString &user = {}, const QString &password = {})
{
    const QJsonObject network{
        {u"networkType"_s, u"PRIVATE_LINK"_s},
        {u"privateLink"_s,
         QJsonObject{{u"privateLinkConnectionId"_s, connection}, {u"port"_s, port}}}};
    if (type == "MYSQL"_L1) {
        return {{u"type"_s, type},
                {u"mysql"_s,
                 QJsonObject{{u"network"_s, network},
                             {u"authentication"_s,
                              QJsonObject{{u"userName"_s, user}, {u"password"_s, password}}}}}};
    }
    return {{u"type"_s, type}, {u"kafka"_s, QJsonObject{{u"network"_s, network}}}};
}
} // namespace

class TestSandboxChangefeeds final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;

    Reply test(const QString &cluster, const QJsonObject &sink)
    {
        return m_sandbox->request("POST", feeds(cluster) + u":test"_s,
                                  QJsonObject{{u"sink"_s, sink}});
    }

    QJsonObject waitForState(const QString &cluster, const QString &id, const QString &state)
    {
        QJsonObject last;
        for (int i = 0; i < 150; ++i) {
            last = m_sandbox->request("GET", feeds(cluster) + u'/' + id).json;
            if (last.value("state"_L1).toString() == state)
                return last;
            QTest::qWait(20);
        }
        return last;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        m_sandbox->config().settings = test::fastSettings();
        QVERIFY(m_sandbox->start());
    }

    void cleanup()
    {
        QVERIFY2(m_sandbox->contractViolations().isEmpty(),
                 qPrintable(m_sandbox->contractViolations().join(u'\n')));
        m_sandbox.reset();
    }

    void listsTheSeedPageByPageAndByType()
    {
        QUrlQuery query{{u"pageSize"_s, u"2"_s}};
        QStringList ids;
        int pages = 0;
        for (;;) {
            const Reply page = m_sandbox->request("GET", feeds(OrdersProd), {}, query);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value("totalSize"_L1).toInt(), 5);
            const QJsonArray items = page.json.value("changefeeds"_L1).toArray();
            for (const QJsonValue &item : items)
                ids.append(item.toObject().value("changefeedId"_L1).toString());
            ++pages;
            const QString next = page.json.value("nextPageToken"_L1).toString();
            if (next.isEmpty())
                break;
            query = {{u"pageSize"_s, u"2"_s}, {u"pageToken"_s, next}};
        }
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), 5);
        QVERIFY(ids.contains(ToConfluent));
        QVERIFY(ids.contains(PublicKafka));

        const Reply mysql = m_sandbox->request("GET", feeds(OrdersProd), {},
                                               QUrlQuery{{u"changefeedType"_s, u"MYSQL"_s}});
        QCOMPARE(mysql.json.value("totalSize"_L1).toInt(), 2);
        const Reply unknown = m_sandbox->request("GET", feeds(OrdersProd), {},
                                                 QUrlQuery{{u"changefeedType"_s, u"KINESIS"_s}});
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.json.value("message"_L1).toString().contains("changefeedType"_L1));
        // A token of the MySQL list is no token of the whole list.
        const Reply mysqlPage = m_sandbox->request(
            "GET", feeds(OrdersProd), {},
            QUrlQuery{{u"changefeedType"_s, u"MYSQL"_s}, {u"pageSize"_s, u"1"_s}});
        const Reply mixed = m_sandbox->request(
            "GET", feeds(OrdersProd), {},
            QUrlQuery{{u"pageToken"_s, mysqlPage.json.value("nextPageToken"_L1).toString()}});
        QCOMPARE(mixed.status, 400);
        QCOMPARE(m_sandbox->request("GET", feeds(u"1"_s)).status, 404);
    }

    void runningChangefeedsTrailNowAndPasswordsNeverCome()
    {
        const Reply running = m_sandbox->request("GET", feeds(OrdersProd) + u'/' + ToRdsReplica);
        QCOMPARE(running.status, 200);
        const QDateTime checkpoint = QDateTime::fromString(
            running.json.value("checkpoint"_L1).toObject().value("time"_L1).toString(),
            Qt::ISODateWithMs);
        QVERIFY(checkpoint.isValid());
        const qint64 behind = checkpoint.msecsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(behind >= 0 && behind < 10'000, qPrintable(QString::number(behind)));
        const QJsonObject auth = running.json.value("sink"_L1)
                                     .toObject()
                                     .value("mysql"_L1)
                                     .toObject()
                                     .value("authentication"_L1)
                                     .toObject();
        QCOMPARE(auth.value("password"_L1).toString(), QString());
        QVERIFY(!QJsonDocument(running.json).toJson().contains("_lagMs"));

        const Reply failed = m_sandbox->request("GET", feeds(OrdersProd) + u'/' + SelfhostedFailed);
        QCOMPARE(failed.json.value("state"_L1).toString(), u"RUNNING_FAILED"_s);
        QVERIFY(failed.json.value("error"_L1).toString().contains(KafkaSelfhosted));
        QCOMPARE(m_sandbox->request("GET", feeds(OrdersProd) + u"/cfd-nothere"_s).status, 404);
    }

    void theTestFollowsTheEmulatedNetwork_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QJsonObject>("sink");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");

        QTest::newRow("mysql through an active connection")
            << OrdersProd << privateLinkSink(u"MYSQL"_s, OrdersRds, 3306, MysqlUser, MysqlPassword)
            << 200 << QString();
        QTest::newRow("kafka with its domains attached")
            << OrdersProd << privateLinkSink(u"KAFKA"_s, ConfluentEvents, 9092) << 200 << QString();
        QTest::newRow("connection waiting for acceptance")
            << OrdersProd << privateLinkSink(u"KAFKA"_s, KafkaSelfhosted, 9093) << 400
            << u"PENDING_ACCEPTANCE, not ACTIVE"_s;
        QTest::newRow("failed connection")
            << OrdersProd << privateLinkSink(u"MYSQL"_s, LegacyMysql, 3306, MysqlUser, u"x"_s)
            << 400 << u"FAILED, not ACTIVE"_s;
        QTest::newRow("nothing on that port")
            << OrdersProd << privateLinkSink(u"MYSQL"_s, OrdersRds, 3307, MysqlUser, MysqlPassword)
            << 400 << u"nothing listens on port 3307"_s;
        QTest::newRow("wrong password")
            << OrdersProd << privateLinkSink(u"MYSQL"_s, OrdersRds, 3306, MysqlUser, u"nope"_s)
            << 400 << u"Access denied for user 'cdc_user'"_s;
        QTest::newRow("unknown user")
            << HzPayments
            << privateLinkSink(u"MYSQL"_s, PolardbPayments, 3306, u"root"_s, MysqlPassword) << 400
            << u"Access denied for user 'root'"_s;
        QTest::newRow("connection of another cluster")
            << OrdersProd << privateLinkSink(u"KAFKA"_s, PolardbPayments, 3306) << 400
            << u"not found in cluster"_s;
        QTest::newRow("port out of range")
            << OrdersProd << privateLinkSink(u"KAFKA"_s, ConfluentEvents, 70000) << 400
            << u"sink.kafka.network.privateLink.port"_s;
        QTest::newRow("mysql without authentication")
            << OrdersProd
            << QJsonObject{{u"type"_s, u"MYSQL"_s},
                           {u"mysql"_s,
                            QJsonObject{{u"network"_s,
                                         QJsonObject{{u"networkType"_s, u"PRIVATE_LINK"_s}}}}}}
            << 400 << u"sink.mysql.authentication: is required"_s;
    }

    void theTestFollowsTheEmulatedNetwork()
    {
        QFETCH(QString, cluster);
        QFETCH(QJsonObject, sink);
        QFETCH(int, status);
        QFETCH(QString, says);
        const Reply reply = test(cluster, sink);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QVERIFY(reply.json.isEmpty());
            return;
        }
        const QString message = reply.json.value("message"_L1).toString();
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY(!message.contains(MysqlPassword));
    }

    void kafkaNeedsAnActiveAttachedDomain()
    {
        // orders-rds serves 3306 and has one domain group: Kafka there resolves its brokers.
        QCOMPARE(test(OrdersProd, privateLinkSink(u"KAFKA"_s, OrdersRds, 3306)).status, 200);
        const Reply detached = m_sandbox->request(
            "POST",
            u"/v1beta1/clusters/%1/privateLinkConnections/%2:detachDomains"_s.arg(OrdersProd,
                                                                                  OrdersRds),
            QJsonObject{{u"attachDomainId"_s, u"ad-m1n3b5v7c9x1z3l5k7j9"_s}});
        QCOMPARE(detached.status, 200);
        const Reply reply = test(OrdersProd, privateLinkSink(u"KAFKA"_s, OrdersRds, 3306));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json.value("message"_L1).toString().contains("no domain is attached"_L1));
        // MySQL needs no domain.
        QCOMPARE(
            test(OrdersProd, privateLinkSink(u"MYSQL"_s, OrdersRds, 3306, MysqlUser, MysqlPassword))
                .status,
            200);
    }

    void aNewPortMakesTheTestPass()
    {
        QVERIFY(
            test(OrdersProd, privateLinkSink(u"MYSQL"_s, OrdersRds, 5432, MysqlUser, MysqlPassword))
                .status == 400);
        const QString rdsService = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
        const Reply ports = m_sandbox->request(
            "POST", u"/sandbox/v1/endpointServices/%1:setPorts"_s.arg(rdsService),
            QJsonObject{{u"ports"_s, QJsonArray{3306, 5432}}});
        QCOMPARE(ports.status, 200);
        // The database's accounts stay inside the sandbox.
        QVERIFY(!QJsonDocument(ports.json).toJson().contains(MysqlPassword.toUtf8()));
        QCOMPARE(
            test(OrdersProd, privateLinkSink(u"MYSQL"_s, OrdersRds, 5432, MysqlUser, MysqlPassword))
                .status,
            200);
        const Reply bad = m_sandbox->request(
            "POST", u"/sandbox/v1/endpointServices/%1:setPorts"_s.arg(rdsService),
            QJsonObject{{u"ports"_s, QJsonArray{0}}});
        QCOMPARE(bad.status, 400);
    }

    void createRunsOrFailsAsTheNetworkSays()
    {
        const QJsonObject filter{{u"filterRule"_s, QJsonArray{u"*.*"_s}}};
        const Reply good =
            m_sandbox->request("POST", feeds(OrdersProd),
                               QJsonObject{{u"displayName"_s, u"to-rds-2"_s},
                                           {u"sink"_s, privateLinkSink(u"MYSQL"_s, OrdersRds, 3306,
                                                                       MysqlUser, MysqlPassword)},
                                           {u"filter"_s, filter}});
        QCOMPARE(good.status, 200);
        QCOMPARE(good.json.value("state"_L1).toString(), u"CREATING"_s);
        QVERIFY(!QJsonDocument(good.json).toJson().contains(MysqlPassword.toUtf8()));
        const QString id = good.json.value("changefeedId"_L1).toString();
        QCOMPARE(waitForState(OrdersProd, id, u"RUNNING"_s).value("state"_L1).toString(),
                 u"RUNNING"_s);

        const Reply doomed = m_sandbox->request(
            "POST", feeds(OrdersProd),
            QJsonObject{{u"sink"_s, privateLinkSink(u"KAFKA"_s, ConfluentEvents, 9999)},
                        {u"filter"_s, filter}});
        QCOMPARE(doomed.status, 200);
        const QJsonObject failed = waitForState(
            OrdersProd, doomed.json.value("changefeedId"_L1).toString(), u"CREATE_FAILED"_s);
        QCOMPARE(failed.value("state"_L1).toString(), u"CREATE_FAILED"_s);
        QVERIFY(failed.value("error"_L1).toString().contains("port 9999"_L1));

        const Reply noFilter = m_sandbox->request(
            "POST", feeds(OrdersProd),
            QJsonObject{{u"sink"_s, privateLinkSink(u"KAFKA"_s, ConfluentEvents, 9092)}});
        QCOMPARE(noFilter.status, 400);
        QVERIFY(noFilter.json.value("message"_L1).toString().contains("filter"_L1));
    }

    void deletingAConnectionFailsTheChangefeedsThroughIt()
    {
        const Reply removed = m_sandbox->request(
            "DELETE",
            u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(OrdersProd, OrdersRds));
        QCOMPARE(removed.status, 200);
        const QJsonObject replica = waitForState(OrdersProd, ToRdsReplica, u"RUNNING_FAILED"_s);
        QCOMPARE(replica.value("state"_L1).toString(), u"RUNNING_FAILED"_s);
        QVERIFY(replica.value("error"_L1).toString().contains(OrdersRds));
        QVERIFY(replica.value("error"_L1).toString().contains("orders-rds"_L1));
        // Its checkpoint stopped where the data stopped.
        const QString stopped =
            replica.value("checkpoint"_L1).toObject().value("time"_L1).toString();
        QTest::qWait(50);
        QCOMPARE(m_sandbox->request("GET", feeds(OrdersProd) + u'/' + ToRdsReplica)
                     .json.value("checkpoint"_L1)
                     .toObject()
                     .value("time"_L1)
                     .toString(),
                 stopped);
        // A paused changefeed stays paused; one on the public network is not touched.
        const Reply paused = m_sandbox->request("GET", feeds(OrdersProd) + u'/' + AuditPaused);
        QCOMPARE(paused.json.value("state"_L1).toString(), u"PAUSED"_s);
        const Reply publicOne = m_sandbox->request("GET", feeds(OrdersProd) + u'/' + PublicKafka);
        QCOMPARE(publicOne.json.value("state"_L1).toString(), u"RUNNING"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxChangefeeds)
#include "tst_sandboxchangefeeds.moc"
