// The fault matrix of the API layer: each fault the network or the server can produce, the
// exact ApiError the console gets, the retries made (counted by the sandbox), and that the
// user is told something useful — against the real sandbox, or, where only a fake can
// produce the fault, a canned loopback server.
#include "CannedServer.h"
#include "SandboxFixture.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/ReplyBreakage.h"
#include "api/RequestLog.h"
#include "services/ClusterService.h"
#include "services/PrivateLinkService.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using Kind = ApiError::Kind;

namespace {
const QString Orders = u"10289543321198765432"_s;

struct Outcome
{
    ApiError error;
    int attempts = 0;
    QJsonObject json;
};

Outcome run(ApiCall *call)
{
    Outcome outcome;
    bool done = false;
    QObject::connect(call, &Job::finished, call, [&, call] {
        outcome.error = call->error();
        outcome.attempts = call->attempts();
        outcome.json = call->json();
        done = true;
    });
    QSignalSpy finished(call, &Job::finished);
    for (int i = 0; i < 400 && !done; ++i)
        QTest::qWait(100);
    if (!done)
        outcome.error.detail = u"the call did not finish"_s;
    return outcome;
}

/// A reply with headers only, for the length rule.
class HeadersOnlyReply final : public QNetworkReply
{
public:
    HeadersOnlyReply(const QByteArray &length, const QByteArray &encoding)
    {
        if (!length.isNull())
            setRawHeader("Content-Length", length);
        if (!encoding.isNull())
            setRawHeader("Content-Encoding", encoding);
    }
    void abort() override {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

/// A finished reply with Qt's error and, when one arrived, a status line.
class ErrorReply final : public QNetworkReply
{
public:
    ErrorReply(NetworkError error, int status)
    {
        setError(error, u"as Qt would report it"_s);
        if (status > 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    }
    void abort() override {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 100;
    policy.maxTotalMs = 5000;
    return policy;
}
} // namespace

class TestApiFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_client;

    void setFault(const QJsonObject &rule)
    {
        QVERIFY(m_sandbox->request("PUT", u"/sandbox/v1/faults"_s, rule).ok());
        QVERIFY(m_sandbox->request("DELETE", u"/sandbox/v1/stats"_s).ok());
    }
    int received(const QString &route)
    {
        return m_sandbox->request("GET", u"/sandbox/v1/stats"_s).json["requests"_L1][route].toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        m_sandbox->config().settings = test::fastSettings();
        QVERIFY(m_sandbox->start());
        m_client = std::make_unique<ApiClient>();
        m_client->setEndpoint(m_sandbox->url(),
                              {m_sandbox->config().publicKey, m_sandbox->config().privateKey});
        m_client->setRetryPolicy(fastRetries());
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void serverFaults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts"); // how many the client made
        QTest::addColumn<int>("served"); // how many reached the API (a status fault answers first)
        QTest::newRow("500, retried then given up")
            << QJsonObject{{u"status"_s, 500}} << int(Kind::Http) << 500 << 4 << 0;
        QTest::newRow("502, retried then given up")
            << QJsonObject{{u"status"_s, 502}} << int(Kind::Http) << 502 << 4 << 0;
        QTest::newRow("503 with Retry-After")
            << QJsonObject{{u"status"_s, 503}, {u"retryAfterSeconds"_s, 0}} << int(Kind::Http)
            << 503 << 4 << 0;
        QTest::newRow("503 twice, then fine")
            << QJsonObject{{u"status"_s, 503}, {u"remaining"_s, 2}} << int(Kind::None) << 200 << 3
            << 1;
        QTest::newRow("429 with reset, then fine")
            << QJsonObject{{u"status"_s, 429}, {u"retryAfterSeconds"_s, 0}, {u"remaining"_s, 1}}
            << int(Kind::None) << 200 << 2 << 1;
        QTest::newRow("429 beyond the retry budget")
            << QJsonObject{{u"status"_s, 429}, {u"retryAfterSeconds"_s, 60}}
            << int(Kind::RateLimited) << 429 << 1 << 0;
        QTest::newRow("malformed JSON")
            << QJsonObject{{u"malformedJson"_s, true}} << int(Kind::Decode) << 200 << 1 << 1;
        QTest::newRow("body cut short, retried")
            << QJsonObject{{u"truncateBody"_s, true}, {u"remaining"_s, 1}} << int(Kind::None) << 200
            << 2 << 2;
        QTest::newRow("closed mid-response, every time")
            << QJsonObject{{u"closeMidResponse"_s, true}} << int(Kind::Network) << 200 << 4 << 4;
    }

    void serverFaults()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, attempts);
        QFETCH(int, served);
        fault.insert(u"method"_s, u"GET"_s);
        setFault(fault);
        const Outcome outcome = run(m_client->get(u"/v1beta1/clusters/"_s + Orders));
        QCOMPARE(int(outcome.error.kind), kind);
        QCOMPARE(outcome.attempts, attempts);
        QCOMPARE(received(u"GET /v1beta1/clusters/"_s + Orders), served);
        if (kind == int(Kind::None)) {
            QCOMPARE(outcome.json.value("clusterId"_L1).toString(), Orders);
        } else {
            QVERIFY(!outcome.error.userMessage().isEmpty());
            if (outcome.error.kind == Kind::Http || outcome.error.kind == Kind::RateLimited)
                QCOMPARE(outcome.error.httpStatus, status);
        }
        if (outcome.error.kind == Kind::RateLimited)
            QVERIFY(outcome.error.retryAt > QDateTime::currentDateTimeUtc().addSecs(50));
        // Every attempt is in the request log, without any key.
        const auto &log = m_client->requestLog()->entries();
        QCOMPARE(log.size(), attempts);
        QCOMPARE(log.last().attempt, attempts);
    }

