#include "AwsCommands.h"

#include "CliCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace plc::AwsCommands {

namespace {
using CliCommands::shellQuote;

QString ec2(const QString &operation, const QString &region, const QString &rest)
{
    return u"aws ec2 %1 --region=%2%3"_s.arg(operation, shellQuote(region),
                                             rest.isEmpty() ? QString() : u' ' + rest);
}
} // namespace

QString describeServiceConfigurations(const QString &region, const QString &serviceId)
{
    return ec2(u"describe-vpc-endpoint-service-configurations"_s, region,
               u"--service-ids="_s + shellQuote(serviceId));
}

QString describeServicePermissions(const QString &region, const QString &serviceId)
{
    return ec2(u"describe-vpc-endpoint-service-permissions"_s, region,
               u"--service-id="_s + shellQuote(serviceId));
}

QString addAllowedPrincipal(const QString &region, const QString &serviceId,
                            const QString &principal)
{
    return ec2(u"modify-vpc-endpoint-service-permissions"_s, region,
               u"--service-id=%1 --add-allowed-principals=%2"_s.arg(shellQuote(serviceId),
                                                                    shellQuote(principal)));
}

QString describeConnections(const QString &region, const QString &serviceId,
                            const QString &endpointId)
{
    // The filters as one JSON argument: both values are escaped by the JSON writer.
    QJsonArray filters{
        QJsonObject{{u"Name"_s, u"service-id"_s}, {u"Values"_s, QJsonArray{serviceId}}}};
    if (!endpointId.isEmpty())
        filters.append(
            QJsonObject{{u"Name"_s, u"vpc-endpoint-id"_s}, {u"Values"_s, QJsonArray{endpointId}}});
    return ec2(u"describe-vpc-endpoint-connections"_s, region,
               u"--filters="_s + shellQuote(QString::fromUtf8(
                                     QJsonDocument(filters).toJson(QJsonDocument::Compact))));
}

QString decide(const QString &region, const QString &serviceId, const QString &endpointId,
               bool accept)
{
    return ec2(accept ? u"accept-vpc-endpoint-connections"_s : u"reject-vpc-endpoint-connections"_s,
               region,
               u"--service-id=%1 --vpc-endpoint-ids=%2"_s.arg(shellQuote(serviceId),
                                                              shellQuote(endpointId)));
}

QString describeAvailabilityZones(const QString &region)
{
    return ec2(u"describe-availability-zones"_s, region, {});
}

QString describeServices(const QString &region, const QString &serviceName)
{
    return ec2(u"describe-vpc-endpoint-services"_s, region,
               u"--service-names="_s + shellQuote(serviceName));
}

QString callerIdentity()
{
    return u"aws sts get-caller-identity"_s;
}

} // namespace plc::AwsCommands
