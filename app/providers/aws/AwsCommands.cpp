#include "providers/aws/AwsCommands.h"

#include "domain/CliCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace plc {

namespace {

using CliCommands::shellQuote;

/// A list option whose values stay values whatever they look like (an ID from a server that
/// starts with `-` would be read as an option): one value as `--option=VALUE`, several as the
/// CLI's JSON list, `--option '["a","b"]'`.
QString awsListOption(const QString &option, const QStringList &values)
{
    if (values.size() == 1)
        return option + u'=' + shellQuote(values.first());
    return option + u' ' +
           shellQuote(QString::fromUtf8(
               QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact)));
}

/// The global options that make the AWS CLI act with `account` on `endpoint`, after the
/// command's own: the AWS CLI takes them anywhere, and there a user adding one sees the rest.
QString accountOptions(const CliAccount &account, const QUrl &endpoint)
{
    QString options;
    // An explicit --profile also keeps AWS_ACCESS_KEY_ID in the user's shell from taking over.
    if (account.keys == CliAccount::Keys::Profile && !account.profile.isEmpty())
        options += u" --profile="_s + shellQuote(account.profile);
    if (!endpoint.isEmpty())
        options += u" --endpoint-url="_s +
                   shellQuote(endpoint.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo));
    return options;
}

QString ec2(const CliAccount &account, const QString &operation, const QString &region,
            const QString &rest)
{
    return u"aws ec2 %1 --region=%2%3"_s.arg(operation, shellQuote(region),
                                             rest.isEmpty() ? QString() : u' ' + rest) +
           accountOptions(account, account.endpoint);
}
} // namespace

QStringList AwsCommands::notes(const CliAccount &account)
{
    switch (account.keys) {
    case CliAccount::Keys::Default:
    case CliAccount::Keys::Profile:
        break;
    case CliAccount::Keys::Environment:
        return {CliCommands::comment(
            tr("The console's AWS keys come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in "
               "its environment: run where the same are set."))};
    case CliAccount::Keys::Typed:
        return {CliCommands::comment(
            tr("The console's AWS access key was typed into it and is in no AWS CLI profile: set "
               "it in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY first."))};
    case CliAccount::Keys::Sandbox:
        return {CliCommands::comment(
            tr("The sandbox's AWS account at %1: its keys are made at each start and are in no "
               "profile.")
                .arg(account.endpoint.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo)))};
    }
    return {};
}

QString AwsCommands::script(const CliAccount &account, const QStringList &commands)
{
    return (notes(account) + commands).join(u'\n');
}

QString AwsCommands::describeServiceConfigurations(const CliAccount &account, const QString &region,
                                                   const QString &serviceId)
{
    return ec2(account, u"describe-vpc-endpoint-service-configurations"_s, region,
               u"--service-ids="_s + shellQuote(serviceId));
}

QString AwsCommands::describeServicePermissions(const CliAccount &account, const QString &region,
                                                const QString &serviceId)
{
    return ec2(account, u"describe-vpc-endpoint-service-permissions"_s, region,
               u"--service-id="_s + shellQuote(serviceId));
}

QString AwsCommands::addAllowedPrincipal(const CliAccount &account, const QString &region,
                                         const QString &serviceId, const QString &principal)
{
    return ec2(account, u"modify-vpc-endpoint-service-permissions"_s, region,
               u"--service-id=%1 --add-allowed-principals=%2"_s.arg(shellQuote(serviceId),
                                                                    shellQuote(principal)));
}

QString AwsCommands::describeConnections(const CliAccount &account, const QString &region,
                                         const QString &serviceId, const QString &endpointId)
{
    // The filters as one JSON argument: both values are escaped by the JSON writer.
    QJsonArray filters{
        QJsonObject{{u"Name"_s, u"service-id"_s}, {u"Values"_s, QJsonArray{serviceId}}}};
    if (!endpointId.isEmpty())
        filters.append(
            QJsonObject{{u"Name"_s, u"vpc-endpoint-id"_s}, {u"Values"_s, QJsonArray{endpointId}}});
    return ec2(account, u"describe-vpc-endpoint-connections"_s, region,
               u"--filters="_s + shellQuote(QString::fromUtf8(
                                     QJsonDocument(filters).toJson(QJsonDocument::Compact))));
}

