// The console's typed PrivateLink and STS client for Alibaba Cloud (AlibabaPrivateLinkClient,
// AlibabaCodec) against the sandbox — whose answers @alicloud/pop-core checks in
// tst_sandboxalibabaapi — and against canned answers for what the sandbox never sends: every
// page read, values typed, changes sent once with a ClientToken, an error inside a 200, and
// answers of the wrong shape refused whole.
#include "AwaitJob.h"
#include "CannedServer.h"
#include "SandboxFixture.h"
#include "SeedIds.h"

#include "api/RequestLog.h"
#include "providers/alibaba/AlibabaCodec.h"
#include "providers/alibaba/AlibabaPrivateLinkClient.h"
#include "services/LanguageManager.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {
const QString HzService = QStringLiteral("epsrv-bp1c2d3e4f5g6h7i8");      // zones j and k
const QString HzKafkaService = QStringLiteral("epsrv-bp1k9m8n7b6v5c4x3"); // zone k
const QString TidbAccount = QStringLiteral("5548313946124153");
const QString UserAccount = QStringLiteral("1432156789012345");
} // namespace

class TestAlibabaPrivateLink final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AlibabaRpcClient> m_rpc;
    std::unique_ptr<AlibabaPrivateLinkClient> m_client;
    LanguageManager m_languages;

    AlibabaTarget target(const QUrl &endpoint = {}) const
    {
        AlibabaTarget t;
        t.endpoint =
            endpoint.isEmpty() ? m_sandbox->url().resolved(QUrl(u"/alibaba/"_s)) : endpoint;
        t.region = u"cn-hangzhou"_s;
        t.credentials.accessKeyId = m_sandbox->config().alibabaAccessKeyId;
        t.credentials.accessKeySecret = m_sandbox->config().alibabaAccessKeySecret;
        return t;
    }

    QString tidbState(const QString &id) { return hzPaymentsConnectionState(*m_sandbox, id); }

    QString pendingConnection(const QString &serviceId, const QString &name)
    {
        return pendingAlibabaConnection(*m_sandbox, serviceId, name);
    }

    /// The attempts the console made of `action`, as its request log keeps them.
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
        m_rpc = std::make_unique<AlibabaRpcClient>(m_log.get());
        m_rpc->setRetryPolicy({4, 10, 50, 10'000});
        m_client = std::make_unique<AlibabaPrivateLinkClient>(m_rpc.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_rpc.reset();
        m_sandbox.reset();
    }

    void theOwnersServicesAreReadTyped()
    {
        const auto [job, jobError] = await(m_client->services(target()));
        QVERIFY2(!jobError.isError(), qPrintable(jobError.userMessage()));
        const QList<AlibabaService> services = job;
        QCOMPARE(services.size(), 2);
        const auto payments =
            std::find_if(services.begin(), services.end(),
                         [](const AlibabaService &s) { return s.serviceId == HzService; });
        QVERIFY(payments != services.end());
        QCOMPARE(payments->serviceName, u"com.aliyuncs.privatelink.cn-hangzhou."_s + HzService);
        QCOMPARE(payments->status, u"Active"_s);
        QCOMPARE(payments->zoneIds, (QStringList{u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s}));
        QCOMPARE(payments->autoAcceptEnabled, false);
        QVERIFY(payments->ownerView);

        const auto [attribute, attributeError] =
            await(m_client->serviceAttribute(target(), HzKafkaService));
        QVERIFY2(!attributeError.isError(), qPrintable(attributeError.userMessage()));
        QCOMPARE(attribute.zoneIds, QStringList{u"cn-hangzhou-k"_s});
        QCOMPARE(attribute.serviceDomain,
                 HzKafkaService + u".cn-hangzhou.privatelink.aliyuncs.com"_s);

        const auto [resources, resourcesError] =
            await(m_client->serviceResources(target(), HzService));
        QCOMPARE(resources.size(), 2);
        QCOMPARE(resources.at(1).zoneId, u"cn-hangzhou-k"_s);
        QVERIFY(resources.at(0).resourceId.startsWith(u"nlb-"_s));

        const auto [users, usersError] = await(m_client->serviceUsers(target(), HzService));
        QVERIFY2(!usersError.isError(), qPrintable(usersError.userMessage()));
        QCOMPARE(users, QStringList{TidbAccount});

        // A service of no one's is Alibaba Cloud's refusal, in a sentence.
        const auto [missing, missingError] =
            await(m_client->serviceAttribute(target(), u"epsrv-nothere"_s));
        QCOMPARE(missingError.kind, ApiError::Kind::Provider);
        QCOMPARE(missingError.providerCode, u"EndpointServiceNotFound"_s);
        QVERIFY(!missingError.sentence.isEmpty());
    }

    void everyPageIsReadAndTheTokenSentBack()
    {
        m_client->setPageSize(1);
        const auto [job, jobError] = await(m_client->services(target()));
        QVERIFY2(!jobError.isError(), qPrintable(jobError.userMessage()));
        QCOMPARE(job.size(), 2);
        QCOMPARE(sent(u"ListVpcEndpointServices"_s), 2);

        const auto [zones, zonesError] = await(m_client->serviceResources(target(), HzService));
        QCOMPARE(zones.size(), 2);
        QCOMPARE(sent(u"ListVpcEndpointServiceResources"_s), 2);
    }

    void aTokenThatComesBackAgainEndsTheRead()
    {
        CannedServer server;
        server.setResponse(200, R"({"RequestId":"R","Services":[],"NextToken":"same"})");
        QVERIFY(server.start());
        AlibabaTarget canned = target(server.url());
        const auto [job, jobError] = await(m_client->services(canned));
        QCOMPARE(jobError.kind, ApiError::Kind::Paging);
        QCOMPARE(server.requests().size(), 2);
    }

    void theCallerIdentityComesFromSts()
    {
        AlibabaStsClient sts(m_rpc.get());
        const auto [job, jobError] = await(sts.callerIdentity(target()));
        QVERIFY2(!jobError.isError(), qPrintable(jobError.userMessage()));
        QCOMPARE(job.accountId, UserAccount);
        QCOMPARE(job.arn, u"acs:ram::%1:root"_s.arg(UserAccount));
        QCOMPARE(job.identityType, u"Account"_s);
        // STS takes no region; the version tells which API is meant.
        CannedServer server;
        server.setResponse(200, R"({"RequestId":"R","AccountId":"1","Arn":"acs:ram::1:root"})");
        QVERIFY(server.start());
        const auto [canned, cannedError] = await(sts.callerIdentity(target(server.url())));
        QCOMPARE(canned.accountId, u"1"_s);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().constFirst().contains("Version=2015-04-01"));
        QVERIFY(server.requests().constFirst().contains("Action=GetCallerIdentity"));
        QVERIFY(!server.requests().constFirst().contains("RegionId="));

        AlibabaTarget wrong = target();
        wrong.credentials.accessKeySecret = u"not-the-secret"_s;
        const auto [refused, refusedError] = await(sts.callerIdentity(wrong));
        QCOMPARE(refusedError.providerCode, u"SignatureDoesNotMatch"_s);
    }

    void theWhitelistGainsAnAccountWithOneRequest()
    {
        const auto [job, jobError] =
            await(m_client->addUser(target(), HzKafkaService, TidbAccount));
        QVERIFY2(!jobError.isError(), qPrintable(jobError.userMessage()));
        QVERIFY(!job.isEmpty()); // the RequestId
        QCOMPARE(sent(u"AddUserToVpcEndpointService"_s), 1);
        const auto [users, usersError] = await(m_client->serviceUsers(target(), HzKafkaService));
        QVERIFY(users.contains(TidbAccount));

        // Under a 503 the change is not sent again: the user is told, and decides.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/faults"_s,
                              QJsonObject{{u"pathPrefix"_s, u"/alibaba/"_s}, {u"status"_s, 503}})
                    .ok());
        const auto [failed, failedError] =
            await(m_client->addUser(target(), HzService, u"1111222233334444"_s));
        QCOMPARE(failedError.providerCode, u"ServiceUnavailable"_s);
        QCOMPARE(sent(u"AddUserToVpcEndpointService"_s), 2);
    }

    void eachChangeCarriesItsOwnClientToken()
    {
        // Alibaba Cloud takes a repeat of one ClientToken as the same change; two changes the
        // user made are two tokens.
        CannedServer server;
        server.setResponse(200, R"({"RequestId":"R"})");
        QVERIFY(server.start());
        for (int i = 0; i < 2; ++i) {
            const auto [job, jobError] =
                await(m_client->decide(target(server.url()), HzService, u"ep-1"_s, true));
            QCOMPARE(job, u"R"_s);
        }
        QCOMPARE(server.requests().size(), 2);
        QStringList tokens;
        for (const QByteArray &request : server.requests()) {
            const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
            const QUrlQuery form(QString::fromUtf8(body));
            QCOMPARE(form.queryItemValue(u"Action"_s), u"EnableVpcEndpointConnection"_s);
            QCOMPARE(form.queryItemValue(u"EndpointId"_s), u"ep-1"_s);
            tokens.append(form.queryItemValue(u"ClientToken"_s));
        }
        QCOMPARE(tokens.at(0).size(), 36);
        QVERIFY(tokens.at(0) != tokens.at(1));
    }

    void requestsAreAllowedAndRejected()
    {
        const QString allowMe = pendingConnection(HzService, u"allow-me"_s);
        QVERIFY(!allowMe.isEmpty());
        const auto [list, listError] = await(m_client->connections(target(), HzService));
        QVERIFY2(!listError.isError(), qPrintable(listError.userMessage()));
        // The seeded link is Connected; the new one waits.
        QCOMPARE(list.size(), 2);
        const auto found =
            std::find_if(list.begin(), list.end(), [](const AlibabaEndpointConnection &c) {
                return c.status == "Pending"_L1;
            });
        QVERIFY(found != list.end());
        const AlibabaEndpointConnection request = *found;
        QCOMPARE(request.endpointOwnerId, TidbAccount);
        QCOMPARE(request.serviceId, HzService);
        QVERIFY(!request.zoneIds.isEmpty());
        QVERIFY(request.modified.isValid());

        const auto [allow, allowError] =
            await(m_client->decide(target(), HzService, request.endpointId, true));
        QVERIFY2(!allowError.isError(), qPrintable(allowError.userMessage()));
        QCOMPARE(tidbState(allowMe), u"ACTIVE"_s);
        const auto [one, oneError] =
            await(m_client->connections(target(), HzService, request.endpointId));
        QCOMPARE(one.constFirst().status, u"Connected"_s);

        // Deciding again is refused by Alibaba Cloud, and the sentence says why.
        const auto [again, againError] =
            await(m_client->decide(target(), HzService, request.endpointId, false));
        QCOMPARE(againError.providerCode, u"EndpointConnectionOperationDenied"_s);
        QCOMPARE(tidbState(allowMe), u"ACTIVE"_s);

        const QString rejectMe = pendingConnection(HzService, u"reject-me"_s);
        const auto [pending, pendingError] = await(m_client->connections(target(), HzService));
        QString other;
        for (const AlibabaEndpointConnection &c : pending) {
            if (c.status == "Pending"_L1)
                other = c.endpointId;
        }
        QVERIFY(!other.isEmpty());
        const auto [reject, rejectError] =
            await(m_client->decide(target(), HzService, other, false));
        QVERIFY2(!rejectError.isError(), qPrintable(rejectError.userMessage()));
        QCOMPARE(tidbState(rejectMe), u"FAILED"_s);
        // One each: the refused one and this one; nothing sent twice.
        QCOMPARE(sent(u"DisableVpcEndpointConnection"_s), 2);
        QCOMPARE(sent(u"EnableVpcEndpointConnection"_s), 1);
    }

    void servicesOfOthersAreSeenByName()
    {
        const auto [job, jobError] = await(m_client->servicesByEndUser(
            target(), u"com.aliyuncs.privatelink.cn-hangzhou."_s + HzService));
        QVERIFY2(!jobError.isError(), qPrintable(jobError.userMessage()));
        QCOMPARE(job.size(), 1);
        QCOMPARE(job.constFirst().zoneIds.size(), 2);
        QVERIFY(!job.constFirst().ownerView);
    }

    void anErrorInsideA200IsAnError()
    {
        // Some Alibaba Cloud gateways answer a refusal with 200: a Code makes it one.
        CannedServer server;
        server.setResponse(
            200, R"({"RequestId":"R-1","Code":"Forbidden.RAM",)"
                 R"("Message":"User not authorized to operate on the specified resource."})");
        QVERIFY(server.start());
        const auto [job, jobError] =
            await(m_client->serviceAttribute(target(server.url()), HzService));
        QCOMPARE(jobError.kind, ApiError::Kind::Provider);
        QCOMPARE(jobError.providerCode, u"Forbidden.RAM"_s);
        QCOMPARE(jobError.traceId, u"R-1"_s);
        QCOMPARE(server.requests().size(), 1);
    }

    void answersOfTheWrongShapeAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("not JSON") << QByteArray("<html>") << u"not JSON"_s;
        QTest::newRow("an array") << QByteArray("[]") << u"JSON object"_s;
        QTest::newRow("no list") << QByteArray(R"({"RequestId":"R"})") << u"Connections"_s;
        QTest::newRow("an ID with a space")
            << QByteArray(
                   R"({"Connections":[{"EndpointId":"ep- 1","ConnectionStatus":"Pending"}]})")
            << u"EndpointId"_s;
        QTest::newRow("an owner that is no account")
            << QByteArray(R"({"Connections":[{"EndpointId":"ep-1","EndpointOwnerId":"root"}]})")
            << u"EndpointOwnerId"_s;
        QTest::newRow("zones not objects")
            << QByteArray(R"({"Connections":[{"EndpointId":"ep-1","Zones":["a"]}]})") << u"Zones"_s;
    }

    void answersOfTheWrongShapeAreRefusedWhole()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, complaint);
        QString error;
        QVERIFY(!AlibabaCodec::connections(json, &error));
        QVERIFY2(error.contains(complaint), qPrintable(error));
    }

    void accountIdsKeepEveryDigit()
    {
        // Past 2^53 a double loses the last digits: read as an integer, or as a string.
        QString error;
        const auto page =
            AlibabaCodec::serviceUsers(R"({"Users":[{"UserId":9007199254740993},)"
                                       R"({"UserId":"1234567890123456"}],"NextToken":"t"})",
                                       &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->items, (QStringList{u"9007199254740993"_s, u"1234567890123456"_s}));
        QCOMPARE(page->nextToken, u"t"_s);
        QVERIFY(AlibabaCodec::accountId(QJsonValue(-5)).isEmpty());
        QVERIFY(AlibabaCodec::accountId(QJsonValue(1.5)).isEmpty());
        QVERIFY(AlibabaCodec::accountId(QJsonValue(u"12a"_s)).isEmpty());
    }

    void serverTextIsMadeVisible()
    {
        QString error;
        const auto page = AlibabaCodec::services(
            "{\"Services\":[{\"ServiceId\":\"epsrv-1\",\"ServiceName\":\"a\\u001b[31mb\","
            "\"Zones\":[\"z\\u0007\"]}]}",
            &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(!page->items.constFirst().serviceName.contains(QChar(0x1b)));
        QVERIFY(!page->items.constFirst().zoneIds.constFirst().contains(QChar(0x07)));
    }
};

QTEST_GUILESS_MAIN(TestAlibabaPrivateLink)
#include "tst_alibabaprivatelinkclient.moc"
