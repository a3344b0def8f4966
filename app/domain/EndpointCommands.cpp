#include "domain/EndpointCommands.h"

#include "domain/CliCommands.h"
#include "domain/EndpointAddress.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QString address(const PrivateEndpointTarget &target)
{
    return EndpointAddress{target.host, quint16(target.port), {}}.toString();
}

/// The inside of a string literal in `quote` for Python, Go and JavaScript alike: the
/// backslash, the quote and every control character escaped, so a value is always data.
QString literal(const QString &text, QChar quote)
{
    QString result;
    result.reserve(text.size() + 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c == u'\\' || c == quote) {
            result += u'\\';
            result += c;
        } else if (u == u'\n') {
            result += u"\\n"_s;
        } else if (u == u'\r') {
            result += u"\\r"_s;
        } else if (u == u'\t') {
            result += u"\\t"_s;
        } else if (u < 0x20 || u == 0x7f) {
            result += u"\\x%1"_s.arg(int(u), 2, 16, QChar(u'0'));
        } else if (u == 0x2028 || u == 0x2029) {
            result += u"\\u%1"_s.arg(int(u), 4, 16, QChar(u'0'));
        } else {
            result += c;
        }
    }
    return result;
}

/// A host name or address as one name: letters, digits, `-` and `.` (or an IPv6 address).
bool isHostName(const QString &text)
{
    static const QRegularExpression name(
        u"^[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*\\.?$"_s);
    return !text.isEmpty() && text.size() <= 253 && name.match(text).hasMatch();
}

bool isIpv4(const QString &text)
{
    static const QRegularExpression dotted(u"^\\d{1,3}(\\.\\d{1,3}){3}$"_s);
    return dotted.match(text).hasMatch() && !QHostAddress(text).isNull();
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
    // One mapping, three fields: an address or a name with a space or a line break in it
    // would add fields or a second mapping, so such a line is not made at all.
    const QString host = target.host.isEmpty() ? target.serviceName : target.host;
    if ((!endpointIp.isEmpty() && !isIpv4(endpointIp)) || !isHostName(host) ||
        !isHostName(target.serviceName))
        return {};
    return u"%1 %2 %3"_s.arg(endpointIp.isEmpty() ? u"{endpoint IP}"_s : endpointIp, host,
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
        // Percent-encoded: nothing in the host or user can end the URL's part it stands in.
        return u"jdbc:mysql://%1:%2/?user=%3%4"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(t.host, ".-_:[]")), port,
            QString::fromLatin1(QUrl::toPercentEncoding(t.user)),
            tls ? u"&sslMode=VERIFY_IDENTITY&enabledTLSProtocols=TLSv1.2,TLSv1.3"_s : QString());
    case Client::Python:
        return u"import os\nimport pymysql\n\nconnection = pymysql.connect(\n"
               "    host=\"%1\",\n    port=%2,\n    user=\"%3\",\n"
               "    password=os.environ[\"DB_PASSWORD\"],\n%4)"_s.arg(
                   literal(t.host, u'"'), port, literal(t.user, u'"'),
                   tls ? u"    ssl_verify_cert=True,\n    ssl_verify_identity=True,\n"_s
                       : QString());
    case Client::Go:
        return u"cfg := mysql.Config{\n    User:   \"%1\",\n"
               "    Passwd: os.Getenv(\"DB_PASSWORD\"),\n    Net:    \"tcp\",\n"
               "    Addr:   \"%2\",\n%3    AllowNativePasswords: true,\n}\n"
               "db, err := sql.Open(\"mysql\", cfg.FormatDSN())"_s.arg(
                   literal(t.user, u'"'), literal(address(t), u'"'),
                   tls ? u"    TLSConfig: \"true\",\n"_s : QString());
    case Client::NodeJs:
        return u"const mysql = require('mysql2/promise');\n\n"
               "const connection = await mysql.createConnection({\n  host: '%1',\n"
               "  port: %2,\n  user: '%3',\n  password: process.env.DB_PASSWORD,\n%4});"_s.arg(
                   literal(t.host, u'\''), port, literal(t.user, u'\''),
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
