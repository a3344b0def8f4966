// The provider side the fleet reads (ProviderAccount::readSide), for each cloud through the
// interface alone, against the sandbox's EC2 and PrivateLink: whose the service is, whether
// TiDB Cloud's account may connect, whether its request waits for the user, what each costs,
// and a sentence whenever something cannot be read.
#include "AwaitJob.h"
#include "ProviderSandbox.h"
#include "SandboxFixture.h"
#include "SeedIds.h"

#include "api/RequestLog.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/aws/AwsAccount.h"
#include "services/LanguageManager.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using Finding = ProviderSide::Finding;

namespace {

const QString AwsTidbAccount = u"380838443567"_s;
const QString AlibabaTidbAccount = u"5548313946124153"_s;
const QString PendingService = u"com.amazonaws.vpce.us-east-1.vpce-svc-01234abcd5678ef90"_s;
const QString HzService = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1c2d3e4f5g6h7i8"_s;

PrivateLinkConnection connection(ConnectionType type, ConnectionState state, const QString &service,
                                 const QString &endpointId = {})
{
    PrivateLinkConnection c;
    c.privateLinkConnectionId = u"plc-test"_s;
    c.state = {state, enumToApi(state)};
    c.type = {type, enumToApi(type)};
    c.endpointService.name = service;
    c.endpointService.endpointId = endpointId;
    c.updateTime = QDateTime::currentDateTimeUtc();
    return c;
}

PrivateLinkConnection aws(ConnectionState state, const QString &service,
                          const QString &endpointId = {})
{
    return connection(ConnectionType::AwsEndpointService, state, service, endpointId);
}

PrivateLinkConnection alibaba(ConnectionState state, const QString &service)
{
    return connection(ConnectionType::AlibabaCloudEndpointService, state, service);
}

} // namespace

