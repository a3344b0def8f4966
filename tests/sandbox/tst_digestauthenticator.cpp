#include "DigestAnswer.h"
#include "sandbox/DigestAuthenticator.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using plc::sandbox::DigestAuthenticator;

namespace {
QByteArray answer(const QByteArray &challenge, const QByteArray &user, const QByteArray &password,
                  const QByteArray &method, const QByteArray &uri)
{
    return plc::test::digestAnswer(challenge, user, password, method, uri);
}
} // namespace

class TestDigestAuthenticator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challengeOffersMd5WithQopAuth()
    {
        DigestAuthenticator auth;
        const auto p = DigestAuthenticator::parseParameters(auth.challenge(false));
        QCOMPARE(p.value("realm"), QByteArray("tidb.cloud"));
        QCOMPARE(p.value("qop"), QByteArray("auth"));
        QCOMPARE(p.value("algorithm"), QByteArray("MD5"));
        QVERIFY(!p.value("nonce").isEmpty());
        QVERIFY(!p.contains("stale"));
        QCOMPARE(DigestAuthenticator::parseParameters(auth.challenge(true)).value("stale"),
                 QByteArray("true"));
    }

    void acceptsACorrectAnswer()
    {
        DigestAuthenticator auth;
        auth.setKeys({{u"PUB"_s, u"secret"_s}});
        const QByteArray header =
            answer(auth.challenge(false), "PUB", "secret", "GET", "/v1beta1/clusters?pageSize=5");
        const auto verdict = auth.verify(header, "GET", "/v1beta1/clusters?pageSize=5");
        QCOMPARE(verdict.outcome, DigestAuthenticator::Outcome::Ok);
        QCOMPARE(verdict.user, u"PUB"_s);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("requestPath");
        QTest::newRow("wrong password") << QByteArray("PUB") << QByteArray("guess")
                                        << QByteArray("GET") << QByteArray("/v1beta1/clusters");
        QTest::newRow("unknown user") << QByteArray("OTHER") << QByteArray("secret")
                                      << QByteArray("GET") << QByteArray("/v1beta1/clusters");
        QTest::newRow("other method") << QByteArray("PUB") << QByteArray("secret")
                                      << QByteArray("DELETE") << QByteArray("/v1beta1/clusters");
        QTest::newRow("other uri") << QByteArray("PUB") << QByteArray("secret") << QByteArray("GET")
                                   << QByteArray("/v1beta1/clusters/1");
    }

    void rejects()
    {
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, requestPath);
        DigestAuthenticator auth;
        auth.setKeys({{u"PUB"_s, u"secret"_s}});
        // The answer is computed for GET /v1beta1/clusters; the row changes one thing.
        const QByteArray header =
            answer(auth.challenge(false), user, password, "GET", "/v1beta1/clusters");
        QCOMPARE(auth.verify(header, method, requestPath).outcome,
                 DigestAuthenticator::Outcome::Invalid);
    }

    // A correct digest over a nonce another server issued (a restarted sandbox) is stale, as
    // RFC 7616 says: the client takes the new nonce without asking for the key again.
    void aForeignNonceIsStale()
    {
        DigestAuthenticator issuer;
        DigestAuthenticator verifier;
        verifier.setKeys({{u"PUB"_s, u"secret"_s}});
        const QByteArray header =
            answer(issuer.challenge(false), "PUB", "secret", "GET", "/v1beta1/clusters");
        QCOMPARE(verifier.verify(header, "GET", "/v1beta1/clusters").outcome,
                 DigestAuthenticator::Outcome::Stale);
    }

    void anOldNonceIsStale()
    {
        DigestAuthenticator auth;
        auth.setKeys({{u"PUB"_s, u"secret"_s}});
        auth.setNonceLifetime(-1);
        const QByteArray header =
            answer(auth.challenge(false), "PUB", "secret", "GET", "/v1beta1/clusters");
        QCOMPARE(auth.verify(header, "GET", "/v1beta1/clusters").outcome,
                 DigestAuthenticator::Outcome::Stale);
    }

    void missingOrOtherSchemes()
    {
        DigestAuthenticator auth;
        auth.setKeys({{u"PUB"_s, u"secret"_s}});
        QCOMPARE(auth.verify({}, "GET", "/").outcome, DigestAuthenticator::Outcome::Missing);
        QCOMPARE(auth.verify("Basic UFVCOnNlY3JldA==", "GET", "/").outcome,
                 DigestAuthenticator::Outcome::Invalid);
        QCOMPARE(auth.verify("Digest garbage", "GET", "/").outcome,
                 DigestAuthenticator::Outcome::Invalid);
    }

    void parsesQuotedAndBareValues()
    {
        const auto p = DigestAuthenticator::parseParameters(
            "Digest username=\"a\\\"b\", qop=auth, nc=00000001, realm=\"x,y\"");
        QCOMPARE(p.value("username"), QByteArray("a\"b"));
        QCOMPARE(p.value("qop"), QByteArray("auth"));
        QCOMPARE(p.value("nc"), QByteArray("00000001"));
        QCOMPARE(p.value("realm"), QByteArray("x,y"));
    }
};

QTEST_GUILESS_MAIN(TestDigestAuthenticator)
#include "tst_digestauthenticator.moc"
