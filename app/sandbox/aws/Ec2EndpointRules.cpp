#include "sandbox/aws/Ec2EndpointRules.h"

#include "sandbox/aws/Ec2Catalog.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

/// What a create asked for, apart from the token and the dry run: the same token with
/// another fingerprint is another request.
QString Ec2EndpointRules::fingerprint(const AwsQuery &query)
{
    QStringList parts;
    QStringList names = query.fields.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        if (name != "ClientToken"_L1 && name != "DryRun"_L1)
            parts.append(name + u'=' + query.value(name));
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'&').toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<QJsonObject> Ec2EndpointRules::service(const Ec2Catalog &catalog,
                                                     const AwsQuery &query, const QString &name,
                                                     SandboxResponse *error)
{
    if (name.isEmpty()) {
        *error = Ec2Catalog::invalid(query, u"MissingParameter"_s,
                                     u"The request must contain the parameter ServiceName"_s);
        return std::nullopt;
    }
    const QList<QJsonObject> services = catalog.allServices();
    for (const QJsonObject &service : services) {
        if (service.value("name"_L1).toString() == name &&
            service.value("provider"_L1).toString() == "aws"_L1 &&
            service.value("region"_L1).toString() == query.region &&
            Ec2Catalog::allows(service, query.account))
            return service;
    }
    *error = Ec2Catalog::invalid(query, u"InvalidServiceName"_s,
                                 u"The Vpc Endpoint Service '%1' does not exist"_s.arg(name));
    return std::nullopt;
}

bool Ec2EndpointRules::checkSubnets(const AwsQuery &query, const QJsonObject &service,
                                    const QList<QJsonObject> &subnets, SandboxResponse *error)
{
    const QStringList zones = Ec2Catalog::strings(service.value("availabilityZoneIds"_L1));
    QStringList seen;
    for (const QJsonObject &subnet : subnets) {
        const QString id = subnet.value("subnetId"_L1).toString();
        const QString zone = subnet.value("availabilityZoneId"_L1).toString();
        if (!zones.contains(zone)) {
            *error = Ec2Catalog::invalid(
                query, u"InvalidParameter"_s,
                u"The VPC endpoint service %1 does not support the availability zone of the "
                "subnet: %2."_s.arg(service.value("name"_L1).toString(), id));
            return false;
        }
        if (seen.contains(zone)) {
            *error = Ec2Catalog::invalid(
                query, u"DuplicateSubnetsInSameZone"_s,
                u"Found another VPC endpoint subnet in the availability zone of %1. VPC endpoint "
                "subnets should be in different availability zones supported by the VPC endpoint "
                "service."_s.arg(id));
            return false;
        }
        seen.append(zone);
    }
    return true;
}

} // namespace plc::sandbox
