#pragma once

#include "domain/CliAccount.h"
#include "providers/alibaba/AlibabaNetworkResources.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace plc {

/// The aliyun CLI commands equivalent to what the console reads and changes on Alibaba Cloud,
/// for the user to copy. Every value is joined to its parameter (`--ServiceId='…'`, which the
/// aliyun CLI splits at the first `=`) and quoted by its position (CliCommands::shellQuote),
/// never by what it looks like: a value from outside is always one argument, runs nothing,
/// and stays its parameter's value even when it starts with `-`. An empty value is written as
/// a placeholder (`<EndpointId>`), never as `--EndpointId=`, which the CLI would fill with the
/// next argument.
///
/// Each command acts on the account the console acts on: it ends with `--profile='…'` when the
/// AccessKey comes from an aliyun CLI profile and `--endpoint='host'` when an endpoint is
/// configured; what no option can say (an AccessKey from the environment, typed into the
/// console or the sandbox's; an endpoint that is more than a host) is said in a comment line
/// before the commands (notes(), script()).
class AlibabaCommands
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaCommands)

public:
    /// The comment lines (`# …`, one line each, whatever they hold) that say what no option
    /// can: empty for a profile (its `--profile` says it) and for none.
    static QStringList notes(const CliAccount &account);
    /// notes(), then `commands`, one a line: what a command box shows and copies.
    static QString script(const CliAccount &account, const QStringList &commands);

    static QString listServices(const CliAccount &account, const QString &region,
                                const QString &serviceId);
    static QString serviceAttribute(const CliAccount &account, const QString &region,
                                    const QString &serviceId);
    /// The service's zones.
    static QString serviceResources(const CliAccount &account, const QString &region,
                                    const QString &serviceId);
    /// The Service Whitelist.
    static QString serviceUsers(const CliAccount &account, const QString &region,
                                const QString &serviceId);
    static QString addUser(const CliAccount &account, const QString &region,
                           const QString &serviceId, const QString &accountId);
    static QString connections(const CliAccount &account, const QString &region,
                               const QString &serviceId, const QString &endpointId = {});
    /// Allow (EnableVpcEndpointConnection) or reject (DisableVpcEndpointConnection).
    static QString decide(const CliAccount &account, const QString &region,
                          const QString &serviceId, const QString &endpointId, bool allow);
    static QString servicesByEndUser(const CliAccount &account, const QString &region,
                                     const QString &serviceName);
    static QString callerIdentity(const CliAccount &account);

    // The changes of a private endpoint into a cluster (AlibabaInboundService).
    /// TCP `port` in from `cidr`, or from the group `sourceGroupId` when `cidr` is empty.
    static QString openPort(const CliAccount &account, const QString &region,
                            const QString &groupId, int port, const QString &cidr,
                            const QString &sourceGroupId);
    static QString createVpcEndpoint(const CliAccount &account, const QString &region,
                                     const AlibabaEndpointRequest &request);
    static QString deleteVpcEndpoint(const CliAccount &account, const QString &region,
                                     const QString &endpointId);
};

} // namespace plc
