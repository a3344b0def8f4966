// What every cloud provider's client shares (the call loop, the providers layer's root), proved
// once with a row per provider against the sandbox's emulations: a change is sent once and a read
// is retried, a change whose answer is lost is made once and said to be maybe made, a change
// cancelled before it leaves never leaves, refusals are sentences in the provider's words and are
// not retried, and nothing leaves without keys or over plain HTTP to another host. What only one
// provider has (AWS's XML, Alibaba Cloud's nonce…) is in tst_ec2client and tst_alibabarpcclient.
#include "SandboxFixture.h"
#include "SeedIds.h"

#include "api/RequestLog.h"
#include "providers/alibaba/AlibabaRpcClient.h"
#include "providers/aws/Ec2Client.h"
#include "services/LanguageManager.h"

#include <QJsonArray>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {

/// How a call is sent.
enum class Send {
    Normally,
    WithAWrongSecret,
    WithoutKeys,
    OverPlainHttp, ///< to the provider's real host, which is not loopback
};

/// One provider's row: how to make its calls against the sandbox, and its words.
struct Cloud
{
    QString mount;            ///< where the sandbox serves it, "/aws"
    QString serviceName;      ///< an endpoint service of the user's, whose allow list changes
    QString principal;        ///< what the change adds to that list
    QString unavailableCode;  ///< its code for a 503
    QString wrongSecretCode;  ///< its code for a signature made with another secret
    QString wrongSecretWords; ///< and the sentence's words
    QString notFoundCode;     ///< its code for a service that is not there
    QString saidWords;        ///< how its sentence introduces the provider's own message
    std::function<Job *(Send)> change;
    std::function<Job *(Send)> read;
    std::function<Job *(Send)> readMissing; ///< a read of a service that is not the user's
};

