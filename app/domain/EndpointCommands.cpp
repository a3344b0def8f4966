#include "EndpointCommands.h"

#include "CliCommands.h"
#include "diagnostics/EndpointAddress.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QString address(const PrivateEndpointTarget &target)
{
    return EndpointAddress{target.host, quint16(target.port), {}}.toString();
}
} // namespace

QString EndpointCommands::awsCreateVpcEndpoint(const PrivateEndpointTarget &target,
                                               const QString &vpcId, const QStringList &subnetIds,
                                               const QStringList &securityGroupIds)
{
    QStringList parts{u"aws ec2 create-vpc-endpoint"_s,
                      u"--vpc-id"_s,
                      vpcId.isEmpty() ? u"${your_vpc_id}"_s : CliCommands::shellQuote(vpcId),
                      u"--region"_s,
                      CliCommands::shellQuote(target.regionId),
                      u"--service-name"_s,
                      CliCommands::shellQuote(target.serviceName),
                      u"--vpc-endpoint-type Interface"_s,
                      u"--subnet-ids"_s};
    if (subnetIds.isEmpty())
        parts.append(u"${your_subnet_id}"_s);
    for (const QString &id : subnetIds)
        parts.append(CliCommands::shellQuote(id));
    if (!securityGroupIds.isEmpty()) {
        parts.append(u"--security-group-ids"_s);
        for (const QString &id : securityGroupIds)
            parts.append(CliCommands::shellQuote(id));
    }
    // The console's "Enable DNS name", said explicitly (it is also the CLI's default).
    parts.append(u"--private-dns-enabled"_s);
    return parts.join(u' ');
}

QString EndpointCommands::hostsLine(const QString &endpointIp, const PrivateEndpointTarget &target)
{
    return u"%1 %2 %3"_s.arg(endpointIp.isEmpty() ? u"{endpoint IP}"_s : endpointIp, target.host,
                             target.serviceName);
}

QList<EndpointCommands::Client> EndpointCommands::clients()
{
    return {Client::MysqlCli, Client::Jdbc, Client::Python, Client::Go, Client::NodeJs};
}

QString EndpointCommands::clientName(Client client)
{
    switch (client) {
    case Client::MysqlCli:
        return tr("MySQL CLI");
    case Client::Jdbc:
        return tr("MySQL Connector/J (JDBC URL)");
    case Client::Python:
        return tr("Python (PyMySQL)");
    case Client::Go:
        return tr("Go (go-sql-driver/mysql)");
    case Client::NodeJs:
        return tr("Node.js (mysql2)");
    }
    return {};
}

QString EndpointCommands::connectionString(Client client, const PrivateEndpointTarget &t, bool tls)
{
    const QString port = QString::number(t.port);
    switch (client) {
    case Client::MysqlCli:
        return u"mysql --connect-timeout 15 -h %1 -P %2 -u %3 -p"_s.arg(
                   CliCommands::shellQuote(t.host), port, CliCommands::shellQuote(t.user)) +
               (tls ? u" --ssl-mode=VERIFY_IDENTITY --ssl-ca=/etc/ssl/certs/ca-certificates.crt"_s
                    : QString());
    case Client::Jdbc:
        return u"jdbc:mysql://%1:%2/?user=%3%4"_s.arg(
            t.host, port, QString::fromLatin1(QUrl::toPercentEncoding(t.user)),
            tls ? u"&sslMode=VERIFY_IDENTITY&enabledTLSProtocols=TLSv1.2,TLSv1.3"_s : QString());
    case Client::Python:
        return u"import os\nimport pymysql\n\nconnection = pymysql.connect(\n"
               "    host=\"%1\",\n    port=%2,\n    user=\"%3\",\n"
               "    password=os.environ[\"DB_PASSWORD\"],\n%4)"_s.arg(
                   t.host, port, t.user,
                   tls ? u"    ssl_verify_cert=True,\n    ssl_verify_identity=True,\n"_s
                       : QString());
    case Client::Go:
        return u"cfg := mysql.Config{\n    User:   \"%1\",\n"
               "    Passwd: os.Getenv(\"DB_PASSWORD\"),\n    Net:    \"tcp\",\n"
               "    Addr:   \"%2\",\n%3    AllowNativePasswords: true,\n}\n"
               "db, err := sql.Open(\"mysql\", cfg.FormatDSN())"_s.arg(
                   t.user, address(t), tls ? u"    TLSConfig: \"true\",\n"_s : QString());
    case Client::NodeJs:
        return u"const mysql = require('mysql2/promise');\n\n"
               "const connection = await mysql.createConnection({\n  host: '%1',\n"
               "  port: %2,\n  user: '%3',\n  password: process.env.DB_PASSWORD,\n%4});"_s.arg(
                   t.host, port, t.user,
                   tls ? u"  ssl: { minVersion: 'TLSv1.2', rejectUnauthorized: true },\n"_s
                       : QString());
    }
    return {};
}

QString EndpointCommands::checkCommand(const PrivateEndpointTarget &target)
{
    return u"privatelink-console --check-endpoint "_s + CliCommands::shellQuote(address(target));
}

} // namespace plc
