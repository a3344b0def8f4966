// The sandbox's Alibaba Cloud networks at /alibaba/ — the VPC API (2016-04-28), ECS's security
// groups (2014-05-26) and PrivateLink's endpoints (2020-04-15) — driven by a client that is not
// ours: @alicloud/pop-core's RPCClient. The seeded VPCs, vSwitches and groups, the rule for port
// 4000, an endpoint to TiDB Cloud's service from Creating to Active and Connected, the client
// token, DryRun, and the refusals Alibaba Cloud gives. Each test sends its calls in one node
// process.
#include "AlibabaPopCore.h"
#include "SandboxDatabaseProbe.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {
const QString Vpc = QStringLiteral("2016-04-28");
const QString Ecs = QStringLiteral("2014-05-26");
const QString HzProd = QStringLiteral("vpc-bp1h2k3m4n5p6q7r8s9t0");
const QString HzStaging = QStringLiteral("vpc-bp1s7t6a5g4i3n2g1x0y9");
const QString VswJ = QStringLiteral("vsw-bp1j0a1b2c3d4e5f6g7h8");
const QString VswK = QStringLiteral("vsw-bp1k9b8c7d6e5f4g3h2i1");
const QString VswH = QStringLiteral("vsw-bp1h5c4d3e2f1g0h9i8j7"); // outside TiDB Cloud's zones
const QString VswStagingJ = QStringLiteral("vsw-bp1s0t1g2j3k4l5m6n7o8");
const QString SgTidb = QStringLiteral("sg-bp1t1d2b3c4l5i6e7n8t9");
const QString SgDefault = QStringLiteral("sg-bp1d2e3f4a5u6l7t8g9r0");
const QString SgManaged = QStringLiteral("sg-bp1m2a3n4a5g6e7d8n9l0");
const QString SgStaging = QStringLiteral("sg-bp1s9t8g7d6e5f4a3u2l1");
const QString TidbHz =
    QStringLiteral("com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l");
const QString TidbSgId = QStringLiteral("epsrv-t4n8x2kq0w5mr7c3v");
const QString PolarDb = QStringLiteral("epsrv-bp1c2d3e4f5g6h7i8"); // the user's, acceptance on

QJsonObject hz(QJsonObject params = {})
{
    params.insert(u"RegionId"_s, u"cn-hangzhou"_s);
    return params;
}

QJsonObject version(const QString &v)
{
    return {{u"version"_s, v}};
}

QStringList values(const QJsonArray &items, const char *field)
{
    QStringList list;
    for (const QJsonValue &item : items)
        list.append(item[QLatin1StringView(field)].toString());
    return list;
}

/// The parameters of an endpoint from hz-prod to TiDB Cloud's service in zones j and k.
QJsonObject tidbEndpoint(QJsonObject more = {})
{
    QJsonObject params = hz({{u"VpcId"_s, HzProd},
                             {u"ServiceName"_s, TidbHz},
                             {u"EndpointType"_s, u"Interface"_s},
                             {u"EndpointName"_s, u"tidb-hz"_s},
                             {u"SecurityGroupId.1"_s, SgTidb},
                             {u"Zone.1.ZoneId"_s, u"cn-hangzhou-j"_s},
                             {u"Zone.1.VSwitchId"_s, VswJ},
                             {u"Zone.2.ZoneId"_s, u"cn-hangzhou-k"_s},
                             {u"Zone.2.VSwitchId"_s, VswK}});
    for (auto it = more.begin(); it != more.end(); ++it)
        params.insert(it.key(), it.value());
    return params;
}

#define EXPECT_OK(outcome)                                                                         \
    QVERIFY2((outcome).code.isEmpty(), qPrintable((outcome).code + u": "_s + (outcome).message))
} // namespace

