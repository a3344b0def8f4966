#include "sandbox/PrivateLinkRoutes.h"

#include "sandbox/ClusterRoutes.h"
#include "sandbox/ProviderSimulation.h"
#include "sandbox/RequestBody.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxStore.h"

#include "sandbox/RequestRules.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
const QStringList ConnectionStates{u"CREATING"_s, u"ACTIVE"_s, u"FAILED"_s, u"PENDING_ACCEPTANCE"_s,
                                   u"DELETING"_s};
const QStringList ConnectionTypes{u"AWS_ENDPOINT_SERVICE"_s, u"ALICLOUD_ENDPOINT_SERVICE"_s};
const QSet<QString> ConnectionFields{u"privateLinkConnectionId"_s,
                                     u"clusterId"_s,
                                     u"displayName"_s,
                                     u"state"_s,
                                     u"message"_s,
                                     u"createdBy"_s,
                                     u"createTime"_s,
                                     u"updateTime"_s,
                                     u"type"_s,
                                     u"attachedDomains"_s,
                                     u"awsEndpointService"_s,
                                     u"alicloudEndpointService"_s};

QString providerOf(const QJsonObject &cluster)
{
    return cluster.value("region"_L1).toObject().value("cloudProvider"_L1).toString();
}

QString regionOf(const QJsonObject &cluster)
{
    const QString id = cluster.value("region"_L1).toObject().value("regionId"_L1).toString();
    return id.mid(id.indexOf(u'-') + 1);
}
} // namespace

std::optional<SandboxResponse> clusterMissing(const SandboxStore &store, const QString &clusterId)
{
    if (store.cluster(clusterId))
        return std::nullopt;
    return SandboxResponse::error(404, RpcCode::NotFound, u"cluster %1 not found"_s.arg(clusterId));
}

PrivateLinkRoutes::PrivateLinkRoutes(SandboxStore *store, const SandboxSettings *settings)
    : m_store(store)
    , m_settings(settings)
{}

QString PrivateLinkRoutes::creatorOf(const QString &publicKey)
{
    return u"apikey-"_s + publicKey;
}

SandboxResponse PrivateLinkRoutes::list(const QString &clusterId, const QUrlQuery &query) const
{
    if (auto missing = clusterMissing(*m_store, clusterId))
        return *missing;
    const QString state = query.queryItemValue(u"state"_s);
    if (!state.isEmpty() && !ConnectionStates.contains(state)) {
        return SandboxResponse::badRequest(u"state: unknown value %1; expected one of %2"_s.arg(
            state, ConnectionStates.join(u", "_s)));
    }
    // A token is only valid for the same cluster and filter it was issued for.
    const QString collection = u"privateLinkConnections/%1/%2"_s.arg(clusterId, state);
    PageWindow page;
    if (auto refused = PageWindow::read(query, collection, DefaultPageSize, MaxPageSize, &page))
        return *refused;
    const int total = m_store->connectionCount(clusterId, state);
    QJsonArray items;
    const QList<QJsonObject> connections =
        m_store->connections(clusterId, state, page.offset, page.size);
    for (const QJsonObject &connection : connections)
        items.append(ProviderSimulation::publicView(connection));
    return SandboxResponse::ok(page.answer(u"privateLinkConnections"_s, items, total, collection));
}

SandboxResponse PrivateLinkRoutes::get(const QString &clusterId, const QString &connectionId) const
{
    if (auto missing = clusterMissing(*m_store, clusterId))
        return *missing;
    const auto connection = m_store->connection(clusterId, connectionId);
    if (!connection) {
        return SandboxResponse::error(404, RpcCode::NotFound,
                                      u"private link connection %1 not found"_s.arg(connectionId));
    }
    QJsonObject body = ProviderSimulation::publicView(*connection);
    QJsonArray attached;
    const QList<QJsonObject> domains = m_store->attachDomains(connectionId);
    for (const QJsonObject &attachDomain : domains)
        attached.append(ProviderSimulation::publicView(attachDomain));
    if (!attached.isEmpty()) // proto3 JSON leaves out empty lists
        body.insert(u"attachedDomains"_s, attached);
    return SandboxResponse::ok(body);
}

