// The console's EC2 and STS client against the sandbox's emulation (which the AWS CLI checks in
// tst_sandboxawsapi): every operation, paging, XML from outside, and what the request log keeps.
// What every provider's client shares (a change sent once, retries of reads only, refusals as
// sentences, nothing sent without keys) is tst_providercalls, with a row for AWS.
#include "AwaitJob.h"
#include "ProviderSandbox.h"
#include "SeedIds.h"

#include "api/RequestLog.h"
#include "providers/aws/Ec2Client.h"
#include "providers/aws/Ec2Codec.h"
#include "sandbox/aws/AwsAccounts.h"
#include "services/LanguageManager.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using plc::sandbox::AwsAccounts;

class TestEc2Client final : public QObject
{
    Q_OBJECT

private:
    ProviderSandbox m_sandbox{u"/aws"_s};
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AwsQueryClient> m_client;
    LanguageManager m_languages;

    AwsTarget target(const QString &region = u"us-east-1"_s) const
    {
        return sandboxAwsTarget(m_sandbox.fixture(), region.toLatin1());
    }

    static QString idOf(const QString &serviceName) { return serviceName.section(u'.', -1); }

    QString stateOf(const QString &connectionId)
    {
        return m_sandbox
            ->request("GET", u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(
                                 seed::OrdersProd, connectionId))
            .json.value("state"_L1)
            .toString();
    }

private Q_SLOTS:
    void initTestCase() { m_languages.setLanguage(u"en"_s); }

    void init()
    {
        QVERIFY(m_sandbox.start());
        m_log = std::make_unique<RequestLog>();
        m_client = std::make_unique<AwsQueryClient>(m_log.get());
        m_client->setRetryPolicy({4, 10, 50, 10'000});
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    void whoAmI()
    {
        StsClient sts(m_client.get());
        const auto [identity, error] = await(sts.callerIdentity(target()));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.account, QLatin1StringView(AwsAccounts::UserAccount));
        QVERIFY(identity.arn.endsWith(u":user/sandbox-admin"_s));
    }

    void readsEveryPage()
    {
        for (int i = 0; i < 9; ++i) {
            QVERIFY(m_sandbox
                        ->request("POST", u"/sandbox/v1/endpointServices"_s,
                                  QJsonObject{{u"name"_s,
                                               u"com.amazonaws.vpce.us-east-1.vpce-svc-1%1"_s.arg(
                                                   i, 16, 16, QChar(u'0'))},
                                              {u"availabilityZoneIds"_s, QJsonArray{u"use1-az2"_s}},
                                              {u"allowedPrincipals"_s, QJsonArray{}}})
                        .ok());
        }
        Ec2Client ec2(m_client.get());
        ec2.setPageSize(5);
        const auto [services, error] = await(ec2.serviceConfigurations(target()));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QVERIFY(services.size() > 10);
        QCOMPARE(m_sandbox.requests(), int((services.size() + 4) / 5));
        for (const AwsServiceConfiguration &service : services)
            QVERIFY(service.serviceName.endsWith(service.serviceId));
    }

    void zonesPrincipalsAndDetails()
    {
        Ec2Client ec2(m_client.get());
        const auto [zones, zoneError] = await(ec2.availabilityZones(target()));
        QVERIFY(!zoneError.isError());
        QCOMPARE(zones.size(), 6);
        for (const AwsZone &zone : zones)
            QCOMPARE(zone.id, AwsAccounts::zoneId(QLatin1StringView(AwsAccounts::UserAccount),
                                                  u"us-east-1"_s, zone.name));

        const auto [principals, principalError] =
            await(ec2.allowedPrincipals(target(), idOf(seed::NoPrincipals)));
        QVERIFY(!principalError.isError());
        QVERIFY(principals.isEmpty());

        const auto [details, detailError] =
            await(ec2.serviceDetails(target(), {seed::ConfluentService}));
        QCOMPARE(detailError.kind, ApiError::Kind::Provider);
        QCOMPARE(detailError.providerCode, u"InvalidServiceName"_s);
        QVERIFY2(detailError.userMessage().contains(u"not allowed to see it"_s),
                 qPrintable(detailError.userMessage()));
        Q_UNUSED(details);
    }

    void addingAPrincipalIsSentOnce()
    {
        Ec2Client ec2(m_client.get());
        const QString tidb = u"arn:aws:iam::380838443567:root"_s;
        const auto [done, error] =
            await(ec2.addAllowedPrincipal(target(), idOf(seed::NoPrincipals), tidb));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QVERIFY(done);
        QCOMPARE(m_sandbox.requests(), 1);
        const auto [principals, e2] =
            await(ec2.allowedPrincipals(target(), idOf(seed::NoPrincipals)));
        QCOMPARE(principals.size(), 1);
        QCOMPARE(principals.first().principal, tidb);
        Q_UNUSED(e2);
    }

    void acceptFollowsToActive()
    {
        Ec2Client ec2(m_client.get());
        const QString service = u"vpce-svc-01234abcd5678ef90"_s;
        const auto [requests, error] = await(ec2.endpointConnections(target(), service));
        QVERIFY(!error.isError());
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().state, u"pendingAcceptance"_s);
        QCOMPARE(requests.first().owner, QLatin1StringView(AwsAccounts::TidbCloudAccount));
        QVERIFY(requests.first().created.isValid());
        const auto [unsuccessful, acceptError] =
            await(ec2.decide(target(), service, {requests.first().endpointId}, true));
        QVERIFY(!acceptError.isError());
        QVERIFY(unsuccessful.isEmpty());
        QCOMPARE(stateOf(seed::KafkaSelfhosted), u"ACTIVE"_s);
        const auto [again, againError] =
            await(ec2.decide(target(), service, {requests.first().endpointId}, true));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().code, u"InvalidVpcEndpointState"_s);
        Q_UNUSED(againError);
    }

