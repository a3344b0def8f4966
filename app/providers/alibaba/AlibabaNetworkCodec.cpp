#include "providers/alibaba/AlibabaNetworkCodec.h"

#include "domain/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace plc::AlibabaNetworkCodec {

namespace {
std::optional<QJsonObject> networkAnswer(const QByteArray &json, QString *error)
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

bool networkReadOk(const QStringList &errors, QString *error)
{
    if (errors.isEmpty())
        return true;
    *error = errors.join(u"; "_s);
    return false;
}

/// The items of `outer`.`inner` (VPC and ECS wrap a list in an object: `{"Vpcs":{"Vpc":[…]}}`),
/// or of `outer` itself when `inner` is empty; each read by `read`.
template<typename T, typename Read>
QList<T> networkItems(const JsonReader &reader, QLatin1StringView outer, QLatin1StringView inner,
                      const QStringList &errors, Read read)
{
    QList<T> items;
    const JsonReader holder = inner.isEmpty() ? reader : reader.object(outer);
    const QLatin1StringView key = inner.isEmpty() ? outer : inner;
    const QJsonArray array = holder.array(key);
    for (qsizetype i = 0; i < array.size() && errors.isEmpty(); ++i)
        items.append(read(holder.element(array, i, key)));
    return items;
}

/// A numbered page: its items, and the next page's number while TotalCount has more.
template<typename T, typename Read>
std::optional<AlibabaCodec::Page<T>> numberedPage(const QByteArray &json, QLatin1StringView outer,
                                                  QLatin1StringView inner, QString *error,
                                                  Read read)
{
    const auto object = networkAnswer(json, error);
    if (!object)
        return std::nullopt;
    QStringList errors;
    const JsonReader reader(*object, {}, &errors);
    if (!object->value(outer).isObject())
        reader.fail(outer, u"an object"_s);
    AlibabaCodec::Page<T> page;
    page.items = networkItems<T>(reader, outer, inner, errors, read);
    const qint64 number = reader.integer("PageNumber"_L1).value_or(1);
    const qint64 size = reader.integer("PageSize"_L1).value_or(0);
    const qint64 total = reader.integer("TotalCount"_L1).value_or(0);
    if (!page.items.isEmpty() && size > 0 && number > 0 && number * size < total)
        page.nextToken = QString::number(number + 1);
    if (!networkReadOk(errors, error))
        return std::nullopt;
    return page;
}

/// A page of a PrivateLink list: its items and NextToken.
template<typename T, typename Read>
std::optional<AlibabaCodec::Page<T>> tokenPage(const QByteArray &json, QLatin1StringView key,
                                               QString *error, Read read)
{
    const auto object = networkAnswer(json, error);
    if (!object)
        return std::nullopt;
    QStringList errors;
    const JsonReader reader(*object, {}, &errors);
    if (!object->value(key).isArray())
        reader.fail(key, u"an array"_s);
    AlibabaCodec::Page<T> page;
    page.items = networkItems<T>(reader, key, {}, errors, read);
    page.nextToken = reader.rawString("NextToken"_L1);
    if (!networkReadOk(errors, error))
        return std::nullopt;
    return page;
}

AlibabaVpc readVpc(const JsonReader &item)
{
    AlibabaVpc vpc;
    vpc.vpcId = item.identifier("VpcId"_L1);
    vpc.name = item.string("VpcName"_L1);
    vpc.cidrBlock = item.string("CidrBlock"_L1);
    vpc.status = item.string("Status"_L1);
    vpc.isDefault = item.boolean("IsDefault"_L1);
    return vpc;
}

AlibabaVSwitch readVSwitch(const JsonReader &item)
{
    AlibabaVSwitch vswitch;
    vswitch.vSwitchId = item.identifier("VSwitchId"_L1);
    vswitch.vpcId = item.identifier("VpcId"_L1);
    vswitch.zoneId = item.identifier("ZoneId"_L1);
    vswitch.cidrBlock = item.string("CidrBlock"_L1);
    vswitch.name = item.string("VSwitchName"_L1);
    vswitch.status = item.string("Status"_L1);
    const qint64 free = item.integer("AvailableIpAddressCount"_L1).value_or(0);
    vswitch.freeAddresses = int(std::clamp<qint64>(free, 0, std::numeric_limits<int>::max()));
    return vswitch;
}

AlibabaSecurityGroup readGroup(const JsonReader &item)
{
    AlibabaSecurityGroup group;
    group.groupId = item.identifier("SecurityGroupId"_L1);
    group.name = item.string("SecurityGroupName"_L1);
    group.description = item.string("Description"_L1);
    group.vpcId = item.identifier("VpcId"_L1, JsonReader::Presence::Optional);
    group.managed = item.boolean("ServiceManaged"_L1);
    return group;
}

AlibabaGroupRule readRule(const JsonReader &item)
{
    AlibabaGroupRule rule;
    rule.ruleId = item.string("SecurityGroupRuleId"_L1);
    rule.direction = item.string("Direction"_L1);
    rule.protocol = item.string("IpProtocol"_L1).toUpper();
    const QString ports = item.rawString("PortRange"_L1);
    if (const auto range = portRange(ports)) {
        rule.fromPort = range->first;
        rule.toPort = range->second;
    } else if (!ports.isEmpty()) {
        item.fail("PortRange"_L1, u"two port numbers as from/to"_s);
    }
    rule.cidr = item.string("SourceCidrIp"_L1);
    rule.cidrIpv6 = item.string("Ipv6SourceCidrIp"_L1);
    rule.prefixListId = item.string("SourcePrefixListId"_L1);
    rule.sourceGroupId = item.string("SourceGroupId"_L1);
    rule.policy = item.string("Policy"_L1);
    rule.description = item.string("Description"_L1);
    return rule;
}

AlibabaVpcEndpoint readEndpoint(const JsonReader &item)
{
    AlibabaVpcEndpoint endpoint;
    endpoint.endpointId = item.identifier("EndpointId"_L1);
    endpoint.name = item.string("EndpointName"_L1);
    endpoint.vpcId = item.identifier("VpcId"_L1, JsonReader::Presence::Optional);
    endpoint.serviceId = item.identifier("ServiceId"_L1, JsonReader::Presence::Optional);
    endpoint.serviceName = item.string("ServiceName"_L1);
    endpoint.status = item.string("EndpointStatus"_L1);
    endpoint.connectionStatus = item.string("ConnectionStatus"_L1);
    endpoint.domain = item.string("EndpointDomain"_L1);
    endpoint.created = parseRfc3339(item.rawString("CreateTime"_L1));
    return endpoint;
}
} // namespace

