#pragma once

#include "providers/aws/AwsNetworkResources.h"

#include <QList>
#include <QString>

namespace plc {

/// "Copy as Terraform" on AWS: what the console made, as Terraform configuration for the user to
/// keep, never applied by the console. The interface endpoint becomes an `aws_vpc_endpoint`, each
/// rule the console added an `aws_vpc_security_group_ingress_rule`, and each resource whose ID is
/// known gets an `import` block (Terraform 1.5 and later) with that ID, so that applying it
/// adopts what exists instead of making it again.
///
/// The text is code, not a window's words: in English, never translated. Every value is quoted
/// by HclText, whatever AWS answered; resource labels are made from the IDs, never from names or
/// descriptions. The same input always gives the same text, in the order given.
namespace AwsTerraform {
/// The configuration of `endpoint` in `region`, and of `addedRules`: the TCP ingress rules the
/// console added to let the port in (AwsInboundService::openPort), from a CIDR or a group.
QString configuration(const QString &region, const AwsVpcEndpoint &endpoint,
                      const QList<AwsGroupRule> &addedRules = {});
} // namespace AwsTerraform

} // namespace plc
