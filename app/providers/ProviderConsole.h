#pragma once

#include "domain/CliAccount.h"
#include "domain/PrivateLink.h"

#include <QString>
#include <QUrl>

namespace plc {

/// Where the user goes on the cloud provider's side of a private link connection: the
/// provider console page of the endpoint service, and the provider CLI command that accepts
/// a pending connection request.
namespace ProviderConsole {
/// The region the endpoint service lives in: the cross-region `region` when set, else the
/// region read from the service name.
QString serviceRegion(const EndpointService &service);
/// The service's own ID: `vpce-svc-…` (AWS) or `epsrv-…` (Alibaba Cloud), from its name.
QString serviceId(const QString &endpointServiceName);
/// AWS: the endpoint service's details page in the VPC console of its region. Alibaba Cloud:
/// the VPC console (it has no documented deep link to one endpoint service). Invalid when
/// the name cannot be read.
QUrl endpointServicePage(ConnectionType type, const EndpointService &service);
/// `aws ec2 accept-vpc-endpoint-connections …` (AwsCommands::decide) for a pending AWS
/// request, `aliyun privatelink EnableVpcEndpointConnection …` (AlibabaCommands::decide) for an
/// Alibaba Cloud one, acting with `account` — the provider's account the console acts on —,
/// after the comment lines its keys need (AwsCommands::script); empty for other types or
/// before TiDB Cloud has created its endpoint.
QString acceptCommand(ConnectionType type, const EndpointService &service,
                      const CliAccount &account);
} // namespace ProviderConsole

} // namespace plc
