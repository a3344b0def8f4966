#include "providers/ProviderConsole.h"

#include "domain/EndpointServiceName.h"
#include "domain/RegionNames.h"
#include "providers/alibaba/AlibabaCommands.h"
#include "providers/aws/AwsCommands.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// A region code as the providers write them (`us-east-1`, `us-gov-west-1`, `cn-hangzhou`,
/// `ap-southeast-1`): what may become part of a console URL's host or query — the same shapes
/// the API clients make hosts from.
bool isRegionCode(const QString &region, CloudProvider provider)
{
    return provider == CloudProvider::Aws ? RegionNames::isAwsRegion(region)
                                          : RegionNames::isAlibabaRegion(region);
}

/// `vpce-` and 8 or 17 hexadecimal digits: an AWS VPC endpoint ID.
bool isVpcEndpointId(const QString &id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"vpce-([0-9a-f]{8}|[0-9a-f]{17})"_s));
    return pattern.match(id).hasMatch();
}
/// `ep-` and lowercase letters or digits: an Alibaba Cloud endpoint ID.
bool isAlibabaEndpointId(const QString &id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"ep-[a-z0-9]{8,40}"_s));
    return pattern.match(id).hasMatch();
}
} // namespace

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
    // The region comes from the server: it becomes part of the host only once it is a region
    // code, and the host is checked after the URL is made.
    const QString region = serviceRegion(service);
    if (!isRegionCode(region, name.provider))
        return {};
    if (type == ConnectionType::AwsEndpointService && name.provider == CloudProvider::Aws) {
        const QString host = region + u".console.aws.amazon.com"_s;
        QUrl url;
        url.setScheme(u"https"_s);
        url.setHost(host, QUrl::StrictMode);
        url.setPath(u"/vpcconsole/home"_s);
        url.setQuery(QUrlQuery{{u"region"_s, region}});
        url.setFragment(
            u"EndpointServiceDetails:endpointServiceId=%1"_s.arg(serviceId(service.name)));
        return url.isValid() && url.host() == host ? url : QUrl();
    }
    if (type == ConnectionType::AlibabaCloudEndpointService &&
        name.provider == CloudProvider::AlibabaCloud) {
        QUrl url(u"https://vpc.console.aliyun.com/"_s);
        url.setQuery(QUrlQuery{{u"regionId"_s, region}});
        return url;
    }
    return {};
}

QString ProviderConsole::acceptCommand(ConnectionType type, const EndpointService &service,
                                       const CliAccount &account)
{
    const QString id = serviceId(service.name);
    const QString region = serviceRegion(service);
    if (type == ConnectionType::AlibabaCloudEndpointService) {
        if (id.isEmpty() || !isAlibabaEndpointId(service.endpointId) ||
            !isRegionCode(region, CloudProvider::AlibabaCloud))
            return {};
        return AlibabaCommands::script(
            account, {AlibabaCommands::decide(account, region, id, service.endpointId, true)});
    }
    if (type != ConnectionType::AwsEndpointService || !isVpcEndpointId(service.endpointId) ||
        id.isEmpty() || !isRegionCode(region, CloudProvider::Aws))
        return {};
    return AwsCommands::script(
        account, {AwsCommands::decide(account, region, id, service.endpointId, true)});
}

} // namespace plc
