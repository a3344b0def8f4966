#include "sandbox/aws/Ec2Catalog.h"

#include "sandbox/SandboxStore.h"
#include "sandbox/aws/AwsAccounts.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

SandboxResponse Ec2Catalog::invalid(const AwsQuery &query, const QString &code,
                                    const QString &message)
{
    return AwsErrors::ec2(400, code, message, query.requestId);
}

QString Ec2Catalog::serviceId(const QJsonObject &service)
{
    return service.value("name"_L1).toString().section(u'.', -1);
}

QStringList Ec2Catalog::strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    return list;
}

QStringList Ec2Catalog::zoneNames(const QJsonObject &service, const QString &account)
{
    QStringList names;
    const QString region = service.value("region"_L1).toString();
    for (const QString &id : strings(service.value("availabilityZoneIds"_L1)))
        names.append(AwsAccounts::zoneName(account, region, id));
    names.removeAll(QString());
    names.sort();
    return names;
}

QString Ec2Catalog::hex17(const QString &seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex().left(17));
}

QList<QJsonObject> Ec2Catalog::ownServices(const AwsQuery &query) const
{
    QList<QJsonObject> own;
    const QList<QJsonObject> services = m_store->endpointServices();
    for (const QJsonObject &service : services) {
        if (service.value("provider"_L1).toString() == "aws"_L1 &&
            service.value("region"_L1).toString() == query.region &&
            AwsAccounts::ownerAccount(service.value("owner"_L1).toString()) == query.account)
            own.append(service);
    }
    return own;
}

std::optional<QJsonObject> Ec2Catalog::ownService(const AwsQuery &query,
                                                  SandboxResponse *error) const
{
    const QString id = query.value(u"ServiceId"_s);
    static const QRegularExpression shape(u"^vpce-svc-[0-9a-f]{17}$"_s);
    if (id.isEmpty()) {
        *error = invalid(query, u"MissingParameter"_s,
                         u"The request must contain the parameter ServiceId"_s);
        return std::nullopt;
    }
    if (!shape.match(id).hasMatch()) {
        *error = invalid(query, u"InvalidVpcEndpointServiceId.Malformed"_s,
                         u"The Vpc Endpoint Service Id '%1' is malformed"_s.arg(id));
        return std::nullopt;
    }
    const QList<QJsonObject> services = ownServices(query);
    for (const QJsonObject &service : services) {
        if (serviceId(service) == id)
            return service;
    }
    *error = invalid(query, u"InvalidVpcEndpointServiceId.NotFound"_s,
                     u"The Vpc Endpoint Service Id '%1' does not exist"_s.arg(id));
    return std::nullopt;
}

bool Ec2Catalog::allows(const QJsonObject &service, const QString &account)
{
    if (AwsAccounts::ownerAccount(service.value("owner"_L1).toString()) == account)
        return true;
    const QStringList principals = strings(service.value("allowedPrincipals"_L1));
    return std::any_of(principals.cbegin(), principals.cend(), [&](const QString &p) {
        return p == "*"_L1 || p == account || p.startsWith(u"arn:aws:iam::%1:"_s.arg(account));
    });
}

QList<QJsonObject> Ec2Catalog::allServices() const
{
    QList<QJsonObject> services = m_store->endpointServices();
    // TiDB Cloud's per-region services, as its clusters' private endpoints name them: anyone
    // may connect, without acceptance, and the cluster's private host is the private DNS name.
    QStringList seen;
    const QList<QJsonObject> clusters = m_store->clusters(0, std::numeric_limits<int>::max());
    for (const QJsonObject &cluster : clusters) {
        const QJsonObject endpoint =
            cluster.value("endpoints"_L1).toObject().value("private"_L1).toObject();
        const QJsonObject aws = endpoint.value("aws"_L1).toObject();
        const QString name = aws.value("serviceName"_L1).toString();
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.append(name);
        services.append(QJsonObject{
            {u"name"_s, name},
            {u"provider"_s, u"aws"_s},
            {u"region"_s, name.section(u'.', 3, 3)},
            {u"availabilityZoneIds"_s, aws.value("availabilityZone"_L1)},
            {u"allowedPrincipals"_s, QJsonArray{u"*"_s}},
            {u"acceptanceRequired"_s, false},
            {u"owner"_s, u"TIDBCLOUD"_s},
            {u"privateDnsName"_s, endpoint.value("host"_L1).toString()},
            {u"description"_s, u"TiDB Cloud private endpoint service"_s},
        });
    }
    return services;
}

} // namespace plc::sandbox
