#include "providers/aws/AwsProvider.h"

#include "domain/EndpointServiceName.h"
#include "domain/RegionNames.h"
#include "providers/ProviderConsole.h"
#include "providers/aws/AwsAccount.h"
#include "providers/aws/AwsCommands.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// `vpce-` and 8 or 17 hexadecimal digits: an AWS VPC endpoint ID.
bool isVpcEndpointId(const QString &id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"vpce-([0-9a-f]{8}|[0-9a-f]{17})"_s));
    return pattern.match(id).hasMatch();
}
} // namespace

const AwsProvider &AwsProvider::instance()
{
    static const AwsProvider provider;
    return provider;
}

ProviderAccount *AwsProvider::newAccount(RequestLog *log, QObject *parent) const
{
    return new AwsAccount(log, parent);
}

QUrl AwsProvider::endpointServicePage(const EndpointService &service) const
{
    const EndpointServiceName name = EndpointServiceName::parse(service.name);
    if (!name.isValid() || name.provider != CloudProvider::Aws)
        return {};
    // The region comes from the server: it becomes part of the host only once it is a region
    // code, and the host is checked after the URL is made.
    const QString region = ProviderConsole::serviceRegion(service);
    if (!RegionNames::isAwsRegion(region))
        return {};
    const QString host = region + u".console.aws.amazon.com"_s;
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host, QUrl::StrictMode);
    url.setPath(u"/vpcconsole/home"_s);
    url.setQuery(QUrlQuery{{u"region"_s, region}});
    url.setFragment(u"EndpointServiceDetails:endpointServiceId=%1"_s.arg(
        ProviderConsole::serviceId(service.name)));
    return url.isValid() && url.host() == host ? url : QUrl();
}

QString AwsProvider::acceptCommand(const EndpointService &service, const CliAccount &account) const
{
    const QString id = ProviderConsole::serviceId(service.name);
    const QString region = ProviderConsole::serviceRegion(service);
    if (!isVpcEndpointId(service.endpointId) || id.isEmpty() || !RegionNames::isAwsRegion(region))
        return {};
    return AwsCommands::script(
        account, {AwsCommands::decide(account, region, id, service.endpointId, true)});
}

} // namespace plc
