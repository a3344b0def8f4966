// Issue 13, the sandbox's promises: a deleted connection keeps its domains listed until it is
// gone (item 5); a local process cannot exhaust the console through the sandbox's port (16);
// a captured Digest header cannot be replayed (17). Raw sockets speak HTTP here, so that the
// test sends exactly the bytes a hostile client would.
#include "DigestAnswer.h"
#include "SandboxFixture.h"
#include "SeedIds.h"

#include "providers/alibaba/AlibabaRpcSigner.h"
#include "sandbox/DigestAuthenticator.h"
#include "sandbox/alibaba/AlibabaSignatureCheck.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
const QString &Orders = test::seed::OrdersProd;
const QString &OrdersRds = test::seed::OrdersRds;

/// Sends raw bytes on a new connection and returns everything the server wrote until it
/// closed the connection or `ms` passed.
QByteArray exchange(quint16 port, const QByteArray &bytes, int ms = 5'000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5'000))
        return {};
    socket.write(bytes);
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n") && answer.contains("Connection: close"))
            break;
    }
    answer += socket.readAll();
    return answer;
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}
} // namespace

class TestSandboxTrust final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;

    quint16 port() const { return quint16(m_sandbox->url().port()); }

    /// A Digest Authorization header for `uri`, computed from the server's challenge.
    QByteArray authorization(const QByteArray &challenge, const QByteArray &method,
                             const QByteArray &uri, const QByteArray &nc,
                             const QByteArray &cnonce = "0a4f113b")
    {
        return test::digestAnswer(challenge, m_sandbox->config().publicKey.toUtf8(),
                                  m_sandbox->config().privateKey.toUtf8(), method, uri, nc, cnonce);
    }

    QByteArray challenge()
    {
        const QByteArray answer = exchange(
            port(), "GET /v1beta1/clusters HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        const qsizetype at = answer.indexOf("WWW-Authenticate: ");
        return answer.mid(at + 18, answer.indexOf("\r\n", at) - at - 18);
    }

    int get(const QByteArray &uri, const QByteArray &authorizationHeader)
    {
        return statusOf(exchange(
            port(), "GET " + uri + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + authorizationHeader +
                        "\r\nConnection: close\r\n\r\n"));
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        m_sandbox->config().settings = test::fastSettings();
    }

    void cleanup() { m_sandbox.reset(); }

    // 5. Deleting a connection leaves its attached domains listed while it is DELETING (before:
    // INSERT OR REPLACE deleted the row and its domains went with it through ON DELETE CASCADE).
    void item05_domainsStayListedWhileTheirConnectionIsDeleting()
    {
        m_sandbox->config().settings.deletingDelayMs = 60'000;
        QVERIFY(m_sandbox->start());
        const QString path =
            u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(Orders, OrdersRds);
        const auto before = m_sandbox->request("GET", path);
        QVERIFY(before.ok());
        const int groups = before.json.value("attachedDomains"_L1).toArray().size();
        QVERIFY(groups > 0);
        QVERIFY(m_sandbox->request("DELETE", path).ok());
        const auto deleting = m_sandbox->request("GET", path);
        QVERIFY(deleting.ok());
        QCOMPARE(deleting.json.value("state"_L1).toString(), u"DELETING"_s);
        QCOMPARE(deleting.json.value("attachedDomains"_L1).toArray().size(), groups);
        // A second delete rewrites the row again: still there.
        QVERIFY(m_sandbox->request("DELETE", path).ok());
        QCOMPARE(m_sandbox->request("GET", path).json.value("attachedDomains"_L1).toArray().size(),
                 groups);
        QVERIFY(m_sandbox->contractViolations().isEmpty());
    }

    void item05_theDomainsGoWithTheConnectionAtTheEnd()
    {
        m_sandbox->config().settings.deletingDelayMs = 100;
        QVERIFY(m_sandbox->start());
        const QString path =
            u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(Orders, OrdersRds);
        QVERIFY(m_sandbox->request("DELETE", path).ok());
        QTest::qWait(300);
        QCOMPARE(m_sandbox->request("GET", path).status, 404);
    }

    // 16. A declared body over the limit is refused as soon as the headers arrive, before the
    // body is read and before authentication; a chunked one once it passes the limit.
    void item16_aLargeBodyIsRefusedAsItArrives()
    {
        QVERIFY(m_sandbox->start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5'000));
        socket.write("POST /v1beta1/clusters/1/privateLinkConnections HTTP/1.1\r\nHost: x\r\n"
                     "Content-Type: application/json\r\nContent-Length: 67108864\r\n\r\n");
        socket.write(QByteArray(64 * 1024, 'a'));
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket.waitForReadyRead(50);
                answer += socket.readAll();
                return answer.contains("\r\n\r\n");
            },
            3'000));
        QCOMPARE(statusOf(answer), 413);
        QVERIFY(answer.contains("1048576"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket.waitForReadyRead(50);
                return socket.state() != QAbstractSocket::ConnectedState;
            },
            3'000));
    }

    void item16_aChunkedBodyIsCutAtTheLimit()
    {
        QVERIFY(m_sandbox->start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5'000));
        socket.write("POST /v1beta1/clusters/1/privateLinkConnections HTTP/1.1\r\nHost: x\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'a') + "\r\n";
        QByteArray answer;
        for (int i = 0; i < 40 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(chunk);
            socket.waitForBytesWritten(1'000);
            socket.waitForReadyRead(20);
            answer += socket.readAll();
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                socket.waitForReadyRead(50);
                answer += socket.readAll();
                return socket.state() != QAbstractSocket::ConnectedState;
            },
            3'000));
        QCOMPARE(statusOf(answer), 413);
    }

    // 16. A connection that says nothing is closed after the idle limit.
    void item16_anIdleConnectionIsClosed()
    {
        m_sandbox->config().limits.idleTimeoutMs = 500;
        QVERIFY(m_sandbox->start());
        for (const QByteArray &start : {QByteArray(), QByteArray("GET /v1beta1/clu")}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port());
            QVERIFY(socket.waitForConnected(5'000));
            socket.write(start);
            QElapsedTimer clock;
            clock.start();
            QVERIFY(QTest::qWaitFor(
                [&] {
                    socket.waitForReadyRead(50);
                    return socket.state() != QAbstractSocket::ConnectedState;
                },
                3'000));
            QVERIFY(clock.elapsed() >= 400);
        }
        // An answer the sandbox itself delays is not idleness: the client waits for it.
        m_sandbox->config().limits.idleTimeoutMs = 500;
        QVERIFY(
            m_sandbox->request("PUT", u"/sandbox/v1/faults"_s, QJsonObject{{u"latencyMs"_s, 1'200}})
                .ok());
        QVERIFY(m_sandbox->request("GET", u"/v1beta1/clusters"_s).ok());
    }

    // 16. A client cannot hold more than its share of connections.
    void item16_connectionsAreBounded()
    {
        m_sandbox->config().limits.maxConnections = 8;
        QVERIFY(m_sandbox->start());
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 8; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QHostAddress::LocalHost, port());
            QVERIFY(held.back()->waitForConnected(5'000));
        }
        QTest::qWait(200);
        const QByteArray refused = exchange(
            port(), "GET /v1beta1/clusters HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            3'000);
        QCOMPARE(statusOf(refused), 503);
        for (const auto &socket : held)
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        held.clear();
        QTest::qWait(300);
        // Once they are gone, the API answers again.
        QVERIFY(m_sandbox->request("GET", u"/v1beta1/clusters"_s).ok());
    }

    // 17. A Digest header answers one request: replayed, or sent for another URI (the query
    // counts), it is refused.
    void item17_aDigestHeaderCannotBeReplayed()
    {
        QVERIFY(m_sandbox->start());
        const QByteArray header = challenge();
        QVERIFY(header.startsWith("Digest "));
        const QByteArray uri = "/v1beta1/clusters?pageSize=1";
        const QByteArray first = authorization(header, "GET", uri, "00000001");
        QCOMPARE(get(uri, first), 200);
        QCOMPARE(get(uri, first), 401); // the same header again: a replay
        // The same nonce with the next count is fine, as RFC 7616 allows.
        QCOMPARE(get(uri, authorization(header, "GET", uri, "00000002")), 200);
        // A count that goes back is refused.
        QCOMPARE(get(uri, authorization(header, "GET", uri, "00000001", "ffff0001")), 200);
        QCOMPARE(get(uri, authorization(header, "GET", uri, "00000001", "ffff0001")), 401);
        // A header made for one query does not answer for another.
        const QByteArray forOne = authorization(header, "GET", uri, "00000003");
        QCOMPARE(get("/v1beta1/clusters?pageSize=2", forOne), 401);
    }

    // RFC 9112, 9.6: a client that asks for "close" reads the answer to the end of the
    // connection, so the server must close it; without the option the connection stays open
    // for the next request. (The sandbox kept every connection open: such a client waited for
    // the idle limit, and the Digest test above took 35 s.)
    void http_aConnectionIsClosedAfterTheAnswerWhenTheClientAsks()
    {
        QVERIFY(m_sandbox->start());
        const QByteArray header = challenge();
        const QByteArray uri = "/v1beta1/clusters?pageSize=1";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(5'000));
        // Kept open: two requests, one connection.
        for (const char *nc : {"00000001", "00000002"}) {
            socket.write("GET " + uri + " HTTP/1.1\r\nHost: x\r\nAuthorization: " +
                         authorization(header, "GET", uri, nc) + "\r\n\r\n");
            QByteArray answer;
            QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 5'000);
            QCOMPARE(statusOf(answer), 200);
            QVERIFY(!answer.contains("Connection: close"));
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        // Asked to close: the answer says so and the connection ends with it.
        socket.write("GET " + uri + " HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Close\r\n" +
                     "Authorization: " + authorization(header, "GET", uri, "00000003") +
                     "\r\n\r\n");
        QByteArray answer;
        QElapsedTimer clock;
        clock.start();
        while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 3'000) {
            socket.waitForReadyRead(50);
            answer += socket.readAll();
        }
        answer += socket.readAll();
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(answer.contains("\r\nConnection: close\r\n"));
    }

    void item17_theConsoleStillAuthenticatesEveryRequest()
    {
        QVERIFY(m_sandbox->start());
        for (int i = 0; i < 30; ++i)
            QVERIFY(m_sandbox
                        ->request("GET", u"/v1beta1/clusters"_s, QByteArray(),
                                  QUrlQuery{{u"pageSize"_s, QString::number(i % 3 + 1)}})
                        .ok());
    }
    // Issue 29, item 7: no nonce is forgotten while a request bearing it would still be
    // accepted. Alibaba Cloud's gateway accepts a timestamp up to 15 minutes from now either
    // way; a request stamped 14 minutes ahead is valid until 29 minutes from now, so its nonce
    // must be remembered that long (it was forgotten 15 minutes after first seen).
    void trust2_item07_aFutureStampedNonceIsRefusedAfterTheFirstExpiry()
    {
        using Check = sandbox::AlibabaSignatureCheck;
        Check check;
        check.addKey(u"LTAI5tSandboxReplay01"_s,
                     {u"replay-secret"_s, {}, u"1234567890123456"_s, {}, {}, {}});
        const QDateTime t0 = QDateTime(QDate(2026, 12, 6), QTime(8, 0), QTimeZone::utc());
        AlibabaParams params{{u"Action"_s, u"ListVpcEndpointServices"_s},
                             {u"RegionId"_s, u"cn-hangzhou"_s}};
        const QByteArray form =
            AlibabaRpcSigner::sign(params, "POST", u"2020-04-15"_s,
                                   {u"LTAI5tSandboxReplay01"_s, u"replay-secret"_s, {}, {}},
                                   AlibabaRpcSigner::makeNonce(), t0.addSecs(14 * 60));
        Check::Params received;
        QVERIFY(Check::parseForm(form, &received));
        QCOMPARE(check.verify("POST", received, t0).outcome, Check::Outcome::Ok);
        // 15 minutes and a second after it was first seen: still inside its own window.
        QCOMPARE(check.verify("POST", received, t0.addSecs(15 * 60 + 1)).outcome,
                 Check::Outcome::NonceUsed);
        QCOMPARE(check.verify("POST", received, t0.addSecs(29 * 60)).outcome,
                 Check::Outcome::NonceUsed);
        // Past its timestamp's window the timestamp itself is refused.
        QCOMPARE(check.verify("POST", received, t0.addSecs(29 * 60 + 1)).outcome,
                 Check::Outcome::Expired);
        // A nonce stamped in the past is kept until its own timestamp's window ends, too.
        AlibabaParams late{{u"Action"_s, u"ListVpcEndpointServices"_s},
                           {u"RegionId"_s, u"cn-hangzhou"_s}};
        const QByteArray lateForm = AlibabaRpcSigner::sign(
            late, "POST", u"2020-04-15"_s, {u"LTAI5tSandboxReplay01"_s, u"replay-secret"_s, {}, {}},
            AlibabaRpcSigner::makeNonce(), t0.addSecs(-10 * 60));
        QVERIFY(Check::parseForm(lateForm, &received));
        QCOMPARE(check.verify("POST", received, t0).outcome, Check::Outcome::Ok);
        QCOMPARE(check.verify("POST", received, t0.addSecs(5 * 60)).outcome,
                 Check::Outcome::NonceUsed);
        QCOMPARE(check.verify("POST", received, t0.addSecs(5 * 60 + 1)).outcome,
                 Check::Outcome::Expired);
    }

    // Item 7's review of Digest: the counts a nonce has used are forgotten only with the nonce,
    // and a nonce is forgotten only once its lifetime is over — when the nonce itself is
    // refused as stale. A captured header is refused as a replay while its nonce lives, and
    // as stale after: never accepted again.
    void trust2_item07_aDigestNonceIsForgottenOnlyWhenItIsStale()
    {
        using Digest = sandbox::DigestAuthenticator;
        Digest digest;
        digest.setKeys({{u"pub"_s, u"priv"_s}});
        digest.setNonceLifetime(1);
        const QByteArray uri = "/v1beta1/clusters";
        const QByteArray header =
            test::digestAnswer(digest.challenge(false), "pub", "priv", "GET", uri);
        QCOMPARE(digest.verify(header, "GET", uri).outcome, Digest::Outcome::Ok);
        QCOMPARE(digest.verify(header, "GET", uri).outcome, Digest::Outcome::Invalid);
        QTest::qWait(2'100);
        digest.challenge(false); // a newer nonce: the old one is forgotten now
        QCOMPARE(digest.verify(header, "GET", uri).outcome, Digest::Outcome::Stale);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTrust)
#include "tst_sandboxtrust.moc"
