#include "providers/alibaba/AlibabaCodec.h"

#include "base/OutsideText.h"
#include "domain/JsonReader.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace plc::AlibabaCodec {

namespace {
/// The answer's root object, or nothing with the reason.
std::optional<QJsonObject> root(const QByteArray &json, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = u"not JSON: %1 at byte %2"_s.arg(parse.errorString()).arg(parse.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"expected a JSON object"_s;
        return std::nullopt;
    }
    return document.object();
}

bool finish(const QStringList &errors, QString *error)
{
    if (errors.isEmpty())
        return true;
    *error = errors.join(u"; "_s);
    return false;
}

/// An account ID field; an error when present but not an account ID (or required and absent).
QString account(const QJsonObject &object, const JsonReader &reader, QLatin1StringView key,
                bool required)
{
    const QJsonValue value = object.value(key);
    if (!required && (value.isUndefined() || value.isNull()))
        return {};
    const QString id = accountId(value);
    if (id.isEmpty())
        reader.fail(key, u"an account ID (digits)"_s);
    return id;
}

/// A paged answer: the items of `arrayKey`, each read by `read`, and `NextToken`.
template<typename T, typename Read>
std::optional<Page<T>> readPage(const QByteArray &json, QLatin1StringView arrayKey, QString *error,
                                Read read)
{
    const auto object = root(json, error);
    if (!object)
        return std::nullopt;
    QStringList errors;
    const JsonReader reader(*object, {}, &errors);
    if (!object->contains(arrayKey))
        reader.fail(arrayKey, u"an array"_s);
    Page<T> page;
    const QJsonArray items = reader.array(arrayKey);
    for (qsizetype i = 0; i < items.size() && errors.isEmpty(); ++i) {
        const JsonReader item = reader.element(items, i, arrayKey);
        page.items.append(read(items.at(i).toObject(), item));
    }
    page.nextToken = reader.rawString("NextToken"_L1);
    if (!finish(errors, error))
        return std::nullopt;
    return page;
}

AlibabaService service(const JsonReader &item, bool ownerView)
{
    AlibabaService service;
    service.serviceId = item.identifier("ServiceId"_L1);
    service.serviceName = item.string("ServiceName"_L1);
    service.serviceDomain = item.string("ServiceDomain"_L1);
    service.status = item.string("ServiceStatus"_L1);
    service.businessStatus = item.string("ServiceBusinessStatus"_L1);
    service.regionId = item.string("RegionId"_L1);
    service.zoneIds = item.stringList("Zones"_L1);
    service.autoAcceptEnabled = item.boolean("AutoAcceptEnabled"_L1);
    service.ownerView = ownerView;
    return service;
}
} // namespace

QString accountId(const QJsonValue &value)
{
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isDouble()) {
        // Qt keeps a JSON integer as a 64-bit integer: read it as one, not through a double.
        const qint64 n = value.toInteger(-1);
        if (n >= 0)
            text = QString::number(n);
    }
    const bool digits =
        !text.isEmpty() && text.size() <= 20 &&
        std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return digits ? text : QString();
}

std::optional<Page<AlibabaService>> services(const QByteArray &json, QString *error)
{
    return readPage<AlibabaService>(
        json, "Services"_L1, error,
        [](const QJsonObject &, const JsonReader &r) { return service(r, true); });
}

std::optional<Page<AlibabaService>> servicesByEndUser(const QByteArray &json, QString *error)
{
    return readPage<AlibabaService>(
        json, "Services"_L1, error,
        [](const QJsonObject &, const JsonReader &r) { return service(r, false); });
}

std::optional<AlibabaService> serviceAttribute(const QByteArray &json, QString *error)
{
    const auto object = root(json, error);
    if (!object)
        return std::nullopt;
    QStringList errors;
    const JsonReader reader(*object, {}, &errors);
    AlibabaService value = service(reader, true);
    if (!finish(errors, error))
        return std::nullopt;
    return value;
}

