#include "ClusterService.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "domain/ClusterCodec.h"

using namespace Qt::StringLiterals;

namespace plc {

namespace {

/// Adapts one ApiCall to a typed ValueJob by decoding its JSON body.
template<typename T> class DecodingJob final : public ValueJob<T>
{
public:
    DecodingJob(ApiCall *call, std::function<Decoded<T>(const QJsonObject &)> decode,
                QObject *parent)
        : ValueJob<T>(parent)
        , m_call(call)
    {
        QObject::connect(call, &Job::finished, this, [this, call, decode] {
            if (this->isFinished())
                return;
            if (!call->succeeded()) {
                this->finishWithError(call->error());
                return;
            }
            Decoded<T> decoded = decode(call->json());
            if (!decoded.ok())
                this->finishWithError(ApiError::decode(decoded.errors.constFirst()));
            else
                this->finishWithValue(std::move(decoded.value));
        });
    }

private:
    void abortWork() override
    {
        if (m_call)
            m_call->cancel();
    }
    QPointer<ApiCall> m_call;
};

} // namespace

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
        result.value.nextPageToken = std::move(page.value.nextPageToken);
        return result;
    };
    return new ListClustersJob(m_client, u"/v1beta1/clusters"_s, {}, decoder, this);
}

GetClusterJob *ClusterService::getCluster(const QString &clusterId)
{
    ApiCall *call = m_client->get(u"/v1beta1/clusters/"_s +
                                  QString::fromLatin1(QUrl::toPercentEncoding(clusterId)));
    return new DecodingJob<Cluster>(call, &ClusterCodec::decodeCluster, this);
}

} // namespace plc
