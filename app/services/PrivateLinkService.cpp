#include "services/PrivateLinkService.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "domain/PrivateLinkCodec.h"
#include "services/DecodingJob.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

PrivateLinkService::PrivateLinkService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString PrivateLinkService::collectionPath(const QString &clusterId) const
{
    return u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(ApiClient::pathSegment(clusterId));
}

QString PrivateLinkService::connectionPath(const QString &clusterId,
                                           const QString &connectionId) const
{
    return collectionPath(clusterId) + u'/' + ApiClient::pathSegment(connectionId);
}

ListConnectionsJob *PrivateLinkService::listConnections(const QString &clusterId,
                                                        ConnectionState state)
{
    QUrlQuery query;
    if (state != ConnectionState::Unknown)
        query.addQueryItem(u"state"_s, enumToApi(state));
    auto decoder = [](const QJsonObject &json) {
        Decoded<PrivateLinkConnectionPage> page = PrivateLinkCodec::decodePage(json);
        Decoded<ListConnectionsJob::Page> result;
        result.errors = std::move(page.errors);
        result.value.items = std::move(page.value.connections);
        result.value.nextToken = std::move(page.value.nextPageToken);
        result.value.totalSize = page.value.totalSize;
        return result;
    };
    return readEveryPage<PrivateLinkConnection>(m_client, collectionPath(clusterId), query, decoder,
                                                this);
}

ConnectionJob *PrivateLinkService::getConnection(const QString &clusterId,
                                                 const QString &connectionId)
{
    return new DecodingJob<PrivateLinkConnection>(
        m_client->get(connectionPath(clusterId, connectionId)), &PrivateLinkCodec::decodeConnection,
        this);
}

ConnectionJob *PrivateLinkService::createConnection(const QString &clusterId,
                                                    const NewPrivateLinkConnection &connection)
{
    return new DecodingJob<PrivateLinkConnection>(
        m_client->post(collectionPath(clusterId),
                       compact(PrivateLinkCodec::encodeCreate(connection))),
        &PrivateLinkCodec::decodeConnection, this);
}

ConnectionJob *PrivateLinkService::deleteConnection(const QString &clusterId,
                                                    const QString &connectionId)
{
    return new DecodingJob<PrivateLinkConnection>(
        m_client->deleteResource(connectionPath(clusterId, connectionId)),
        &PrivateLinkCodec::decodeConnection, this);
}

AvailabilityZonesJob *PrivateLinkService::availabilityZones(const QString &clusterId)
{
    return new DecodingJob<AvailabilityZones>(
        m_client->get(collectionPath(clusterId) + u":getAvailabilityZones"_s),
        &PrivateLinkCodec::decodeAvailabilityZones, this);
}

AttachDomainJob *PrivateLinkService::attachDomains(const QString &clusterId,
                                                   const QString &connectionId, DomainType type,
                                                   const QString &uniqueName, bool validateOnly)
{
    return new DecodingJob<AttachDomain>(
        m_client->post(connectionPath(clusterId, connectionId) + u":attachDomains"_s,
                       compact(PrivateLinkCodec::encodeAttach(type, uniqueName, validateOnly))),
        &PrivateLinkCodec::decodeAttachDomain, this);
}

AttachDomainJob *PrivateLinkService::detachDomains(const QString &clusterId,
                                                   const QString &connectionId,
                                                   const QString &attachDomainId)
{
    return new DecodingJob<AttachDomain>(
        m_client->post(connectionPath(clusterId, connectionId) + u":detachDomains"_s,
                       compact(PrivateLinkCodec::encodeDetach(attachDomainId))),
        &PrivateLinkCodec::decodeAttachDomain, this);
}

} // namespace plc
