#pragma once

#include "sandbox/NetworkStore.h"
#include "sandbox/aws/AwsQuery.h"

#include <QJsonObject>

#include <optional>

namespace plc::sandbox {

/// The caller's VPCs and subnets in the emulated EC2, in the signed region: DescribeVpcs,
/// Describe/ModifyVpcAttribute (the DNS attributes) and DescribeSubnets (zone IDs as well as
/// the caller's zone names). Another account's or region's resource does not exist for the
/// caller, as on AWS.
class Ec2Vpcs final
{
public:
    explicit Ec2Vpcs(NetworkStore *networks)
        : m_networks(networks)
    {}

    /// The answer when `action` is one of these; nothing otherwise.
    std::optional<SandboxResponse> handle(const QString &action, const AwsQuery &query);

    static NetworkScope scope(const AwsQuery &query);
    /// The VPC, or the error EC2 gives for a missing or unknown ID.
    std::optional<QJsonObject> vpc(const AwsQuery &query, const QString &vpcId,
                                   SandboxResponse *error) const;
    /// The subnets with these IDs in `vpcId`, or the error for the first that is not.
    std::optional<QList<QJsonObject>> subnets(const AwsQuery &query, const QStringList &ids,
                                              const QString &vpcId, SandboxResponse *error) const;

private:
    SandboxResponse describeVpcs(const AwsQuery &query);
    SandboxResponse describeVpcAttribute(const AwsQuery &query);
    SandboxResponse modifyVpcAttribute(const AwsQuery &query);
    SandboxResponse describeSubnets(const AwsQuery &query);

    NetworkStore *m_networks;
};

} // namespace plc::sandbox
