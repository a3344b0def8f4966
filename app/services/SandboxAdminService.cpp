#include "services/SandboxAdminService.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "domain/JsonReader.h"
#include "services/DecodingJob.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
SimulatedEndpointService readService(const JsonReader &r)
{
    SimulatedEndpointService s;
    s.name = r.identifier("name"_L1);
    s.provider = r.string("provider"_L1);
    s.region = r.string("region"_L1);
    s.availabilityZoneIds = r.stringList("availabilityZoneIds"_L1);
    s.allowedPrincipals = r.stringList("allowedPrincipals"_L1);
    s.acceptanceRequired = r.boolean("acceptanceRequired"_L1);
    s.owner = r.string("owner"_L1);
    s.description = r.string("description"_L1);
    return s;
}

EndpointConnectionRequest readRequest(const JsonReader &r)
{
    return {r.identifier("endpointId"_L1),
            r.string("privateLinkConnectionId"_L1),
            r.string("clusterId"_L1),
            r.string("accountId"_L1),
            r.stringList("availabilityZoneIds"_L1),
            r.string("state"_L1)};
}

Decoded<SimulatedEndpointService> decodeService(const QJsonObject &json)
{
    Decoded<SimulatedEndpointService> result;
    result.value = readService(JsonReader(json, {}, &result.errors));
    return result;
}

Decoded<EndpointConnectionRequest> decodeRequest(const QJsonObject &json)
{
    Decoded<EndpointConnectionRequest> result;
    result.value = readRequest(JsonReader(json, {}, &result.errors));
    return result;
}

SandboxRoleInfo readRole(const JsonReader &r)
{
    return {r.string("provider"_L1),  r.string("name"_L1),       r.string("arn"_L1),
            r.string("mfaDevice"_L1), r.string("externalId"_L1), r.boolean("userMayAssume"_L1)};
}

template<typename T, typename Read>
Decoded<QList<T>> decodeList(const QJsonObject &json, QLatin1StringView key, Read read)
{
    Decoded<QList<T>> result;
    const JsonReader reader(json, {}, &result.errors);
    const QJsonArray items = reader.array(key);
    for (qsizetype i = 0; i < items.size(); ++i)
        result.value.append(read(reader.element(items, i, key)));
    return result;
}
} // namespace

SandboxAdminService::SandboxAdminService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

EndpointServicesJob *SandboxAdminService::endpointServices()
{
    return new DecodingJob<QList<SimulatedEndpointService>>(
        m_client->get(u"/sandbox/v1/endpointServices"_s),
        [](const QJsonObject &json) {
            return decodeList<SimulatedEndpointService>(json, "endpointServices"_L1, readService);
        },
        this);
}

SandboxRolesJob *SandboxAdminService::roles()
{
    return new DecodingJob<QList<SandboxRoleInfo>>(
        m_client->get(u"/sandbox/v1/roles"_s),
        [](const QJsonObject &json) {
            return decodeList<SandboxRoleInfo>(json, "roles"_L1, readRole);
        },
        this);
}

EndpointServiceJob *
SandboxAdminService::createEndpointService(const SimulatedEndpointService &service)
{
    const QJsonObject body{
        {u"name"_s, service.name},
        {u"availabilityZoneIds"_s, QJsonArray::fromStringList(service.availabilityZoneIds)},
        {u"allowedPrincipals"_s, QJsonArray::fromStringList(service.allowedPrincipals)},
        {u"acceptanceRequired"_s, service.acceptanceRequired},
        {u"owner"_s, service.owner},
        {u"description"_s, service.description}};
    return new DecodingJob<SimulatedEndpointService>(
        m_client->post(u"/sandbox/v1/endpointServices"_s,
                       QJsonDocument(body).toJson(QJsonDocument::Compact)),
        decodeService, this);
}

EndpointServiceJob *SandboxAdminService::setAllowedPrincipals(const QString &serviceName,
                                                              const QStringList &principals)
{
    const QJsonObject body{{u"allowedPrincipals"_s, QJsonArray::fromStringList(principals)}};
    return new DecodingJob<SimulatedEndpointService>(
        m_client->post(u"/sandbox/v1/endpointServices/%1:setAllowedPrincipals"_s.arg(
                           ApiClient::pathSegment(serviceName)),
                       QJsonDocument(body).toJson(QJsonDocument::Compact)),
        decodeService, this);
}

ConnectionRequestsJob *SandboxAdminService::connectionRequests(const QString &serviceName)
{
    return new DecodingJob<QList<EndpointConnectionRequest>>(
        m_client->get(u"/sandbox/v1/endpointServices/%1/connectionRequests"_s.arg(
            ApiClient::pathSegment(serviceName))),
        [](const QJsonObject &json) {
            return decodeList<EndpointConnectionRequest>(json, "connectionRequests"_L1,
                                                         readRequest);
        },
        this);
}

ConnectionRequestJob *SandboxAdminService::decide(const QString &serviceName,
                                                  const QString &endpointId, bool accept)
{
    return new DecodingJob<EndpointConnectionRequest>(
        m_client->post(u"/sandbox/v1/endpointServices/%1/connectionRequests/%2:%3"_s.arg(
                           ApiClient::pathSegment(serviceName), ApiClient::pathSegment(endpointId),
                           accept ? u"accept"_s : u"reject"_s),
                       {}),
        decodeRequest, this);
}

EndpointStandInJob *SandboxAdminService::standInFor(const QString &host, QObject *parent)
{
    return new DecodingJob<EndpointStandIn>(
        m_client->get(u"/sandbox/v1/names/%1"_s.arg(ApiClient::pathSegment(host))),
        [](const QJsonObject &json) {
            Decoded<EndpointStandIn> result;
            const JsonReader r(json, {}, &result.errors);
            result.value.address = r.string("address"_L1);
            const qint64 port = r.integer("port"_L1).value_or(0);
            result.value.endpointId = r.identifier("endpointId"_L1);
            // Only this machine: the sandbox never sends the doctor anywhere else.
            if (QHostAddress address;
                !address.setAddress(result.value.address) ||
                EndpointAddress::scope(address) != EndpointAddress::Scope::Loopback)
                r.fail("address"_L1, u"a loopback address"_s);
            if (port < 1 || port > 65535)
                r.fail("port"_L1, u"a TCP port"_s);
            result.value.port = quint16(port);
            return result;
        },
        parent);
}

} // namespace plc
