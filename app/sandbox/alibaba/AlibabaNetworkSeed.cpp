#include "sandbox/alibaba/AlibabaNetworkSeed.h"

#include "sandbox/NetworkStore.h"
#include "sandbox/alibaba/AlibabaApi.h"
#include "sandbox/alibaba/AlibabaNetwork.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

struct VSwitchSeed
{
    const char *id;
    const char *zoneId;
    const char *cidr;
    const char *name;
    int freeAddresses;
};

const QString SeedTime = u"2025-09-01T08:00:00Z"_s;

bool seedVpc(NetworkStore &networks, const NetworkScope &scope, const QString &vpcId,
             const QString &cidr, const QString &name, const QString &router)
{
    return networks.put(scope, AlibabaNetwork::Vpc, vpcId, {},
                        QJsonObject{{u"VpcId"_s, vpcId},
                                    {u"RegionId"_s, scope.region},
                                    {u"VpcName"_s, name},
                                    {u"CidrBlock"_s, cidr},
                                    {u"Description"_s, QString()},
                                    {u"IsDefault"_s, false},
                                    {u"Status"_s, u"Available"_s},
                                    {u"VRouterId"_s, router},
                                    {u"CreationTime"_s, SeedTime}});
}

bool seedVSwitches(NetworkStore &networks, const NetworkScope &scope, const QString &vpcId,
                   std::initializer_list<VSwitchSeed> vswitches)
{
    for (const VSwitchSeed &vswitch : vswitches) {
        const QString id = QString::fromLatin1(vswitch.id);
        const QJsonObject body{{u"VSwitchId"_s, id},
                               {u"VpcId"_s, vpcId},
                               {u"ZoneId"_s, QString::fromLatin1(vswitch.zoneId)},
                               {u"CidrBlock"_s, QString::fromLatin1(vswitch.cidr)},
                               {u"VSwitchName"_s, QString::fromLatin1(vswitch.name)},
                               {u"Description"_s, QString()},
                               {u"IsDefault"_s, false},
                               {u"Status"_s, u"Available"_s},
                               {u"AvailableIpAddressCount"_s, vswitch.freeAddresses},
                               {u"CreationTime"_s, SeedTime}};
        if (!networks.put(scope, AlibabaNetwork::VSwitch, id, vpcId, body))
            return false;
    }
    return true;
}

QJsonObject allowIn(const QString &ruleId, const QString &protocol, const QString &ports,
                    const QString &cidr, const QString &note)
{
    return QJsonObject{{u"SecurityGroupRuleId"_s, ruleId}, {u"Direction"_s, u"ingress"_s},
                       {u"IpProtocol"_s, protocol},        {u"PortRange"_s, ports},
                       {u"SourceCidrIp"_s, cidr},          {u"SourceGroupId"_s, QString()},
                       {u"Policy"_s, u"Accept"_s},         {u"Priority"_s, u"1"_s},
                       {u"Description"_s, note},           {u"CreateTime"_s, SeedTime}};
}

bool seedGroup(NetworkStore &networks, const NetworkScope &scope, const QString &vpcId,
               const QString &groupId, const QString &name, const QString &description,
               const QJsonArray &permissions, bool managed = false)
{
    return networks.put(scope, AlibabaNetwork::SecurityGroup, groupId, vpcId,
                        QJsonObject{{u"SecurityGroupId"_s, groupId},
                                    {u"SecurityGroupName"_s, name},
                                    {u"Description"_s, description},
                                    {u"VpcId"_s, vpcId},
                                    {u"SecurityGroupType"_s, u"normal"_s},
                                    {u"ServiceManaged"_s, managed},
                                    {u"CreationTime"_s, SeedTime},
                                    {u"Permissions"_s, permissions}});
}

} // namespace

