#pragma once

#include "sandbox/aws/AwsQuery.h"

#include <QJsonObject>

#include <optional>

namespace plc::sandbox {

class Ec2Catalog;

/// What EC2 checks of a CreateVpcEndpoint or ModifyVpcEndpoint before it acts, with its error
/// codes: the service known to the caller in the region, subnets one per zone and each in a
/// zone of the service; and what makes two creates with one client token the same request.
namespace Ec2EndpointRules {

/// The service named, as the caller may see it; or the error (MissingParameter,
/// InvalidServiceName).
std::optional<QJsonObject> service(const Ec2Catalog &catalog, const AwsQuery &query,
                                   const QString &name, SandboxResponse *error);
/// Subnets one per zone, each in a zone of `service`; or the error (InvalidParameter,
/// DuplicateSubnetsInSameZone).
bool checkSubnets(const AwsQuery &query, const QJsonObject &service,
                  const QList<QJsonObject> &subnets, SandboxResponse *error);
/// What a create asked for, apart from the token and the dry run: the same token with another
/// fingerprint is another request (IdempotentParameterMismatch).
QString fingerprint(const AwsQuery &query);

} // namespace Ec2EndpointRules

} // namespace plc::sandbox
