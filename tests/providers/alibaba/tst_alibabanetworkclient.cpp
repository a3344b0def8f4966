// The console's client for the user's own Alibaba Cloud network (AlibabaNetworkClient,
// AlibabaNetworkCodec) against the sandbox's VPC, ECS and PrivateLink emulation — which
// @alicloud/pop-core checks in tst_sandboxalibabanetwork: every page read, a lost read sent
// again, each change one request with a ClientToken, a dry run that changes nothing, and Alibaba
// Cloud's refusals as sentences, never sent again. Also where each product's host comes from.
#include "AwaitJob.h"
#include "CannedServer.h"
#include "SandboxFixture.h"

#include "api/RequestLog.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/alibaba/AlibabaNetworkClient.h"
#include "services/LanguageManager.h"

#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {
const QString HzProd = QStringLiteral("vpc-bp1h2k3m4n5p6q7r8s9t0");
const QString HzStaging = QStringLiteral("vpc-bp1s7t6a5g4i3n2g1x0y9");
const QString VswJ = QStringLiteral("vsw-bp1j0a1b2c3d4e5f6g7h8");
const QString VswK = QStringLiteral("vsw-bp1k9b8c7d6e5f4g3h2i1");
const QString VswH = QStringLiteral("vsw-bp1h5c4d3e2f1g0h9i8j7"); // outside the service's zones
const QString SgTidb = QStringLiteral("sg-bp1t1d2b3c4l5i6e7n8t9");
const QString SgDefault = QStringLiteral("sg-bp1d2e3f4a5u6l7t8g9r0");
const QString SgManaged = QStringLiteral("sg-bp1m2a3n4a5g6e7d8n9l0");
const QString TidbService =
    QStringLiteral("com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l");

bool opens(const AlibabaSecurityGroup &group, int port)
{
    return std::any_of(group.rules.cbegin(), group.rules.cend(),
                       [port](const AlibabaGroupRule &r) { return r.opensInbound(port); });
}
} // namespace

class TestAlibabaNetworkClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<AlibabaRpcClient> m_rpc;
    std::unique_ptr<AlibabaNetworkClient> m_client;
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

    AlibabaEndpointRequest request(const QString &token) const
    {
        AlibabaEndpointRequest r;
        r.vpcId = HzProd;
        r.serviceName = TidbService;
        r.zones = {{u"cn-hangzhou-j"_s, VswJ}, {u"cn-hangzhou-k"_s, VswK}};
        r.groupIds = {SgTidb};
        r.name = u"tidb"_s;
        r.clientToken = token;
        return r;
    }

    /// The attempts the console made of `action`, as its request log keeps them.
    int sent(const QString &action) const
    {
        int count = 0;
        for (const RequestLogEntry &entry : m_log->entries())
            count += entry.path.endsWith(u' ' + action);
        return count;
    }

    void fault(const QString &kind)
    {
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/faults"_s,
                              QJsonObject{{kind, true},
                                          {u"pathPrefix"_s, u"/alibaba/"_s},
                                          {u"remaining"_s, 1}})
                    .ok());
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
        m_client = std::make_unique<AlibabaNetworkClient>(m_rpc.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_rpc.reset();
        m_sandbox.reset();
    }

    void eachProductHasItsHostInTheRegion()
    {
        QCOMPARE(AlibabaProfileResolver::defaultEndpoint(u"cn-hangzhou"_s, AlibabaProduct::Vpc),
                 QUrl(u"https://vpc.cn-hangzhou.aliyuncs.com/"_s));
        QCOMPARE(AlibabaProfileResolver::defaultEndpoint(u"ap-southeast-1"_s, AlibabaProduct::Ecs),
                 QUrl(u"https://ecs.ap-southeast-1.aliyuncs.com/"_s));
        QCOMPARE(AlibabaProfileResolver::defaultEndpoint(u"cn-hangzhou"_s),
                 QUrl(u"https://privatelink.cn-hangzhou.aliyuncs.com/"_s));
        QVERIFY(
            AlibabaProfileResolver::defaultEndpoint(u"evil.example.com/x"_s, AlibabaProduct::Vpc)
                .isEmpty());

        AlibabaAccount account(nullptr);
        account.useKeys({u"LTAI5tExampleKeyId1234"_s, u"secret"_s, {}, {}}, {}, {});
        QCOMPARE(account.productTarget(AlibabaProduct::Ecs, u"cn-beijing"_s).endpoint.host(),
                 u"ecs.cn-beijing.aliyuncs.com"_s);
        QVERIFY(
            account.productTarget(AlibabaProduct::Vpc, u"cn-hangzhou.evil"_s).endpoint.isEmpty());
        // In the sandbox every product is its /alibaba/ mount.
        const QUrl mount = m_sandbox->url().resolved(QUrl(u"/alibaba/"_s));
        account.useSandbox(mount, {u"LTAI5tExampleKeyId1234"_s, u"secret"_s, {}, {}});
        QCOMPARE(account.productTarget(AlibabaProduct::Vpc, u"cn-hangzhou"_s).endpoint, mount);
        QCOMPARE(account.productTarget(AlibabaProduct::Ecs, u"cn-hangzhou"_s).endpoint, mount);
    }

    void readsTheNetworkPageByPage()
    {
        m_client->setPageSize(1);
        const auto [vpcs, vpcError] = await(m_client->vpcs(target()));
        QVERIFY2(!vpcError.isError(), qPrintable(vpcError.userMessage()));
        QCOMPARE(vpcs.size(), 2);
        QCOMPARE(sent(u"DescribeVpcs"_s), 2);
        QCOMPARE(vpcs.at(0).vpcId, HzProd);
        QCOMPARE(vpcs.at(0).name, u"hz-prod"_s);
        QCOMPARE(vpcs.at(0).cidrBlock, u"192.168.0.0/16"_s);
        QCOMPARE(vpcs.at(1).vpcId, HzStaging);

        const auto [vswitches, vswitchError] = await(m_client->vSwitches(target(), HzProd));
        QVERIFY2(!vswitchError.isError(), qPrintable(vswitchError.userMessage()));
        QCOMPARE(sent(u"DescribeVSwitches"_s), 3);
        QCOMPARE(vswitches.size(), 3);
        QCOMPARE(vswitches.at(0).vSwitchId, VswJ);
        QCOMPARE(vswitches.at(0).zoneId, u"cn-hangzhou-j"_s);
        QCOMPARE(vswitches.at(2).zoneId, u"cn-hangzhou-h"_s);
        QVERIFY(vswitches.at(0).freeAddresses > 0);

        m_client->setPageSize(0);
        const auto [groups, groupError] = await(m_client->securityGroups(target(), HzProd));
        QVERIFY2(!groupError.isError(), qPrintable(groupError.userMessage()));
        QCOMPARE(groups.size(), 3);
        const auto managed =
            std::find_if(groups.cbegin(), groups.cend(),
                         [](const AlibabaSecurityGroup &g) { return g.groupId == SgManaged; });
        QVERIFY(managed != groups.cend());
        QVERIFY(managed->managed);

        const auto [tidb, tidbError] = await(m_client->groupRules(target(), SgTidb));
        QVERIFY2(!tidbError.isError(), qPrintable(tidbError.userMessage()));
        QCOMPARE(tidb.name, u"tidb-clients"_s);
        QCOMPARE(tidb.vpcId, HzProd);
        QVERIFY(opens(tidb, 4000));
        QVERIFY(!opens(tidb, 3306));
        QCOMPARE(tidb.rules.at(0).cidr, u"192.168.0.0/16"_s);
        const auto [fallback, fallbackError] = await(m_client->groupRules(target(), SgDefault));
        QVERIFY(!fallbackError.isError());
        QVERIFY(!opens(fallback, 4000));
        QVERIFY(opens(fallback, 22));

        const auto [endpoints, endpointError] =
            await(m_client->endpoints(target(), HzProd, TidbService));
        QVERIFY2(!endpointError.isError(), qPrintable(endpointError.userMessage()));
        QVERIFY(endpoints.isEmpty());
    }

    void aLostReadIsSentAgain()
    {
        fault(u"dropAnswer"_s);
        const auto [vpcs, error] = await(m_client->vpcs(target()));
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(vpcs.size(), 2);
        QCOMPARE(sent(u"DescribeVpcs"_s), 2);
    }

    void aChangeIsOneRequestAndADryRunChangesNothing()
    {
        const auto [dryPort, dryPortError] =
            await(m_client->openPort(target(), SgDefault, 4000, u"192.168.0.0/16"_s, {}, {}, true));
        QCOMPARE(dryPortError.providerCode, u"DryRunOperation"_s);
        const auto [before, beforeError] = await(m_client->groupRules(target(), SgDefault));
        QVERIFY(!opens(before, 4000));

        const auto [port, portError] = await(
            m_client->openPort(target(), SgDefault, 4000, u"192.168.0.0/16"_s, {}, u"TiDB"_s));
        QVERIFY2(!portError.isError(), qPrintable(portError.userMessage()));
        QVERIFY(!port.isEmpty()); // the RequestId
        QCOMPARE(sent(u"AuthorizeSecurityGroup"_s), 2);
        const auto [after, afterError] = await(m_client->groupRules(target(), SgDefault));
        QVERIFY(opens(after, 4000));
        const auto [fromGroup, fromGroupError] =
            await(m_client->openPort(target(), SgDefault, 4000, {}, SgTidb, {}));
        QVERIFY2(!fromGroupError.isError(), qPrintable(fromGroupError.userMessage()));

        const auto [dry, dryError] = await(m_client->createEndpoint(target(), request({}), true));
        QCOMPARE(dryError.providerCode, u"DryRunOperation"_s);
        QVERIFY(dryError.userMessage().contains(u"dry run"_s));
        const auto [none, noneError] = await(m_client->endpoints(target(), HzProd));
        QVERIFY(none.isEmpty());

        const auto [made, madeError] =
            await(m_client->createEndpoint(target(), request(u"plc-token-1"_s)));
        QVERIFY2(!madeError.isError(), qPrintable(madeError.userMessage()));
        QCOMPARE(sent(u"CreateVpcEndpoint"_s), 2);
        QVERIFY(made.endpointId.startsWith(u"ep-"_s));
        QCOMPARE(made.vpcId, HzProd);
        QCOMPARE(made.serviceName, TidbService);
        QVERIFY(made.domain.endsWith(u".privatelink.aliyuncs.com"_s));
        // The same token again: the same endpoint, not a second one.
        const auto [again, againError] =
            await(m_client->createEndpoint(target(), request(u"plc-token-1"_s)));
        QVERIFY2(!againError.isError(), qPrintable(againError.userMessage()));
        QCOMPARE(again.endpointId, made.endpointId);

        const auto [listed, listedError] =
            await(m_client->endpoints(target(), HzProd, TidbService));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().domain, made.domain);
        const auto [one, oneError] = await(m_client->endpoint(target(), made.endpointId));
        QVERIFY2(!oneError.isError(), qPrintable(oneError.userMessage()));
        QCOMPARE(one.endpointId, made.endpointId);
        const auto [zones, zonesError] = await(m_client->endpointZones(target(), made.endpointId));
        QVERIFY2(!zonesError.isError(), qPrintable(zonesError.userMessage()));
        QCOMPARE(zones.size(), 2);
        QCOMPARE(zones.at(0).zoneId, u"cn-hangzhou-j"_s);
        QCOMPARE(zones.at(0).vSwitchId, VswJ);
        QVERIFY(!zones.at(0).eniIp.isEmpty());
        QVERIFY(zones.at(0).domain.contains(u"cn-hangzhou-j"_s));
        const auto [groups, groupsError] =
            await(m_client->endpointGroups(target(), made.endpointId));
        QCOMPARE(groups, QStringList{SgTidb});

        const auto [dryDelete, dryDeleteError] =
            await(m_client->deleteEndpoint(target(), made.endpointId, true));
        QCOMPARE(dryDeleteError.providerCode, u"DryRunOperation"_s);
        const auto [kept, keptError] = await(m_client->endpoint(target(), made.endpointId));
        QVERIFY(kept.status != u"Deleting"_s);
        const auto [gone, goneError] = await(m_client->deleteEndpoint(target(), made.endpointId));
        QVERIFY2(!goneError.isError(), qPrintable(goneError.userMessage()));
        QCOMPARE(sent(u"DeleteVpcEndpoint"_s), 2);
    }

    void refusalsAreSentencesAndNeverSentAgain()
    {
        const auto [managed, managedError] =
            await(m_client->openPort(target(), SgManaged, 4000, u"192.168.0.0/16"_s, {}, {}));
        QCOMPARE(managedError.providerCode, u"InvalidOperation.ResourceManagedByCloudProduct"_s);
        QVERIFY(managedError.userMessage().contains(SgManaged));
        QCOMPARE(sent(u"AuthorizeSecurityGroup"_s), 1);

        AlibabaEndpointRequest outside = request({});
        outside.zones = {{u"cn-hangzhou-h"_s, VswH}};
        const auto [wrongZone, wrongZoneError] = await(m_client->createEndpoint(target(), outside));
        QCOMPARE(wrongZoneError.providerCode, u"EndpointServiceNotSupportedZone"_s);
        QVERIFY(wrongZoneError.userMessage().contains(u"cn-hangzhou-h"_s));
        QCOMPARE(sent(u"CreateVpcEndpoint"_s), 1);

        const auto [first, firstError] = await(m_client->createEndpoint(target(), request({})));
        QVERIFY2(!firstError.isError(), qPrintable(firstError.userMessage()));
        const auto [second, secondError] = await(m_client->createEndpoint(target(), request({})));
        QCOMPARE(secondError.providerCode, u"EndpointDuplicated"_s);
        QVERIFY(secondError.userMessage().contains(first.endpointId));
        QCOMPARE(sent(u"CreateVpcEndpoint"_s), 3);

        const auto [unknown, unknownError] =
            await(m_client->groupRules(target(), u"sg-bp1nothere"_s));
        QCOMPARE(unknownError.providerCode, u"InvalidSecurityGroupId.NotFound"_s);
        QVERIFY(unknownError.userMessage().contains(u"sg-bp1nothere"_s));
        QCOMPARE(sent(u"DescribeSecurityGroupAttribute"_s), 1);
    }

    void aMissingPermissionNamesTheProductsAction()
    {
        // RAM names an action with its product: vpc:, ecs:, privatelink:.
        CannedServer server;
        server.setResponse(403, R"({"Code":"Forbidden.RAM","Message":"denied","RequestId":"R"})");
        QVERIFY(server.start());
        const auto [vpcs, vpcError] = await(m_client->vpcs(target(server.url())));
        QCOMPARE(vpcError.providerCode, u"Forbidden.RAM"_s);
        QVERIFY2(vpcError.userMessage().contains(u"vpc:DescribeVpcs"_s),
                 qPrintable(vpcError.userMessage()));
        const auto [port, portError] = await(
            m_client->openPort(target(server.url()), SgDefault, 4000, u"10.0.0.0/8"_s, {}, {}));
        QVERIFY(portError.userMessage().contains(u"ecs:AuthorizeSecurityGroup"_s));
        const auto [made, madeError] =
            await(m_client->createEndpoint(target(server.url()), request({})));
        QVERIFY(madeError.userMessage().contains(u"privatelink:CreateVpcEndpoint"_s));
    }

    void anAnswerOfTheWrongShapeIsRefusedWhole()
    {
        CannedServer server;
        server.setResponse(
            200, R"({"Vpcs":{"Vpc":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/8"},{"VpcId":7}]},)"
                 R"("TotalCount":2,"PageNumber":1,"PageSize":10,"RequestId":"R"})");
        QVERIFY(server.start());
        const auto [vpcs, error] = await(m_client->vpcs(target(server.url())));
        QCOMPARE(error.kind, ApiError::Kind::Decode);
        QVERIFY(vpcs.isEmpty());
        server.setResponse(200, R"({"VSwitches":[],"RequestId":"R"})");
        const auto [vswitches, vswitchError] =
            await(m_client->vSwitches(target(server.url()), HzProd));
        QCOMPARE(vswitchError.kind, ApiError::Kind::Decode);
    }
};

QTEST_GUILESS_MAIN(TestAlibabaNetworkClient)
#include "tst_alibabanetworkclient.moc"
