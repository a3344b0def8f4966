#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace plc {

// What the console reads of the user's own AWS network, where a private endpoint into a
// cluster is made, as EC2 answers it. Free text is made visible (OutsideText) by the codec.

struct AwsVpc
{
    QString vpcId;
    QString cidrBlock;
    QString name; ///< its `Name` tag, if any
    bool isDefault = false;
};

/// A subnet, with its zone both as the account names it and by ID (the same in every account).
struct AwsSubnet
{
    QString subnetId;
    QString vpcId;
    QString cidrBlock;
    QString zoneName;
    QString zoneId;
    QString name;
    int freeAddresses = 0;
};

/// One rule of a security group: TCP from `fromPort` to `toPort` (both -1 for every protocol),
/// from a CIDR or from another group.
struct AwsGroupRule
{
    QString ruleId;
    QString groupId;
    bool egress = false;
    QString protocol; ///< `tcp`, `udp`, `icmp`, `-1` (all)
    int fromPort = -1;
    int toPort = -1;
    QString cidr; ///< IPv4
    QString sourceGroupId;
    QString description;
    // After the others, so that a rule written out in order stays what it was.
    QString cidrIpv6;
    QString prefixListId; ///< a managed prefix list (`pl-…`)

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
        return !egress &&
               (protocol == QLatin1StringView("-1") ||
                (protocol == QLatin1StringView("tcp") && fromPort <= port && port <= toPort));
    }
};

struct AwsSecurityGroup
{
    QString groupId;
    QString name;
    QString description;
    QString vpcId;
    QList<AwsGroupRule> rules;
};

/// An interface VPC endpoint of the caller's account.
struct AwsVpcEndpoint
{
    QString endpointId;
    QString vpcId;
    QString serviceName;
    QString state; ///< pendingAcceptance, pending, available, deleting, deleted, rejected, failed
    QStringList subnetIds;
    QStringList groupIds;
    bool privateDnsEnabled = false;
    QStringList dnsNames; ///< the regional name first, then one per zone, then the private name
    QDateTime created;
    QString lastError; ///< AWS's reason when it failed or was rejected
};

/// What ModifyVpcEndpoint is asked for: subnets and groups added or removed, private DNS turned
/// on or off (nothing: left as it is).
struct AwsEndpointChange
{
    QStringList addSubnets;
    QStringList removeSubnets;
    QStringList addGroups;
    QStringList removeGroups;
    std::optional<bool> privateDns;

    bool isEmpty() const
    {
        return addSubnets.isEmpty() && removeSubnets.isEmpty() && addGroups.isEmpty() &&
               removeGroups.isEmpty() && !privateDns;
    }
    /// Whether any part of the change shows: EC2 received it (it applies the parts a moment
    /// apart, subnets last).
    bool partlyIn(const AwsVpcEndpoint &endpoint) const
    {
        const auto any = [](const QStringList &in, const QStringList &items, bool present) {
            return std::any_of(items.cbegin(), items.cend(),
                               [&](const QString &item) { return in.contains(item) == present; });
        };
        return any(endpoint.subnetIds, addSubnets, true) ||
               any(endpoint.subnetIds, removeSubnets, false) ||
               any(endpoint.groupIds, addGroups, true) ||
               any(endpoint.groupIds, removeGroups, false) ||
               (privateDns && endpoint.privateDnsEnabled == *privateDns);
    }
};

/// What CreateVpcEndpoint is asked for: an interface endpoint.
struct AwsEndpointRequest
{
    QString vpcId;
    QString serviceName;
    QStringList subnetIds;
    QStringList groupIds;
    bool privateDns = true;
    QString clientToken; ///< the same for every attempt of one create: AWS makes it once
};

} // namespace plc
