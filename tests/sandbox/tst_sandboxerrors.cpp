// Whatever a client sends, the sandbox answers with the right status and a google.rpc.Status
// that names the field — and its data stays consistent.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using test::Reply;

namespace {
const QString Orders = u"/v1beta1/clusters/10289543321198765432/privateLinkConnections"_s;
const QString Canary =
    u"/v1beta1/clusters/10289543321198765437/privateLinkConnections"_s; // CREATING
const QString Hangzhou = u"/v1beta1/clusters/10289543321198765435/privateLinkConnections"_s;
const QString Rds = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
const QString ActiveAws = u"plc-4t8c2kq9w1nz5rbx7dma"_s;

QByteArray createBody(const QJsonObject &connection)
{
    return QJsonDocument(QJsonObject{{u"privateLinkConnection"_s, connection}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject aws(const QJsonObject &endpoint, const QString &name = u"valid-name"_s)
{
    return {{u"displayName"_s, name},
            {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
            {u"awsEndpointService"_s, endpoint}};
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TestSandboxErrors final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;

    int connectionCount(const QString &collection)
    {
        return m_sandbox->request("GET", collection).json.value("totalSize"_L1).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        m_sandbox->config().settings = test::fastSettings();
        QVERIFY(m_sandbox->start());
    }

    void cleanupTestCase()
    {
        QTest::qWait(20);
        QVERIFY2(m_sandbox->contractViolations().isEmpty(),
                 qPrintable(m_sandbox->contractViolations().join(u"\n"_s)));
        QVERIFY(m_sandbox->checkedResponses() > 40);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QJsonObject rds{{u"name"_s, Rds}};

        QTest::newRow("malformed JSON")
            << QByteArray("POST") << Orders << QByteArray("{\"privateLinkConnection\":") << 400 << 3
            << u"invalid JSON"_s;
        QTest::newRow("not an object") << QByteArray("POST") << Orders << QByteArray("[1,2]") << 400
                                       << 3 << u"must be a JSON object"_s;
        QTest::newRow("empty body")
            << QByteArray("POST") << Orders << QByteArray() << 400 << 3 << u"invalid JSON"_s;
        QTest::newRow("missing connection") << QByteArray("POST") << Orders << QByteArray("{}")
                                            << 400 << 3 << u"privateLinkConnection: is required"_s;
        QTest::newRow("connection not an object")
            << QByteArray("POST") << Orders << QByteArray(R"({"privateLinkConnection":"x"})") << 400
            << 3 << u"privateLinkConnection: must be an object"_s;
        QTest::newRow("unknown top-level field")
            << QByteArray("POST") << Orders
            << json({{u"privateLinkConnection"_s, aws(rds)}, {u"extra"_s, 1}}) << 400 << 3
            << u"extra: unknown field"_s;
        QTest::newRow("unknown field")
            << QByteArray("POST") << Orders << createBody(with(aws(rds), u"colour"_s, u"red"_s))
            << 400 << 3 << u"privateLinkConnection.colour: unknown field"_s;
        QTest::newRow("displayName missing")
            << QByteArray("POST") << Orders
            << createBody({{u"type"_s, u"AWS_ENDPOINT_SERVICE"_s}, {u"awsEndpointService"_s, rds}})
            << 400 << 3 << u"privateLinkConnection.displayName: is required"_s;
        QTest::newRow("displayName number")
            << QByteArray("POST") << Orders
            << createBody({{u"displayName"_s, 5},
                           {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                           {u"awsEndpointService"_s, rds}})
            << 400 << 3 << u"privateLinkConnection.displayName: must be a string"_s;
        QTest::newRow("displayName empty")
            << QByteArray("POST") << Orders << createBody(aws(rds, u""_s)) << 400 << 3
            << u"privateLinkConnection.displayName: must not be empty"_s;
        QTest::newRow("displayName spaces")
            << QByteArray("POST") << Orders << createBody(aws(rds, u"   "_s)) << 400 << 3
            << u"privateLinkConnection.displayName: must not be empty"_s;
        QTest::newRow("displayName padded")
            << QByteArray("POST") << Orders << createBody(aws(rds, u" name"_s)) << 400 << 3
            << u"must not start or end with whitespace"_s;
        QTest::newRow("displayName 65")
            << QByteArray("POST") << Orders << createBody(aws(rds, QString(65, u'x'))) << 400 << 3
            << u"must be at most 64 characters"_s;
        QTest::newRow("type missing")
            << QByteArray("POST") << Orders
            << createBody({{u"displayName"_s, u"n"_s}, {u"awsEndpointService"_s, rds}}) << 400 << 3
            << u"privateLinkConnection.type: is required"_s;
        QTest::newRow("type unknown")
            << QByteArray("POST") << Orders
            << createBody({{u"displayName"_s, u"n"_s},
                           {u"type"_s, u"GCP_PSC"_s},
                           {u"awsEndpointService"_s, rds}})
            << 400 << 3 << u"privateLinkConnection.type: unknown value GCP_PSC"_s;
        QTest::newRow("type of the other provider")
            << QByteArray("POST") << Orders
            << createBody(
                   {{u"displayName"_s, u"n"_s},
                    {u"type"_s, u"ALICLOUD_ENDPOINT_SERVICE"_s},
                    {u"alicloudEndpointService"_s,
                     QJsonObject{
                         {u"name"_s,
                          u"com.aliyuncs.privatelink.us-east-1.epsrv-bp1u7h3ct43g5ph2l"_s}}}})
            << 400 << 3 << u"does not match the cluster's cloud provider aws"_s;
        QTest::newRow("endpoint service missing")
            << QByteArray("POST") << Orders
            << createBody({{u"displayName"_s, u"n"_s}, {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s}})
            << 400 << 3 << u"privateLinkConnection.awsEndpointService: is required"_s;
        QTest::newRow("both endpoint services")
            << QByteArray("POST") << Orders
            << createBody(with(aws(rds), u"alicloudEndpointService"_s, rds)) << 400 << 3
            << u"privateLinkConnection.alicloudEndpointService: not allowed"_s;
        QTest::newRow("name missing")
            << QByteArray("POST") << Orders << createBody(aws(QJsonObject())) << 400 << 3
            << u"privateLinkConnection.awsEndpointService.name: is required"_s;
        QTest::newRow("name badly formed")
            << QByteArray("POST") << Orders
            << createBody(aws({{u"name"_s, u"com.amazonaws.vpce.us-east-1.vpce-svc-123"_s}})) << 400
            << 3 << u"awsEndpointService.name: must end with vpce-svc-"_s;
        QTest::newRow("name of the other provider")
            << QByteArray("POST") << Orders
            << createBody(
                   aws({{u"name"_s,
                         u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l"_s}}))
            << 400 << 3 << u"is not a name of an AWS endpoint service"_s;
        QTest::newRow("look-alike characters")
            << QByteArray("POST") << Orders
            << createBody(aws(
                   {{u"name"_s, u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f6071８"_s}}))
            << 400 << 3 << u"must contain only ASCII characters"_s;
        QTest::newRow("region not a region")
            << QByteArray("POST") << Orders
            << createBody(aws({{u"name"_s, Rds}, {u"region"_s, u"Mars"_s}})) << 400 << 3
            << u"awsEndpointService.region: Mars is not a region"_s;
        QTest::newRow("clusterId mismatch")
            << QByteArray("POST") << Orders << createBody(with(aws(rds), u"clusterId"_s, u"1"_s))
            << 400 << 3 << u"does not match the cluster"_s;
        QTest::newRow("cluster not ACTIVE")
            << QByteArray("POST") << Canary << createBody(aws(rds)) << 400 << 9 << u"is CREATING"_s;
        QTest::newRow("duplicate name")
            << QByteArray("POST") << Orders << createBody(aws(rds, u"orders-rds"_s)) << 409 << 6
            << u"already exists"_s;
        QTest::newRow("unknown cluster")
            << QByteArray("POST") << u"/v1beta1/clusters/404/privateLinkConnections"_s
            << createBody(aws(rds)) << 404 << 5 << u"cluster 404 not found"_s;
        QTest::newRow("unknown connection")
            << QByteArray("GET") << Orders + u"/plc-missing"_s << QByteArray() << 404 << 5
            << u"private link connection plc-missing not found"_s;
        QTest::newRow("delete unknown connection")
            << QByteArray("DELETE") << Orders + u"/plc-missing"_s << QByteArray() << 404 << 5
            << u"not found"_s;
        QTest::newRow("zones of unknown cluster")
            << QByteArray("GET")
            << u"/v1beta1/clusters/404/privateLinkConnections:getAvailabilityZones"_s
            << QByteArray() << 404 << 5 << u"cluster 404 not found"_s;
        QTest::newRow("state filter unknown")
            << QByteArray("GET") << Orders + u"?state=SLEEPING"_s << QByteArray() << 400 << 3
            << u"state: unknown value SLEEPING"_s;
        QTest::newRow("pageSize negative") << QByteArray("GET") << Orders + u"?pageSize=-5"_s
                                           << QByteArray() << 400 << 3 << u"pageSize"_s;
        QTest::newRow("pageToken forged") << QByteArray("GET") << Orders + u"?pageToken=abc"_s
                                          << QByteArray() << 400 << 3 << u"pageToken"_s;
        QTest::newRow("method not allowed") << QByteArray("PUT") << Orders + u'/' + ActiveAws
                                            << QByteArray("{}") << 405 << 12 << u"not allowed"_s;
        QTest::newRow("unknown action")
            << QByteArray("POST") << Orders + u'/' + ActiveAws + u":explode"_s << QByteArray("{}")
            << 404 << 5 << u"no API"_s;
        QTest::newRow("unknown path") << QByteArray("GET") << u"/v1beta1/projects"_s << QByteArray()
                                      << 404 << 5 << u"no API"_s;

        const QString attach = Orders + u'/' + ActiveAws + u":attachDomains"_s;
        QTest::newRow("attach without attachDomain")
            << QByteArray("POST") << attach << QByteArray("{}") << 400 << 3
            << u"attachDomain: is required"_s;
        QTest::newRow("attach type missing")
            << QByteArray("POST") << attach << QByteArray(R"({"attachDomain":{}})") << 400 << 3
            << u"attachDomain.type: is required"_s;
        QTest::newRow("attach type unknown")
            << QByteArray("POST") << attach << QByteArray(R"({"attachDomain":{"type":"ROUTE53"}})")
            << 400 << 3 << u"attachDomain.type: unknown value ROUTE53"_s;
        QTest::newRow("attach validateOnly not bool")
            << QByteArray("POST") << attach
            << QByteArray(R"({"attachDomain":{"type":"TIDBCLOUD_MANAGED"},"validateOnly":"yes"})")
            << 400 << 3 << u"validateOnly: must be a boolean"_s;
        QTest::newRow("managed without unique name")
            << QByteArray("POST") << attach
            << QByteArray(R"({"attachDomain":{"type":"TIDBCLOUD_MANAGED"}})") << 400 << 3
            << u"attachDomain.uniqueName: is required unless validateOnly is true"_s;
        QTest::newRow("managed unique name badly formed")
            << QByteArray("POST") << attach
            << QByteArray(R"({"attachDomain":{"type":"TIDBCLOUD_MANAGED","uniqueName":"Hello"}})")
            << 400 << 3 << u"attachDomain.uniqueName: must be 26 characters"_s;
        QTest::newRow("confluent without unique name")
            << QByteArray("POST") << attach
            << QByteArray(R"({"attachDomain":{"type":"CONFLUENT"}})") << 400 << 3
            << u"is required for CONFLUENT"_s;
        QTest::newRow("confluent unique name badly formed")
            << QByteArray("POST") << attach
            << QByteArray(
                   R"({"attachDomain":{"type":"CONFLUENT","uniqueName":"use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud"}})")
            << 400 << 3 << u"must be the Confluent network ID and region"_s;
        QTest::newRow("attach to unknown connection")
            << QByteArray("POST") << Orders + u"/plc-missing:attachDomains"_s
            << QByteArray(R"({"attachDomain":{"type":"TIDBCLOUD_MANAGED"},"validateOnly":true})")
            << 404 << 5 << u"not found"_s;
        const QString detach = Orders + u'/' + ActiveAws + u":detachDomains"_s;
        QTest::newRow("detach without id") << QByteArray("POST") << detach << QByteArray("{}")
                                           << 400 << 3 << u"attachDomainId: is required"_s;
        QTest::newRow("detach empty id")
            << QByteArray("POST") << detach << QByteArray(R"({"attachDomainId":""})") << 400 << 3
            << u"attachDomainId: must not be empty"_s;
        QTest::newRow("detach unknown id")
            << QByteArray("POST") << detach << QByteArray(R"({"attachDomainId":"ad-missing"})")
            << 404 << 5 << u"attach domain ad-missing not found"_s;
        QTest::newRow("oversized body")
            << QByteArray("POST") << Orders << QByteArray(2 * 1024 * 1024, ' ') << 413 << 3
            << u"larger than"_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, message);
        const int before = connectionCount(Orders) + connectionCount(Hangzhou);
        const qsizetype q = path.indexOf(u'?');
        const Reply reply = m_sandbox->request(method, q < 0 ? path : path.left(q), body,
                                               QUrlQuery(q < 0 ? QString() : path.mid(q + 1)));
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value("code"_L1).toInt(), code);
        QVERIFY(reply.json.value("details"_L1).isArray());
        QVERIFY2(reply.json.value("message"_L1).toString().contains(message),
                 qPrintable(reply.json.value("message"_L1).toString()));
        // Nothing was created or changed by a refused request.
        QCOMPARE(connectionCount(Orders) + connectionCount(Hangzhou), before);
    }

    void randomGarbageNeverBreaksTheSandbox()
    {
        const int before = connectionCount(Orders);
        QRandomGenerator random(20261121);
        for (int i = 0; i < 300; ++i) {
            QByteArray garbage(random.bounded(1, 400), Qt::Uninitialized);
            for (char &c : garbage)
                c = char(random.bounded(256));
            const QString target =
                i % 3 == 0 ? Orders
                           : Orders + u'/' + ActiveAws +
                                 (i % 3 == 1 ? u":attachDomains"_s : u":detachDomains"_s);
            const Reply reply = m_sandbox->request("POST", target, garbage);
            QCOMPARE(reply.status, 400);
        }
        QCOMPARE(connectionCount(Orders), before);
        QVERIFY(m_sandbox->request("GET", u"/v1beta1/clusters"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestSandboxErrors)
#include "tst_sandboxerrors.moc"
