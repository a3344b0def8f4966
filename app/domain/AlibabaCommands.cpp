#include "AlibabaCommands.h"

#include "CliCommands.h"

#include <QList>

#include <utility>

using namespace Qt::StringLiterals;

namespace plc::AlibabaCommands {

namespace {
using Parameters = QList<std::pair<QString, QString>>;

QString privateLink(const QString &action, const QString &region, const Parameters &parameters)
{
    QString command = u"aliyun privatelink "_s + action;
    Parameters all{{u"RegionId"_s, region}};
    all += parameters;
    for (const auto &[name, value] : std::as_const(all)) {
        const QString shown = value.isEmpty() ? u'<' + name + u'>' : value;
        command += u" --"_s + name + u'=' + CliCommands::shellQuote(shown);
    }
    return command;
}
} // namespace

QString listServices(const QString &region, const QString &serviceId)
{
    return privateLink(u"ListVpcEndpointServices"_s, region, {{u"ServiceId"_s, serviceId}});
}

QString serviceAttribute(const QString &region, const QString &serviceId)
{
    return privateLink(u"GetVpcEndpointServiceAttribute"_s, region, {{u"ServiceId"_s, serviceId}});
}

QString serviceResources(const QString &region, const QString &serviceId)
{
    return privateLink(u"ListVpcEndpointServiceResources"_s, region, {{u"ServiceId"_s, serviceId}});
}

QString serviceUsers(const QString &region, const QString &serviceId)
{
    return privateLink(u"ListVpcEndpointServiceUsers"_s, region, {{u"ServiceId"_s, serviceId}});
}

QString addUser(const QString &region, const QString &serviceId, const QString &accountId)
{
    return privateLink(u"AddUserToVpcEndpointService"_s, region,
                       {{u"ServiceId"_s, serviceId}, {u"UserId"_s, accountId}});
}

QString connections(const QString &region, const QString &serviceId, const QString &endpointId)
{
    Parameters parameters{{u"ServiceId"_s, serviceId}};
    if (!endpointId.isEmpty())
        parameters.append({u"EndpointId"_s, endpointId});
    return privateLink(u"ListVpcEndpointConnections"_s, region, parameters);
}

QString decide(const QString &region, const QString &serviceId, const QString &endpointId,
               bool allow)
{
    return privateLink(allow ? u"EnableVpcEndpointConnection"_s : u"DisableVpcEndpointConnection"_s,
                       region, {{u"ServiceId"_s, serviceId}, {u"EndpointId"_s, endpointId}});
}

QString servicesByEndUser(const QString &region, const QString &serviceName)
{
    return privateLink(u"ListVpcEndpointServicesByEndUser"_s, region,
                       {{u"ServiceName"_s, serviceName}});
}

QString callerIdentity()
{
    return u"aliyun sts GetCallerIdentity"_s;
}

} // namespace plc::AlibabaCommands
