#include "providers/alibaba/AlibabaCommands.h"

#include "providers/alibaba/AlibabaNetworkClient.h"

#include "domain/CliCommands.h"

#include <QList>

#include <utility>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
using Parameters = QList<std::pair<QString, QString>>;

/// What the aliyun CLI's --endpoint takes for `endpoint` — a host, and its port — when that is
/// all there is to it: HTTPS at the root. Empty otherwise (a sandbox's `http://…/alibaba/`):
/// the CLI cannot be told such an endpoint, and a host without its path would be another one.
QString endpointHost(const QUrl &endpoint)
{
    const bool hostOnly = endpoint.scheme() == "https"_L1 && !endpoint.host().isEmpty() &&
                          endpoint.userInfo().isEmpty() &&
                          (endpoint.path().isEmpty() || endpoint.path() == "/"_L1) &&
                          !endpoint.hasQuery() && !endpoint.hasFragment();
    return hostOnly ? endpoint.authority(QUrl::FullyEncoded) : QString();
}

/// The flags that make the aliyun CLI act with `account`, after the command's parameters.
QString accountOptions(const CliAccount &account)
{
    QString options;
    // Never `--profile=` with nothing after it: the CLI would take the next argument.
    if (account.keys == CliAccount::Keys::Profile && !account.profile.isEmpty())
        options += u" --profile="_s + CliCommands::shellQuote(account.profile);
    if (const QString host = endpointHost(account.endpoint); !host.isEmpty())
        options += u" --endpoint="_s + CliCommands::shellQuote(host);
    return options;
}

/// `aliyun <product> <action>` with the region and `parameters`, each value quoted by its
/// position; a value not known yet is shown as `<Name>`.
QString aliyun(const CliAccount &account, const QString &product, const QString &action,
               const QString &region, const Parameters &parameters)
{
    QString command = u"aliyun "_s + product + u' ' + action;
    Parameters all{{u"RegionId"_s, region}};
    all += parameters;
    for (const auto &[name, value] : std::as_const(all)) {
        const QString shown = value.isEmpty() ? u'<' + name + u'>' : value;
        command += u" --"_s + name + u'=' + CliCommands::shellQuote(shown);
    }
    return command + accountOptions(account);
}

QString privateLink(const CliAccount &account, const QString &action, const QString &region,
                    const Parameters &parameters)
{
    return aliyun(account, u"privatelink"_s, action, region, parameters);
}
} // namespace

QStringList AlibabaCommands::notes(const CliAccount &account)
{
    QStringList lines;
    switch (account.keys) {
    case CliAccount::Keys::Default:
    case CliAccount::Keys::Profile:
        break;
    case CliAccount::Keys::Environment:
        lines << CliCommands::comment(
            tr("The console's AccessKey comes from ALIBABA_CLOUD_ACCESS_KEY_ID and "
               "ALIBABA_CLOUD_ACCESS_KEY_SECRET in its environment, not from an aliyun CLI "
               "profile."));
        break;
    case CliAccount::Keys::Typed:
        lines << CliCommands::comment(
            tr("The console's AccessKey was typed into it and is in no aliyun CLI profile."));
        break;
    case CliAccount::Keys::Sandbox:
        // The sandbox's endpoint has a path: this line is the only place it is named.
        return {CliCommands::comment(
            tr("The sandbox's Alibaba Cloud account at %1: its AccessKey is made at each start "
               "and is in no profile.")
                .arg(account.endpoint.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo)))};
    }
    if (!account.endpoint.host().isEmpty() && endpointHost(account.endpoint).isEmpty())
        lines << CliCommands::comment(
            tr("The console calls Alibaba Cloud at %1, which the aliyun CLI's --endpoint cannot "
               "name.")
                .arg(account.endpoint.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo)));
    return lines;
}

QString AlibabaCommands::script(const CliAccount &account, const QStringList &commands)
{
    return (notes(account) + commands).join(u'\n');
}

QString AlibabaCommands::listServices(const CliAccount &account, const QString &region,
                                      const QString &serviceId)
{
    return privateLink(account, u"ListVpcEndpointServices"_s, region,
                       {{u"ServiceId"_s, serviceId}});
}