std::optional<Page<AlibabaServiceResource>> serviceResources(const QByteArray &json, QString *error)
{
    return readPage<AlibabaServiceResource>(
        json, "Resources"_L1, error, [](const QJsonObject &, const JsonReader &item) {
            AlibabaServiceResource resource;
            resource.resourceId = item.identifier("ResourceId"_L1);
            resource.resourceType = item.string("ResourceType"_L1);
            resource.zoneId = item.identifier("ZoneId"_L1);
            resource.vSwitchId = item.string("VSwitchId"_L1);
            resource.ip = item.string("Ip"_L1);
            return resource;
        });
}

std::optional<Page<QString>> serviceUsers(const QByteArray &json, QString *error)
{
    return readPage<QString>(json, "Users"_L1, error,
                             [](const QJsonObject &object, const JsonReader &item) {
                                 return account(object, item, "UserId"_L1, true);
                             });
}

std::optional<Page<AlibabaEndpointConnection>> connections(const QByteArray &json, QString *error)
{
    return readPage<AlibabaEndpointConnection>(
        json, "Connections"_L1, error, [](const QJsonObject &object, const JsonReader &item) {
            AlibabaEndpointConnection connection;
            connection.endpointId = item.identifier("EndpointId"_L1);
            connection.endpointOwnerId = account(object, item, "EndpointOwnerId"_L1, false);
            connection.serviceId = item.identifier("ServiceId"_L1, JsonReader::Presence::Optional);
            connection.status = item.string("ConnectionStatus"_L1);
            const QJsonArray zones = item.array("Zones"_L1);
            for (qsizetype i = 0; i < zones.size(); ++i)
                connection.zoneIds.append(
                    item.element(zones, i, "Zones"_L1).identifier("ZoneId"_L1));
            connection.modified = parseRfc3339(item.rawString("ModifiedTime"_L1));
            return connection;
        });
}

std::optional<QString> acknowledged(const QByteArray &json, QString *error)
{
    const auto object = root(json, error);
    if (!object)
        return std::nullopt;
    return OutsideText::visible(object->value("RequestId"_L1).toString());
}

std::optional<AlibabaAssumedRole> assumedRole(const QByteArray &json, QString *error)
{
    const auto object = root(json, error);
    if (!object)
        return std::nullopt;
    const QJsonObject keys = object->value("Credentials"_L1).toObject();
    AlibabaAssumedRole role;
    role.keys.accessKeyId = keys.value("AccessKeyId"_L1).toString();
    role.keys.accessKeySecret = keys.value("AccessKeySecret"_L1).toString();
    role.keys.securityToken = keys.value("SecurityToken"_L1).toString();
    role.expiration = QDateTime::fromString(keys.value("Expiration"_L1).toString(), Qt::ISODate);
    role.arn = OutsideText::visible(
        object->value("AssumedRoleUser"_L1).toObject().value("Arn"_L1).toString());
    const auto printable = [](const QString &text, qsizetype longest) {
        return !text.isEmpty() && text.size() <= longest &&
               std::all_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    };
    if (!printable(role.keys.accessKeyId, 128) || !printable(role.keys.accessKeySecret, 128) ||
        !printable(role.keys.securityToken, 8192)) {
        *error = u"Credentials does not hold an AccessKey, a secret and a security token"_s;
        return std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!role.expiration.isValid() || role.expiration < now.addSecs(-300) ||
        role.expiration > now.addDays(7)) {
        *error = u"Credentials.Expiration is not a time within the next week"_s;
        return std::nullopt;
    }
    return role;
}

std::optional<AlibabaCallerIdentity> callerIdentity(const QByteArray &json, QString *error)
{
    const auto object = root(json, error);
    if (!object)
        return std::nullopt;
    QStringList errors;
    const JsonReader reader(*object, {}, &errors);
    AlibabaCallerIdentity identity;
    identity.accountId = account(*object, reader, "AccountId"_L1, true);
    identity.userId = reader.string("UserId"_L1);
    identity.arn = reader.string("Arn"_L1);
    identity.identityType = reader.string("IdentityType"_L1);
    if (!finish(errors, error))
        return std::nullopt;
    return identity;
}

} // namespace plc::AlibabaCodec