    void latencyBeyondTheTimeoutIsATimeout()
    {
        setFault({{u"latencyMs"_s, 2000}, {u"remaining"_s, 1}});
        m_client->setRequestTimeout(300);
        RetryPolicy once = fastRetries();
        once.maxAttempts = 1;
        m_client->setRetryPolicy(once);
        const Outcome outcome = run(m_client->get(u"/v1beta1/clusters"_s));
        QCOMPARE(outcome.error.kind, Kind::Timeout);
        QCOMPARE(outcome.error.detail, u"total"_s);
        QVERIFY(outcome.error.userMessage().contains("127.0.0.1"_L1));
    }

    void aTimedOutGetIsRetried()
    {
        setFault({{u"latencyMs"_s, 1500}, {u"remaining"_s, 1}});
        m_client->setRequestTimeout(300);
        const Outcome outcome = run(m_client->get(u"/v1beta1/clusters"_s));
        QCOMPARE(outcome.error.kind, Kind::None);
        QCOMPARE(outcome.attempts, 2);
    }

    void aWrongKeyIs401AndNotRetried()
    {
        m_client->setEndpoint(m_sandbox->url(), {m_sandbox->config().publicKey, u"wrong"_s});
        const Outcome outcome = run(m_client->get(u"/v1beta1/clusters"_s));
        QCOMPARE(outcome.error.kind, Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 401);
        QCOMPARE(outcome.attempts, 1);
    }

    void aKeyWithoutPermissionIs403AndNotRetried()
    {
        test::CannedServer server;
        server.setResponse(
            403,
            R"({"code": 7, "message": "the API key has no access to project 1", "details": []})",
            {{"X-Debug-Trace-Id", "trace-403-abc"}});
        QVERIFY(server.start());
        m_client->setEndpoint(server.url(), {u"K"_s, u"S"_s});
        const Outcome outcome = run(m_client->get(u"/v1beta1/clusters"_s));
        QCOMPARE(outcome.error.kind, Kind::Http);
        QCOMPARE(outcome.error.httpStatus, 403);
        QCOMPARE(outcome.error.apiCode, 7);
        QCOMPARE(outcome.error.traceId, u"trace-403-abc"_s);
        QVERIFY(outcome.error.userMessage().contains("(403)"_L1));
        QVERIFY(outcome.error.userMessage().contains("no access to project 1"_L1));
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(m_client->requestLog()->entries().last().traceId, u"trace-403-abc"_s);
    }