bool AlibabaNetworkSeed::seed(NetworkStore &networks)
{
    const QString user = QString::fromLatin1(AlibabaApi::UserAccount);
    // Hangzhou: TiDB Cloud's service is in cn-hangzhou-j and cn-hangzhou-k. The production VPC
    // has a vSwitch in each and one in cn-hangzhou-h, outside them; a second VPC is there to
    // be the wrong one.
    const NetworkScope hangzhou = AlibabaNetwork::scope(user, u"cn-hangzhou"_s);
    const QString prod = u"vpc-bp1h2k3m4n5p6q7r8s9t0"_s;
    const QString staging = u"vpc-bp1s7t6a5g4i3n2g1x0y9"_s;
    const bool hangzhouOk =
        seedVpc(networks, hangzhou, prod, u"192.168.0.0/16"_s, u"hz-prod"_s,
                u"vrt-bp1r2o3u4t5e6r7p8r9o0"_s) &&
        seedVSwitches(
            networks, hangzhou, prod,
            {{"vsw-bp1j0a1b2c3d4e5f6g7h8", "cn-hangzhou-j", "192.168.1.0/24", "hz-prod-j", 248},
             {"vsw-bp1k9b8c7d6e5f4g3h2i1", "cn-hangzhou-k", "192.168.2.0/24", "hz-prod-k", 250},
             {"vsw-bp1h5c4d3e2f1g0h9i8j7", "cn-hangzhou-h", "192.168.3.0/24", "hz-prod-h", 252}}) &&
        seedGroup(networks, hangzhou, prod, u"sg-bp1t1d2b3c4l5i6e7n8t9"_s, u"tidb-clients"_s,
                  u"TiDB Cloud clients"_s,
                  QJsonArray{allowIn(u"sgr-bp1a0b1c2d3e4f5g6h7i8"_s, u"TCP"_s, u"4000/4000"_s,
                                     u"192.168.0.0/16"_s, u"TiDB from the VPC"_s)}) &&
        seedGroup(networks, hangzhou, prod, u"sg-bp1d2e3f4a5u6l7t8g9r0"_s, u"default"_s,
                  u"System created security group."_s,
                  QJsonArray{allowIn(u"sgr-bp1b1c2d3e4f5g6h7i8j9"_s, u"TCP"_s, u"22/22"_s,
                                     u"192.168.0.0/16"_s, u"SSH from the VPC"_s)}) &&
        // Made by a load balancer: it can be read, not changed.
        seedGroup(networks, hangzhou, prod, u"sg-bp1m2a3n4a5g6e7d8n9l0"_s, u"nlb-managed"_s,
                  u"Managed by Network Load Balancer"_s, QJsonArray(), true) &&
        seedVpc(networks, hangzhou, staging, u"10.10.0.0/16"_s, u"hz-staging"_s,
                u"vrt-bp1s2t3a4g5i6n7g8r9t0"_s) &&
        seedVSwitches(networks, hangzhou, staging,
                      {{"vsw-bp1s0t1g2j3k4l5m6n7o8", "cn-hangzhou-j", "10.10.1.0/24",
                        "hz-staging-j", 251}}) &&
        seedGroup(networks, hangzhou, staging, u"sg-bp1s9t8g7d6e5f4a3u2l1"_s, u"default"_s,
                  u"System created security group."_s, QJsonArray());
    // Singapore: the service covers ap-southeast-1a, 1b and 1c; the VPC has vSwitches in 1a
    // and 1b, and one in 1d outside them.
    const NetworkScope singapore = AlibabaNetwork::scope(user, u"ap-southeast-1"_s);
    const QString iot = u"vpc-t4n1o2t3v4p5c6a7b8c9d"_s;
    const bool singaporeOk =
        seedVpc(networks, singapore, iot, u"10.30.0.0/16"_s, u"sg-iot"_s,
                u"vrt-t4n1r2o3u4t5e6r7s8g"_s) &&
        seedVSwitches(
            networks, singapore, iot,
            {{"vsw-t4n1a2b3c4d5e6f7g8h9", "ap-southeast-1a", "10.30.1.0/24", "sg-iot-a", 249},
             {"vsw-t4n2b3c4d5e6f7g8h9i0", "ap-southeast-1b", "10.30.2.0/24", "sg-iot-b", 251},
             {"vsw-t4n4d5e6f7g8h9i0j1k2", "ap-southeast-1d", "10.30.4.0/24", "sg-iot-d", 252}}) &&
        seedGroup(networks, singapore, iot, u"sg-t4n1t2i3d4b5c6l7i8e9n"_s, u"tidb-clients"_s,
                  u"TiDB Cloud clients"_s,
                  QJsonArray{allowIn(u"sgr-t4n1a2b3c4d5e6f7g8h9"_s, u"TCP"_s, u"4000/4000"_s,
                                     u"10.30.0.0/16"_s, u"TiDB from the VPC"_s)}) &&
        seedGroup(networks, singapore, iot, u"sg-t4n9d8e7f6a5u4l3t2g1r"_s, u"default"_s,
                  u"System created security group."_s, QJsonArray());
    return hangzhouOk && singaporeOk;
}

} // namespace plc::sandbox
