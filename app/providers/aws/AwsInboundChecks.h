#pragma once

#include "domain/LinkCheck.h"
#include "providers/aws/AwsNetworkResources.h"

#include <QCoreApplication>

#include <optional>

namespace plc {

/// What the console found in the user's VPC before it makes a private endpoint into a cluster
/// (or another service): the facts one set of EC2 reads gives.
struct AwsInboundFacts
{
    QString region;
    QString serviceName;
    QStringList serviceZoneIds; ///< the zones the service is in, by ID (`use1-az1`)
    int port = 4000;            ///< the port the endpoint is used on (the cluster's)

    AwsVpc vpc;
    std::optional<bool> dnsSupport;
    std::optional<bool> dnsHostnames;
    QList<AwsSubnet> subnets; ///< all of the VPC's
    QList<AwsSecurityGroup> groups;
    QList<AwsVpcEndpoint> existing; ///< the caller's endpoints to the service in the VPC
    QString readError;              ///< the sentence of a read that failed (facts incomplete)
};

/// What the user chose on the page.
struct AwsInboundChoice
{
    QStringList subnetIds;
    QStringList groupIds;
    bool privateDns = true;
};

/// The rules that turn AwsInboundFacts and a choice into checks — the commonest causes of an
/// endpoint that cannot be made or used: DNS attributes off, a subnet outside the service's
/// zones, no group letting the port in, an endpoint to the service in the VPC already. No
/// network here.
class AwsInboundChecks final
{
    Q_DECLARE_TR_FUNCTIONS(AwsInboundChecks)

public:
    static QList<LinkCheck> evaluate(const AwsInboundFacts &facts, const AwsInboundChoice &choice);

    /// One subnet per zone the VPC and the service share, the one with most free addresses.
    static QStringList suggestedSubnets(const AwsInboundFacts &facts);
    /// The groups that let the port in; none: the VPC's default group.
    static QStringList suggestedGroups(const AwsInboundFacts &facts);
    /// The endpoint to the service in the VPC that is, or will be, usable (not being deleted,
    /// failed or rejected); nothing when there is none.
    static std::optional<AwsVpcEndpoint> reusable(const AwsInboundFacts &facts);
    /// Whether `group` lets TCP `port` in, and from where (CIDRs and group IDs).
    static QStringList openedFrom(const AwsSecurityGroup &group, int port);
};

} // namespace plc
