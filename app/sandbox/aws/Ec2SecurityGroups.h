#pragma once

#include "sandbox/NetworkStore.h"
#include "sandbox/aws/AwsQuery.h"

#include <QJsonObject>

#include <optional>

namespace plc::sandbox {

/// The caller's security groups in the emulated EC2, in the signed region:
/// DescribeSecurityGroups, DescribeSecurityGroupRules and AuthorizeSecurityGroupIngress (from
/// a CIDR or another group of the VPC; a rule that exists already is refused as EC2 does).
class Ec2SecurityGroups final
{
public:
    explicit Ec2SecurityGroups(NetworkStore *networks)
        : m_networks(networks)
    {}

    /// The answer when `action` is one of these; nothing otherwise.
    std::optional<SandboxResponse> handle(const QString &action, const AwsQuery &query);

    /// The security groups with these IDs in `vpcId` (any VPC when empty), or the error for
    /// the first that is not.
    std::optional<QList<QJsonObject>> groups(const AwsQuery &query, const QStringList &ids,
                                             const QString &vpcId, SandboxResponse *error) const;

private:
    SandboxResponse describeSecurityGroups(const AwsQuery &query);
    SandboxResponse describeSecurityGroupRules(const AwsQuery &query);
    SandboxResponse authorizeIngress(const AwsQuery &query);

    NetworkStore *m_networks;
};

} // namespace plc::sandbox
