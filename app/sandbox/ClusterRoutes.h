#pragma once

#include "SandboxResponse.h"

#include <QUrlQuery>

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

/// Reads `pageSize` as the API does: absent → default, > max → max, negative or not a
/// number → error message.
bool readPageSize(const QUrlQuery &query, int defaultSize, int maxSize, int *pageSize,
                  QString *error);

} // namespace plc::sandbox
