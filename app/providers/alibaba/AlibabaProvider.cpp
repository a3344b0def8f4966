#include "providers/alibaba/AlibabaProvider.h"

#include "domain/EndpointServiceName.h"
#include "domain/RegionNames.h"
#include "providers/ProviderConsole.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/alibaba/AlibabaCommands.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// `ep-` and lowercase letters or digits: an Alibaba Cloud endpoint ID.
bool isEndpointId(const QString &id)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"ep-[a-z0-9]{8,40}"_s));
    return pattern.match(id).hasMatch();
}
} // namespace

const AlibabaProvider &AlibabaProvider::instance()
{
    static const AlibabaProvider provider;
    return provider;
}

ProviderAccount *AlibabaProvider::newAccount(RequestLog *log, QObject *parent) const
{
    return new AlibabaAccount(log, parent);
}

QUrl AlibabaProvider::endpointServicePage(const EndpointService &service) const
{
    const EndpointServiceName name = EndpointServiceName::parse(service.name);
    if (!name.isValid() || name.provider != CloudProvider::AlibabaCloud)
        return {};
    // The region comes from the server: it goes into the query only once it is a region code.
    const QString region = ProviderConsole::serviceRegion(service);
    if (!RegionNames::isAlibabaRegion(region))
        return {};
    QUrl url(u"https://vpc.console.aliyun.com/"_s);
    url.setQuery(QUrlQuery{{u"regionId"_s, region}});
    return url;
}

QString AlibabaProvider::acceptCommand(const EndpointService &service,
                                       const CliAccount &account) const
{
    const QString id = ProviderConsole::serviceId(service.name);
    const QString region = ProviderConsole::serviceRegion(service);
    if (id.isEmpty() || !isEndpointId(service.endpointId) || !RegionNames::isAlibabaRegion(region))
        return {};
    return AlibabaCommands::script(
        account, {AlibabaCommands::decide(account, region, id, service.endpointId, true)});
}

QString AlibabaProvider::serviceSearchText(const EndpointService &service) const
{
    return ProviderConsole::serviceId(service.name);
}

} // namespace plc
