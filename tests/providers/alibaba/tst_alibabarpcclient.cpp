// The console's Alibaba Cloud RPC client against the sandbox's PrivateLink emulation (which
// @alicloud/pop-core checks in tst_sandboxalibabaapi): JSON answers, signing per attempt,
// throttling retried for reads only, and what the request log keeps. What every provider's
// client shares (a change sent once, a 5xx read retried, refusals as sentences, nothing sent
// without keys) is tst_providercalls, with a row for Alibaba Cloud.
#include "AwaitJob.h"
#include "SandboxFixture.h"

#include "api/RequestLog.h"
#include "providers/alibaba/AlibabaRpcClient.h"
#include "services/LanguageManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {
const QString HzService = QStringLiteral("epsrv-bp1c2d3e4f5g6h7i8");
const QString TidbAccount = QStringLiteral("5548313946124153");
} // namespace

class TestAlibabaClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AlibabaRpcClient> m_client;
    int m_requests = 0;
    LanguageManager m_languages;

    AlibabaTarget target() const
    {
        AlibabaTarget t;
        t.endpoint = m_sandbox->url().resolved(QUrl(u"/alibaba/"_s));
        t.region = u"cn-hangzhou"_s;
        t.version = u"2020-04-15"_s;
        t.credentials.accessKeyId = m_sandbox->config().alibabaAccessKeyId;
        t.credentials.accessKeySecret = m_sandbox->config().alibabaAccessKeySecret;
        return t;
    }

    void setFault(const QJsonObject &rule)
    {
        QJsonObject withPath = rule;
        withPath.insert(u"pathPrefix"_s, u"/alibaba/"_s);
        QVERIFY(m_sandbox->request("PUT", u"/sandbox/v1/faults"_s, withPath).ok());
    }

private Q_SLOTS:
    void initTestCase() { m_languages.setLanguage(u"en"_s); }

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
        m_log = std::make_unique<RequestLog>();
        m_client = std::make_unique<AlibabaRpcClient>(m_log.get());
        m_client->setRetryPolicy({4, 10, 50, 10'000});
        m_requests = 0;
        connect(m_sandbox->sandbox(), &sandbox::EmbeddedSandbox::requestHandled, this,
                [this](const QByteArray &, const QString &path) {
                    if (path.startsWith(u"/alibaba"_s))
                        ++m_requests;
                });
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void aReadAnswersWithJson()
    {
        const auto [body, error] =
            await(m_client->call(target(), u"ListVpcEndpointServices"_s, {}, true));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        const QJsonArray services =
            QJsonDocument::fromJson(body).object().value("Services"_L1).toArray();
        QCOMPARE(services.size(), 2);
        QCOMPARE(m_requests, 1);
    }

    void eachAttemptIsSignedAnew()
    {
        // Two 503s, then the answer: every attempt carries a new nonce, or the sandbox would
        // refuse the third as SignatureNonceUsed.
        setFault({{u"status"_s, 503}, {u"remaining"_s, 2}});
        const auto [body, error] = await(m_client->call(target(), u"ListVpcEndpointServiceUsers"_s,
                                                        {{u"ServiceId"_s, HzService}}, true));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(m_requests, 3);
        QCOMPARE(QJsonDocument::fromJson(body)["Users"_L1][0]["UserId"_L1].toInteger(),
                 TidbAccount.toLongLong());
    }

    void throttlingIsRetriedForReadsOnly()
    {
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"rateLimitPerMinute"_s, 1}})
                    .ok());
        QVERIFY(!await(m_client->call(target(), u"ListVpcEndpointServices"_s, {}, true))
                     .second.isError());
        m_requests = 0;
        const auto [read, readError] =
            await(m_client->call(target(), u"ListVpcEndpointServices"_s, {}, true));
        QCOMPARE(readError.providerCode, u"Throttling.User"_s);
        QVERIFY2(readError.userMessage().contains("throttling"_L1),
                 qPrintable(readError.userMessage()));
        QCOMPARE(m_requests, 4);
        m_requests = 0;
        const auto [change, changeError] = await(
            m_client->call(target(), u"EnableVpcEndpointConnection"_s,
                           {{u"ServiceId"_s, HzService}, {u"EndpointId"_s, u"ep-x"_s}}, false));
        QCOMPARE(changeError.providerCode, u"Throttling.User"_s);
        QCOMPARE(m_requests, 1);
        Q_UNUSED(read);
        Q_UNUSED(change);
    }

    void theLogShowsTheActionNeverAKey()
    {
        QVERIFY(!await(m_client->call(target(), u"ListVpcEndpointServiceUsers"_s,
                                      {{u"ServiceId"_s, HzService}}, true))
                     .second.isError());
        const auto &entries = m_log->entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().path.endsWith(u"/alibaba/ ListVpcEndpointServiceUsers"_s));
        for (const auto &entry : entries) {
            const QString text = entry.path + entry.outcome + entry.traceId;
            QVERIFY(!text.contains(m_sandbox->config().alibabaAccessKeySecret));
            QVERIFY(!text.contains(m_sandbox->config().alibabaAccessKeyId));
            QVERIFY(!text.contains(HzService)); // parameters stay out
        }
    }
};

QTEST_GUILESS_MAIN(TestAlibabaClient)
#include "tst_alibabarpcclient.moc"