std::optional<std::pair<int, int>> portRange(const QString &range)
{
    const QStringList ends = range.split(u'/');
    if (ends.size() != 2)
        return std::nullopt;
    bool fromOk = false;
    bool toOk = false;
    const int from = ends.at(0).toInt(&fromOk);
    const int to = ends.at(1).toInt(&toOk);
    if (!fromOk || !toOk || from < -1 || to < -1 || from > 65535 || to > 65535)
        return std::nullopt;
    return std::pair{from, to};
}

std::optional<AlibabaCodec::Page<AlibabaVpc>> vpcs(const QByteArray &json, QString *error)
{
    return numberedPage<AlibabaVpc>(json, "Vpcs"_L1, "Vpc"_L1, error, &readVpc);
}

std::optional<AlibabaCodec::Page<AlibabaVSwitch>> vSwitches(const QByteArray &json, QString *error)
{
    return numberedPage<AlibabaVSwitch>(json, "VSwitches"_L1, "VSwitch"_L1, error, &readVSwitch);
}

std::optional<AlibabaCodec::Page<AlibabaSecurityGroup>> securityGroups(const QByteArray &json,
                                                                       QString *error)
{
    return numberedPage<AlibabaSecurityGroup>(json, "SecurityGroups"_L1, "SecurityGroup"_L1, error,
                                              &readGroup);
}

std::optional<AlibabaSecurityGroup> groupAttribute(const QByteArray &json, QString *error)
{
    const auto object = networkAnswer(json, error);
    if (!object)
        return std::nullopt;
    QStringList errors;
    const JsonReader reader(*object, {}, &errors);
    AlibabaSecurityGroup group = readGroup(reader);
    group.rules = networkItems<AlibabaGroupRule>(reader, "Permissions"_L1, "Permission"_L1, errors,
                                                 &readRule);
    if (!networkReadOk(errors, error))
        return std::nullopt;
    return group;
}

std::optional<AlibabaCodec::Page<AlibabaVpcEndpoint>> endpoints(const QByteArray &json,
                                                                QString *error)
{
    return tokenPage<AlibabaVpcEndpoint>(json, "Endpoints"_L1, error, &readEndpoint);
}

std::optional<AlibabaVpcEndpoint> endpoint(const QByteArray &json, QString *error)
{
    const auto object = networkAnswer(json, error);
    if (!object)
        return std::nullopt;
    QStringList errors;
    const JsonReader reader(*object, {}, &errors);
    AlibabaVpcEndpoint value = readEndpoint(reader);
    if (!networkReadOk(errors, error))
        return std::nullopt;
    return value;
}

std::optional<AlibabaCodec::Page<AlibabaEndpointZone>> endpointZones(const QByteArray &json,
                                                                     QString *error)
{
    return tokenPage<AlibabaEndpointZone>(json, "Zones"_L1, error, [](const JsonReader &item) {
        AlibabaEndpointZone zone;
        zone.zoneId = item.identifier("ZoneId"_L1);
        zone.vSwitchId = item.identifier("VSwitchId"_L1, JsonReader::Presence::Optional);
        zone.eniId = item.string("EniId"_L1);
        zone.eniIp = item.string("EniIp"_L1);
        zone.domain = item.string("ZoneDomain"_L1);
        zone.status = item.string("ZoneStatus"_L1);
        return zone;
    });
}

std::optional<AlibabaCodec::Page<QString>> endpointGroups(const QByteArray &json, QString *error)
{
    return tokenPage<QString>(json, "SecurityGroups"_L1, error, [](const JsonReader &item) {
        return item.identifier("SecurityGroupId"_L1);
    });
}

} // namespace plc::AlibabaNetworkCodec
