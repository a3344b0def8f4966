#include "services/ClusterService.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "domain/ClusterCodec.h"
#include "services/DecodingJob.h"

using namespace Qt::StringLiterals;

namespace plc {

ClusterService::ClusterService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ListClustersJob *ClusterService::listClusters()
{
    auto decoder = [](const QJsonObject &json) {
        Decoded<ClusterPage> page = ClusterCodec::decodePage(json);
        Decoded<ListClustersJob::Page> result;
        result.errors = std::move(page.errors);
        result.value.items = std::move(page.value.clusters);
        result.value.nextToken = std::move(page.value.nextPageToken);
        result.value.totalSize = page.value.totalSize;
        return result;
    };
    return readEveryPage<Cluster>(m_client, u"/v1beta1/clusters"_s, {}, decoder, this);
}

GetClusterJob *ClusterService::getCluster(const QString &clusterId)
{
    ApiCall *call = m_client->get(u"/v1beta1/clusters/"_s + ApiClient::pathSegment(clusterId));
    return new DecodingJob<Cluster>(call, &ClusterCodec::decodeCluster, this);
}

} // namespace plc
