#include "providers/aws/Ec2Codec.h"

#include "providers/aws/Ec2CodecParts.h"

using namespace Qt::StringLiterals;

namespace plc::Ec2Codec {

std::optional<Page<AwsServiceConfiguration>> serviceConfigurations(const QByteArray &xml,
                                                                   QString *error)
{
    return readPage<AwsServiceConfiguration>(
        xml, u"DescribeVpcEndpointServiceConfigurationsResponse"_s, u"serviceConfigurationSet"_s,
        error, [](const XmlTree &item, QString *problem) -> std::optional<AwsServiceConfiguration> {
            AwsServiceConfiguration service;
            service.serviceId = visible(item.textOf(u"serviceId"_s));
            service.serviceName = visible(item.textOf(u"serviceName"_s));
            service.state = visible(item.textOf(u"serviceState"_s));
            service.zoneNames = item.itemTexts(u"availabilityZoneSet"_s);
            service.acceptanceRequired = boolean(item, u"acceptanceRequired"_s, true);
            if (!require(service.serviceId, u"serviceId"_s, problem) ||
                !require(service.serviceName, u"serviceName"_s, problem))
                return std::nullopt;
            return service;
        });
}

std::optional<Page<AwsServiceDetail>> serviceDetails(const QByteArray &xml, QString *error)
{
    return readPage<AwsServiceDetail>(
        xml, u"DescribeVpcEndpointServicesResponse"_s, u"serviceDetailSet"_s, error,
        [](const XmlTree &item, QString *problem) -> std::optional<AwsServiceDetail> {
            AwsServiceDetail service;
            service.serviceId = visible(item.textOf(u"serviceId"_s));
            service.serviceName = visible(item.textOf(u"serviceName"_s));
            service.owner = visible(item.textOf(u"owner"_s));
            service.zoneNames = item.itemTexts(u"availabilityZoneSet"_s);
            service.acceptanceRequired = boolean(item, u"acceptanceRequired"_s, true);
            if (!require(service.serviceName, u"serviceName"_s, problem))
                return std::nullopt;
            return service;
        });
}

std::optional<Page<AwsAllowedPrincipal>> allowedPrincipals(const QByteArray &xml, QString *error)
{
    return readPage<AwsAllowedPrincipal>(
        xml, u"DescribeVpcEndpointServicePermissionsResponse"_s, u"allowedPrincipals"_s, error,
        [](const XmlTree &item, QString *problem) -> std::optional<AwsAllowedPrincipal> {
            AwsAllowedPrincipal principal{visible(item.textOf(u"principal"_s)),
                                          visible(item.textOf(u"principalType"_s)),
                                          visible(item.textOf(u"servicePermissionId"_s))};
            if (!require(principal.principal, u"principal"_s, problem))
                return std::nullopt;
            return principal;
        });
}

std::optional<Page<AwsEndpointConnection>> endpointConnections(const QByteArray &xml,
                                                               QString *error)
{
    return readPage<AwsEndpointConnection>(
        xml, u"DescribeVpcEndpointConnectionsResponse"_s, u"vpcEndpointConnectionSet"_s, error,
        [](const XmlTree &item, QString *problem) -> std::optional<AwsEndpointConnection> {
            AwsEndpointConnection connection;
            connection.serviceId = visible(item.textOf(u"serviceId"_s));
            connection.endpointId = visible(item.textOf(u"vpcEndpointId"_s));
            connection.owner = visible(item.textOf(u"vpcEndpointOwner"_s));
            connection.state = visible(item.textOf(u"vpcEndpointState"_s));
            connection.created =
                QDateTime::fromString(item.textOf(u"creationTimestamp"_s), Qt::ISODateWithMs);
            if (!require(connection.endpointId, u"vpcEndpointId"_s, problem))
                return std::nullopt;
            return connection;
        });
}

std::optional<QList<AwsZone>> availabilityZones(const QByteArray &xml, QString *error)
{
    const auto tree = document(xml, u"DescribeAvailabilityZonesResponse"_s, error);
    if (!tree)
        return std::nullopt;
    QList<AwsZone> zones;
    for (const XmlTree *item : tree->items(u"availabilityZoneInfo"_s)) {
        AwsZone zone{visible(item->textOf(u"zoneName"_s)), visible(item->textOf(u"zoneId"_s)),
                     visible(item->textOf(u"zoneState"_s))};
        if (!require(zone.name, u"zoneName"_s, error) || !require(zone.id, u"zoneId"_s, error))
            return std::nullopt;
        zones.append(zone);
    }
    return zones;
}

std::optional<QList<AwsUnsuccessfulItem>> unsuccessful(const QByteArray &xml, QString *error)
{
    auto tree = XmlTree::parse(xml, error);
    if (!tree)
        return std::nullopt;
    if (tree->name != "AcceptVpcEndpointConnectionsResponse"_L1 &&
        tree->name != "RejectVpcEndpointConnectionsResponse"_L1 &&
        tree->name != "DeleteVpcEndpointsResponse"_L1) {
        *error =
            u"expected an Accept, Reject or Delete answer, got <%1>"_s.arg(visible(tree->name));
        return std::nullopt;
    }
    QList<AwsUnsuccessfulItem> items;
    for (const XmlTree *item : tree->items(u"unsuccessful"_s)) {
        const XmlTree &itemError = item->child(u"error"_s);
        items.append({visible(item->textOf(u"resourceId"_s)), visible(itemError.textOf(u"code"_s)),
                      visible(itemError.textOf(u"message"_s))});
    }
    return items;
}

std::optional<bool> modified(const QByteArray &xml, QString *error)
{
    const auto tree = document(xml, u"ModifyVpcEndpointServicePermissionsResponse"_s, error);
    if (!tree)
        return std::nullopt;
    return tree->textOf(u"return"_s) == "true"_L1;
}

std::optional<AwsAssumedRole> assumedRole(const QByteArray &xml, QString *error)
{
    const auto tree = document(xml, u"AssumeRoleResponse"_s, error);
    if (!tree)
        return std::nullopt;
    const XmlTree &result = tree->child(u"AssumeRoleResult"_s);
    const XmlTree &keys = result.child(u"Credentials"_s);
    AwsAssumedRole role;
    role.arn = visible(result.child(u"AssumedRoleUser"_s).textOf(u"Arn"_s));
    role.keys.accessKeyId = keys.textOf(u"AccessKeyId"_s);
    role.keys.secretAccessKey = keys.textOf(u"SecretAccessKey"_s);
    role.keys.sessionToken = keys.textOf(u"SessionToken"_s);
    role.keys.expiration = QDateTime::fromString(keys.textOf(u"Expiration"_s), Qt::ISODate);
    const auto printable = [](const QString &text, qsizetype longest) {
        return !text.isEmpty() && text.size() <= longest &&
               std::all_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    };
    if (!printable(role.keys.accessKeyId, 128) || !printable(role.keys.secretAccessKey, 128) ||
        !printable(role.keys.sessionToken, 8192)) {
        *error = u"<Credentials> does not hold an access key, a secret and a session token"_s;
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!role.keys.expiration.isValid() || role.keys.expiration < now.addSecs(-300) ||
        role.keys.expiration > now.addDays(7)) {
        *error = u"<Expiration> is not a time within the next week"_s;
        return std::nullopt;
    }
    if (!require(role.arn, u"AssumedRoleUser/Arn"_s, error))
        return std::nullopt;
    return role;
}

std::optional<AwsCallerIdentity> callerIdentity(const QByteArray &xml, QString *error)
{
    const auto tree = document(xml, u"GetCallerIdentityResponse"_s, error);
    if (!tree)
        return std::nullopt;
    const XmlTree &result = tree->child(u"GetCallerIdentityResult"_s);
    AwsCallerIdentity identity{visible(result.textOf(u"Account"_s)),
                               visible(result.textOf(u"Arn"_s)),
                               visible(result.textOf(u"UserId"_s))};
    if (!require(identity.account, u"Account"_s, error))
        return std::nullopt;
    return identity;
}

std::optional<AwsErrorAnswer> error(const QByteArray &xml)
{
    QString ignored;
    const auto tree = XmlTree::parse(xml, &ignored);
    if (!tree)
        return std::nullopt;
    if (tree->name == "Response"_L1) {
        const XmlTree &first = tree->child(u"Errors"_s).child(u"Error"_s);
        if (first.isEmpty())
            return std::nullopt;
        return AwsErrorAnswer{visible(first.textOf(u"Code"_s)), visible(first.textOf(u"Message"_s)),
                              visible(tree->textOf(u"RequestID"_s))};
    }
    if (tree->name == "ErrorResponse"_L1) {
        const XmlTree &first = tree->child(u"Error"_s);
        return AwsErrorAnswer{visible(first.textOf(u"Code"_s)), visible(first.textOf(u"Message"_s)),
                              visible(tree->textOf(u"RequestId"_s))};
    }
    return std::nullopt;
}

} // namespace plc::Ec2Codec