QString AwsCommands::decide(const CliAccount &account, const QString &region,
                            const QString &serviceId, const QString &endpointId, bool accept)
{
    return ec2(account,
               accept ? u"accept-vpc-endpoint-connections"_s : u"reject-vpc-endpoint-connections"_s,
               region,
               u"--service-id=%1 --vpc-endpoint-ids=%2"_s.arg(shellQuote(serviceId),
                                                              shellQuote(endpointId)));
}

QString AwsCommands::describeAvailabilityZones(const CliAccount &account, const QString &region)
{
    return ec2(account, u"describe-availability-zones"_s, region, {});
}

QString AwsCommands::describeServices(const CliAccount &account, const QString &region,
                                      const QString &serviceName)
{
    return ec2(account, u"describe-vpc-endpoint-services"_s, region,
               u"--service-names="_s + shellQuote(serviceName));
}

QString AwsCommands::callerIdentity(const CliAccount &account, const QString &region)
{
    return u"aws sts get-caller-identity --region="_s + shellQuote(region) +
           accountOptions(account, account.stsEndpoint);
}

QString AwsCommands::enableVpcAttribute(const CliAccount &account, const QString &region,
                                        const QString &vpcId, const QString &attribute)
{
    // `enableDnsHostnames` → `--enable-dns-hostnames`; only the two DNS attributes come here.
    const QString option = attribute == "enableDnsSupport"_L1 ? u"--enable-dns-support"_s
                                                              : u"--enable-dns-hostnames"_s;
    return ec2(account, u"modify-vpc-attribute"_s, region,
               u"--vpc-id=%1 %2"_s.arg(shellQuote(vpcId), option));
}

QString AwsCommands::openPort(const CliAccount &account, const QString &region,
                              const QString &groupId, int port, const QString &cidr,
                              const QString &sourceGroupId)
{
    const QString source = cidr.isEmpty() ? u"--source-group="_s + shellQuote(sourceGroupId)
                                          : u"--cidr="_s + shellQuote(cidr);
    // One arg() for all three: a `%3` inside the group ID stays what it is.
    return ec2(account, u"authorize-security-group-ingress"_s, region,
               u"--group-id=%1 --protocol=tcp --port=%2 %3"_s.arg(shellQuote(groupId),
                                                                  QString::number(port), source));
}

QString AwsCommands::createVpcEndpoint(const CliAccount &account, const QString &region,
                                       const AwsEndpointRequest &request)
{
    QStringList args{u"--vpc-endpoint-type=Interface"_s, u"--vpc-id="_s + shellQuote(request.vpcId),
                     u"--service-name="_s + shellQuote(request.serviceName)};
    args.append(awsListOption(u"--subnet-ids"_s, request.subnetIds));
    if (!request.groupIds.isEmpty())
        args.append(awsListOption(u"--security-group-ids"_s, request.groupIds));
    args.append(request.privateDns ? u"--private-dns-enabled"_s : u"--no-private-dns-enabled"_s);
    if (!request.clientToken.isEmpty())
        args.append(u"--client-token="_s + shellQuote(request.clientToken));
    return ec2(account, u"create-vpc-endpoint"_s, region, args.join(u' '));
}

QString AwsCommands::modifyVpcEndpoint(const CliAccount &account, const QString &region,
                                       const QString &endpointId, const AwsEndpointChange &change)
{
    QStringList args{u"--vpc-endpoint-id="_s + shellQuote(endpointId)};
    const auto listed = [&args](const QString &option, const QStringList &ids) {
        if (!ids.isEmpty())
            args.append(awsListOption(option, ids));
    };
    listed(u"--add-subnet-ids"_s, change.addSubnets);
    listed(u"--remove-subnet-ids"_s, change.removeSubnets);
    listed(u"--add-security-group-ids"_s, change.addGroups);
    listed(u"--remove-security-group-ids"_s, change.removeGroups);
    if (change.privateDns)
        args.append(*change.privateDns ? u"--private-dns-enabled"_s
                                       : u"--no-private-dns-enabled"_s);
    return ec2(account, u"modify-vpc-endpoint"_s, region, args.join(u' '));
}

QString AwsCommands::deleteVpcEndpoint(const CliAccount &account, const QString &region,
                                       const QString &endpointId)
{
    return ec2(account, u"delete-vpc-endpoints"_s, region,
               u"--vpc-endpoint-ids="_s + shellQuote(endpointId));
}

} // namespace plc
