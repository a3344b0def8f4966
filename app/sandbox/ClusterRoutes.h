#pragma once

#include "sandbox/SandboxResponse.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <optional>

namespace plc::sandbox {

class SandboxStore;

/// `GET /v1beta1/clusters` and `GET /v1beta1/clusters/{clusterId}` as in
/// api/cluster.swagger.json: pageSize (default 10, at most 100), an opaque pageToken,
/// totalSize and nextPageToken.
class ClusterRoutes final
{
public:
    static constexpr int DefaultPageSize = 10;
    static constexpr int MaxPageSize = 100;

    explicit ClusterRoutes(SandboxStore *store);

    SandboxResponse list(const QUrlQuery &query) const;
    SandboxResponse get(const QString &clusterId) const;

private:
    SandboxStore *m_store;
};

/// Opaque page tokens: base64url of the collection and offset, so a token from one list
/// cannot be used for another.
namespace PageToken {
QString encode(const QString &collection, int offset);
/// -1 when the token is not one this server issued for that collection.
int decode(const QString &collection, const QString &token);
} // namespace PageToken

/// The page a list request asks for: `pageSize` (the default when absent, capped at the
/// maximum) and an opaque `pageToken` that must have been issued for the same `collection`
/// (a resource list of one cluster with one filter).
struct PageWindow
{
    int offset = 0;
    int size = 0;

    /// The window, or the 400 answer when `pageSize` or `pageToken` is not valid.
    static std::optional<SandboxResponse> read(const QUrlQuery &query, const QString &collection,
                                               int defaultSize, int maxSize, PageWindow *window);
    /// The list's answer: `items` under `key`, `totalSize`, and `nextPageToken` unless these
    /// items end the list.
    QJsonObject answer(const QString &key, const QJsonArray &items, int total,
                       const QString &collection) const;
};

/// Reads `pageSize` as the API does: absent → default, > max → max, negative or not a
/// number → error message.
bool readPageSize(const QUrlQuery &query, int defaultSize, int maxSize, int *pageSize,
                  QString *error);

} // namespace plc::sandbox
