// Rate limiting and fault injection: what the client's reliability tests stand on.
#include "SandboxFixture.h"

#include "api/ApiCall.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using test::Reply;

namespace {
const QString Orders = u"/v1beta1/clusters/10289543321198765432/privateLinkConnections"_s;

QByteArray createBody(const QString &name)
{
    return QJsonDocument(
               QJsonObject{
                   {u"privateLinkConnection"_s,
                    QJsonObject{
                        {u"displayName"_s, name},
                        {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                        {u"awsEndpointService"_s,
                         QJsonObject{
                             {u"name"_s,
                              u"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180"_s}}}}}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;

    void setFault(const QJsonObject &rule)
    {
        QVERIFY(m_sandbox->request("PUT", u"/sandbox/v1/faults"_s, rule).ok());
    }

    int countNamed(const QString &name)
    {
        const QJsonArray items =
            m_sandbox->request("GET", Orders, {}, QUrlQuery{{u"pageSize"_s, u"100"_s}})
                .json.value("privateLinkConnections"_L1)
                .toArray();
        int n = 0;
        for (const QJsonValue &item : items)
            n += item["displayName"_L1].toString() == name;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        m_sandbox->config().settings = test::fastSettings();
        m_sandbox->config().settings.rateLimitPerMinute = 5;
        QVERIFY(m_sandbox->start());
    }

    void cleanup()
    {
        QTest::qWait(20);
        QVERIFY2(m_sandbox->contractViolations().isEmpty(),
                 qPrintable(m_sandbox->contractViolations().join(u"\n"_s)));
        m_sandbox.reset();
    }

    void everyAnswerCarriesTheRateLimitAndTheSixthIsRefused()
    {
        for (int i = 1; i <= 5; ++i) {
            const Reply reply = m_sandbox->request("GET", u"/v1beta1/clusters"_s);
            QVERIFY(reply.ok());
            QCOMPARE(reply.header("X-Ratelimit-Limit-Minute"), QByteArray("5"));
            QCOMPARE(reply.header("X-Ratelimit-Remaining-Minute").toInt(), 5 - i);
            const int reset = reply.header("X-Ratelimit-Reset").toInt();
            QVERIFY(reset > 0 && reset <= 60);
        }
        const Reply refused = m_sandbox->request("GET", u"/v1beta1/clusters"_s);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json.value("code"_L1).toInt(), 49900007);
        QCOMPARE(refused.error.kind, ApiError::Kind::RateLimited);
        QVERIFY(refused.error.retryAt.isValid());
        QVERIFY(refused.header("Retry-After").toInt() > 0);
        QCOMPARE(refused.header("X-Ratelimit-Remaining-Minute"), QByteArray("0"));
        QVERIFY(refused.error.userMessage().contains("(429)"_L1));

        // The admin API (the provider side) is not the TiDB Cloud API and is not limited…
        QVERIFY(m_sandbox->request("GET", u"/sandbox/v1/endpointServices"_s).ok());
        // …and raising the limit at run time lets requests through again.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"rateLimitPerMinute"_s, 100}})
                    .ok());
        QVERIFY(m_sandbox->request("GET", u"/v1beta1/clusters"_s).ok());
    }

    void unauthenticatedAnswersCarryTheHeadersToo()
    {
        ApiClient client;
        client.setEndpoint(m_sandbox->url(), {m_sandbox->config().publicKey, u"wrong"_s});
        ApiCall *call = client.get(u"/v1beta1/clusters"_s);
        QByteArray limit;
        connect(call, &Job::finished, this,
                [&] { limit = call->rawHeader("X-Ratelimit-Limit-Minute"); });
        QSignalSpy finished(call, &Job::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(limit, QByteArray("5"));
    }

    void aStatusFaultAnswersInsteadOfTheApi_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << 500 << -1 << int(ApiError::Kind::Http);
        QTest::newRow("502") << 502 << -1 << int(ApiError::Kind::Http);
        QTest::newRow("503 with Retry-After") << 503 << 7 << int(ApiError::Kind::Http);
        QTest::newRow("429") << 429 << 3 << int(ApiError::Kind::RateLimited);
    }

    void aStatusFaultAnswersInsteadOfTheApi()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(int, kind);
        m_sandbox->request("PUT", u"/sandbox/v1/settings"_s,
                           QJsonObject{{u"rateLimitPerMinute"_s, 0}});
        setFault({{u"status"_s, status},
                  {u"retryAfterSeconds"_s, retryAfter},
                  {u"method"_s, u"POST"_s}});
        const Reply reply = m_sandbox->request("POST", Orders, createBody(u"faulted"_s));
        QCOMPARE(reply.status, status);
        QCOMPARE(int(reply.error.kind), kind);
        QCOMPARE(reply.error.retryAt.isValid(), retryAfter >= 0);
        if (retryAfter >= 0)
            QCOMPARE(reply.header("Retry-After").toInt(), retryAfter);
        QCOMPARE(countNamed(u"faulted"_s), 0); // not acted on
    }

    void shareAndRemainingLimitTheFault()
    {
        m_sandbox->request("PUT", u"/sandbox/v1/settings"_s,
                           QJsonObject{{u"rateLimitPerMinute"_s, 0}});
        setFault({{u"status"_s, 503}, {u"share"_s, 0.0}});
        QVERIFY(m_sandbox->request("GET", u"/v1beta1/clusters"_s).ok());
        setFault({{u"status"_s, 503}, {u"remaining"_s, 2}});
        QCOMPARE(m_sandbox->request("GET", u"/v1beta1/clusters"_s).status, 503);
        QCOMPARE(m_sandbox->request("GET", u"/v1beta1/clusters"_s).status, 503);
        QVERIFY(m_sandbox->request("GET", u"/v1beta1/clusters"_s).ok());
        QVERIFY(m_sandbox->request("DELETE", u"/sandbox/v1/faults"_s).ok());
        QVERIFY(m_sandbox->request("GET", u"/sandbox/v1/faults"_s).json.isEmpty());
    }

    void bodyFaultsBreakTheAnswerAfterTheServerActed_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("malformed JSON") << u"malformedJson"_s << int(ApiError::Kind::Decode);
        QTest::newRow("body cut short") << u"truncateBody"_s << int(ApiError::Kind::Network);
        QTest::newRow("closed mid-response")
            << u"closeMidResponse"_s << int(ApiError::Kind::Network);
    }