    void theLogShowsActionsNeverKeys()
    {
        Ec2Client ec2(m_client.get());
        AwsTarget t = target();
        t.credentials.sessionToken = u"session-token-value"_s;
        (void)await(ec2.allowedPrincipals(t, idOf(seed::NoPrincipals)));
        (void)await(ec2.addAllowedPrincipal(target(), idOf(seed::NoPrincipals),
                                            u"arn:aws:iam::111122223333:root"_s));
        QCOMPARE(m_log->entries().size(), 2);
        QVERIFY(m_log->entries().at(0).path.endsWith(u" DescribeVpcEndpointServicePermissions"_s));
        QCOMPARE(m_log->entries().at(0).outcome, u"AuthFailure"_s); // the token is not the key's
        for (const RequestLogEntry &entry : m_log->entries()) {
            for (const QString &secret :
                 {m_sandbox->config().awsSecretAccessKey, m_sandbox->config().awsAccessKeyId,
                  u"session-token-value"_s, u"111122223333"_s})
                QVERIFY(!entry.path.contains(secret) && !entry.outcome.contains(secret));
        }
    }

    void hostileXmlIsRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("entity expansion")
            << QByteArray("<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b "
                          "\"&a;&a;&a;\">]><DescribeAvailabilityZonesResponse>&b;</"
                          "DescribeAvailabilityZonesResponse>");
        QTest::newRow("another document") << QByteArray("<html><body>proxy login</body></html>");
        QTest::newRow("not XML") << QByteArray("{\"code\":16}");
        QByteArray deep;
        for (int i = 0; i < 40; ++i)
            deep += "<a>";
        QTest::newRow("too deep") << deep;
        QTest::newRow("zone without ID") << QByteArray(
            "<DescribeAvailabilityZonesResponse><availabilityZoneInfo><item><zoneName>x</"
            "zoneName></item></availabilityZoneInfo></DescribeAvailabilityZonesResponse>");
    }

    void hostileXmlIsRefused()
    {
        QFETCH(QByteArray, xml);
        QString error;
        QVERIFY(!Ec2Codec::availabilityZones(xml, &error));
        QVERIFY(!error.isEmpty());
    }

    void textFromAwsIsMadeVisible()
    {
        // XML 1.0 cannot carry C0 controls (the reader refuses them), but it does carry C1
        // controls (U+009B is a terminal's CSI) and bidirectional overrides.
        QString error;
        const auto zones =
            Ec2Codec::availabilityZones("<DescribeAvailabilityZonesResponse><availabilityZoneInfo><"
                                        "item><zoneName>us-east-1a&#x9B;2J&#x202E;</zoneName>"
                                        "<zoneId>use1-az1</zoneId></item></availabilityZoneInfo></"
                                        "DescribeAvailabilityZonesResponse>",
                                        &error);
        QVERIFY2(zones, qPrintable(error));
        QCOMPARE(zones->first().name, u"us-east-1a<U+009B>2J<U+202E>"_s);
    }
};

QTEST_GUILESS_MAIN(TestEc2Client)
#include "tst_ec2client.moc"
