#include "providers/ProviderConsole.h"

#include "domain/EndpointServiceName.h"

using namespace Qt::StringLiterals;

namespace plc {

QString ProviderConsole::serviceRegion(const EndpointService &service)
{
    if (!service.region.isEmpty())
        return service.region;
    return EndpointServiceName::parse(service.name).region;
}

QString ProviderConsole::serviceId(const QString &endpointServiceName)
{
    if (!EndpointServiceName::parse(endpointServiceName).isValid())
        return {};
    return endpointServiceName.section(u'.', -1);
}

} // namespace plc
