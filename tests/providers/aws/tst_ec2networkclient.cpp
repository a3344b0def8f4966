// The console's EC2 client for the user's own network and interface endpoints, against the
// sandbox's emulation (which the AWS CLI checks in tst_sandboxawsnetwork): every read, each
// change sent once, a dry run that changes nothing, and AWS's refusals as sentences.
#include "AwaitJob.h"
#include "ProviderSandbox.h"

#include "api/RequestLog.h"
#include "providers/aws/Ec2NetworkClient.h"
#include "services/LanguageManager.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {
const QString Prod = u"vpc-0c1f9e2d3b4a59687"_s;
const QString Legacy = u"vpc-07d3e5a1b9c2f4e60"_s;
const QString TidbService = u"com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"_s;
const QString TidbHost = u"gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com"_s;
const QString SubnetAz1 = u"subnet-0a4e1c2b3d5f60718"_s;
const QString SubnetAz2 = u"subnet-0b5f2d3c4e6a70819"_s;
const QString SubnetAz3 = u"subnet-0c6a3e4d5f7b8092a"_s;
const QString ClientsGroup = u"sg-0f2b3c4d5e6f70819"_s;
const QString DefaultGroup = u"sg-0e1a2b3c4d5e6f708"_s;
} // namespace

class TestEc2NetworkClient final : public QObject
{
    Q_OBJECT

private:
    ProviderSandbox m_sandbox{u"/aws"_s};
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AwsQueryClient> m_client;
    LanguageManager m_languages;

    AwsTarget target() const { return sandboxAwsTarget(m_sandbox.fixture()); }