class TestProviderSides final : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AwsAccount> m_aws;
    std::unique_ptr<AlibabaAccount> m_alibaba;

    ProviderSide read(ProviderAccount &account, const PrivateLinkConnection &c,
                      const QString &tidbAccount = {})
    {
        const auto [side, error] = await(account.readSide({c, tidbAccount}, nullptr));
        // A side never fails as a job: what went wrong is its sentence.
        [&] {
            QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        }();
        return side;
    }

    void setPrincipals(const QString &service, const QJsonArray &principals)
    {
        QVERIFY(
            m_sandbox
                ->request("POST",
                          u"/sandbox/v1/endpointServices/%1:setAllowedPrincipals"_s.arg(service),
                          QJsonObject{{u"allowedPrincipals"_s, principals}})
                .ok());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_languages.setLanguage(u"en"_s)); }

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
        m_log = std::make_unique<RequestLog>();
        m_aws = std::make_unique<AwsAccount>(m_log.get());
        actOnSandbox(*m_aws, *m_sandbox);
        m_alibaba = std::make_unique<AlibabaAccount>(m_log.get());
        m_alibaba->useSandbox(m_sandbox->url().resolved(QUrl(u"/alibaba/"_s)),
                              {m_sandbox->config().alibabaAccessKeyId,
                               m_sandbox->config().alibabaAccessKeySecret,
                               {},
                               {}});
    }

    void cleanup()
    {
        m_aws.reset();
        m_alibaba.reset();
        m_log.reset();
        m_sandbox.reset();
    }

    void awsARequestWaitingOnYourOwnService()
    {
        const ProviderSide side = read(*m_aws, aws(ConnectionState::PendingAcceptance,
                                                   PendingService, u"vpce-0c2d4e6f8a0b2c4d6"_s));
        QCOMPARE(side.finding, Finding::AwaitingYou);
        QVERIFY2(side.sentence.contains(u"vpce-0c2d4e6f8a0b2c4d6"_s) &&
                     side.sentence.contains(u"Accept on AWS"_s),
                 qPrintable(side.sentence));
        QCOMPARE(side.account, m_aws->description());
        QVERIFY(side.readAt.isValid());
        // The service, then its requests: two reads.
        QCOMPARE(m_log->entries().size(), 2);
    }

    void awsOnlyTidbCloudsRequestIsEverTaken()
    {
        // TiDB Cloud named no endpoint: only a request its own account made is its. Another
        // party's pending request on the same service is never said to be TiDB Cloud's.
        const PrivateLinkConnection pending =
            aws(ConnectionState::PendingAcceptance, PendingService);
        ProviderSide side = read(*m_aws, pending, u"111122223333"_s);
        QCOMPARE(side.finding, Finding::Clear);
        QVERIFY2(side.sentence.contains(u"no request from TiDB Cloud"_s),
                 qPrintable(side.sentence));
        side = read(*m_aws, pending, AwsTidbAccount);
        QCOMPARE(side.finding, Finding::AwaitingYou);
        // Neither named nor known: not judged, and said.
        m_log->clear();
        side = read(*m_aws, pending);
        QCOMPARE(side.finding, Finding::Unreadable);
        QVERIFY(!side.accountProblem);
    }

    void awsTheAllowListDecidesAFailure()
    {
        const PrivateLinkConnection failed = aws(ConnectionState::Failed, seed::NoPrincipals);
        ProviderSide side = read(*m_aws, failed, AwsTidbAccount);
        QCOMPARE(side.finding, Finding::PrincipalMissing);
        QVERIFY2(side.sentence.contains(u"arn:aws:iam::380838443567:root"_s),
                 qPrintable(side.sentence));
        QCOMPARE(m_log->entries().size(), 2);

        setPrincipals(seed::NoPrincipals, {u"arn:aws:iam::380838443567:root"_s});
        side = read(*m_aws, failed, AwsTidbAccount);
        QCOMPARE(side.finding, Finding::Clear);
        QVERIFY(side.sentence.contains(u"another cause"_s));

        // Without TiDB Cloud's account nothing is judged, and it is said.
        side = read(*m_aws, failed);
        QCOMPARE(side.finding, Finding::Unreadable);
        QVERIFY(side.sentence.contains(u"not known yet"_s));
    }

    void awsAnotherAccountsServiceIsTheirs()
    {
        const int before = int(m_log->entries().size());
        const ProviderSide side =
            read(*m_aws, aws(ConnectionState::PendingAcceptance, seed::ConfluentService));
        QCOMPARE(side.finding, Finding::OthersService);
        QVERIFY(side.sentence.contains(u"its owner"_s));
        QCOMPARE(int(m_log->entries().size()) - before, 1);
    }

    void awsWrongKeysAndUnreadableNamesAreSentences()
    {
        m_aws->useSandbox(m_sandbox->url().resolved(QUrl(u"/aws/"_s)),
                          {m_sandbox->config().awsAccessKeyId, u"wrong"_s, {}, {}, u"x"_s});
        ProviderSide side = read(*m_aws, aws(ConnectionState::PendingAcceptance, PendingService));
        QCOMPARE(side.finding, Finding::Unreadable);
        QVERIFY2(side.sentence.contains(u"AuthFailure"_s) ||
                     side.sentence.contains(u"SignatureDoesNotMatch"_s),
                 qPrintable(side.sentence));

        // A name from the server that is no service name: no request, a sentence.
        m_log->clear();
        side = read(*m_aws, aws(ConnectionState::Failed, u"evil.example.com/x"_s));
        QCOMPARE(side.finding, Finding::Unreadable);
        QVERIFY(m_log->entries().isEmpty());
    }

    void alibabaARequestWaitingOnYourOwnService()
    {
        QVERIFY(!pendingAlibabaConnection(*m_sandbox, u"epsrv-bp1c2d3e4f5g6h7i8"_s, u"allow-me"_s)
                     .isEmpty());
        const ProviderSide side = read(
            *m_alibaba, alibaba(ConnectionState::PendingAcceptance, HzService), AlibabaTidbAccount);
        QVERIFY2(side.finding == Finding::AwaitingYou, qPrintable(side.sentence));
        QVERIFY2(side.sentence.contains(u"Allow on Alibaba Cloud"_s), qPrintable(side.sentence));
        QCOMPARE(m_log->entries().size(), 2);
    }

    void alibabaTheWhitelistDecidesAFailure()
    {
        setPrincipals(HzService, {});
        const PrivateLinkConnection failed = alibaba(ConnectionState::Failed, HzService);
        ProviderSide side = read(*m_alibaba, failed, AlibabaTidbAccount);
        QCOMPARE(side.finding, Finding::PrincipalMissing);
        QVERIFY2(side.sentence.contains(AlibabaTidbAccount) &&
                     side.sentence.contains(u"Service Whitelist"_s),
                 qPrintable(side.sentence));
        setPrincipals(HzService, {AlibabaTidbAccount});
        side = read(*m_alibaba, failed, AlibabaTidbAccount);
        QCOMPARE(side.finding, Finding::Clear);
    }

    void alibabaNoOnesServiceIsNotYours()
    {
        const ProviderSide side =
            read(*m_alibaba,
                 alibaba(ConnectionState::PendingAcceptance,
                         u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1zzzzzzzzzzzzzz"_s),
                 AlibabaTidbAccount);
        QVERIFY2(side.finding == Finding::OthersService, qPrintable(side.sentence));
    }

    void withoutKeysNothingIsSentAndTheAccountIsAtFault()
    {
        m_alibaba->useKeys({}, u"The keychain is locked."_s);
        ProviderSide side =
            read(*m_alibaba, alibaba(ConnectionState::PendingAcceptance, HzService));
        QCOMPARE(side.finding, Finding::Unreadable);
        QVERIFY2(side.sentence.contains(u"keychain is locked"_s), qPrintable(side.sentence));
        QVERIFY(side.accountProblem);
        m_aws->useKeys({}, u"The keychain is locked."_s);
        side = read(*m_aws, aws(ConnectionState::Failed, seed::NoPrincipals), AwsTidbAccount);
        QCOMPARE(side.finding, Finding::Unreadable);
        QVERIFY(side.accountProblem);
        QVERIFY(m_log->entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderSides)
#include "tst_providersides.moc"
