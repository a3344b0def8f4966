#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace plc {

/// TiDB Cloud's endpoint connection request among those of an endpoint service, for every
/// cloud's side of a connection (AwsSideJob, AlibabaSideJob): the request of the endpoint
/// TiDB Cloud names; else, when it names none, one its account made, a waiting one first (the
/// account may have others on the service, for other connections). Another party's request is
/// never taken for TiDB Cloud's. `endpointOf`, `ownerOf` and `waits` read a cloud's request.
template<typename Request, typename EndpointOf, typename OwnerOf, typename Waits>
std::optional<Request> tidbCloudsRequest(const QList<Request> &requests, const QString &endpoint,
                                         const QString &tidbAccount, EndpointOf endpointOf,
                                         OwnerOf ownerOf, Waits waits)
{
    QList<Request> ours;
    for (const Request &request : requests) {
        if (endpoint.isEmpty() ? ownerOf(request) == tidbAccount : endpointOf(request) == endpoint)
            ours.append(request);
    }
    if (ours.isEmpty())
        return std::nullopt;
    const auto waiting = std::find_if(ours.cbegin(), ours.cend(), waits);
    return waiting != ours.cend() ? *waiting : ours.constFirst();
}

} // namespace plc