    void anUnknownResourceIs404WithTheApiMessage()
    {
        const Outcome outcome = run(m_client->get(u"/v1beta1/clusters/777"_s));
        QCOMPARE(outcome.error.httpStatus, 404);
        QCOMPARE(outcome.error.apiMessage, u"cluster 777 not found"_s);
        QCOMPARE(outcome.attempts, 1);
    }

    void aDeleteWhoseAnswerIsLostIsNotSentAgain()
    {
        // A DELETE has no body, so Qt may never report it as sent: a broken answer must still
        // count as "it may have arrived".
        setFault({{u"closeMidResponse"_s, true}, {u"method"_s, u"DELETE"_s}, {u"remaining"_s, 1}});
        PrivateLinkService service(m_client.get());
        auto *job = service.deleteConnection(Orders, u"plc-7r5e3w1q9a8s6d4f2gzx"_s);
        ApiError error;
        connect(job, &Job::finished, this, [&] { error = job->error(); });
        QTRY_VERIFY(error.isError());
        QCOMPARE(error.kind, Kind::Network);
        const QString route =
            u"DELETE /v1beta1/clusters/%1/privateLinkConnections/plc-7r5e3w1q9a8s6d4f2gzx"_s.arg(
                Orders);
        QCOMPARE(received(route), 1); // sent once, never again
    }

    void aPostWhoseAnswerIsLostIsNotSentAgain()
    {
        setFault({{u"closeMidResponse"_s, true}, {u"method"_s, u"POST"_s}, {u"remaining"_s, 1}});
        PrivateLinkService service(m_client.get());
        auto *job = service.createConnection(
            Orders, {u"lost-answer"_s,
                     ConnectionType::AwsEndpointService,
                     u"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180"_s,
                     {}});
        ApiError error;
        connect(job, &Job::finished, this, [&] { error = job->error(); });
        QTRY_VERIFY(error.isError());
        QCOMPARE(error.kind, Kind::Network);
        QVERIFY(error.userMessage().contains("Refresh to see whether the change was made"_L1));
        const QString route = u"POST /v1beta1/clusters/%1/privateLinkConnections"_s.arg(Orders);
        QCOMPARE(received(route), 1); // sent once, never again

        // The console finds what the server created by listing.
        auto *list = service.listConnections(Orders);
        QList<PrivateLinkConnection> found;
        bool listed = false;
        connect(list, &Job::finished, this, [&] {
            for (const PrivateLinkConnection &c : list->value()) {
                if (c.displayName == "lost-answer"_L1)
                    found.append(c);
            }
            listed = true;
        });
        QTRY_VERIFY(listed);
        QCOMPARE(found.size(), 1);
    }

    void aBodyShorterThanAnnouncedIsABrokenConnection_data()
    {
        // Qt 6.4 can finish a reply with NoError when the server closes the connection in the
        // middle of a body it announced (seen in CI: a POST's cut answer read as a whole one,
        // Kind::Decode instead of Kind::Network). The length decides, not Qt's verdict.
        QTest::addColumn<QByteArray>("length");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("received");
        QTest::addColumn<bool>("brokeOff");
        QTest::newRow("8 of 100") << QByteArray("100") << QByteArray() << 8 << true;
        QTest::newRow("none of 100") << QByteArray("100") << QByteArray() << 0 << true;
        QTest::newRow("all 100") << QByteArray("100") << QByteArray() << 100 << false;
        QTest::newRow("spaces around the length")
            << QByteArray(" 100 ") << QByteArray() << 99 << true;
        QTest::newRow("no length (read to the close)")
            << QByteArray() << QByteArray() << 8 << false;
        QTest::newRow("not a number") << QByteArray("lots") << QByteArray() << 8 << false;
        QTest::newRow("gzip: unpacked, nothing to compare")
            << QByteArray("100") << QByteArray("gzip") << 8 << false;
        QTest::newRow("identity encoding")
            << QByteArray("100") << QByteArray("Identity") << 8 << true;
    }

