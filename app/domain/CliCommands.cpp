#include "domain/CliCommands.h"

#include "base/OutsideText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
using Options = QList<std::pair<QString, QString>>;

QString command(const QString &verb, const Options &arguments)
{
    return u"ticloud serverless private-link-connection "_s + verb + u' ' +
           CliCommands::options(arguments);
}
} // namespace

QString CliCommands::shellQuote(const QString &argument)
{
    QString escaped = argument;
    escaped.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

QString CliCommands::comment(const QString &sentence)
{
    return u"# "_s + OutsideText::visible(sentence);
}

QString CliCommands::options(const QList<std::pair<QString, QString>> &options)
{
    QStringList parts;
    for (const auto &[name, value] : options)
        parts << name << shellQuote(value);
    return parts.join(u' ');
}

QString CliCommands::describeChangefeed(const QString &clusterId, const QString &changefeedId)
{
    return u"ticloud serverless changefeed describe "_s +
           options({{u"-c"_s, clusterId}, {u"--changefeed-id"_s, changefeedId}});
}

QString CliCommands::get(const QString &clusterId, const QString &connectionId)
{
    return command(u"get"_s, {{u"--cluster-id"_s, clusterId},
                              {u"--private-link-connection-id"_s, connectionId}});
}

QString CliCommands::availabilityZones(const QString &clusterId)
{
    return command(u"zones"_s, {{u"--cluster-id"_s, clusterId}});
}

QString CliCommands::create(const QString &clusterId, const NewPrivateLinkConnection &connection)
{
    const bool aws = connection.type == ConnectionType::AwsEndpointService;
    return command(u"create"_s,
                   {{u"--cluster-id"_s, clusterId},
                    {u"--display-name"_s, connection.displayName},
                    {u"--type"_s, enumToApi(connection.type)},
                    {aws ? u"--aws.endpoint-service-name"_s : u"--alicloud.endpoint-service-name"_s,
                     connection.endpointServiceName}});
}

QString CliCommands::deleteConnection(const QString &clusterId, const QString &connectionId)
{
    return command(u"delete"_s, {{u"--cluster-id"_s, clusterId},
                                 {u"--private-link-connection-id"_s, connectionId}});
}

QString CliCommands::attachDomains(const QString &clusterId, const QString &connectionId,
                                   DomainType type, const QString &uniqueName, bool dryRun)
{
    Options arguments{{u"--cluster-id"_s, clusterId},
                      {u"--private-link-connection-id"_s, connectionId},
                      {u"--type"_s, enumToApi(type)}};
    if (!uniqueName.isEmpty())
        arguments.append({u"--unique-name"_s, uniqueName});
    QString result = command(u"attach-domains"_s, arguments);
    if (dryRun)
        result += u" --dry-run"_s;
    return result;
}

QString CliCommands::detachDomains(const QString &clusterId, const QString &connectionId,
                                   const QString &attachDomainId)
{
    return command(u"detach-domains"_s, {{u"--cluster-id"_s, clusterId},
                                         {u"--private-link-connection-id"_s, connectionId},
                                         {u"--attach-domain-id"_s, attachDomainId}});
}

} // namespace plc
