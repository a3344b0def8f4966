// The console's Alibaba Cloud RPC client against the sandbox's PrivateLink emulation (which
// @alicloud/pop-core checks in tst_sandboxalibabaapi): JSON answers, signing per attempt,
// throttling retried for reads only, and what the request log keeps. What every provider's
// client shares (a change sent once, a 5xx read retried, refusals as sentences, nothing sent
// without keys) is tst_providercalls, with a row for Alibaba Cloud.
#include "AwaitJob.h"
#include "ProviderSandbox.h"

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
    ProviderSandbox m_sandbox{u"/alibaba"_s};
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AlibabaRpcClient> m_client;
    LanguageManager m_languages;

    AlibabaTarget target() const
    {
        return sandboxAlibabaTarget(m_sandbox.fixture(), u"cn-hangzhou"_s, u"2020-04-15"_s);
    }

    void setFault(const QJsonObject &rule) { QVERIFY(m_sandbox.setFault(rule)); }

private Q_SLOTS:
    void initTestCase() { m_languages.setLanguage(u"en"_s); }

    void init()
    {
        QVERIFY(m_sandbox.start());
        m_log = std::make_unique<RequestLog>();
        m_client = std::make_unique<AlibabaRpcClient>(m_log.get());
        m_client->setRetryPolicy({4, 10, 50, 10'000});
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    void aReadAnswersWithJson()
    {
        const auto [body, error] =
            await(m_client->call(target(), u"ListVpcEndpointServices"_s, {}, true));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        const QJsonArray services =
            QJsonDocument::fromJson(body).object().value("Services"_L1).toArray();
        QCOMPARE(services.size(), 2);
        QCOMPARE(m_sandbox.requests(), 1);
    }

    void eachAttemptIsSignedAnew()
    {
        // Two 503s, then the answer: every attempt carries a new nonce, or the sandbox would
        // refuse the third as SignatureNonceUsed.
        setFault({{u"status"_s, 503}, {u"remaining"_s, 2}});
        const auto [body, error] = await(m_client->call(target(), u"ListVpcEndpointServiceUsers"_s,
                                                        {{u"ServiceId"_s, HzService}}, true));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(m_sandbox.requests(), 3);
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
        m_sandbox.resetRequests();
        const auto [read, readError] =
            await(m_client->call(target(), u"ListVpcEndpointServices"_s, {}, true));
        QCOMPARE(readError.providerCode, u"Throttling.User"_s);
        QVERIFY2(readError.userMessage().contains("throttling"_L1),
                 qPrintable(readError.userMessage()));
        QCOMPARE(m_sandbox.requests(), 4);
        m_sandbox.resetRequests();
        const auto [change, changeError] = await(
            m_client->call(target(), u"EnableVpcEndpointConnection"_s,
                           {{u"ServiceId"_s, HzService}, {u"EndpointId"_s, u"ep-x"_s}}, false));
        QCOMPARE(changeError.providerCode, u"Throttling.User"_s);
        QCOMPARE(m_sandbox.requests(), 1);
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
