#pragma once

#include "providers/alibaba/AlibabaCodec.h"
#include "providers/alibaba/AlibabaNetworkResources.h"

#include <optional>

namespace plc::AlibabaNetworkCodec {

// Reads Alibaba Cloud's answers about the user's network and endpoints (field names as in the
// VPC 2016-04-28, ECS 2014-05-26 and PrivateLink 2020-04-15 API references). Each gives nothing,
// with the reason in `error`, when the answer is not the document Alibaba Cloud sends; a wrongly
// typed field fails the whole answer. The VPC and ECS lists are numbered (PageNumber, PageSize,
// TotalCount): their `nextToken` is the number of the next page, empty after the last.

std::optional<AlibabaCodec::Page<AlibabaVpc>> vpcs(const QByteArray &json, QString *error);
std::optional<AlibabaCodec::Page<AlibabaVSwitch>> vSwitches(const QByteArray &json, QString *error);
/// DescribeSecurityGroups: the groups, without their rules.
std::optional<AlibabaCodec::Page<AlibabaSecurityGroup>> securityGroups(const QByteArray &json,
                                                                       QString *error);
/// DescribeSecurityGroupAttribute: the group with its rules.
std::optional<AlibabaSecurityGroup> groupAttribute(const QByteArray &json, QString *error);
/// ListVpcEndpoints (NextToken).
std::optional<AlibabaCodec::Page<AlibabaVpcEndpoint>> endpoints(const QByteArray &json,
                                                                QString *error);
/// GetVpcEndpointAttribute and CreateVpcEndpoint: one endpoint, without its zones.
std::optional<AlibabaVpcEndpoint> endpoint(const QByteArray &json, QString *error);
/// ListVpcEndpointZones (NextToken).
std::optional<AlibabaCodec::Page<AlibabaEndpointZone>> endpointZones(const QByteArray &json,
                                                                     QString *error);
/// ListVpcEndpointSecurityGroups (NextToken): the groups' IDs.
std::optional<AlibabaCodec::Page<QString>> endpointGroups(const QByteArray &json, QString *error);

/// A PortRange, `from/to`; nothing when it is not two whole numbers.
std::optional<std::pair<int, int>> portRange(const QString &range);

} // namespace plc::AlibabaNetworkCodec
