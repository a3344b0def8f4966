#pragma once

#include <QString>

namespace plc {

/// The aliyun CLI commands equivalent to what the console reads and changes on Alibaba Cloud,
/// for the user to copy. Every value is joined to its parameter (`--ServiceId='…'`, which the
/// aliyun CLI splits at the first `=`) and quoted by its position (CliCommands::shellQuote),
/// never by what it looks like: a value from outside is always one argument, runs nothing,
/// and stays its parameter's value even when it starts with `-`. An empty value is written as
/// a placeholder (`<EndpointId>`), never as `--EndpointId=`, which the CLI would fill with the
/// next argument.
namespace AlibabaCommands {

QString listServices(const QString &region, const QString &serviceId);
QString serviceAttribute(const QString &region, const QString &serviceId);
/// The service's zones.
QString serviceResources(const QString &region, const QString &serviceId);
/// The Service Whitelist.
QString serviceUsers(const QString &region, const QString &serviceId);
QString addUser(const QString &region, const QString &serviceId, const QString &accountId);
QString connections(const QString &region, const QString &serviceId,
                    const QString &endpointId = {});
/// Allow (EnableVpcEndpointConnection) or reject (DisableVpcEndpointConnection).
QString decide(const QString &region, const QString &serviceId, const QString &endpointId,
               bool allow);
QString servicesByEndUser(const QString &region, const QString &serviceName);
QString callerIdentity();

} // namespace AlibabaCommands

} // namespace plc
