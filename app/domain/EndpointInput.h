#pragma once

#include "domain/ClusterEnums.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace plc {

/// The rules for what the user types in the private endpoint wizard, each returning the
/// sentence that says what is wrong and what is expected (empty: valid): the AWS resource IDs
/// of the `aws ec2 create-vpc-endpoint` command, the Alibaba Cloud endpoint IP of the hosts
/// line, and the fields of a custom target (a MatrixOne Cloud instance).
class EndpointInput
{
    Q_DECLARE_TR_FUNCTIONS(EndpointInput)

public:
    static constexpr int MaxTargetNameLength = 64;
    static constexpr int MaxSecurityGroups = 5; ///< AWS's limit per endpoint

    /// Splits a list typed with commas and/or spaces.
    static QStringList splitList(const QString &text);

    /// `vpc-` and 8 or 17 hexadecimal digits.
    static QString vpcIdProblem(const QString &vpcId);
    /// One or more `subnet-…`, at most one per zone of `zoneCount`.
    static QString subnetIdsProblem(const QString &text, int zoneCount);
    /// None (the VPC's default group is used) or up to five `sg-…`.
    static QString securityGroupIdsProblem(const QString &text);
    /// The endpoint's IPv4 address from the Alibaba Cloud console.
    static QString endpointIpProblem(const QString &ip);
    /// Not an error but worth saying: an endpoint IP outside the private ranges.
    static QString endpointIpNote(const QString &ip);

    /// A custom target's name: not empty, trimmed, no control characters, at most 64, unique.
    static QString targetNameProblem(const QString &name, const QStringList &takenNames);
    /// The endpoint service of a custom target, of `provider`.
    static QString serviceNameProblem(const QString &serviceName, CloudProvider provider);
    /// The Region ID: a region code, the same as the service name's.
    static QString regionIdProblem(const QString &regionId, const QString &serviceName);
    /// Zone IDs: Alibaba Cloud `cn-hangzhou-j` in the region, AWS AZ IDs such as `use1-az1`.
    static QString zoneIdsProblem(const QString &text, CloudProvider provider,
                                  const QString &regionId);
    /// The database user: no spaces or quotes; with colons, MatrixOne's `account:admin:role`.
    static QString userProblem(const QString &user);
};

} // namespace plc