SandboxResponse PrivateLinkRoutes::create(const QString &clusterId, const SandboxRequest &request)
{
    const auto cluster = m_store->cluster(clusterId);
    if (!cluster)
        return *clusterMissing(*m_store, clusterId);

    RequestBody body(request.body);
    body.allowOnly({u"privateLinkConnection"_s, u"clusterId"_s});
    auto plc = body.object(u"privateLinkConnection"_s, true);
    if (!body.ok())
        return SandboxResponse::badRequest(body.error());
    plc->allowOnly(ConnectionFields);
    const auto bodyClusterId = plc->string(u"clusterId"_s, false);
    const auto displayName = plc->string(u"displayName"_s, true);
    const auto type = plc->string(u"type"_s, true);
    if (!plc->ok())
        return SandboxResponse::badRequest(plc->error());

    if (bodyClusterId && !bodyClusterId->isEmpty() && *bodyClusterId != clusterId) {
        return SandboxResponse::badRequest(
            u"privateLinkConnection.clusterId: %1 does not match the cluster %2 in "
            "the path"_s.arg(*bodyClusterId, clusterId));
    }
    if (displayName->trimmed().isEmpty())
        return SandboxResponse::badRequest(
            u"privateLinkConnection.displayName: must not be empty"_s);
    if (*displayName != displayName->trimmed())
        return SandboxResponse::badRequest(
            u"privateLinkConnection.displayName: must not start or end with whitespace"_s);
    if (displayName->size() > MaxDisplayNameLength) {
        return SandboxResponse::badRequest(
            u"privateLinkConnection.displayName: must be at most %1 characters"_s.arg(
                MaxDisplayNameLength));
    }
    if (!ConnectionTypes.contains(*type)) {
        return SandboxResponse::badRequest(
            u"privateLinkConnection.type: unknown value %1; expected one of %2"_s.arg(
                *type, ConnectionTypes.join(u", "_s)));
    }

    const bool aws = *type == "AWS_ENDPOINT_SERVICE"_L1;
    const QString provider = providerOf(*cluster);
    if ((aws && provider != "aws"_L1) || (!aws && provider != "alicloud"_L1)) {
        return SandboxResponse::badRequest(
            u"privateLinkConnection.type: %1 does not match the cluster's cloud "
            "provider %2"_s.arg(*type, provider));
    }
    const QString key = aws ? u"awsEndpointService"_s : u"alicloudEndpointService"_s;
    const QString otherKey = aws ? u"alicloudEndpointService"_s : u"awsEndpointService"_s;
    if (plc->has(otherKey))
        return SandboxResponse::badRequest(
            u"privateLinkConnection.%1: not allowed for type %2"_s.arg(otherKey, *type));
    auto endpoint = plc->object(key, true);
    if (!plc->ok())
        return SandboxResponse::badRequest(plc->error());
    endpoint->allowOnly(
        aws ? QSet<QString>{u"name"_s, u"region"_s, u"endpointId"_s, u"availabilityZoneIds"_s}
            : QSet<QString>{u"name"_s, u"endpointId"_s, u"availabilityZoneIds"_s});
    const auto name = endpoint->string(u"name"_s, true);
    const auto region = aws ? endpoint->string(u"region"_s, false) : std::nullopt;
    if (!endpoint->ok())
        return SandboxResponse::badRequest(endpoint->error());
    const RequestRules::ServiceName parsed = RequestRules::serviceName(*name);
    const QString field = u"privateLinkConnection.%1.name"_s.arg(key);
    if (!parsed.problem.isEmpty())
        return SandboxResponse::badRequest(field + u": "_s + parsed.problem);
    if (parsed.provider != (aws ? RequestRules::Provider::Aws : RequestRules::Provider::Alibaba))
        return SandboxResponse::badRequest(
            field + u": is not a name of an %1 endpoint service"_s.arg(aws ? u"AWS"_s
                                                                           : u"Alibaba Cloud"_s));
    if (region && !region->isEmpty() && !RequestRules::isRegion(*region))
        return SandboxResponse::badRequest(
            u"privateLinkConnection.awsEndpointService.region: %1 is not a region"_s.arg(*region));

    if (cluster->value("state"_L1).toString() != "ACTIVE"_L1) {
        return SandboxResponse::error(
            400, RpcCode::FailedPrecondition,
            u"cluster %1 is %2; private link connections can be created "
            "only for an ACTIVE cluster"_s.arg(clusterId, cluster->value("state"_L1).toString()));
    }
    if (m_store->displayNameTaken(clusterId, *displayName)) {
        return SandboxResponse::error(409, RpcCode::AlreadyExists,
                                      u"a private link connection named %1 already exists in "
                                      "cluster %2"_s.arg(*displayName, clusterId));
    }

    QJsonObject endpointJson{{u"name"_s, *name}};
    if (region && !region->isEmpty() && *region != regionOf(*cluster))
        endpointJson.insert(u"region"_s, *region);
    const QString now = SandboxIds::nowRfc3339();
    const QJsonObject connection{
        {u"privateLinkConnectionId"_s, SandboxIds::connectionId()},
        {u"clusterId"_s, clusterId},
        {u"displayName"_s, *displayName},
        {u"state"_s, u"CREATING"_s},
        {u"createdBy"_s, creatorOf(request.publicKey)},
        {u"createTime"_s, now},
        {u"updateTime"_s, now},
        {u"type"_s, *type},
        {key, endpointJson},
    };
    if (!m_store->putConnection(connection, SandboxIds::nowMs() + m_settings->creatingDelayMs))
        return SandboxResponse::error(500, RpcCode::Internal, u"cannot store the connection"_s);
    return SandboxResponse::ok(ProviderSimulation::publicView(connection));
}

SandboxResponse PrivateLinkRoutes::remove(const QString &clusterId, const QString &connectionId)
{
    if (auto missing = clusterMissing(*m_store, clusterId))
        return *missing;
    auto connection = m_store->connection(clusterId, connectionId);
    if (!connection) {
        return SandboxResponse::error(404, RpcCode::NotFound,
                                      u"private link connection %1 not found"_s.arg(connectionId));
    }
    // A second delete of a connection already going away answers with its current state.
    if (connection->value("state"_L1).toString() != "DELETING"_L1) {
        (*connection)[u"state"_s] = u"DELETING"_s;
        (*connection)[u"updateTime"_s] = SandboxIds::nowRfc3339();
        if (!m_store->putConnection(*connection, SandboxIds::nowMs() + m_settings->deletingDelayMs))
            return SandboxResponse::error(500, RpcCode::Internal, u"cannot store the connection"_s);
    }
    return SandboxResponse::ok(ProviderSimulation::publicView(*connection));
}

SandboxResponse PrivateLinkRoutes::availabilityZones(const QString &clusterId) const
{
    if (auto missing = clusterMissing(*m_store, clusterId))
        return *missing;
    const auto network = m_store->clusterNetwork(clusterId);
    if (!network) {
        return SandboxResponse::error(400, RpcCode::FailedPrecondition,
                                      u"cluster %1 has no private link network"_s.arg(clusterId));
    }
    return SandboxResponse::ok({{u"accountId"_s, network->accountId},
                                {u"azIds"_s, QJsonArray::fromStringList(network->azIds)}});
}

} // namespace plc::sandbox
