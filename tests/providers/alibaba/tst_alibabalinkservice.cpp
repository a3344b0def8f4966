// The Alibaba Cloud side of a link: the rules that judge it (AlibabaLinkChecks: region, the
// Service Whitelist, zones in common, acceptance) and the service that reads it and makes the
// two changes once (AlibabaLinkService) against the sandbox's Alibaba Cloud emulation.
#include "AwaitJob.h"
#include "SandboxFixture.h"

#include "api/RequestLog.h"
#include "providers/alibaba/AlibabaLinkService.h"
#include "services/LanguageManager.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {
const QString HzService = QStringLiteral("epsrv-bp1c2d3e4f5g6h7i8");      // zones j and k
const QString HzKafkaService = QStringLiteral("epsrv-bp1k9m8n7b6v5c4x3"); // zone k
const QString TidbAccount = QStringLiteral("5548313946124153");

AlibabaLinkFacts good()
{
    AlibabaLinkFacts facts;
    facts.serviceName = u"com.aliyuncs.privatelink.cn-hangzhou."_s + HzService;
    facts.serviceId = HzService;
    facts.serviceRegion = u"cn-hangzhou"_s;
    facts.clusterRegion = u"cn-hangzhou"_s;
    facts.tidbAccount = TidbAccount;
    facts.clusterZoneIds = {u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s};
    facts.callerAccount = u"1432156789012345"_s;
    facts.visibility = AlibabaLinkFacts::Visibility::Owned;
    facts.whitelist = QStringList{TidbAccount};
    facts.serviceZoneIds = QStringList{u"cn-hangzhou-k"_s};
    facts.autoAccept = false;
    return facts;
}

LinkCheck::Status statusOf(const QList<LinkCheck> &checks, LinkCheck::Kind kind)
{
    for (const LinkCheck &check : checks) {
        if (check.kind == kind)
            return check.status;
    }
    return LinkCheck::Status::Info; // absent: tested with contains() where it matters
}

bool has(const QList<LinkCheck> &checks, LinkCheck::Kind kind)
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [kind](const LinkCheck &c) { return c.kind == kind; });
}
} // namespace

class TestAlibabaLink final : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AlibabaAccount> m_account;

    void setWhitelist(const QString &serviceId, const QJsonArray &accounts)
    {
        QVERIFY(m_sandbox
                    ->request("POST",
                              u"/sandbox/v1/endpointServices/"
                              "com.aliyuncs.privatelink.cn-hangzhou.%1:setAllowedPrincipals"_s.arg(
                                  serviceId),
                              QJsonObject{{u"allowedPrincipals"_s, accounts}})
                    .ok());
    }

    int sent(const QString &action) const
    {
        int count = 0;
        for (const RequestLogEntry &entry : m_log->entries())
            count += entry.path.endsWith(u' ' + action);
        return count;
    }

