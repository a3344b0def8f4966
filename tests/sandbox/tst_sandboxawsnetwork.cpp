// The sandbox's EC2 networks and interface endpoints, driven by Debian's AWS CLI: the seeded
// VPCs, subnets by zone ID and security groups as the CLI reads them; the DNS attributes and
// an ingress rule changed; an endpoint to TiDB Cloud's service made once (dry run, client
// token), refused where AWS refuses it, followed to `available`, changed and deleted.
#include "AwsCliRunner.h"
#include "SandboxDatabaseProbe.h"
#include "SandboxFixture.h"

#include <QJsonArray>
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
const QString SubnetAz3 = u"subnet-0c6a3e4d5f7b8092a"_s; // outside TiDB Cloud's zones
const QString SubnetAz4 = u"subnet-0d7b4f5e6a8c9103b"_s;
const QString LegacySubnet = u"subnet-0e8c5a6f7b9d0214c"_s;
const QString ClientsGroup = u"sg-0f2b3c4d5e6f70819"_s;
const QString DefaultGroup = u"sg-0e1a2b3c4d5e6f708"_s;

QStringList field(const QJsonArray &items, const QString &name)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(name).toString());
    return values;
}
} // namespace

class TestSandboxAwsNetwork final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<AwsCliRunner> m_cli;

    CliResult aws(const QStringList &args) { return m_cli->run(args); }

    QJsonObject endpoint(const QString &id)
    {
        const CliResult r =
            aws({u"ec2"_s, u"describe-vpc-endpoints"_s, u"--vpc-endpoint-ids"_s, id});
        return r.json.value("VpcEndpoints"_L1).toArray().at(0).toObject();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
        m_cli = std::make_unique<AwsCliRunner>(m_sandbox->url(), m_sandbox->config().awsAccessKeyId,
                                               m_sandbox->config().awsSecretAccessKey);
    }
    void cleanup()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    void theSeededNetworkAsTheCliReadsIt()
    {
        CliResult r = aws({u"ec2"_s, u"describe-vpcs"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray vpcs = r.json.value("Vpcs"_L1).toArray();
        QCOMPARE(field(vpcs, u"VpcId"_s), (QStringList{Prod, Legacy}));
        QCOMPARE(vpcs.at(0).toObject().value("CidrBlock"_L1).toString(), u"10.20.0.0/16"_s);
        QCOMPARE(vpcs.at(0)
                     .toObject()
                     .value("Tags"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("Value"_L1)
                     .toString(),
                 u"prod-app"_s);

        r = aws({u"ec2"_s, u"describe-vpc-attribute"_s, u"--vpc-id"_s, Legacy, u"--attribute"_s,
                 u"enableDnsHostnames"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value("EnableDnsHostnames"_L1).toObject().value("Value"_L1).toBool(true),
                 false);

        // Subnets by zone ID, the way the console matches them to the service's zones.
        r = aws({u"ec2"_s, u"describe-subnets"_s, u"--filters"_s, u"Name=vpc-id,Values="_s + Prod,
                 u"Name=availability-zone-id,Values=use1-az1,use1-az2,use1-az4"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray subnets = r.json.value("Subnets"_L1).toArray();
        QCOMPARE(field(subnets, u"SubnetId"_s), (QStringList{SubnetAz1, SubnetAz2, SubnetAz4}));
        QCOMPARE(field(subnets, u"AvailabilityZoneId"_s),
                 (QStringList{u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s}));
        // Zone names are the account's own: not the IDs' letters.
        QVERIFY(subnets.at(0)
                    .toObject()
                    .value("AvailabilityZone"_L1)
                    .toString()
                    .startsWith(u"us-east-1"_s));
        QVERIFY(subnets.at(0).toObject().value("AvailabilityZone"_L1).toString() !=
                u"us-east-1a"_s);

        r = aws({u"ec2"_s, u"describe-security-groups"_s, u"--filters"_s,
                 u"Name=vpc-id,Values="_s + Prod});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray groups = r.json.value("SecurityGroups"_L1).toArray();
        QCOMPARE(field(groups, u"GroupId"_s), (QStringList{DefaultGroup, ClientsGroup}));
        const QJsonObject permission =
            groups.at(1).toObject().value("IpPermissions"_L1).toArray().at(0).toObject();
        QCOMPARE(permission.value("IpProtocol"_L1).toString(), u"tcp"_s);
        QCOMPARE(permission.value("FromPort"_L1).toInt(), 4000);
        QCOMPARE(permission.value("IpRanges"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("CidrIp"_L1)
                     .toString(),
                 u"10.20.0.0/16"_s);

        r = aws({u"ec2"_s, u"describe-security-group-rules"_s, u"--filters"_s,
                 u"Name=group-id,Values="_s + ClientsGroup});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rules = r.json.value("SecurityGroupRules"_L1).toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(0).toObject().value("IsEgress"_L1).toBool(true), false);
        QCOMPARE(rules.at(0).toObject().value("ToPort"_L1).toInt(), 4000);

        r = aws({u"ec2"_s, u"describe-vpcs"_s, u"--vpc-ids"_s, u"vpc-0123456789abcdef0"_s});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"InvalidVpcID.NotFound"_s), qPrintable(r.stderrText));
    }

    void theDnsAttributesAndAnIngressRuleChange()
    {
        CliResult r = aws({u"ec2"_s, u"modify-vpc-attribute"_s, u"--vpc-id"_s, Legacy,
                           u"--enable-dns-hostnames"_s, u"{\"Value\":true}"_s});
        QCOMPARE(r.exitCode, 0);
        r = aws({u"ec2"_s, u"describe-vpc-attribute"_s, u"--vpc-id"_s, Legacy, u"--attribute"_s,
                 u"enableDnsHostnames"_s});
        QCOMPARE(r.json.value("EnableDnsHostnames"_L1).toObject().value("Value"_L1).toBool(), true);

        const QStringList authorize{u"ec2"_s,        u"authorize-security-group-ingress"_s,
                                    u"--group-id"_s, DefaultGroup,
                                    u"--protocol"_s, u"tcp"_s,
                                    u"--port"_s,     u"4000"_s,
                                    u"--cidr"_s,     u"10.20.0.0/16"_s};
        // No IAM policy allows it: refused before the dry run is answered.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"deniedActions"_s,
                                           QJsonArray{u"ec2:AuthorizeSecurityGroupIngress"_s}}})
                    .ok());
        r = aws(authorize + QStringList{u"--dry-run"_s});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"UnauthorizedOperation"_s) &&
                     r.stderrText.contains(u"ec2:AuthorizeSecurityGroupIngress"_s),
                 qPrintable(r.stderrText));
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"deniedActions"_s, QJsonArray()}})
                    .ok());
        r = aws(authorize + QStringList{u"--dry-run"_s});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"DryRunOperation"_s), qPrintable(r.stderrText));
        r = aws(authorize);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject rule = r.json.value("SecurityGroupRules"_L1).toArray().at(0).toObject();
        QVERIFY(rule.value("SecurityGroupRuleId"_L1).toString().startsWith(u"sgr-"_s));
        QCOMPARE(rule.value("CidrIpv4"_L1).toString(), u"10.20.0.0/16"_s);
        QCOMPARE(rule.value("FromPort"_L1).toInt(), 4000);
        r = aws(authorize);
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"InvalidPermission.Duplicate"_s), qPrintable(r.stderrText));
    }

    void anEndpointToTidbCloudIsMadeOnceFollowedChangedAndDeleted()
    {
        CliResult r =
            aws({u"ec2"_s, u"describe-vpc-endpoint-services"_s, u"--service-names"_s, TidbService});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject detail = r.json.value("ServiceDetails"_L1).toArray().at(0).toObject();
        QCOMPARE(detail.value("PrivateDnsName"_L1).toString(), TidbHost);
        QCOMPARE(detail.value("AcceptanceRequired"_L1).toBool(true), false);

        const QStringList create{u"ec2"_s,
                                 u"create-vpc-endpoint"_s,
                                 u"--vpc-endpoint-type"_s,
                                 u"Interface"_s,
                                 u"--vpc-id"_s,
                                 Prod,
                                 u"--service-name"_s,
                                 TidbService,
                                 u"--security-group-ids"_s,
                                 ClientsGroup,
                                 u"--private-dns-enabled"_s,
                                 u"--client-token"_s,
                                 u"plc-test-token-1"_s,
                                 u"--subnet-ids"_s};
        r = aws(create + QStringList{SubnetAz1, SubnetAz3});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"does not support the availability zone of the subnet: "_s +
                                       SubnetAz3),
                 qPrintable(r.stderrText));
        r = aws(create + QStringList{SubnetAz1, SubnetAz2, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"DryRunOperation"_s), qPrintable(r.stderrText));

        r = aws(create + QStringList{SubnetAz1, SubnetAz2});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject made = r.json.value("VpcEndpoint"_L1).toObject();
        const QString id = made.value("VpcEndpointId"_L1).toString();
        QVERIFY(id.startsWith(u"vpce-"_s));
        QCOMPARE(made.value("State"_L1).toString(), u"pending"_s);
        QCOMPARE(jsonStrings(made.value("SubnetIds"_L1)), (QStringList{SubnetAz1, SubnetAz2}));
        QCOMPARE(r.json.value("ClientToken"_L1).toString(), u"plc-test-token-1"_s);

        // The same token and parameters: the same endpoint, not a second one.
        r = aws(create + QStringList{SubnetAz1, SubnetAz2});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value("VpcEndpoint"_L1).toObject().value("VpcEndpointId"_L1).toString(),
                 id);
        r = aws(create + QStringList{SubnetAz1});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"IdempotentParameterMismatch"_s), qPrintable(r.stderrText));
        // A second endpoint with private DNS in the VPC: AWS's conflicting DNS domain.
        QStringList second = create;
        second.replace(second.indexOf(u"plc-test-token-1"_s), u"plc-test-token-2"_s);
        r = aws(second + QStringList{SubnetAz4});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"conflicting DNS domain for "_s + TidbHost),
                 qPrintable(r.stderrText));
        r = aws({u"ec2"_s, u"create-vpc-endpoint"_s, u"--vpc-endpoint-type"_s, u"Interface"_s,
                 u"--vpc-id"_s, Legacy, u"--service-name"_s, TidbService, u"--subnet-ids"_s,
                 LegacySubnet, u"--private-dns-enabled"_s});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"enableDnsSupport and enableDnsHostnames"_s),
                 qPrintable(r.stderrText));

        // TiDB Cloud's service accepts by itself: available after the creating delay.
        QTest::qWait(100);
        r = aws({u"ec2"_s, u"describe-vpc-endpoints"_s, u"--filters"_s,
                 u"Name=vpc-id,Values="_s + Prod, u"Name=service-name,Values="_s + TidbService});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray endpoints = r.json.value("VpcEndpoints"_L1).toArray();
        QCOMPARE(endpoints.size(), 1);
        const QJsonObject ready = endpoints.at(0).toObject();
        QCOMPARE(ready.value("State"_L1).toString(), u"available"_s);
        QCOMPARE(ready.value("PrivateDnsEnabled"_L1).toBool(), true);
        const QStringList names = field(ready.value("DnsEntries"_L1).toArray(), u"DnsName"_s);
        QCOMPARE(names.size(), 4); // regional, one per zone, the private name
        QVERIFY(names.first().startsWith(id + u'-'));
        QVERIFY(
            names.first().endsWith(u".vpce-svc-03342995a2e1c3d9a.us-east-1.vpce.amazonaws.com"_s));
        QCOMPARE(names.last(), TidbHost);
        QCOMPARE(jsonStrings(ready.value("NetworkInterfaceIds"_L1)).size(), 2);
        // Each of its names leads the doctor, in sandbox mode only, to the database behind it.
        for (const QString &name : names) {
            const Reply found = sandboxName(*m_sandbox, name);
            QVERIFY2(found.ok(), qPrintable(name));
            QCOMPARE(found.json.value("endpointId"_L1).toString(), id);
            QCOMPARE(found.json.value("address"_L1).toString(), u"127.0.0.1"_s);
        }
        const QJsonObject at = sandboxName(*m_sandbox, TidbHost).json;
        const MysqlGreeting greeting =
            greetingAt(at.value("address"_L1).toString(), at.value("port"_L1).toInt());
        QCOMPARE(greeting.status, MysqlGreeting::Status::Handshake);
        QCOMPARE(greeting.product(), u"TiDB"_s);
        QCOMPARE(sandboxName(*m_sandbox,
                             u"vpce-0123456789abcdef0-abcdefgh."
                             "vpce-svc-03342995a2e1c3d9a.us-east-1.vpce.amazonaws.com"_s)
                     .status,
                 404);
        QCOMPARE(sandboxName(*m_sandbox, u"-not..a.host"_s).status, 400);
        // The service's endpoints in every VPC (Your Endpoints to This Cluster reads them so).
        r = aws({u"ec2"_s, u"describe-vpc-endpoints"_s, u"--filters"_s,
                 u"Name=service-name,Values="_s + TidbService});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(field(r.json.value("VpcEndpoints"_L1).toArray(), u"VpcEndpointId"_s),
                 QStringList{id});

        r = aws({u"ec2"_s, u"modify-vpc-endpoint"_s, u"--vpc-endpoint-id"_s, id,
                 u"--add-subnet-ids"_s, SubnetAz4, u"--add-security-group-ids"_s, DefaultGroup});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value("Return"_L1).toBool(), true);
        QCOMPARE(jsonStrings(endpoint(id).value("SubnetIds"_L1)),
                 (QStringList{SubnetAz1, SubnetAz2, SubnetAz4}));
        QCOMPARE(field(endpoint(id).value("Groups"_L1).toArray(), u"GroupName"_s),
                 (QStringList{u"tidb-clients"_s, u"default"_s}));

        // Deleting for a while, then gone. The delay outlasts a CLI run on a loaded machine
        // (one to two seconds under the sanitizers), and the end is waited for, not timed.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"deletingDelayMs"_s, 5000}})
                    .ok());
        r = aws({u"ec2"_s, u"delete-vpc-endpoints"_s, u"--vpc-endpoint-ids"_s, id,
                 u"vpce-0123456789abcdef0"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray unsuccessful = r.json.value("Unsuccessful"_L1).toArray();
        QCOMPARE(unsuccessful.size(), 1);
        QCOMPARE(unsuccessful.at(0).toObject().value("ResourceId"_L1).toString(),
                 u"vpce-0123456789abcdef0"_s);
        QCOMPARE(endpoint(id).value("State"_L1).toString(), u"deleting"_s);
        QCOMPARE(sandboxName(*m_sandbox, TidbHost).status, 404);
        QTRY_VERIFY_WITH_TIMEOUT(
            (r = aws({u"ec2"_s, u"describe-vpc-endpoints"_s, u"--vpc-endpoint-ids"_s, id}))
                    .exitCode == 254,
            20'000);
        QVERIFY2(r.stderrText.contains(u"InvalidVpcEndpointId.NotFound"_s),
                 qPrintable(r.stderrText));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAwsNetwork)
#include "tst_sandboxawsnetwork.moc"