    void aBodyShorterThanAnnouncedIsABrokenConnection()
    {
        QFETCH(QByteArray, length);
        QFETCH(QByteArray, encoding);
        QFETCH(int, received);
        QFETCH(bool, brokeOff);
        const HeadersOnlyReply reply(length, encoding);
        QCOMPARE(bodyBrokeOff(&reply, received), brokeOff);
    }

    void qtsErrorIsTheConnectionsUnlessItNamesAnErrorStatus_data()
    {
        // Qt names a status of 400 or more with an error of 201 to 499; the rest is the
        // transport's. Seen in CI: a POST whose answer broke off after "200 OK" ended with
        // ContentReSendError (Qt could not send the change again) and was reported as an HTTP
        // error, not as a connection that broke off.
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transport");
        using E = QNetworkReply;
        QTest::newRow("no error") << int(E::NoError) << 200 << false;
        QTest::newRow("closed, no status") << int(E::RemoteHostClosedError) << 0 << true;
        QTest::newRow("closed after 200") << int(E::RemoteHostClosedError) << 200 << true;
        QTest::newRow("could not resend after 200") << int(E::ContentReSendError) << 200 << true;
        QTest::newRow("could not resend, no status") << int(E::ContentReSendError) << 0 << true;
        QTest::newRow("protocol failure after 200") << int(E::ProtocolFailure) << 200 << true;
        QTest::newRow("unknown content error after 201")
            << int(E::UnknownContentError) << 201 << true;
        QTest::newRow("400") << int(E::ProtocolInvalidOperationError) << 400 << false;
        QTest::newRow("401") << int(E::AuthenticationRequiredError) << 401 << false;
        QTest::newRow("404") << int(E::ContentNotFoundError) << 404 << false;
        QTest::newRow("429") << int(E::UnknownContentError) << 429 << false;
        QTest::newRow("500") << int(E::InternalServerError) << 500 << false;
        QTest::newRow("503") << int(E::ServiceUnavailableError) << 503 << false;
    }

    void qtsErrorIsTheConnectionsUnlessItNamesAnErrorStatus()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(bool, transport);
        const ErrorReply reply(QNetworkReply::NetworkError(error), status);
        QCOMPARE(transportFailed(&reply), transport);
    }