private Q_SLOTS:
    void initTestCase() { m_languages.setLanguage(u"en"_s); }

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
        m_log = std::make_unique<RequestLog>();
        m_account = std::make_unique<AlibabaAccount>(m_log.get());
        m_account->client()->setRetryPolicy({4, 10, 50, 10'000});
        m_account->useSandbox(m_sandbox->url().resolved(QUrl(u"/alibaba/"_s)),
                              {m_sandbox->config().alibabaAccessKeyId,
                               m_sandbox->config().alibabaAccessKeySecret,
                               {},
                               {}});
    }

    void cleanup()
    {
        m_account.reset();
        m_sandbox.reset();
    }

    // The rules.

    void aRightSideHasNoFailure()
    {
        const QList<LinkCheck> checks = AlibabaLinkChecks::evaluate(good());
        QCOMPARE(checks.size(), 5);
        QVERIFY(LinkCheck::passes(checks));
        QCOMPARE(statusOf(checks, LinkCheck::Kind::Zones), LinkCheck::Status::Pass);
        QVERIFY(checks.last().sentence.contains(u"Pending Acceptance"_s));
        QVERIFY(AlibabaLinkChecks::cause(checks).contains(u"looks right"_s));
    }

    void eachDocumentedCauseFailsWithItsFix_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fix");
        QTest::newRow("another region") << 0 << int(LinkCheck::Kind::Region) << u"cn-hangzhou"_s;
        QTest::newRow("not whitelisted") << 1 << int(LinkCheck::Kind::Principal) << TidbAccount;
        QTest::newRow("no zone in common")
            << 2 << int(LinkCheck::Kind::Zones) << u"cn-hangzhou-j, cn-hangzhou-k"_s;
    }

    void eachDocumentedCauseFailsWithItsFix()
    {
        QFETCH(int, cause);
        QFETCH(int, kind);
        QFETCH(QString, fix);
        AlibabaLinkFacts facts = good();
        if (cause == 0)
            facts.serviceRegion = u"cn-shanghai"_s;
        else if (cause == 1)
            facts.whitelist = QStringList{u"1111222233334444"_s};
        else
            facts.serviceZoneIds = QStringList{u"cn-hangzhou-h"_s};
        const QList<LinkCheck> checks = AlibabaLinkChecks::evaluate(facts);
        QVERIFY(!LinkCheck::passes(checks));
        QCOMPARE(statusOf(checks, LinkCheck::Kind(kind)), LinkCheck::Status::Fail);
        const QString sentence = AlibabaLinkChecks::cause(checks);
        QVERIFY2(sentence.contains(fix), qPrintable(sentence));
        // Zones of another region are not compared: the region is the cause.
        if (cause == 0)
            QVERIFY(!has(checks, LinkCheck::Kind::Zones));
    }

    void everyoneOrTheAccountIsAllowed()
    {
        QVERIFY(AlibabaLinkChecks::allows({u"*"_s}, TidbAccount));
        QVERIFY(AlibabaLinkChecks::allows({u"1"_s, TidbAccount}, TidbAccount));
        QVERIFY(!AlibabaLinkChecks::allows({u"55483139461241530"_s}, TidbAccount));
        QVERIFY(!AlibabaLinkChecks::allows({u"*"_s}, QString()));
    }

    void whatCannotBeReadIsUnknownNotAFailure()
    {
        AlibabaLinkFacts facts = good();
        facts.visibility = AlibabaLinkFacts::Visibility::NotFound;
        facts.whitelist.reset();
        facts.serviceZoneIds.reset();
        facts.autoAccept.reset();
        QList<LinkCheck> checks = AlibabaLinkChecks::evaluate(facts);
        QVERIFY(LinkCheck::passes(checks));
        QCOMPARE(statusOf(checks, LinkCheck::Kind::Service), LinkCheck::Status::Unknown);
        QVERIFY(!has(checks, LinkCheck::Kind::Principal));
        QVERIFY(AlibabaLinkChecks::cause(checks).contains(u"not everything could be checked"_s));

        facts.visibility = AlibabaLinkFacts::Visibility::Whitelisted;
        checks = AlibabaLinkChecks::evaluate(facts);
        QCOMPARE(statusOf(checks, LinkCheck::Kind::Principal), LinkCheck::Status::Unknown);
        QCOMPARE(statusOf(checks, LinkCheck::Kind::Zones), LinkCheck::Status::Unknown);
    }

    // Against the sandbox.

    void theOwnersServiceIsReadWhole()
    {
        AlibabaLinkService service(m_account.get());
        AlibabaLinkFacts facts = good();
        facts.visibility = AlibabaLinkFacts::Visibility::Unknown;
        facts.whitelist.reset();
        facts.serviceZoneIds.reset();
        facts.autoAccept.reset();
        facts.callerAccount.clear();
        const auto [read, error] = await(service.check(facts, nullptr));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(read.visibility, AlibabaLinkFacts::Visibility::Owned);
        QCOMPARE(read.callerAccount, u"1432156789012345"_s);
        QCOMPARE(read.whitelist.value_or(QStringList()), QStringList{TidbAccount});
        QCOMPARE(read.serviceZoneIds.value_or(QStringList()),
                 (QStringList{u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s}));
        QCOMPARE(read.autoAccept, std::optional<bool>(false));
        QVERIFY(LinkCheck::passes(AlibabaLinkChecks::evaluate(read)));
    }

    void aServiceOfNoOnesIsNotFoundAndAMissingAccountFails()
    {
        AlibabaLinkService service(m_account.get());
        AlibabaLinkFacts facts = good();
        facts.serviceId = u"epsrv-nothere0000000"_s;
        facts.serviceName = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-nothere0000000"_s;
        const auto [missing, error] = await(service.check(facts, nullptr));
        QVERIFY(!error.isError());
        QCOMPARE(missing.visibility, AlibabaLinkFacts::Visibility::NotFound);

        setWhitelist(HzKafkaService, {});
        AlibabaLinkFacts kafka = good();
        kafka.serviceId = HzKafkaService;
        kafka.serviceName = u"com.aliyuncs.privatelink.cn-hangzhou."_s + HzKafkaService;
        const auto [read, readError] = await(service.check(kafka, nullptr));
        QVERIFY(!readError.isError());
        const QList<LinkCheck> checks = AlibabaLinkChecks::evaluate(read);
        QCOMPARE(statusOf(checks, LinkCheck::Kind::Principal), LinkCheck::Status::Fail);
    }

    void withoutKeysTheCheckSaysWhy()
    {
        m_account->useKeys({}, u"The keychain is locked."_s);
        AlibabaLinkService service(m_account.get());
        const auto [read, error] = await(service.check(good(), nullptr));
        QVERIFY(!error.isError());
        QCOMPARE(read.visibility, AlibabaLinkFacts::Visibility::Unknown);
        QVERIFY(read.readError.contains(u"keychain is locked"_s));
        QCOMPARE(m_log->entries().size(), 0);
    }

    void theAccountIsAddedOnceAndFoundAfterALostAnswer()
    {
        setWhitelist(HzKafkaService, {});
        AlibabaLinkService service(m_account.get());
        SendOnce *add = service.addUser(u"cn-hangzhou"_s, HzKafkaService, TidbAccount, this);
        QSignalSpy done(add, &SendOnce::done);
        add->run();
        QVERIFY(done.wait(10'000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(sent(u"AddUserToVpcEndpointService"_s), 1);

        // The answer is lost after the change was made: the read finds it; nothing is resent.
        setWhitelist(HzKafkaService, {});
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/faults"_s,
                              QJsonObject{{u"pathPrefix"_s, u"/alibaba/"_s},
                                          {u"dropAnswer"_s, true},
                                          {u"remaining"_s, 1}})
                    .ok());
        SendOnce *again = service.addUser(u"cn-hangzhou"_s, HzKafkaService, TidbAccount, this);
        QSignalSpy foundDone(again, &SendOnce::done);
        again->run();
        QVERIFY(foundDone.wait(15'000));
        QCOMPARE(foundDone.first().first().toBool(), true); // found by the read
        QCOMPARE(again->sendCount(), 1);
        QCOMPARE(sent(u"AddUserToVpcEndpointService"_s), 2);
        delete add;
        delete again;
    }

    void aRequestIsAllowedOnceAndADecidedOneIsRefused()
    {
        const QString id = pendingAlibabaConnection(*m_sandbox, HzService, u"allow-me"_s);
        QVERIFY(!id.isEmpty());
        AlibabaLinkService service(m_account.get());
        const auto [requests, error] = await(service.request(u"cn-hangzhou"_s, HzService, {}));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QString endpointId;
        for (const AlibabaEndpointConnection &c : requests) {
            if (c.status == "Pending"_L1)
                endpointId = c.endpointId;
        }
        QVERIFY(!endpointId.isEmpty());
        SendOnce *allow = service.decide(u"cn-hangzhou"_s, HzService, endpointId, true, this);
        QSignalSpy done(allow, &SendOnce::done);
        allow->run();
        QVERIFY(done.wait(10'000));
        QCOMPARE(hzPaymentsConnectionState(*m_sandbox, id), u"ACTIVE"_s);

        SendOnce *reject = service.decide(u"cn-hangzhou"_s, HzService, endpointId, false, this);
        QSignalSpy failed(reject, &SendOnce::failed);
        reject->run();
        QVERIFY(failed.wait(10'000));
        const auto refusal = failed.first().first().value<ApiError>();
        QCOMPARE(refusal.providerCode, u"EndpointConnectionOperationDenied"_s);
        QCOMPARE(failed.first().at(1).toBool(), false); // a refusal, not an open outcome
        QCOMPARE(hzPaymentsConnectionState(*m_sandbox, id), u"ACTIVE"_s);
        QCOMPARE(sent(u"EnableVpcEndpointConnection"_s), 1);
        QCOMPARE(sent(u"DisableVpcEndpointConnection"_s), 1);
        delete allow;
        delete reject;
    }
};

QTEST_GUILESS_MAIN(TestAlibabaLink)
#include "tst_alibabalinkservice.moc"
