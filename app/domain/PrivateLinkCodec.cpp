#include "domain/PrivateLinkCodec.h"

#include "domain/JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc {

bool AttachDomain::isChanging() const
{
    for (const Domain &domain : domains) {
        if (domain.state == "CREATING"_L1 || domain.state == "DELETING"_L1)
            return true;
    }
    return false;
}

namespace {

AttachDomain readAttachDomain(const JsonReader &reader)
{
    AttachDomain result;
    result.attachDomainId = reader.identifier("attachDomainId"_L1, JsonReader::Presence::Optional);
    result.clusterId = reader.identifier("clusterId"_L1, JsonReader::Presence::Optional);
    result.privateLinkConnectionId =
        reader.identifier("privateLinkConnectionId"_L1, JsonReader::Presence::Optional);
    result.type = reader.enumValue<DomainType>("type"_L1);
    result.uniqueName = reader.string("uniqueName"_L1);
    const QJsonArray domains = reader.array("domains"_L1);
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const JsonReader domain = reader.element(domains, i, "domains"_L1);
        result.domains.append(
            {domain.string("name"_L1), domain.string("state"_L1), domain.string("message"_L1)});
    }
    result.createdBy = reader.string("createdBy"_L1);
    result.createTime = reader.dateTime("createTime"_L1);
    return result;
}

PrivateLinkConnection readConnection(const JsonReader &reader)
{
    PrivateLinkConnection c;
    c.privateLinkConnectionId = reader.identifier("privateLinkConnectionId"_L1);
    if (c.privateLinkConnectionId.isEmpty())
        reader.fail("privateLinkConnectionId"_L1, u"the connection ID"_s);
    c.clusterId = reader.identifier("clusterId"_L1, JsonReader::Presence::Optional);
    c.displayName = reader.string("displayName"_L1);
    c.state = reader.enumValue<ConnectionState>("state"_L1);
    c.message = reader.string("message"_L1);
    c.createdBy = reader.string("createdBy"_L1);
    c.createTime = reader.dateTime("createTime"_L1);
    c.updateTime = reader.dateTime("updateTime"_L1);
    c.type = reader.enumValue<ConnectionType>("type"_L1);
    const auto key = reader.has("alicloudEndpointService"_L1) ? "alicloudEndpointService"_L1
                                                              : "awsEndpointService"_L1;
    const JsonReader endpoint = reader.object(key);
    c.endpointService.name = endpoint.string("name"_L1);
    c.endpointService.region = endpoint.string("region"_L1);
    c.endpointService.endpointId =
        endpoint.identifier("endpointId"_L1, JsonReader::Presence::Optional);
    c.endpointService.availabilityZoneIds = endpoint.stringList("availabilityZoneIds"_L1);
    if (reader.has("attachedDomains"_L1)) {
        QList<AttachDomain> attached;
        const QJsonArray items = reader.array("attachedDomains"_L1);
        for (qsizetype i = 0; i < items.size(); ++i)
            attached.append(readAttachDomain(reader.element(items, i, "attachedDomains"_L1)));
        c.attachedDomains = attached;
    }
    return c;
}

} // namespace

Decoded<PrivateLinkConnection> PrivateLinkCodec::decodeConnection(const QJsonObject &json)
{
    Decoded<PrivateLinkConnection> result;
    result.value = readConnection(JsonReader(json, {}, &result.errors));
    // Get leaves out an empty list (proto3): a Get answer always says what is attached.
    if (!result.value.attachedDomains)
        result.value.attachedDomains = QList<AttachDomain>();
    return result;
}

Decoded<PrivateLinkConnectionPage> PrivateLinkCodec::decodePage(const QJsonObject &json)
{
    Decoded<PrivateLinkConnectionPage> result;
    const JsonReader reader(json, {}, &result.errors);
    const QJsonArray items = reader.array("privateLinkConnections"_L1);
    result.value.connections.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        result.value.connections.append(
            readConnection(reader.element(items, i, "privateLinkConnections"_L1)));
    result.value.nextPageToken = reader.rawString("nextPageToken"_L1);
    result.value.totalSize = reader.integer("totalSize"_L1);
    return result;
}

Decoded<AttachDomain> PrivateLinkCodec::decodeAttachDomain(const QJsonObject &json)
{
    Decoded<AttachDomain> result;
    result.value = readAttachDomain(JsonReader(json, {}, &result.errors));
    return result;
}

Decoded<AvailabilityZones> PrivateLinkCodec::decodeAvailabilityZones(const QJsonObject &json)
{
    Decoded<AvailabilityZones> result;
    const JsonReader reader(json, {}, &result.errors);
    result.value.accountId = reader.string("accountId"_L1);
    result.value.azIds = reader.stringList("azIds"_L1);
    return result;
}

QJsonObject PrivateLinkCodec::encodeCreate(const NewPrivateLinkConnection &connection)
{
    const bool aws = connection.type == ConnectionType::AwsEndpointService;
    QJsonObject endpoint{{u"name"_s, connection.endpointServiceName}};
    if (aws && !connection.endpointServiceRegion.isEmpty())
        endpoint.insert(u"region"_s, connection.endpointServiceRegion);
    return {
        {u"privateLinkConnection"_s,
         QJsonObject{{u"displayName"_s, connection.displayName},
                     {u"type"_s, enumToApi(connection.type)},
                     {aws ? u"awsEndpointService"_s : u"alicloudEndpointService"_s, endpoint}}}};
}

QJsonObject PrivateLinkCodec::encodeAttach(DomainType type, const QString &uniqueName,
                                           bool validateOnly)
{
    QJsonObject attach{{u"type"_s, enumToApi(type)}};
    if (!uniqueName.isEmpty())
        attach.insert(u"uniqueName"_s, uniqueName);
    QJsonObject body{{u"attachDomain"_s, attach}};
    if (validateOnly)
        body.insert(u"validateOnly"_s, true);
    return body;
}

QJsonObject PrivateLinkCodec::encodeDetach(const QString &attachDomainId)
{
    return {{u"attachDomainId"_s, attachDomainId}};
}

} // namespace plc
