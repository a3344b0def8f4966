#include "sandbox/ClusterRoutes.h"

#include "sandbox/SandboxStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

SandboxResponse SandboxResponse::error(int httpStatus, int code, const QString &message)
{
    return {httpStatus,
            QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"details"_s, QJsonArray()}},
            {},
            {},
            {}};
}

SandboxResponse SandboxResponse::badRequest(const QString &message)
{
    return error(400, RpcCode::InvalidArgument, message);
}

QString PageToken::encode(const QString &collection, int offset)
{
    return QString::fromLatin1(
        (collection.toUtf8() + '|' + QByteArray::number(offset))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int PageToken::decode(const QString &collection, const QString &token)
{
    const QByteArray raw = QByteArray::fromBase64(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray prefix = collection.toUtf8() + '|';
    if (!raw.startsWith(prefix))
        return -1;
    bool ok = false;
    const int offset = raw.mid(prefix.size()).toInt(&ok);
    return ok && offset >= 0 ? offset : -1;
}

bool readPageSize(const QUrlQuery &query, int defaultSize, int maxSize, int *pageSize,
                  QString *error)
{
    *pageSize = defaultSize;
    if (!query.hasQueryItem(u"pageSize"_s))
        return true;
    bool ok = false;
    const int value = query.queryItemValue(u"pageSize"_s).toInt(&ok);
    if (!ok || value < 0) {
        *error = u"pageSize must be a non-negative integer"_s;
        return false;
    }
    *pageSize = value == 0 ? defaultSize : std::min(value, maxSize);
    return true;
}

std::optional<SandboxResponse> PageWindow::read(const QUrlQuery &query, const QString &collection,
                                                int defaultSize, int maxSize, PageWindow *window)
{
    QString error;
    if (!readPageSize(query, defaultSize, maxSize, &window->size, &error))
        return SandboxResponse::error(400, RpcCode::InvalidArgument, error);
    window->offset = 0;
    const QString token = query.queryItemValue(u"pageToken"_s);
    if (!token.isEmpty()) {
        window->offset = PageToken::decode(collection, token);
        if (window->offset < 0) {
            return SandboxResponse::error(400, RpcCode::InvalidArgument,
                                          u"pageToken is not valid for this request"_s);
        }
    }
    return std::nullopt;
}

QJsonObject PageWindow::answer(const QString &key, const QJsonArray &items, int total,
                               const QString &collection) const
{
    QJsonObject body{{key, items}, {u"totalSize"_s, total}};
    if (offset + items.size() < total)
        body.insert(u"nextPageToken"_s, PageToken::encode(collection, offset + int(items.size())));
    return body;
}

ClusterRoutes::ClusterRoutes(SandboxStore *store)
    : m_store(store)
{}

SandboxResponse ClusterRoutes::list(const QUrlQuery &query) const
{
    PageWindow page;
    if (auto refused = PageWindow::read(query, u"clusters"_s, DefaultPageSize, MaxPageSize, &page))
        return *refused;
    if (query.hasQueryItem(u"skip"_s)) {
        bool ok = false;
        const int skip = query.queryItemValue(u"skip"_s).toInt(&ok);
        if (!ok || skip < 0) {
            return SandboxResponse::error(400, RpcCode::InvalidArgument,
                                          u"skip must be a non-negative integer"_s);
        }
        page.offset += skip;
    }

    const int total = m_store->clusterCount();
    const QList<QJsonObject> clusters = m_store->clusters(page.offset, page.size);
    QJsonArray items;
    for (const QJsonObject &cluster : clusters)
        items.append(cluster);
    return SandboxResponse::ok(page.answer(u"clusters"_s, items, total, u"clusters"_s));
}

SandboxResponse ClusterRoutes::get(const QString &clusterId) const
{
    const auto cluster = m_store->cluster(clusterId);
    if (!cluster) {
        return SandboxResponse::error(404, RpcCode::NotFound,
                                      u"cluster %1 not found"_s.arg(clusterId));
    }
    return SandboxResponse::ok(*cluster);
}

} // namespace plc::sandbox
