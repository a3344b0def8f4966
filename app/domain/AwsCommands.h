#pragma once

#include <QString>
#include <QStringList>

namespace plc {

/// The AWS CLI commands equivalent to what the console reads and changes on AWS, for the
/// user to copy. Every value is joined to its option (`--service-id='…'`) and quoted by its
/// position (CliCommands::shellQuote), never by what it looks like: a value from outside is
/// always one argument, runs nothing, and stays its option's value even when it starts with
/// `-` (the AWS CLI's parser would otherwise read it as an option).
namespace AwsCommands {

QString describeServiceConfigurations(const QString &region, const QString &serviceId);
QString describeServicePermissions(const QString &region, const QString &serviceId);
QString addAllowedPrincipal(const QString &region, const QString &serviceId,
                            const QString &principal);
QString describeConnections(const QString &region, const QString &serviceId,
                            const QString &endpointId = {});
QString decide(const QString &region, const QString &serviceId, const QString &endpointId,
               bool accept);
QString describeAvailabilityZones(const QString &region);
QString describeServices(const QString &region, const QString &serviceName);
QString callerIdentity();

} // namespace AwsCommands

} // namespace plc