class TestSandboxAlibabaNetwork final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    QList<PopCoreOutcome> popCore(const QList<PopCoreStep> &steps)
    {
        return runPopCore(*m_sandbox, steps);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
    }
    void cleanup() { m_sandbox.reset(); }

    void theSeededVpcsAndVSwitchesAreRead()
    {
        const QJsonObject v = version(Vpc);
        const QJsonObject singapore{{u"RegionId"_s, u"ap-southeast-1"_s}};
        const QList<PopCoreOutcome> r = popCore({
            {u"DescribeVpcs"_s, hz(), v},
            {u"DescribeVSwitches"_s, hz({{u"VpcId"_s, HzProd}}), v},
            {u"DescribeVSwitches"_s, hz({{u"VpcId"_s, HzProd}, {u"ZoneId"_s, u"cn-hangzhou-k"_s}}),
             v},
            {u"DescribeVSwitches"_s, singapore, v},
            {u"DescribeVpcs"_s, hz({{u"PageSize"_s, 1}, {u"PageNumber"_s, 2}}), v},
            {u"DescribeVpcs"_s, hz({{u"VpcId"_s, HzStaging}}), v},
            {u"DescribeVpcs"_s, {{u"RegionId"_s, u"ap-northeast-1"_s}}, v},
            {u"DescribeVpcs"_s, hz({{u"PageSize"_s, 51}}), v},
            {u"DescribeVpcs"_s, hz({{u"DryRun"_s, u"true"_s}}), v},
            {u"DescribeEverything"_s, hz(), v},
        });
        QCOMPARE(r.size(), 10);
        EXPECT_OK(r[0]);
        QCOMPARE(r[0].ok.value("TotalCount"_L1).toInt(), 2);
        const QJsonObject prod = r[0].ok["Vpcs"_L1]["Vpc"_L1][0].toObject();
        QCOMPARE(prod.value("VpcId"_L1).toString(), HzProd);
        QCOMPARE(prod.value("VpcName"_L1).toString(), u"hz-prod"_s);
        QCOMPARE(prod.value("CidrBlock"_L1).toString(), u"192.168.0.0/16"_s);
        QCOMPARE(prod.value("Status"_L1).toString(), u"Available"_s);
        QCOMPARE(prod.value("IsDefault"_L1).toBool(), false);
        QCOMPARE(prod.value("RegionId"_L1).toString(), u"cn-hangzhou"_s);
        QCOMPARE(prod["VSwitchIds"_L1]["VSwitchId"_L1].toArray().size(), 3);
        QCOMPARE(popCoreIdText(prod.value("OwnerId"_L1)), u"1432156789012345"_s);

        // Its vSwitches: TiDB Cloud's zones j and k, and h outside them.
        EXPECT_OK(r[1]);
        const QJsonArray vswitches = r[1].ok["VSwitches"_L1]["VSwitch"_L1].toArray();
        QCOMPARE(values(vswitches, "ZoneId"),
                 (QStringList{u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s, u"cn-hangzhou-h"_s}));
        QCOMPARE(values(vswitches, "VSwitchId"), (QStringList{VswJ, VswK, VswH}));
        QCOMPARE(vswitches[0]["CidrBlock"_L1].toString(), u"192.168.1.0/24"_s);
        QCOMPARE(vswitches[0]["Status"_L1].toString(), u"Available"_s);
        QVERIFY(vswitches[0]["AvailableIpAddressCount"_L1].toInt() > 0);
        QCOMPARE(values(r[2].ok["VSwitches"_L1]["VSwitch"_L1].toArray(), "VSwitchId"),
                 QStringList{VswK});
        QCOMPARE(values(r[3].ok["VSwitches"_L1]["VSwitch"_L1].toArray(), "ZoneId"),
                 (QStringList{u"ap-southeast-1a"_s, u"ap-southeast-1b"_s, u"ap-southeast-1d"_s}));

        // Pages, filters, an empty region, refusals.
        QCOMPARE(r[4].ok.value("PageNumber"_L1).toInt(), 2);
        QCOMPARE(r[4].ok.value("PageSize"_L1).toInt(), 1);
        QCOMPARE(r[4].ok.value("TotalCount"_L1).toInt(), 2);
        QCOMPARE(r[4].ok["Vpcs"_L1]["Vpc"_L1][0]["VpcId"_L1].toString(), HzStaging);
        QCOMPARE(r[5].ok.value("TotalCount"_L1).toInt(), 1);
        EXPECT_OK(r[6]);
        QCOMPARE(r[6].ok["Vpcs"_L1]["Vpc"_L1].toArray().size(), 0);
        QCOMPARE(r[7].code, u"InvalidParameter"_s);
        QCOMPARE(r[8].code, u"DryRunOperation"_s);
        QCOMPARE(r[9].code, u"InvalidAction.NotFound"_s);
    }

    void securityGroupsShowAndGainThePortRule()
    {
        const QJsonObject e = version(Ecs);
        const QJsonObject rule = hz({{u"SecurityGroupId"_s, SgDefault},
                                     {u"IpProtocol"_s, u"tcp"_s},
                                     {u"PortRange"_s, u"4000/4000"_s},
                                     {u"SourceCidrIp"_s, u"192.168.0.0/16"_s},
                                     {u"Policy"_s, u"accept"_s},
                                     {u"Priority"_s, 1},
                                     {u"Description"_s, u"TiDB from the VPC"_s}});
        QJsonObject withToken = rule;
        withToken.insert(u"ClientToken"_s, u"plc-rule-1"_s);
        QJsonObject otherPort = withToken;
        otherPort.insert(u"PortRange"_s, u"4001/4001"_s);
        QJsonObject dryRun = rule;
        dryRun.insert(u"DryRun"_s, u"true"_s);
        QJsonObject fromGroup = rule;
        fromGroup.remove(u"SourceCidrIp"_s);
        fromGroup.insert(u"SourceGroupId"_s, SgTidb);
        QJsonObject managed = rule;
        managed.insert(u"SecurityGroupId"_s, SgManaged);
        QJsonObject unknown = rule;
        unknown.insert(u"SecurityGroupId"_s, u"sg-bp1nothere"_s);
        QJsonObject badPorts = rule;
        badPorts.insert(u"PortRange"_s, u"4000"_s);
        QJsonObject badProtocol = rule;
        badProtocol.insert(u"IpProtocol"_s, u"sctp"_s);
        QJsonObject otherVpcGroup = fromGroup;
        otherVpcGroup.insert(u"SourceGroupId"_s, SgStaging);
        QJsonObject noSourceGroup = fromGroup;
        noSourceGroup.insert(u"SourceGroupId"_s, u"sg-bp1nothere"_s);
        QJsonObject noSource = rule;
        noSource.remove(u"SourceCidrIp"_s);
        QJsonObject tcpWithoutPorts = rule;
        tcpWithoutPorts.insert(u"PortRange"_s, u"-1/-1"_s);
        const QList<PopCoreOutcome> r = popCore({
            {u"DescribeSecurityGroups"_s, hz({{u"VpcId"_s, HzProd}}), e},
            {u"DescribeSecurityGroups"_s,
             hz({{u"SecurityGroupIds"_s, u"[\"%1\",\"%2\"]"_s.arg(SgTidb, SgStaging)}}), e},
            {u"DescribeSecurityGroupAttribute"_s,
             hz({{u"SecurityGroupId"_s, SgTidb}, {u"Direction"_s, u"ingress"_s}}), e},
            {u"AuthorizeSecurityGroup"_s, dryRun, e},
            {u"AuthorizeSecurityGroup"_s, withToken, e},
            {u"AuthorizeSecurityGroup"_s, withToken, e},
            {u"AuthorizeSecurityGroup"_s, rule, e},
            {u"AuthorizeSecurityGroup"_s, otherPort, e},
            {u"AuthorizeSecurityGroup"_s, fromGroup, e},
            {u"DescribeSecurityGroupAttribute"_s, hz({{u"SecurityGroupId"_s, SgDefault}}), e},
            {u"AuthorizeSecurityGroup"_s, managed, e},
            {u"AuthorizeSecurityGroup"_s, unknown, e},
            {u"AuthorizeSecurityGroup"_s, badPorts, e},
            {u"AuthorizeSecurityGroup"_s, badProtocol, e},
            {u"AuthorizeSecurityGroup"_s, otherVpcGroup, e},
            {u"DescribeSecurityGroups"_s, hz({{u"SecurityGroupIds"_s, u"sg-1,sg-2"_s}}), e},
            {u"AuthorizeSecurityGroup"_s, noSourceGroup, e},
            {u"AuthorizeSecurityGroup"_s, noSource, e},
            {u"AuthorizeSecurityGroup"_s, tcpWithoutPorts, e},
        });
        QCOMPARE(r.size(), 19);
        EXPECT_OK(r[0]);
        const QJsonArray groups = r[0].ok["SecurityGroups"_L1]["SecurityGroup"_L1].toArray();
        QCOMPARE(values(groups, "SecurityGroupId"), (QStringList{SgTidb, SgDefault, SgManaged}));
        QCOMPARE(values(groups, "SecurityGroupName"),
                 (QStringList{u"tidb-clients"_s, u"default"_s, u"nlb-managed"_s}));
        QCOMPARE(groups[0]["VpcId"_L1].toString(), HzProd);
        QCOMPARE(groups[2]["ServiceManaged"_L1].toBool(), true);
        QCOMPARE(r[0].ok.value("TotalCount"_L1).toInt(), 3);
        QCOMPARE(
            values(r[1].ok["SecurityGroups"_L1]["SecurityGroup"_L1].toArray(), "SecurityGroupId"),
            (QStringList{SgTidb, SgStaging}));

        // tidb-clients opens TCP 4000 to the VPC's block.
        EXPECT_OK(r[2]);
        QCOMPARE(r[2].ok.value("VpcId"_L1).toString(), HzProd);
        const QJsonArray open = r[2].ok["Permissions"_L1]["Permission"_L1].toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0]["IpProtocol"_L1].toString(), u"TCP"_s);
        QCOMPARE(open[0]["PortRange"_L1].toString(), u"4000/4000"_s);
        QCOMPARE(open[0]["SourceCidrIp"_L1].toString(), u"192.168.0.0/16"_s);
        QCOMPARE(open[0]["Policy"_L1].toString(), u"Accept"_s);
        QCOMPARE(open[0]["Direction"_L1].toString(), u"ingress"_s);

        // The default group gains it once, whatever is sent again.
        QCOMPARE(r[3].code, u"DryRunOperation"_s);
        EXPECT_OK(r[4]);
        EXPECT_OK(r[5]);
        QCOMPARE(r[5].ok.value("RequestId"_L1), r[4].ok.value("RequestId"_L1));
        EXPECT_OK(r[6]); // the same rule without a token: accepted, nothing added
        QCOMPARE(r[7].code, u"IdempotenceParamNotMatch"_s);
        EXPECT_OK(r[8]);
        const QJsonArray rules = r[9].ok["Permissions"_L1]["Permission"_L1].toArray();
        QCOMPARE(values(rules, "PortRange"),
                 (QStringList{u"22/22"_s, u"4000/4000"_s, u"4000/4000"_s}));
        QCOMPARE(rules[1]["SourceCidrIp"_L1].toString(), u"192.168.0.0/16"_s);
        QCOMPARE(rules[1]["Description"_L1].toString(), u"TiDB from the VPC"_s);
        QCOMPARE(rules[1]["Priority"_L1].toString(), u"1"_s);
        QVERIFY(rules[1]["SecurityGroupRuleId"_L1].toString().startsWith(u"sgr-"_s));
        QCOMPARE(rules[2]["SourceGroupId"_L1].toString(), SgTidb);
        QCOMPARE(rules[2]["SourceCidrIp"_L1].toString(), QString());

        QCOMPARE(r[10].code, u"InvalidOperation.ResourceManagedByCloudProduct"_s);
        QCOMPARE(r[10].status, 403);
        QCOMPARE(r[11].code, u"InvalidSecurityGroupId.NotFound"_s);
        QCOMPARE(r[11].status, 404);
        QCOMPARE(r[12].code, u"InvalidParam.PortRange"_s);
        QCOMPARE(r[13].code, u"InvalidIpProtocol.ValueNotSupported"_s);
        QCOMPARE(r[14].code, u"InvalidSourceGroupId.Mismatch"_s); // a group of hz-staging
        QCOMPARE(r[15].code, u"InvalidSecurityGroupIds.Malformed"_s);
        QCOMPARE(r[16].code, u"InvalidSourceGroupId.NotFound"_s);
        QCOMPARE(r[16].status, 404);
        QCOMPARE(r[17].code, u"MissingParameter.Source"_s);
        QCOMPARE(r[18].code, u"InvalidParam.ProtocolAndPortRangeMismatch"_s);
    }

    void anEndpointToTidbCloudBecomesActiveAndConnected()
    {
        const QJsonObject waitActive{{u"until"_s, QJsonObject{{u"field"_s, u"EndpointStatus"_s},
                                                              {u"equals"_s, u"Active"_s}}},
                                     {u"timeoutMs"_s, 10'000}};
        const QJsonObject waitGone{{u"until"_s, QJsonObject{{u"code"_s, u"EndpointNotFound"_s}}},
                                   {u"timeoutMs"_s, 10'000}};
        QJsonObject renamed = tidbEndpoint({{u"ClientToken"_s, u"plc-ep-1"_s}});
        renamed.insert(u"EndpointName"_s, u"another-name"_s);
        const QJsonObject id = hz({{u"EndpointId"_s, u"$1.EndpointId"_s}});
        // Long enough to see Creating and Deleting between two calls.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"creatingDelayMs"_s, 500}, {u"deletingDelayMs"_s, 300}})
                    .ok());
        const QList<PopCoreOutcome> r = popCore({
            {u"CreateVpcEndpoint"_s, tidbEndpoint({{u"DryRun"_s, u"true"_s}}), {}}, // 0
            {u"CreateVpcEndpoint"_s, tidbEndpoint({{u"ClientToken"_s, u"plc-ep-1"_s}}), {}},
            {u"GetVpcEndpointAttribute"_s, id, {}}, // 2
            {u"CreateVpcEndpoint"_s, tidbEndpoint({{u"ClientToken"_s, u"plc-ep-1"_s}}), {}},
            {u"CreateVpcEndpoint"_s, renamed, {}}, // 4
            {u"CreateVpcEndpoint"_s, tidbEndpoint(), {}},
            {u"GetVpcEndpointAttribute"_s, id, waitActive}, // 6
            {u"ListVpcEndpointZones"_s, id, {}},
            {u"ListVpcEndpointSecurityGroups"_s, id, {}}, // 8
            {u"ListVpcEndpoints"_s, hz({{u"VpcId"_s, HzProd}, {u"ServiceName"_s, TidbHz}}), {}},
            {u"ListVpcEndpoints"_s, hz({{u"VpcId"_s, HzStaging}}), {}}, // 10
            {u"ListVpcEndpoints"_s, hz({{u"MaxResults"_s, 0}}), {}},
            {u"DeleteVpcEndpoint"_s,
             hz({{u"EndpointId"_s, u"$1.EndpointId"_s}, {u"DryRun"_s, u"true"_s}}),
             {}}, // 12
            {u"DeleteVpcEndpoint"_s, id, {}},
            {u"GetVpcEndpointAttribute"_s, id, {}}, // 14
            {u"DeleteVpcEndpoint"_s, id, {}},
            {u"GetVpcEndpointAttribute"_s, id, waitGone}, // 16
            {u"ListVpcEndpoints"_s, hz({{u"VpcId"_s, HzProd}}), {}},
        });
        QCOMPARE(r.size(), 18);
        QCOMPARE(r[0].code, u"DryRunOperation"_s);

        // Made: Creating, its connection on the way, its domain known at once.
        EXPECT_OK(r[1]);
        const QString endpointId = r[1].ok.value("EndpointId"_L1).toString();
        QVERIFY2(endpointId.startsWith(u"ep-"_s), qPrintable(endpointId));
        QCOMPARE(r[1].ok.value("EndpointStatus"_L1).toString(), u"Creating"_s);
        QCOMPARE(r[1].ok.value("ServiceId"_L1).toString(), u"epsrv-bp1u7h3ct43g5ph2l"_s);
        const QString domain =
            endpointId + u".epsrv-bp1u7h3ct43g5ph2l.cn-hangzhou.privatelink.aliyuncs.com"_s;
        QCOMPARE(r[1].ok.value("EndpointDomain"_L1).toString(), domain);
        EXPECT_OK(r[2]);
        QCOMPARE(r[2].ok.value("EndpointStatus"_L1).toString(), u"Creating"_s);
        QCOMPARE(r[2].ok.value("ConnectionStatus"_L1).toString(), u"Connecting"_s);

        // The same token: the same endpoint. Other parameters with it, or a second endpoint to
        // the service in the VPC: refused.
        EXPECT_OK(r[3]);
        QCOMPARE(r[3].ok.value("EndpointId"_L1).toString(), endpointId);
        QCOMPARE(r[3].ok.value("RequestId"_L1), r[1].ok.value("RequestId"_L1));
        QCOMPARE(r[4].code, u"IdempotenceParamNotMatch"_s);
        QCOMPARE(r[5].code, u"EndpointDuplicated"_s);
        QVERIFY(r[5].message.contains(endpointId));

        // TiDB Cloud's service accepts on its own: Active and Connected.
        EXPECT_OK(r[6]);
        const QJsonObject active = r[6].ok;
        QCOMPARE(active.value("EndpointStatus"_L1).toString(), u"Active"_s);
        QCOMPARE(active.value("ConnectionStatus"_L1).toString(), u"Connected"_s);
        QCOMPARE(active.value("EndpointDomain"_L1).toString(), domain);
        QCOMPARE(active.value("VpcId"_L1).toString(), HzProd);
        QCOMPARE(active.value("ServiceName"_L1).toString(), TidbHz);
        QCOMPARE(active.value("EndpointName"_L1).toString(), u"tidb-hz"_s);
        QCOMPARE(active.value("EndpointType"_L1).toString(), u"Interface"_s);
        QCOMPARE(active.value("ResourceOwner"_L1).toBool(), false);
        QVERIFY(!active.contains("_readyAtMs"_L1));

        EXPECT_OK(r[7]);
        const QJsonArray zones = r[7].ok.value("Zones"_L1).toArray();
        QCOMPARE(values(zones, "ZoneId"), (QStringList{u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s}));
        QCOMPARE(values(zones, "VSwitchId"), (QStringList{VswJ, VswK}));
        QCOMPARE(values(zones, "ZoneStatus"), (QStringList{u"Connected"_s, u"Connected"_s}));
        QCOMPARE(
            zones[0]["ZoneDomain"_L1].toString(),
            endpointId +
                u"-cn-hangzhou-j.epsrv-bp1u7h3ct43g5ph2l.cn-hangzhou.privatelink.aliyuncs.com"_s);
        QVERIFY(zones[0]["EniIp"_L1].toString().startsWith(u"192.168.1."_s));
        QVERIFY(zones[0]["EniId"_L1].toString().startsWith(u"eni-"_s));
        QCOMPARE(values(r[8].ok.value("SecurityGroups"_L1).toArray(), "SecurityGroupId"),
                 QStringList{SgTidb});
        QCOMPARE(values(r[9].ok.value("Endpoints"_L1).toArray(), "EndpointId"),
                 QStringList{endpointId});
        EXPECT_OK(r[10]);
        QCOMPARE(r[10].ok.value("Endpoints"_L1).toArray().size(), 0);
        QCOMPARE(r[11].code, u"InvalidParameter"_s);

        // Deleted: Deleting for a moment, then gone.
        QCOMPARE(r[12].code, u"DryRunOperation"_s);
        EXPECT_OK(r[13]);
        QCOMPARE(r[14].ok.value("EndpointStatus"_L1).toString(), u"Deleting"_s);
        QCOMPARE(r[15].code, u"EndpointOperationDenied"_s);
        QCOMPARE(r[16].code, u"EndpointNotFound"_s);
        QCOMPARE(r[17].ok.value("Endpoints"_L1).toArray().size(), 0);
    }

    void theDatabaseAnswersBehindAnActiveEndpointsDomains()
    {
        // Long enough to ask while it is still Creating.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"creatingDelayMs"_s, 1500}})
                    .ok());
        const QList<PopCoreOutcome> r = popCore(
            {{u"CreateVpcEndpoint"_s, tidbEndpoint({{u"ClientToken"_s, u"plc-db"_s}}), {}}});
        QCOMPARE(r.size(), 1);
        EXPECT_OK(r[0]);
        const QString endpointId = r[0].ok.value("EndpointId"_L1).toString();
        const QString domain = r[0].ok.value("EndpointDomain"_L1).toString();
        const QString zoneDomain =
            endpointId +
            u"-cn-hangzhou-k.epsrv-bp1u7h3ct43g5ph2l.cn-hangzhou.privatelink.aliyuncs.com"_s;
        QCOMPARE(sandboxName(*m_sandbox, domain).status, 404); // Creating
        QTRY_VERIFY_WITH_TIMEOUT(sandboxName(*m_sandbox, domain).ok(), 10'000);
        for (const QString &name : {domain, zoneDomain.toUpper()}) {
            const Reply found = sandboxName(*m_sandbox, name);
            QVERIFY2(found.ok(), qPrintable(name));
            QCOMPARE(found.json.value("endpointId"_L1).toString(), endpointId);
            const MysqlGreeting greeting = greetingAt(found.json.value("address"_L1).toString(),
                                                      found.json.value("port"_L1).toInt());
            QCOMPARE(greeting.status, MysqlGreeting::Status::Handshake);
            QCOMPARE(greeting.serverVersion, u"8.0.11-TiDB-v7.5.2-serverless"_s);
        }
        QCOMPARE(sandboxName(*m_sandbox, u"ep-nothing.privatelink.aliyuncs.com"_s).status, 404);
    }

    void endpointsAreRefusedAsAlibabaCloudRefusesThem()
    {
        QJsonObject wrongZone =
            tidbEndpoint({{u"Zone.2.ZoneId"_s, u"cn-hangzhou-h"_s}, {u"Zone.2.VSwitchId"_s, VswH}});
        QJsonObject otherVpcSwitch = tidbEndpoint({{u"Zone.1.VSwitchId"_s, VswStagingJ}});
        QJsonObject switchInOtherZone = tidbEndpoint({{u"Zone.1.VSwitchId"_s, VswK}});
        QJsonObject otherVpcGroup = tidbEndpoint({{u"SecurityGroupId.2"_s, SgStaging}});
        QJsonObject noVpc = tidbEndpoint({{u"VpcId"_s, u"vpc-bp1nothere"_s}});
        QJsonObject noSwitch = tidbEndpoint({{u"Zone.1.VSwitchId"_s, u"vsw-bp1nothere"_s}});
        QJsonObject noGroup = tidbEndpoint({{u"SecurityGroupId.1"_s, u"sg-bp1nothere"_s}});
        QJsonObject noService = tidbEndpoint(
            {{u"ServiceName"_s, u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-nothere"_s}});
        QJsonObject groupless = tidbEndpoint();
        groupless.remove(u"SecurityGroupId.1"_s);
        QJsonObject singapore{{u"RegionId"_s, u"ap-southeast-1"_s},
                              {u"VpcId"_s, u"vpc-t4n1o2t3v4p5c6a7b8c9d"_s},
                              {u"ServiceId"_s, TidbSgId},
                              {u"SecurityGroupId.1"_s, u"sg-t4n1t2i3d4b5c6l7i8e9n"_s},
                              {u"Zone.1.ZoneId"_s, u"ap-southeast-1a"_s},
                              {u"Zone.1.VSwitchId"_s, u"vsw-t4n1a2b3c4d5e6f7g8h9"_s}};
        QJsonObject zoneTwice =
            tidbEndpoint({{u"Zone.2.ZoneId"_s, u"cn-hangzhou-j"_s}, {u"Zone.2.VSwitchId"_s, VswJ}});
        QJsonObject gatewayType = tidbEndpoint({{u"EndpointType"_s, u"Reverse"_s}});
        QJsonObject vpcless = tidbEndpoint();
        vpcless.remove(u"VpcId"_s);
        QJsonObject ownService = tidbEndpoint({{u"ServiceId"_s, PolarDb}});
        ownService.remove(u"ServiceName"_s);
        const QList<PopCoreOutcome> r = popCore({
            {u"CreateVpcEndpoint"_s, wrongZone, {}},
            {u"CreateVpcEndpoint"_s, otherVpcSwitch, {}},
            {u"CreateVpcEndpoint"_s, switchInOtherZone, {}},
            {u"CreateVpcEndpoint"_s, otherVpcGroup, {}},
            {u"CreateVpcEndpoint"_s, noVpc, {}},
            {u"CreateVpcEndpoint"_s, noSwitch, {}},
            {u"CreateVpcEndpoint"_s, noGroup, {}},
            {u"CreateVpcEndpoint"_s, noService, {}},
            {u"CreateVpcEndpoint"_s, groupless, {}},
            {u"GetVpcEndpointAttribute"_s, hz({{u"EndpointId"_s, u"ep-bp1nothere"_s}}), {}},
            {u"ListVpcEndpoints"_s, hz(), {}},
            {u"CreateVpcEndpoint"_s, singapore, {}},
            {u"CreateVpcEndpoint"_s, ownService, {}},
            {u"CreateVpcEndpoint"_s, zoneTwice, {}},
            {u"CreateVpcEndpoint"_s, gatewayType, {}},
            {u"CreateVpcEndpoint"_s, vpcless, {}},
            // 16: the user's own endpoint, seen and allowed by the user as the service's owner
            {u"ListVpcEndpointConnections"_s,
             hz({{u"ServiceId"_s, PolarDb}, {u"EndpointId"_s, u"$12.EndpointId"_s}}),
             {}},
            {u"EnableVpcEndpointConnection"_s,
             hz({{u"ServiceId"_s, PolarDb}, {u"EndpointId"_s, u"$12.EndpointId"_s}}),
             {}},
            {u"GetVpcEndpointAttribute"_s,
             hz({{u"EndpointId"_s, u"$12.EndpointId"_s}}),
             {{u"until"_s,
               QJsonObject{{u"field"_s, u"ConnectionStatus"_s}, {u"equals"_s, u"Connected"_s}}},
              {u"timeoutMs"_s, 10'000}}},
            {u"DisableVpcEndpointConnection"_s,
             hz({{u"ServiceId"_s, PolarDb}, {u"EndpointId"_s, u"$12.EndpointId"_s}}),
             {}},
        });
        QCOMPARE(r.size(), 20);
        QCOMPARE(r[0].code, u"EndpointServiceNotSupportedZone"_s);
        QVERIFY(r[0].message.contains("cn-hangzhou-h"_L1));
        QCOMPARE(r[1].code, u"VSwitchNotFound"_s); // hz-staging's
        QVERIFY(r[1].message.contains(HzStaging));
        QCOMPARE(r[2].code, u"VSwitchNotFound"_s); // in zone k, not j
        QVERIFY(r[2].message.contains("cn-hangzhou-k"_L1));
        QCOMPARE(r[3].code, u"SecurityGroupNotFound"_s); // hz-staging's
        QVERIFY(r[3].message.contains(HzStaging));
        QCOMPARE(r[4].code, u"VpcNotFound"_s);
        QCOMPARE(r[5].code, u"VSwitchNotFound"_s);
        QCOMPARE(r[6].code, u"SecurityGroupNotFound"_s);
        QCOMPARE(r[7].code, u"EndpointServiceNotFound"_s);
        QCOMPARE(r[8].code, u"EndpointMustContainSecurityGroup"_s);
        QCOMPARE(r[9].code, u"EndpointNotFound"_s);
        // Nothing was made by a refused request.
        EXPECT_OK(r[10]);
        QCOMPARE(r[10].ok.value("Endpoints"_L1).toArray().size(), 0);

        // By ServiceId in Singapore; to the user's own service, which waits for acceptance.
        EXPECT_OK(r[11]);
        QCOMPARE(r[11].ok.value("ServiceName"_L1).toString(),
                 u"com.aliyuncs.privatelink.ap-southeast-1."_s + TidbSgId);
        EXPECT_OK(r[12]);
        QCOMPARE(r[12].ok.value("ResourceOwner"_L1).toBool(), true);
        QCOMPARE(r[12].ok.value("ConnectionStatus"_L1).toString(), u"Pending"_s);
        QCOMPARE(r[13].code, u"EndpointZoneDuplicated"_s);
        QCOMPARE(r[14].code, u"Mismatch.EndpointType"_s);
        QCOMPARE(r[15].code, u"MissingParameter"_s);
        QVERIFY(r[15].message.contains("VpcId"_L1));

        // The owner's side of the user's own endpoint: Pending, allowed, Connected; then no
        // longer Pending.
        EXPECT_OK(r[16]);
        const QJsonArray pending = r[16].ok.value("Connections"_L1).toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0]["ConnectionStatus"_L1].toString(), u"Pending"_s);
        QCOMPARE(pending[0]["EndpointVpcId"_L1].toString(), HzProd);
        QCOMPARE(popCoreIdText(pending[0]["EndpointOwnerId"_L1]), u"1432156789012345"_s);
        EXPECT_OK(r[17]);
        EXPECT_OK(r[18]);
        QCOMPARE(r[18].ok.value("ConnectionStatus"_L1).toString(), u"Connected"_s);
        QCOMPARE(r[18].ok.value("EndpointStatus"_L1).toString(), u"Active"_s);
        QCOMPARE(r[19].code, u"EndpointConnectionOperationDenied"_s);
    }

    // A call no RAM policy allows (the sandbox's deniedActions) is refused as Alibaba Cloud
    // refuses it, before anything else is looked at, a dry run included; others go on.
    void aDeniedActionIsRefusedAsRamRefusesIt()
    {
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"deniedActions"_s,
                                           QJsonArray{u"ecs:AuthorizeSecurityGroup"_s,
                                                      u"privatelink:CreateVpcEndpoint"_s}}})
                    .ok());
        const QJsonObject e = version(Ecs);
        QJsonObject dryRunCreate = tidbEndpoint();
        dryRunCreate.insert(u"DryRun"_s, u"true"_s);
        const QList<PopCoreOutcome> r = popCore({
            {u"AuthorizeSecurityGroup"_s,
             hz({{u"SecurityGroupId"_s, SgDefault},
                 {u"IpProtocol"_s, u"tcp"_s},
                 {u"PortRange"_s, u"4000/4000"_s},
                 {u"SourceCidrIp"_s, u"192.168.0.0/16"_s},
                 {u"DryRun"_s, u"true"_s}}),
             e},
            {u"CreateVpcEndpoint"_s, dryRunCreate, {}},
            {u"DescribeSecurityGroups"_s, hz({{u"VpcId"_s, HzProd}}), e},
        });
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].code, u"Forbidden.RAM"_s);
        QCOMPARE(r[0].status, 403);
        QCOMPARE(r[1].code, u"Forbidden.RAM"_s);
        EXPECT_OK(r[2]);
    }

    void theNewProductsAreThrottledToo()
    {
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"rateLimitPerMinute"_s, 3}})
                    .ok());
        const QList<PopCoreOutcome> r = popCore({
            {u"DescribeVpcs"_s, hz(), version(Vpc)},
            {u"DescribeSecurityGroups"_s, hz(), version(Ecs)},
            {u"ListVpcEndpoints"_s, hz(), {}},
            {u"DescribeVSwitches"_s, hz(), version(Vpc)},
        });
        QCOMPARE(r.size(), 4);
        EXPECT_OK(r[0]);
        EXPECT_OK(r[1]);
        EXPECT_OK(r[2]);
        QCOMPARE(r[3].code, u"Throttling.User"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAlibabaNetwork)
#include "tst_sandboxalibabanetwork.moc"
