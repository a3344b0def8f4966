#pragma once

#include "domain/PrivateEndpointTarget.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace plc {

/// The text the private endpoint wizard hands the user: the `aws ec2 create-vpc-endpoint`
/// command, the `/etc/hosts` line for Alibaba Cloud, connection strings for the common
/// clients, and the doctor's command line. Never a password: clients prompt for it or read
/// it from DB_PASSWORD.
class EndpointCommands
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCommands)

public:
    enum class Client { MysqlCli, Jdbc, Python, Go, NodeJs };

    /// The AWS CLI equivalent of the console steps; an empty field stays a `${…}` placeholder
    /// as in the document.
    static QString awsCreateVpcEndpoint(const PrivateEndpointTarget &target, const QString &vpcId,
                                        const QStringList &subnetIds,
                                        const QStringList &securityGroupIds);
    /// `{endpoint IP} {name} {name}` for hosts that do not use private DNS: the name clients
    /// connect to, then the service name (the same for a MatrixOne Cloud target).
    static QString hostsLine(const QString &endpointIp, const PrivateEndpointTarget &target);
    static QList<Client> clients();
    /// "mysql CLI", "Python (PyMySQL)"…
    static QString clientName(Client client);
    static QString connectionString(Client client, const PrivateEndpointTarget &target, bool tls);
    /// `privatelink-console --check-endpoint host:port`.
    static QString checkCommand(const PrivateEndpointTarget &target);
};

} // namespace plc