    AwsEndpointRequest request(const QString &token) const
    {
        AwsEndpointRequest r;
        r.vpcId = Prod;
        r.serviceName = TidbService;
        r.subnetIds = {SubnetAz1, SubnetAz2};
        r.groupIds = {ClientsGroup};
        r.privateDns = true;
        r.clientToken = token;
        return r;
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

    void readsTheNetwork()
    {
        Ec2NetworkClient ec2(m_client.get());
        const auto [vpcs, vpcError] = await(ec2.vpcs(target()));
        QVERIFY2(!vpcError.isError(), qPrintable(vpcError.userMessage()));
        QCOMPARE(vpcs.size(), 2);
        QCOMPARE(vpcs.at(0).vpcId, Prod);
        QCOMPARE(vpcs.at(0).name, u"prod-app"_s);
        QCOMPARE(vpcs.at(1).cidrBlock, u"172.31.0.0/16"_s);

        const auto [hostnames, attributeError] =
            await(ec2.vpcAttribute(target(), Legacy, u"enableDnsHostnames"_s));
        QVERIFY(!attributeError.isError());
        QCOMPARE(hostnames, false);
        const auto [support, supportError] =
            await(ec2.vpcAttribute(target(), Legacy, u"enableDnsSupport"_s));
        QVERIFY(!supportError.isError());
        QCOMPARE(support, true);

        const auto [subnets, subnetError] =
            await(ec2.subnets(target(), Prod, {u"use1-az1"_s, u"use1-az4"_s}));
        QVERIFY(!subnetError.isError());
        QCOMPARE(subnets.size(), 2);
        QCOMPARE(subnets.at(0).subnetId, SubnetAz1);
        QCOMPARE(subnets.at(0).zoneId, u"use1-az1"_s);
        QVERIFY(subnets.at(0).zoneName.startsWith(u"us-east-1"_s));
        QCOMPARE(subnets.at(1).zoneId, u"use1-az4"_s);

        const auto [groups, groupError] = await(ec2.securityGroups(target(), Prod));
        QVERIFY(!groupError.isError());
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).groupId, DefaultGroup);
        const auto opens = [](const AwsSecurityGroup &group, int port) {
            return std::any_of(group.rules.cbegin(), group.rules.cend(),
                               [port](const AwsGroupRule &r) { return r.opensInbound(port); });
        };
        QVERIFY(!opens(groups.at(0), 4000)); // default: egress only
        QVERIFY(opens(groups.at(1), 4000));
        QVERIFY(!opens(groups.at(1), 3306));
        QCOMPARE(groups.at(1).rules.at(0).cidr, u"10.20.0.0/16"_s);
    }

    void aChangeIsOneRequestAndADryRunChangesNothing()
    {
        Ec2NetworkClient ec2(m_client.get());
        const auto [dry, dryError] =
            await(ec2.setVpcAttribute(target(), Legacy, u"enableDnsHostnames"_s, true, true));
        QCOMPARE(dryError.kind, ApiError::Kind::Provider);
        QCOMPARE(dryError.providerCode, u"DryRunOperation"_s);
        const auto [before, beforeError] =
            await(ec2.vpcAttribute(target(), Legacy, u"enableDnsHostnames"_s));
        QCOMPARE(before, false);

        m_sandbox.resetRequests();
        const auto [done, doneError] =
            await(ec2.setVpcAttribute(target(), Legacy, u"enableDnsHostnames"_s, true));
        QVERIFY2(!doneError.isError(), qPrintable(doneError.userMessage()));
        QVERIFY(done);
        QCOMPARE(m_sandbox.requests(), 1);
        const auto [after, afterError] =
            await(ec2.vpcAttribute(target(), Legacy, u"enableDnsHostnames"_s));
        QCOMPARE(after, true);

        const auto [rules, ruleError] =
            await(ec2.openPort(target(), DefaultGroup, 4000, u"10.20.0.0/16"_s, {}, u"TiDB"_s));
        QVERIFY2(!ruleError.isError(), qPrintable(ruleError.userMessage()));
        QCOMPARE(rules.size(), 1);
        QVERIFY(rules.at(0).opensInbound(4000));
        QCOMPARE(rules.at(0).description, u"TiDB"_s);
        // From another group of the VPC.
        const auto [fromGroup, fromGroupError] =
            await(ec2.openPort(target(), DefaultGroup, 4000, {}, ClientsGroup, {}));
        QVERIFY2(!fromGroupError.isError(), qPrintable(fromGroupError.userMessage()));
        QCOMPARE(fromGroup.at(0).sourceGroupId, ClientsGroup);
        // The same rule again: refused in a sentence, not retried.
        m_sandbox.resetRequests();
        const auto [again, againError] =
            await(ec2.openPort(target(), DefaultGroup, 4000, u"10.20.0.0/16"_s, {}, {}));
        QCOMPARE(againError.providerCode, u"InvalidPermission.Duplicate"_s);
        QVERIFY(!againError.userMessage().isEmpty());
        QCOMPARE(m_sandbox.requests(), 1);
    }

    void anEndpointIsMadeOnceFollowedChangedAndDeleted()
    {
        Ec2NetworkClient ec2(m_client.get());
        const auto [dry, dryError] = await(ec2.createEndpoint(target(), request(u"t-1"_s), true));
        QCOMPARE(dryError.providerCode, u"DryRunOperation"_s);
        const auto [none, noneError] = await(ec2.endpoints(target(), Prod, TidbService));
        QVERIFY(!noneError.isError());
        QVERIFY(none.isEmpty());

        m_sandbox.resetRequests();
        const auto [made, madeError] = await(ec2.createEndpoint(target(), request(u"t-1"_s)));
        QVERIFY2(!madeError.isError(), qPrintable(madeError.userMessage()));
        QCOMPARE(m_sandbox.requests(), 1);
        QCOMPARE(made.state, u"pending"_s);
        QCOMPARE(made.subnetIds, (QStringList{SubnetAz1, SubnetAz2}));
        QCOMPARE(made.groupIds, QStringList{ClientsGroup});
        QVERIFY(made.privateDnsEnabled);
        QVERIFY(made.created.isValid());
        // Sent again with its token (as a settle would): the same endpoint.
        const auto [same, sameError] = await(ec2.createEndpoint(target(), request(u"t-1"_s)));
        QVERIFY(!sameError.isError());
        QCOMPARE(same.endpointId, made.endpointId);

        // Available after the sandbox's creating delay.
        QList<AwsVpcEndpoint> found;
        QTRY_VERIFY_WITH_TIMEOUT(
            (found = await(ec2.endpointsById(target(), {made.endpointId})).first).size() == 1 &&
                found.at(0).state == u"available"_s,
            5000);
        QCOMPARE(found.at(0).dnsNames.size(), 4);
        QCOMPARE(found.at(0).dnsNames.last(), TidbHost);
        const auto [inVpc, inVpcError] = await(ec2.endpoints(target(), Prod, TidbService));
        QCOMPARE(inVpc.size(), 1);

        const auto [modified, modifyError] = await(ec2.modifyEndpoint(
            target(), made.endpointId, {}, {SubnetAz2}, {DefaultGroup}, {}, false));
        QVERIFY2(!modifyError.isError(), qPrintable(modifyError.userMessage()));
        QVERIFY(modified);
        const auto [changed, changedError] = await(ec2.endpointsById(target(), {made.endpointId}));
        QCOMPARE(changed.at(0).subnetIds, QStringList{SubnetAz1});
        QCOMPARE(changed.at(0).groupIds, (QStringList{ClientsGroup, DefaultGroup}));
        QVERIFY(!changed.at(0).privateDnsEnabled);
        QCOMPARE(changed.at(0).dnsNames.size(), 2);

        const auto [failed, deleteError] =
            await(ec2.deleteEndpoints(target(), {made.endpointId, u"vpce-0123456789abcdef0"_s}));
        QVERIFY(!deleteError.isError());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).resourceId, u"vpce-0123456789abcdef0"_s);
        QCOMPARE(failed.at(0).code, u"InvalidVpcEndpoint.NotFound"_s);
    }

    void refusalsAreSentencesInAwsWords_data()
    {
        QTest::addColumn<QStringList>("subnets");
        QTest::addColumn<QString>("vpc");
        QTest::addColumn<QString>("code");
        QTest::newRow("a subnet outside the service's zones")
            << QStringList{SubnetAz1, SubnetAz3} << Prod << u"InvalidParameter"_s;
        QTest::newRow("an unknown VPC")
            << QStringList{SubnetAz1} << u"vpc-0123456789abcdef0"_s << u"InvalidVpcID.NotFound"_s;
        QTest::newRow("private DNS without the DNS attributes")
            << QStringList{u"subnet-0e8c5a6f7b9d0214c"_s} << Legacy << u"InvalidParameter"_s;
    }

    void refusalsAreSentencesInAwsWords()
    {
        QFETCH(QStringList, subnets);
        QFETCH(QString, vpc);
        QFETCH(QString, code);
        Ec2NetworkClient ec2(m_client.get());
        AwsEndpointRequest r = request({});
        r.vpcId = vpc;
        r.subnetIds = subnets;
        r.groupIds.clear();
        m_sandbox.resetRequests();
        const auto [made, error] = await(ec2.createEndpoint(target(), r));
        QCOMPARE(error.kind, ApiError::Kind::Provider);
        QCOMPARE(error.providerCode, code);
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(m_sandbox.requests(), 1); // a change is never sent again
    }
};

QTEST_GUILESS_MAIN(TestEc2NetworkClient)
#include "tst_ec2networkclient.moc"
