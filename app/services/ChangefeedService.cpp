#include "services/ChangefeedService.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "domain/ChangefeedCodec.h"
#include "services/DecodingJob.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QString collectionPath(const QString &clusterId)
{
    return u"/v1beta1/clusters/%1/changefeeds"_s.arg(ApiClient::pathSegment(clusterId));
}
} // namespace

ChangefeedService::ChangefeedService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString ChangefeedService::testPath(const QString &clusterId)
{
    return collectionPath(clusterId) + u":test"_s;
}

ListChangefeedsJob *ChangefeedService::listChangefeeds(const QString &clusterId, SinkType type)
{
    QUrlQuery query;
    if (type != SinkType::Unknown)
        query.addQueryItem(u"changefeedType"_s, enumToApi(type));
    auto decoder = [](const QJsonObject &json) {
        Decoded<ChangefeedPage> page = ChangefeedCodec::decodePage(json);
        Decoded<ListChangefeedsJob::Page> result;
        result.errors = std::move(page.errors);
        result.value.items = std::move(page.value.changefeeds);
        result.value.nextToken = std::move(page.value.nextPageToken);
        result.value.totalSize = page.value.totalSize;
        return result;
    };
    return readEveryPage<Changefeed>(m_client, collectionPath(clusterId), query, decoder, this);
}

ChangefeedJob *ChangefeedService::getChangefeed(const QString &clusterId,
                                                const QString &changefeedId)
{
    return new DecodingJob<Changefeed>(
        m_client->get(collectionPath(clusterId) + u'/' + ApiClient::pathSegment(changefeedId)),
        &ChangefeedCodec::decodeChangefeed, this);
}

SinkTestJob *ChangefeedService::testSink(const QString &clusterId, const SinkTest &test)
{
    const QByteArray body =
        QJsonDocument(ChangefeedCodec::encodeTest(test)).toJson(QJsonDocument::Compact);
    return new DecodingJob<bool>(
        m_client->post(testPath(clusterId), body),
        [](const QJsonObject &) {
            return Decoded<bool>{true, {}};
        },
        this);
}

} // namespace plc
