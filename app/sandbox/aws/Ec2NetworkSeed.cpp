#include "sandbox/aws/Ec2NetworkSeed.h"

#include "sandbox/NetworkStore.h"
#include "sandbox/aws/AwsAccounts.h"
#include "sandbox/aws/Ec2Network.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

struct SubnetSeed
{
    const char *id;
    const char *zoneId;
    const char *cidr;
    const char *name;
};

bool putVpc(NetworkStore &networks, const NetworkScope &scope, const QString &vpcId,
            const QString &cidr, const QString &name, bool dnsHostnames)
{
    return networks.put(scope, Ec2Network::Vpc, vpcId, {},
                        QJsonObject{{u"vpcId"_s, vpcId},
                                    {u"cidrBlock"_s, cidr},
                                    {u"state"_s, u"available"_s},
                                    {u"isDefault"_s, false},
                                    {u"enableDnsSupport"_s, true},
                                    {u"enableDnsHostnames"_s, dnsHostnames},
                                    {u"name"_s, name}});
}

bool putSubnets(NetworkStore &networks, const NetworkScope &scope, const QString &vpcId,
                std::initializer_list<SubnetSeed> subnets)
{
    for (const SubnetSeed &subnet : subnets) {
        const QString id = QString::fromLatin1(subnet.id);
        const QJsonObject body{{u"subnetId"_s, id},
                               {u"vpcId"_s, vpcId},
                               {u"cidrBlock"_s, QString::fromLatin1(subnet.cidr)},
                               {u"availabilityZoneId"_s, QString::fromLatin1(subnet.zoneId)},
                               {u"availableIpAddressCount"_s, 4091},
                               {u"state"_s, u"available"_s},
                               {u"name"_s, QString::fromLatin1(subnet.name)}};
        if (!networks.put(scope, Ec2Network::Subnet, id, vpcId, body))
            return false;
    }
    return true;
}

QJsonObject ingress(const QString &ruleId, int port, const QString &cidr, const QString &note)
{
    return QJsonObject{{u"securityGroupRuleId"_s, ruleId},
                       {u"isEgress"_s, false},
                       {u"ipProtocol"_s, u"tcp"_s},
                       {u"fromPort"_s, port},
                       {u"toPort"_s, port},
                       {u"cidrIpv4"_s, cidr},
                       {u"description"_s, note}};
}

QJsonObject allEgress(const QString &ruleId)
{
    return QJsonObject{{u"securityGroupRuleId"_s, ruleId},
                       {u"isEgress"_s, true},
                       {u"ipProtocol"_s, u"-1"_s},
                       {u"fromPort"_s, -1},
                       {u"toPort"_s, -1},
                       {u"cidrIpv4"_s, u"0.0.0.0/0"_s}};
}

bool putGroup(NetworkStore &networks, const NetworkScope &scope, const QString &vpcId,
              const QString &groupId, const QString &name, const QString &description,
              const QJsonArray &rules)
{
    return networks.put(scope, Ec2Network::SecurityGroup, groupId, vpcId,
                        QJsonObject{{u"groupId"_s, groupId},
                                    {u"groupName"_s, name},
                                    {u"description"_s, description},
                                    {u"vpcId"_s, vpcId},
                                    {u"rules"_s, rules}});
}

} // namespace

bool Ec2NetworkSeed::seed(NetworkStore &networks)
{
    const QString user = QString::fromLatin1(AwsAccounts::UserAccount);
    // N. Virginia: TiDB Cloud's service is in use1-az1, use1-az2 and use1-az4.
    const NetworkScope virginia{Ec2Network::Cloud, user, u"us-east-1"_s};
    const QString prod = u"vpc-0c1f9e2d3b4a59687"_s;
    const QString legacy = u"vpc-07d3e5a1b9c2f4e60"_s;
    const bool virginiaOk =
        putVpc(networks, virginia, prod, u"10.20.0.0/16"_s, u"prod-app"_s, true) &&
        putSubnets(networks, virginia, prod,
                   {{"subnet-0a4e1c2b3d5f60718", "use1-az1", "10.20.0.0/20", "prod-app-a"},
                    {"subnet-0b5f2d3c4e6a70819", "use1-az2", "10.20.16.0/20", "prod-app-b"},
                    {"subnet-0c6a3e4d5f7b8092a", "use1-az3", "10.20.32.0/20", "prod-app-c"},
                    {"subnet-0d7b4f5e6a8c9103b", "use1-az4", "10.20.48.0/20", "prod-app-d"}}) &&
        putGroup(networks, virginia, prod, u"sg-0e1a2b3c4d5e6f708"_s, u"default"_s,
                 u"default VPC security group"_s,
                 QJsonArray{allEgress(u"sgr-0a1b2c3d4e5f60718"_s)}) &&
        putGroup(networks, virginia, prod, u"sg-0f2b3c4d5e6f70819"_s, u"tidb-clients"_s,
                 u"TiDB Cloud clients"_s,
                 QJsonArray{ingress(u"sgr-0b2c3d4e5f6071829"_s, 4000, u"10.20.0.0/16"_s,
                                    u"TiDB from the VPC"_s),
                            allEgress(u"sgr-0c3d4e5f607182930"_s)}) &&
        // A VPC made before DNS hostnames were turned on: private DNS cannot be used in it.
        putVpc(networks, virginia, legacy, u"172.31.0.0/16"_s, u"legacy-batch"_s, false) &&
        putSubnets(networks, virginia, legacy,
                   {{"subnet-0e8c5a6f7b9d0214c", "use1-az1", "172.31.0.0/20", "legacy-a"},
                    {"subnet-0f9d6b7a8c0e1325d", "use1-az5", "172.31.16.0/20", "legacy-e"}}) &&
        putGroup(networks, virginia, legacy, u"sg-0a3c4d5e6f7081920"_s, u"default"_s,
                 u"default VPC security group"_s,
                 QJsonArray{allEgress(u"sgr-0d4e5f60718293a41"_s)});
    // Tokyo: the service covers all three zones; the VPC has subnets in two of them.
    const NetworkScope tokyo{Ec2Network::Cloud, user, u"ap-northeast-1"_s};
    const QString web = u"vpc-05e7a9c1b3d2f4068"_s;
    const bool tokyoOk =
        putVpc(networks, tokyo, web, u"10.40.0.0/16"_s, u"tokyo-web"_s, true) &&
        putSubnets(networks, tokyo, web,
                   {{"subnet-01a2b3c4d5e6f7a8b", "apne1-az1", "10.40.0.0/20", "tokyo-web-a"},
                    {"subnet-02b3c4d5e6f7a8b9c", "apne1-az2", "10.40.16.0/20", "tokyo-web-c"}}) &&
        putGroup(networks, tokyo, web, u"sg-03c4d5e6f7a8b9c0d"_s, u"default"_s,
                 u"default VPC security group"_s,
                 QJsonArray{allEgress(u"sgr-0e5f60718293a4b52"_s)});
    return virginiaOk && tokyoOk;
}

} // namespace plc::sandbox
