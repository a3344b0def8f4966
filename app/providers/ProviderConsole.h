#pragma once

#include "domain/PrivateLink.h"

#include <QString>

namespace plc {

/// What every provider's console page and CLI command are made from: the endpoint service's
/// region and ID, read from what TiDB Cloud says of the service. Each Provider makes its own
/// page and command (Provider::endpointServicePage, Provider::acceptCommand).
namespace ProviderConsole {
/// The region the endpoint service lives in: the cross-region `region` when set, else the
/// region read from the service name.
QString serviceRegion(const EndpointService &service);
/// The service's own ID: `vpce-svc-…` (AWS) or `epsrv-…` (Alibaba Cloud), from its name.
QString serviceId(const QString &endpointServiceName);
} // namespace ProviderConsole

} // namespace plc
