#pragma once

#include "providers/alibaba/AlibabaNetworkResources.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace plc {

/// "Copy as Terraform" on Alibaba Cloud: what the console made, as Terraform configuration for
/// the user to keep, never applied by the console. The endpoint becomes an
/// `alicloud_privatelink_vpc_endpoint`, each of its zones an
/// `alicloud_privatelink_vpc_endpoint_zone`, each rule the console added an
/// `alicloud_security_group_rule`, and each gets an `import` block (Terraform 1.5 and later) with
/// its ID as the alicloud provider forms it, so that applying it adopts what exists instead of
/// making it again. Where an ID cannot be formed from what is known, a comment says why in place
/// of the import block.
///
/// The text is code, not a window's words: in English, never translated. Every value is quoted
/// by HclText, whatever Alibaba Cloud answered; resource labels are made from the IDs, never from
/// names or descriptions. The same input always gives the same text, in the order given.
namespace AlibabaTerraform {
/// The configuration of `endpoint` in `region`, with its zones (a ListVpcEndpointZones read) and
/// its security groups `groupIds`, and of `addedRules`: the TCP ingress rules the console added
/// to the group `rulesGroupId` (AlibabaInboundService::openPort), from a CIDR or a group. The
/// console sets no priority, policy or NIC type on a rule: ECS makes it priority 1, `accept`,
/// `intranet` (a VPC's group), and the rule's import ID names them.
QString configuration(const QString &region, const AlibabaVpcEndpoint &endpoint,
                      const QStringList &groupIds, const QString &rulesGroupId = {},
                      const QList<AlibabaGroupRule> &addedRules = {});
} // namespace AlibabaTerraform

} // namespace plc