    void aChangeWhoseAnswerNeverBeginsIsNotSentAgain_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("create (POST)") << QByteArray("POST");
        QTest::newRow("delete (DELETE)") << QByteArray("DELETE");
    }

    void aChangeWhoseAnswerNeverBeginsIsNotSentAgain()
    {
        // The server acts, then closes the connection before a byte of the answer. Qt's HTTP
        // layer repairs that by sending the request again on a new connection, for any method:
        // a second create the user never asked for. The console's changes cannot be resent.
        QFETCH(QByteArray, method);
        setFault({{u"dropAnswer"_s, true},
                  {u"method"_s, QString::fromLatin1(method)},
                  {u"remaining"_s, 1}});
        PrivateLinkService service(m_client.get());
        Job *job = method == "POST"
                       ? static_cast<Job *>(service.createConnection(
                             Orders, {u"dropped-answer"_s,
                                      ConnectionType::AwsEndpointService,
                                      u"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180"_s,
                                      {}}))
                       : static_cast<Job *>(
                             service.deleteConnection(Orders, u"plc-7r5e3w1q9a8s6d4f2gzx"_s));
        ApiError error;
        connect(job, &Job::finished, this, [&] { error = job->error(); });
        QTRY_VERIFY(error.isError());
        const QString route =
            method == "POST"
                ? u"POST /v1beta1/clusters/%1/privateLinkConnections"_s.arg(Orders)
                : u"DELETE /v1beta1/clusters/%1/privateLinkConnections/plc-7r5e3w1q9a8s6d4f2gzx"_s
                      .arg(Orders);
        QCOMPARE(received(route), 1); // Qt's own resend made it 2 before the fix
        QCOMPARE(error.kind, Kind::Network);
        QVERIFY2(error.userMessage().contains("Refresh to see whether the change was made"_L1),
                 qPrintable(error.userMessage()));
    }

    void aPostIsNotRetriedOn5xxButIsOn429()
    {
        PrivateLinkService service(m_client.get());
        const NewPrivateLinkConnection create{
            u"retry-me"_s,
            ConnectionType::AwsEndpointService,
            u"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180"_s,
            {}};
        const QString route = u"POST /v1beta1/clusters/%1/privateLinkConnections"_s.arg(Orders);

        setFault({{u"status"_s, 503}, {u"method"_s, u"POST"_s}});
        auto *refused = service.createConnection(Orders, create);
        int status = 0;
        connect(refused, &Job::finished, this, [&] { status = refused->error().httpStatus; });
        QTRY_COMPARE(status, 503);
        QCOMPARE(m_client->requestLog()->entries().size(), 1);

        setFault({{u"status"_s, 429},
                  {u"retryAfterSeconds"_s, 0},
                  {u"method"_s, u"POST"_s},
                  {u"remaining"_s, 1}});
        auto *retried = service.createConnection(Orders, create);
        bool ok = false;
        connect(retried, &Job::finished, this, [&] { ok = retried->succeeded(); });
        QTRY_VERIFY(ok);
        QCOMPARE(received(route), 1); // the 429 was not acted on; the retry was
    }

    void aDeleteRefusedWith502IsNotRetried()
    {
        setFault({{u"status"_s, 502}, {u"method"_s, u"DELETE"_s}});
        const Outcome outcome = run(m_client->deleteResource(
            u"/v1beta1/clusters/%1/privateLinkConnections/plc-4t8c2kq9w1nz5rbx7dma"_s.arg(Orders)));
        QCOMPARE(outcome.error.httpStatus, 502);
        QCOMPARE(outcome.attempts, 1);
    }

    void anOverLargeBodyIsRefused()
    {
        m_client->setMaxBodyBytes(1024);
        const Outcome outcome = run(m_client->get(u"/v1beta1/clusters"_s)); // about 6 KB
        QCOMPARE(outcome.error.kind, Kind::TooLarge);
        QCOMPARE(outcome.attempts, 1);
    }

    void validJsonOfTheWrongShapeIsADecodeError()
    {
        test::CannedServer server;
        server.setResponse(200, R"({"clusters": {"not": "a list"}})");
        QVERIFY(server.start());
        m_client->setEndpoint(server.url(), {u"K"_s, u"S"_s});
        ClusterService service(m_client.get());
        auto *job = service.listClusters();
        ApiError error;
        bool done = false;
        connect(job, &Job::finished, this, [&] {
            error = job->error();
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(error.kind, Kind::Decode);
        QVERIFY(error.detail.startsWith("clusters:"_L1));
    }

    void unknownEnumValuesAreKeptNotFatal()
    {
        test::CannedServer server;
        server.setResponse(200, R"({"privateLinkConnections": [{"privateLinkConnectionId": "plc-x",
            "clusterId": "1", "displayName": "n", "state": "HIBERNATING", "type": "GCP_PSC"}], "totalSize": 1})");
        QVERIFY(server.start());
        m_client->setEndpoint(server.url(), {u"K"_s, u"S"_s});
        PrivateLinkService service(m_client.get());
        auto *job = service.listConnections(u"1"_s);
        QList<PrivateLinkConnection> list;
        bool done = false;
        connect(job, &Job::finished, this, [&] {
            list = job->value();
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].state.value, ConnectionState::Unknown);
        QCOMPARE(list[0].state.raw, u"HIBERNATING"_s);
        QCOMPARE(list[0].type.raw, u"GCP_PSC"_s);
    }

    void aRepeatedPageTokenEndsTheListInsteadOfLooping()
    {
        test::CannedServer server;
        server.setResponse(
            200, R"({"clusters": [{"clusterId": "1"}], "nextPageToken": "same", "totalSize": 99})");
        QVERIFY(server.start());
        m_client->setEndpoint(server.url(), {u"K"_s, u"S"_s});
        ClusterService service(m_client.get());
        auto *job = service.listClusters();
        ApiError error;
        bool done = false;
        connect(job, &Job::finished, this, [&] {
            error = job->error();
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(error.kind, Kind::Paging);
        QCOMPARE(error.detail, u"repeated"_s);
        QVERIFY(error.userMessage().contains("twice"_L1));
        QCOMPARE(server.requests().size(), 2); // the first page, the second: then it stopped
    }

    void aSelfSignedCertificateIsRefused()
    {
        test::CannedServer server;
        server.useSelfSignedTls();
        QVERIFY(server.start());
        m_client->setEndpoint(server.url(), {u"K"_s, u"S"_s});
        const Outcome outcome = run(m_client->get(u"/v1beta1/clusters"_s));
        QCOMPARE(outcome.error.kind, Kind::Tls);
        QCOMPARE(outcome.error.host, u"127.0.0.1"_s);
        QVERIFY(outcome.error.userMessage().contains("127.0.0.1"_L1));
        QVERIFY(!outcome.error.detail.isEmpty()); // which certificate problem
        QCOMPARE(outcome.attempts, 1);
    }

    void aRedirectIsNotFollowedAndNoCredentialsGoElsewhere()
    {
        test::CannedServer elsewhere;
        QVERIFY(elsewhere.start(QHostAddress(u"127.0.0.2"_s)));
        test::CannedServer server;
        server.setResponse(302, "{}",
                           {{"Location", elsewhere.url().toEncoded() + "/v1beta1/clusters"}});
        QVERIFY(server.start());
        m_client->setEndpoint(server.url(), {u"K"_s, u"secret-S"_s});
        const Outcome outcome = run(m_client->get(u"/v1beta1/clusters"_s));
        QCOMPARE(outcome.error.kind, Kind::Redirect);
        QCOMPARE(outcome.error.httpStatus, 302);
        QTest::qWait(100);
        QVERIFY(elsewhere.requests().isEmpty());
    }

    void aConnectionRefusedIsRetriedThenReported()
    {
        m_sandbox->stop();
        const Outcome outcome = run(m_client->get(u"/v1beta1/clusters"_s));
        QCOMPARE(outcome.error.kind, Kind::Network);
        QCOMPARE(outcome.attempts, 4);
    }

    void cancellingStopsAtOnceAndNeverRetries()
    {
        setFault({{u"latencyMs"_s, 500}});
        ApiCall *call = m_client->get(u"/v1beta1/clusters"_s);
        QSignalSpy finished(call, &Job::finished);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(call->isCancelled());
        QTRY_COMPARE(m_client->requestsInFlight(), 0);
    }

    void everyErrorKindHasATranslatedSentence()
    {
        for (int k = int(Kind::Network); k <= int(Kind::Cancelled); ++k) {
            ApiError error;
            error.kind = Kind(k);
            error.host = u"serverless.tidbapi.com"_s;
            error.httpStatus = 503;
            QVERIFY2(!error.userMessage().isEmpty(), qPrintable(QString::number(k)));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_apifaults.moc"