QString AlibabaCommands::serviceAttribute(const CliAccount &account, const QString &region,
                                          const QString &serviceId)
{
    return privateLink(account, u"GetVpcEndpointServiceAttribute"_s, region,
                       {{u"ServiceId"_s, serviceId}});
}

QString AlibabaCommands::serviceResources(const CliAccount &account, const QString &region,
                                          const QString &serviceId)
{
    return privateLink(account, u"ListVpcEndpointServiceResources"_s, region,
                       {{u"ServiceId"_s, serviceId}});
}

QString AlibabaCommands::serviceUsers(const CliAccount &account, const QString &region,
                                      const QString &serviceId)
{
    return privateLink(account, u"ListVpcEndpointServiceUsers"_s, region,
                       {{u"ServiceId"_s, serviceId}});
}

QString AlibabaCommands::addUser(const CliAccount &account, const QString &region,
                                 const QString &serviceId, const QString &accountId)
{
    return privateLink(account, u"AddUserToVpcEndpointService"_s, region,
                       {{u"ServiceId"_s, serviceId}, {u"UserId"_s, accountId}});
}

QString AlibabaCommands::connections(const CliAccount &account, const QString &region,
                                     const QString &serviceId, const QString &endpointId)
{
    Parameters parameters{{u"ServiceId"_s, serviceId}};
    if (!endpointId.isEmpty())
        parameters.append({u"EndpointId"_s, endpointId});
    return privateLink(account, u"ListVpcEndpointConnections"_s, region, parameters);
}

QString AlibabaCommands::decide(const CliAccount &account, const QString &region,
                                const QString &serviceId, const QString &endpointId, bool allow)
{
    return privateLink(account,
                       allow ? u"EnableVpcEndpointConnection"_s : u"DisableVpcEndpointConnection"_s,
                       region, {{u"ServiceId"_s, serviceId}, {u"EndpointId"_s, endpointId}});
}

QString AlibabaCommands::servicesByEndUser(const CliAccount &account, const QString &region,
                                           const QString &serviceName)
{
    return privateLink(account, u"ListVpcEndpointServicesByEndUser"_s, region,
                       {{u"ServiceName"_s, serviceName}});
}

QString AlibabaCommands::openPort(const CliAccount &account, const QString &region,
                                  const QString &groupId, int port, const QString &cidr,
                                  const QString &sourceGroupId)
{
    Parameters parameters{{u"SecurityGroupId"_s, groupId},
                          {u"IpProtocol"_s, u"tcp"_s},
                          {u"PortRange"_s, u"%1/%1"_s.arg(port)}};
    if (cidr.isEmpty())
        parameters.append({u"SourceGroupId"_s, sourceGroupId});
    else
        parameters.append({u"SourceCidrIp"_s, cidr});
    // The same description the console's own call gives the rule.
    parameters.append({u"Description"_s, u"TiDB %1"_s.arg(port)});
    return aliyun(account, u"ecs"_s, u"AuthorizeSecurityGroup"_s, region, parameters);
}

QString AlibabaCommands::createVpcEndpoint(const CliAccount &account, const QString &region,
                                           const AlibabaEndpointRequest &request)
{
    Parameters parameters = AlibabaNetworkClient::createParameters(request);
    if (!request.clientToken.isEmpty())
        parameters.append({u"ClientToken"_s, request.clientToken});
    return privateLink(account, u"CreateVpcEndpoint"_s, region, parameters);
}

QString AlibabaCommands::deleteVpcEndpoint(const CliAccount &account, const QString &region,
                                           const QString &endpointId)
{
    return privateLink(account, u"DeleteVpcEndpoint"_s, region, {{u"EndpointId"_s, endpointId}});
}

QString AlibabaCommands::callerIdentity(const CliAccount &account)
{
    // STS where the console calls it (ALIBABA_CLOUD_ENDPOINT serves every API, STS's too).
    CliAccount sts = account;
    sts.endpoint = account.stsEndpoint;
    return u"aliyun sts GetCallerIdentity"_s + accountOptions(sts);
}

} // namespace plc
