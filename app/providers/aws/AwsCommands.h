#pragma once

#include "domain/CliAccount.h"
#include "providers/aws/AwsNetworkResources.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace plc {

/// The AWS CLI commands equivalent to what the console reads and changes on AWS, for the
/// user to copy. Every value is joined to its option (`--service-id='…'`) and quoted by its
/// position (CliCommands::shellQuote), never by what it looks like: a value from outside is
/// always one argument, runs nothing, and stays its option's value even when it starts with
/// `-` (the AWS CLI's parser would otherwise read it as an option).
///
/// Each command acts on the account the console acts on: it ends with `--profile='…'` when the
/// keys come from a profile and `--endpoint-url='…'` when an endpoint is configured; keys that
/// no option can name (the environment's, typed into the console, the sandbox's) are said in
/// a comment line before the commands (notes(), script()).
class AwsCommands
{
    Q_DECLARE_TR_FUNCTIONS(AwsCommands)

public:
    /// The comment lines (`# …`, one line each, whatever they hold) that say where `account`'s
    /// keys are when no option can: empty for a profile (its `--profile` says it) and for none.
    static QStringList notes(const CliAccount &account);
    /// notes(), then `commands`, one a line: what a command box shows and copies.
    static QString script(const CliAccount &account, const QStringList &commands);

    static QString describeServiceConfigurations(const CliAccount &account, const QString &region,
                                                 const QString &serviceId);
    static QString describeServicePermissions(const CliAccount &account, const QString &region,
                                              const QString &serviceId);
    static QString addAllowedPrincipal(const CliAccount &account, const QString &region,
                                       const QString &serviceId, const QString &principal);
    static QString describeConnections(const CliAccount &account, const QString &region,
                                       const QString &serviceId, const QString &endpointId = {});
    static QString decide(const CliAccount &account, const QString &region,
                          const QString &serviceId, const QString &endpointId, bool accept);
    static QString describeAvailabilityZones(const CliAccount &account, const QString &region);
    static QString describeServices(const CliAccount &account, const QString &region,
                                    const QString &serviceName);
    /// In `region` like the rest: with an endpoint of its own, STS is signed for a region the
    /// AWS CLI does not guess.
    static QString callerIdentity(const CliAccount &account, const QString &region);

    // The changes of a private endpoint into a cluster (AwsInboundService).
    static QString enableVpcAttribute(const CliAccount &account, const QString &region,
                                      const QString &vpcId, const QString &attribute);
    /// TCP `port` in from `cidr`, or from the group `sourceGroupId` when `cidr` is empty.
    static QString openPort(const CliAccount &account, const QString &region,
                            const QString &groupId, int port, const QString &cidr,
                            const QString &sourceGroupId);
    static QString createVpcEndpoint(const CliAccount &account, const QString &region,
                                     const AwsEndpointRequest &request);
    static QString modifyVpcEndpoint(const CliAccount &account, const QString &region,
                                     const QString &endpointId, const AwsEndpointChange &change);
    static QString deleteVpcEndpoint(const CliAccount &account, const QString &region,
                                     const QString &endpointId);
};

} // namespace plc
