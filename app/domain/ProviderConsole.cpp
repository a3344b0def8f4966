#include "ProviderConsole.h"

#include "CliCommands.h"
#include "EndpointServiceName.h"

#include <QUrlQuery>

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

QUrl ProviderConsole::endpointServicePage(ConnectionType type, const EndpointService &service)
{
    const EndpointServiceName name = EndpointServiceName::parse(service.name);
    if (!name.isValid())
        return {};
    const QString region = serviceRegion(service);
    if (type == ConnectionType::AwsEndpointService && name.provider == CloudProvider::Aws) {
        QUrl url(u"https://%1.console.aws.amazon.com/vpcconsole/home"_s.arg(region));
        url.setQuery(u"region=%1"_s.arg(region));
        url.setFragment(
            u"EndpointServiceDetails:endpointServiceId=%1"_s.arg(serviceId(service.name)));
        return url;
    }
    if (type == ConnectionType::AlibabaCloudEndpointService &&
        name.provider == CloudProvider::AlibabaCloud) {
        QUrl url(u"https://vpc.console.aliyun.com/"_s);
        url.setQuery(u"regionId=%1"_s.arg(region));
        return url;
    }
    return {};
}

QString ProviderConsole::acceptCommand(ConnectionType type, const EndpointService &service)
{
    if (type != ConnectionType::AwsEndpointService || service.endpointId.isEmpty())
        return {};
    const QString id = serviceId(service.name);
    if (id.isEmpty())
        return {};
    return u"aws ec2 accept-vpc-endpoint-connections --region %1 --service-id %2 "
           "--vpc-endpoint-ids %3"_s.arg(CliCommands::shellQuote(serviceRegion(service)),
                                         CliCommands::shellQuote(id),
                                         CliCommands::shellQuote(service.endpointId));
}

} // namespace plc