    void bodyFaultsBreakTheAnswerAfterTheServerActed()
    {
        QFETCH(QString, fault);
        QFETCH(int, kind);
        m_sandbox->request("PUT", u"/sandbox/v1/settings"_s,
                           QJsonObject{{u"rateLimitPerMinute"_s, 0}});
        setFault({{fault, true}, {u"method"_s, u"POST"_s}, {u"remaining"_s, 1}});
        const Reply reply = m_sandbox->request("POST", Orders, createBody(u"acted-"_s + fault));
        QCOMPARE(int(reply.error.kind), kind);
        if (kind == int(ApiError::Kind::Network))
            QVERIFY(reply.error.userMessage().contains("broke off"_L1));
        QCOMPARE(countNamed(u"acted-"_s + fault), 1); // the connection exists all the same
    }

    void latencyBeyondTheClientTimeoutIsATimeout()
    {
        m_sandbox->request("PUT", u"/sandbox/v1/settings"_s,
                           QJsonObject{{u"rateLimitPerMinute"_s, 0}});
        setFault({{u"latencyMs"_s, 1500}, {u"remaining"_s, 1}});
        m_sandbox->client()->setTransferTimeout(300);
        const Reply slow = m_sandbox->request("GET", u"/v1beta1/clusters"_s);
        QCOMPARE(slow.error.kind, ApiError::Kind::Timeout);
        m_sandbox->client()->setTransferTimeout(30'000);
        QTest::qWait(1300); // let the late answer go out to a closed socket, harmlessly
        QVERIFY(m_sandbox->request("GET", u"/v1beta1/clusters"_s).ok());
    }

    void badFaultAndSettingValuesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("status 200") << u"/sandbox/v1/faults"_s << QJsonObject{{u"status"_s, 200}};
        QTest::newRow("share 2") << u"/sandbox/v1/faults"_s << QJsonObject{{u"share"_s, 2}};
        QTest::newRow("unknown fault")
            << u"/sandbox/v1/faults"_s << QJsonObject{{u"explode"_s, true}};
        QTest::newRow("latency text")
            << u"/sandbox/v1/faults"_s << QJsonObject{{u"latencyMs"_s, u"slow"_s}};
        // Numbers beyond int's range are refused without ever being cast to int (the fuzzer
        // found a latency of 1.1e107 to be undefined behaviour).
        QTest::newRow("latency beyond int")
            << u"/sandbox/v1/faults"_s << QJsonObject{{u"latencyMs"_s, 1.1e107}};
        QTest::newRow("remaining beyond int")
            << u"/sandbox/v1/faults"_s << QJsonObject{{u"remaining"_s, -1e30}};
        QTest::newRow("delay beyond int")
            << u"/sandbox/v1/settings"_s << QJsonObject{{u"creatingDelayMs"_s, 1e30}};
        QTest::newRow("negative delay")
            << u"/sandbox/v1/settings"_s << QJsonObject{{u"creatingDelayMs"_s, -1}};
        QTest::newRow("unknown setting")
            << u"/sandbox/v1/settings"_s << QJsonObject{{u"speed"_s, 1}};
    }

    void badFaultAndSettingValuesAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QCOMPARE(m_sandbox->request("PUT", path, body).status, 400);
    }

    void statsCountTheApiRequestsReceived()
    {
        m_sandbox->request("PUT", u"/sandbox/v1/settings"_s,
                           QJsonObject{{u"rateLimitPerMinute"_s, 0}});
        QVERIFY(m_sandbox->request("DELETE", u"/sandbox/v1/stats"_s).ok());
        for (int i = 0; i < 3; ++i)
            m_sandbox->request("GET", u"/v1beta1/clusters"_s);
        m_sandbox->request("GET", Orders);
        const Reply stats = m_sandbox->request("GET", u"/sandbox/v1/stats"_s);
        QCOMPARE(stats.json.value("totalRequests"_L1).toInt(), 4);
        QCOMPARE(stats.json["requests"_L1]["GET /v1beta1/clusters"_L1].toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
