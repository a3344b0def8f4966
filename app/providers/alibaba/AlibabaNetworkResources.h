#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace plc {

// What the console reads of the user's own Alibaba Cloud network, where a private endpoint into
// a cluster is made: VPCs and vSwitches (VPC 2016-04-28), security groups and their rules (ECS
// 2014-05-26), the caller's endpoints (PrivateLink 2020-04-15). Free text is made visible
// (OutsideText) by AlibabaNetworkCodec.

struct AlibabaVpc
{
    QString vpcId; ///< `vpc-…`
    QString name;
    QString cidrBlock;
    QString status; ///< Pending, Available
    bool isDefault = false;
};

/// A vSwitch: a VPC's block in one zone. Zone IDs (`cn-hangzhou-j`) are the same in every
/// account.
struct AlibabaVSwitch
{
    QString vSwitchId; ///< `vsw-…`
    QString vpcId;
    QString zoneId;
    QString cidrBlock;
    QString name;
    QString status;
    int freeAddresses = 0; ///< AvailableIpAddressCount
};

/// One rule of a security group as DescribeSecurityGroupAttribute writes it: `PortRange`
/// `from/to` (-1/-1 for every port of a protocol without ports), from a CIDR or another group.
struct AlibabaGroupRule
{
    QString ruleId;
    QString direction; ///< ingress, egress
    QString protocol;  ///< TCP, UDP, ICMP, GRE, ALL (upper case, as ECS answers)
    int fromPort = -1;
    int toPort = -1;
    QString cidr; ///< IPv4
    QString sourceGroupId;
    QString policy; ///< Accept, Drop
    QString description;
    // After the others, so that a rule written out in order stays what it was.
    QString cidrIpv6;
    QString prefixListId;

    /// Where it lets traffic in from: its IPv4 or IPv6 CIDR, prefix list or source group.
    QString from() const
    {
        for (const QString *source : {&cidr, &cidrIpv6, &prefixListId, &sourceGroupId}) {
            if (!source->isEmpty())
                return *source;
        }
        return {};
    }

    /// Whether it lets TCP `port` in.
    bool opensInbound(int port) const
    {
        if (direction.compare(QLatin1StringView("ingress"), Qt::CaseInsensitive) != 0 ||
            policy.compare(QLatin1StringView("Drop"), Qt::CaseInsensitive) == 0)
            return false;
        if (protocol.compare(QLatin1StringView("ALL"), Qt::CaseInsensitive) == 0)
            return true;
        return protocol.compare(QLatin1StringView("TCP"), Qt::CaseInsensitive) == 0 &&
               fromPort <= port && port <= toPort;
    }
};

struct AlibabaSecurityGroup
{
    QString groupId; ///< `sg-…`
    QString name;
    QString description;
    QString vpcId;
    bool managed = false; ///< made by a cloud product (ServiceManaged): it cannot be changed
    QList<AlibabaGroupRule> rules; ///< the inbound rules, when they were read
};

/// One zone of an endpoint (ListVpcEndpointZones): its vSwitch, network interface and domain.
struct AlibabaEndpointZone
{
    QString zoneId;
    QString vSwitchId;
    QString eniId;
    QString eniIp;
    QString domain; ///< ZoneDomain: this zone's address only
    QString status; ///< Creating, Wait, Connected, Disconnected, Deleting…
};

/// An interface endpoint of the caller's account.
struct AlibabaVpcEndpoint
{
    QString endpointId; ///< `ep-…`
    QString name;
    QString vpcId;
    QString serviceId;
    QString serviceName;
    QString status;           ///< EndpointStatus: Creating, Active, Pending, Deleting
    QString connectionStatus; ///< Pending, Connecting, Connected, Disconnected, Deleting…
    /// EndpointDomain: the host applications connect to, in every zone of the endpoint.
    QString domain;
    QDateTime created;
    QList<AlibabaEndpointZone> zones; ///< filled by a ListVpcEndpointZones read
};

/// What CreateVpcEndpoint is asked for: an interface endpoint with one vSwitch per zone.
struct AlibabaEndpointRequest
{
    struct Zone
    {
        QString zoneId;
        QString vSwitchId;
    };
    QString vpcId;
    QString serviceName; ///< `com.aliyuncs.privatelink.<region>.epsrv-…`
    QList<Zone> zones;
    QStringList groupIds;
    QString name;
    /// The same for every attempt of one create: Alibaba Cloud makes it once. Empty: one is
    /// made for the call.
    QString clientToken;
};

} // namespace plc