/// Waits for a job (30 s at most) and gives its error (Timeout when it never finished).
ApiError outcome(Job *job)
{
    ApiError error;
    bool done = false;
    QObject::connect(job, &Job::finished, job, [&error, &done, job] {
        error = job->error();
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 30'000))
        error.kind = ApiError::Kind::Timeout;
    return error;
}

} // namespace

class TestProviderCalls final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AwsQueryClient> m_aws;
    std::unique_ptr<Ec2Client> m_ec2;
    std::unique_ptr<AlibabaRpcClient> m_alibaba;
    int m_requests = 0;
    QString m_mount;
    LanguageManager m_languages;

    AwsTarget awsTarget(Send send, const QString &region = u"us-east-1"_s) const
    {
        AwsTarget t;
        t.endpoint = send == Send::OverPlainHttp ? QUrl(u"http://ec2.us-east-1.amazonaws.com/"_s)
                                                 : m_sandbox->url().resolved(QUrl(u"/aws/"_s));
        t.region = region.toLatin1();
        if (send != Send::WithoutKeys) {
            t.credentials.accessKeyId = m_sandbox->config().awsAccessKeyId;
            t.credentials.secretAccessKey = send == Send::WithAWrongSecret
                                                ? u"wrong"_s
                                                : m_sandbox->config().awsSecretAccessKey;
        }
        return t;
    }

    AlibabaTarget alibabaTarget(Send send) const
    {
        AlibabaTarget t;
        t.endpoint = send == Send::OverPlainHttp
                         ? QUrl(u"http://privatelink.cn-hangzhou.aliyuncs.com/"_s)
                         : m_sandbox->url().resolved(QUrl(u"/alibaba/"_s));
        t.region = u"cn-hangzhou"_s;
        t.version = u"2020-04-15"_s;
        if (send != Send::WithoutKeys) {
            t.credentials.accessKeyId = m_sandbox->config().alibabaAccessKeyId;
            t.credentials.accessKeySecret = send == Send::WithAWrongSecret
                                                ? u"wrong"_s
                                                : m_sandbox->config().alibabaAccessKeySecret;
        }
        return t;
    }

    Cloud cloud(const QString &id)
    {
        if (id == u"aws"_s) {
            const QString service = seed::NoPrincipals.section(u'.', -1);
            return {
                u"/aws"_s,
                seed::NoPrincipals,
                u"arn:aws:iam::380838443567:root"_s,
                u"Unavailable"_s,
                u"AuthFailure"_s,
                u"did not accept these credentials"_s,
                u"InvalidVpcEndpointServiceId.NotFound"_s,
                u"AWS said: "_s,
                [this, service](Send send) -> Job * {
                    return m_ec2->addAllowedPrincipal(awsTarget(send), service,
                                                      u"arn:aws:iam::380838443567:root"_s);
                },
                [this](Send send) -> Job * { return m_ec2->availabilityZones(awsTarget(send)); },
                [this, service](Send send) -> Job * {
                    // The service is the user's in us-east-1, no one's in eu-west-1.
                    return m_ec2->allowedPrincipals(awsTarget(send, u"eu-west-1"_s), service);
                }};
        }
        const QString service = u"epsrv-bp1c2d3e4f5g6h7i8"_s;
        return {u"/alibaba"_s,
                u"com.aliyuncs.privatelink.cn-hangzhou."_s + service,
                u"1234567890123456"_s,
                u"ServiceUnavailable"_s,
                u"SignatureDoesNotMatch"_s,
                u"did not accept this AccessKey"_s,
                u"EndpointServiceNotFound"_s,
                u"Alibaba Cloud said: "_s,
                [this, service](Send send) -> Job * {
                    return m_alibaba->call(
                        alibabaTarget(send), u"AddUserToVpcEndpointService"_s,
                        {{u"ServiceId"_s, service}, {u"UserId"_s, u"1234567890123456"_s}}, false);
                },
                [this](Send send) -> Job * {
                    return m_alibaba->call(alibabaTarget(send), u"ListVpcEndpointServices"_s, {},
                                           true);
                },
                [this](Send send) -> Job * {
                    return m_alibaba->call(alibabaTarget(send), u"GetVpcEndpointServiceAttribute"_s,
                                           {{u"ServiceId"_s, u"epsrv-nothere"_s}}, true);
                }};
    }

    /// The row's cloud; requests are counted under its mount from here on.
    Cloud row()
    {
        QFETCH_GLOBAL(QString, provider);
        Cloud c = cloud(provider);
        m_mount = c.mount;
        m_requests = 0;
        return c;
    }

    void setFault(const Cloud &c, QJsonObject rule)
    {
        rule.insert(u"pathPrefix"_s, c.mount + u'/');
        QVERIFY(m_sandbox->request("PUT", u"/sandbox/v1/faults"_s, rule).ok());
    }

    QJsonArray allowList(const Cloud &c)
    {
        return m_sandbox->request("GET", u"/sandbox/v1/endpointServices/"_s + c.serviceName)
            .json.value("allowedPrincipals"_L1)
            .toArray();
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("aws") << u"aws"_s;
        QTest::newRow("alibaba") << u"alibaba"_s;
    }

    void initTestCase() { m_languages.setLanguage(u"en"_s); }

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
        m_log = std::make_unique<RequestLog>();
        m_aws = std::make_unique<AwsQueryClient>(m_log.get());
        m_aws->setRetryPolicy({4, 10, 50, 10'000});
        m_ec2 = std::make_unique<Ec2Client>(m_aws.get());
        m_alibaba = std::make_unique<AlibabaRpcClient>(m_log.get());
        m_alibaba->setRetryPolicy({4, 10, 50, 10'000});
        connect(m_sandbox->sandbox(), &sandbox::EmbeddedSandbox::requestHandled, this,
                [this](const QByteArray &, const QString &path) {
                    if (!m_mount.isEmpty() && path.startsWith(m_mount))
                        ++m_requests;
                });
    }

    void cleanup()
    {
        m_ec2.reset();
        m_aws.reset();
        m_alibaba.reset();
        m_sandbox.reset();
        m_mount.clear();
    }

    void aChangeIsSentOnceAReadIsRetried()
    {
        const Cloud c = row();
        setFault(c, {{u"status"_s, 503}});
        const ApiError changeError = outcome(c.change(Send::Normally));
        QCOMPARE(changeError.kind, ApiError::Kind::Provider);
        QCOMPARE(changeError.providerCode, c.unavailableCode);
        QVERIFY2(changeError.userMessage().contains("could not answer"_L1),
                 qPrintable(changeError.userMessage()));
        QCOMPARE(m_requests, 1);
        QVERIFY(!allowList(c).contains(c.principal));
        m_requests = 0;
        const ApiError readError = outcome(c.read(Send::Normally));
        QCOMPARE(readError.httpStatus, 503);
        QCOMPARE(m_requests, 4);
    }

    void aChangeWhoseAnswerIsDroppedIsMadeOnce()
    {
        // A provider without a nonce (AWS) would make a second change if Qt sent the request
        // again on its own after the connection dropped before the answer. The change is made
        // once; the user is told it may have been made.
        const Cloud c = row();
        setFault(c, {{u"dropAnswer"_s, true}, {u"remaining"_s, 1}});
        const ApiError error = outcome(c.change(Send::Normally));
        QCOMPARE(m_requests, 1);
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY2(error.userMessage().contains("Refresh to see whether the change was made"_L1),
                 qPrintable(error.userMessage()));
        // It was made, once.
        const QVariantList list = allowList(c).toVariantList();
        QCOMPARE(list.count(c.principal), 1);
    }

    void aChangeCancelledBeforeItLeavesIsNeverSent()
    {
        // Cancelled on the turn of the event loop it was made in, before its first attempt:
        // the caller is told it was not made (no "may have arrived"), so it must never go out.
        const Cloud c = row();
        Job *job = c.change(Send::Normally);
        ApiError error;
        connect(job, &Job::finished, this, [&error, job] { error = job->error(); });
        job->cancel();
        QCOMPARE(error.kind, ApiError::Kind::Cancelled);
        QVERIFY(!error.mayHaveArrived);
        QTest::qWait(500);
        QCOMPARE(m_requests, 0);
        QVERIFY(!allowList(c).contains(c.principal));
    }

    void refusalsAreSentencesAndAreNotRetried_data()
    {
        QTest::addColumn<bool>("missing");
        QTest::newRow("wrong secret") << false;
        QTest::newRow("not the user's service") << true;
    }

    void refusalsAreSentencesAndAreNotRetried()
    {
        QFETCH(bool, missing);
        const Cloud c = row();
        const ApiError error = missing ? outcome(c.readMissing(Send::Normally))
                                       : outcome(c.read(Send::WithAWrongSecret));
        QCOMPARE(error.kind, ApiError::Kind::Provider);
        QCOMPARE(error.providerCode, missing ? c.notFoundCode : c.wrongSecretCode);
        const QString words = missing ? u"no endpoint service with this ID"_s : c.wrongSecretWords;
        QVERIFY2(error.userMessage().contains(words), qPrintable(error.userMessage()));
        QVERIFY2(error.userMessage().contains(c.saidWords), qPrintable(error.userMessage()));
        QVERIFY(!error.traceId.isEmpty()); // the provider's request ID, for support
        QVERIFY(error.detail.isEmpty());   // nothing technical passes for the sentence
        QCOMPARE(m_requests, 1);
    }

    void nothingLeavesWithoutKeysOrOverPlainHttp()
    {
        const Cloud c = row();
        ApiError error = outcome(c.read(Send::WithoutKeys));
        QCOMPARE(error.providerCode, u"NoCredentials"_s);
        error = outcome(c.change(Send::WithoutKeys));
        QCOMPARE(error.providerCode, u"NoCredentials"_s);
        error = outcome(c.read(Send::OverPlainHttp));
        QCOMPARE(error.kind, ApiError::Kind::InsecureUrl);
        error = outcome(c.change(Send::OverPlainHttp));
        QCOMPARE(error.kind, ApiError::Kind::InsecureUrl);
        QCOMPARE(m_requests, 0);
        QVERIFY(m_log->entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderCalls)
#include "tst_providercalls.moc"
