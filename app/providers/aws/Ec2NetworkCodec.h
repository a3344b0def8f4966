#pragma once

#include "providers/aws/AwsNetworkResources.h"
#include "providers/aws/Ec2Codec.h"

#include <optional>

namespace plc::Ec2NetworkCodec {

// Reads EC2's answers about the user's network and interface endpoints (element names as in
// EC2's service model). Each gives nothing, with the reason in `error`, when the answer is not
// the document EC2 sends.

std::optional<Ec2Codec::Page<AwsVpc>> vpcs(const QByteArray &xml, QString *error);
/// DescribeVpcAttribute: the value of the one attribute asked.
std::optional<bool> vpcAttribute(const QByteArray &xml, QString *error);
std::optional<Ec2Codec::Page<AwsSubnet>> subnets(const QByteArray &xml, QString *error);
std::optional<Ec2Codec::Page<AwsSecurityGroup>> securityGroups(const QByteArray &xml,
                                                               QString *error);
/// AuthorizeSecurityGroupIngress: the rules made.
std::optional<QList<AwsGroupRule>> authorizedRules(const QByteArray &xml, QString *error);
std::optional<Ec2Codec::Page<AwsVpcEndpoint>> vpcEndpoints(const QByteArray &xml, QString *error);
/// CreateVpcEndpoint: the endpoint made (or, for a token sent before, the one it made then).
std::optional<AwsVpcEndpoint> createdEndpoint(const QByteArray &xml, QString *error);
/// ModifyVpcAttribute, ModifyVpcEndpoint: `<return>` (false: EC2 did not make the change;
/// AwsInboundService makes that a refusal).
std::optional<bool> returned(const QByteArray &xml, const QString &root, QString *error);

} // namespace plc::Ec2NetworkCodec
