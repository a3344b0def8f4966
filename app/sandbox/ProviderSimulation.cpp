#include "sandbox/ProviderSimulation.h"

#include "sandbox/ChangefeedRoutes.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

QString endpointKey(const QJsonObject &connection)
{
    return connection.contains("awsEndpointService"_L1) ? u"awsEndpointService"_s
                                                        : u"alicloudEndpointService"_s;
}

QString regionCode(const QJsonObject &cluster)
{
    const QString id = cluster.value("region"_L1).toObject().value("regionId"_L1).toString();
    return id.mid(id.indexOf(u'-') + 1);
}

bool principalAllowed(const QJsonObject &service, const QString &accountId)
{
    const QStringList allowed = toStringList(service.value("allowedPrincipals"_L1));
    return allowed.contains(u"*"_s) || allowed.contains(accountId) ||
           allowed.contains(u"arn:aws:iam::%1:root"_s.arg(accountId));
}
} // namespace

ProviderSimulation::ProviderSimulation(SandboxStore *store)
    : m_store(store)
{}

QJsonObject ProviderSimulation::publicView(QJsonObject object)
{
    const QStringList keys = object.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u'_'))
            object.remove(key);
    }
    return object;
}

void ProviderSimulation::advance(qint64 nowMs)
{
    const QList<QJsonObject> due = m_store->connectionsDue(nowMs);
    const QList<QJsonObject> domainsDue = m_store->attachDomainsDue(nowMs);
    const QList<QJsonObject> changefeedsDue = m_store->changefeedsDue(nowMs);
    if (due.isEmpty() && domainsDue.isEmpty() && changefeedsDue.isEmpty())
        return;
    StoreTransaction transaction(*m_store);
    for (const QJsonObject &changefeed : changefeedsDue)
        completeChangefeed(changefeed);
    for (const QJsonObject &connection : due) {
        const QString state = connection.value("state"_L1).toString();
        if (state == "DELETING"_L1) {
            const QString id = connection.value("privateLinkConnectionId"_L1).toString();
            m_store->deleteConnection(id);
            breakChangefeedsThrough(
                id, u"private link connection %1 (%2) was deleted: the sink can no longer be "
                    "reached"_s.arg(id, connection.value("displayName"_L1).toString()));
        } else if (state == "CREATING"_L1)
            completeCreation(connection);
        else
            m_store->putConnection(connection, std::nullopt);
    }
    for (const QJsonObject &attachDomain : domainsDue)
        completeDomains(attachDomain);
    transaction.commit();
}

void ProviderSimulation::fail(QJsonObject &connection, const QString &message)
{
    connection[u"state"_s] = u"FAILED"_s;
    connection[u"message"_s] = message;
}

void ProviderSimulation::completeCreation(QJsonObject connection)
{
    connection[u"updateTime"_s] = SandboxIds::nowRfc3339();
    const QString clusterId = connection.value("clusterId"_L1).toString();
    const auto cluster = m_store->cluster(clusterId);
    const auto network = m_store->clusterNetwork(clusterId);
    const QString key = endpointKey(connection);
    QJsonObject endpoint = connection.value(key).toObject();
    const bool aws = key == "awsEndpointService"_L1;
    const QString name = endpoint.value("name"_L1).toString();
    const QString clusterRegion = cluster ? regionCode(*cluster) : QString();
    const QString wantedRegion = aws && endpoint.contains("region"_L1)
                                     ? endpoint.value("region"_L1).toString()
                                     : clusterRegion;
    const bool crossRegion = wantedRegion != clusterRegion;
    const auto service = m_store->endpointService(name);

    if (!cluster || !network) {
        fail(connection, u"the cluster %1 no longer exists"_s.arg(clusterId));
    } else if (!service) {
        fail(connection,
             u"endpoint service %1 does not exist in region %2"_s.arg(name, wantedRegion));
    } else if (service->value("region"_L1).toString() != wantedRegion) {
        const QString serviceRegion = service->value("region"_L1).toString();
        QString message = u"endpoint service %1 is in region %2, not in region %3"_s.arg(
            name, serviceRegion, wantedRegion);
        if (aws)
            message +=
                u"; for a cross-region endpoint service set awsEndpointService.region to %1"_s.arg(
                    serviceRegion);
        fail(connection, message);
    } else if (!principalAllowed(*service, network->accountId)) {
        fail(connection,
             aws ? u"TiDB Cloud account %1 is not allowed to connect to endpoint service %2: add "
                   "arn:aws:iam::%1:root to its Allow principals"_s.arg(network->accountId, name)
                 : u"TiDB Cloud account %1 is not allowed to connect to endpoint service %2: add "
                   "%1 to its Service Whitelist"_s.arg(network->accountId, name));
    } else {
        QStringList zones;
        const QStringList serviceZones = toStringList(service->value("availabilityZoneIds"_L1));
        if (crossRegion) {
            zones = network->azIds; // the endpoint lives in the cluster's own region
        } else {
            for (const QString &zone : network->azIds) {
                if (serviceZones.contains(zone))
                    zones.append(zone);
            }
        }
        if (zones.isEmpty()) {
            fail(connection, u"endpoint service %1 has no availability zone in common with the "
                             "cluster (cluster: %2; endpoint service: %3)"_s.arg(
                                 name, network->azIds.join(u", "_s), serviceZones.join(u", "_s)));
        } else {
            endpoint[u"endpointId"_s] =
                aws ? SandboxIds::awsEndpointId() : SandboxIds::alibabaEndpointId();
            endpoint[u"availabilityZoneIds"_s] = QJsonArray::fromStringList(zones);
            connection[key] = endpoint;
            const bool automatic = service->value("owner"_L1).toString() == "CONFLUENT"_L1 ||
                                   !service->value("acceptanceRequired"_L1).toBool();
            connection[u"state"_s] = automatic ? u"ACTIVE"_s : u"PENDING_ACCEPTANCE"_s;
            connection[QLatin1StringView(InternalField::EndpointState)] =
                automatic ? u"available"_s : u"pendingAcceptance"_s;
        }
    }
    m_store->putConnection(connection, std::nullopt);
}

void ProviderSimulation::completeChangefeed(QJsonObject changefeed)
{
    const QString outcome =
        changefeed.take(QLatin1StringView(ChangefeedField::CreateOutcome)).toString();
    changefeed[u"updateTime"_s] = SandboxIds::nowRfc3339();
    if (outcome.isEmpty()) {
        changefeed[u"state"_s] = u"RUNNING"_s;
    } else {
        changefeed[u"state"_s] = u"CREATE_FAILED"_s;
        changefeed[u"error"_s] = outcome;
    }
    m_store->putChangefeed(changefeed, std::nullopt);
}

void ProviderSimulation::breakChangefeedsThrough(const QString &connectionId, const QString &reason)
{
    const qint64 now = SandboxIds::nowMs();
    const QList<QJsonObject> changefeeds = m_store->changefeedsThrough(connectionId);
    for (QJsonObject changefeed : changefeeds) {
        const QString state = changefeed.value("state"_L1).toString();
        if (state == "CREATING"_L1) {
            changefeed[u"state"_s] = u"CREATE_FAILED"_s;
            changefeed.remove(QLatin1StringView(ChangefeedField::CreateOutcome));
        } else if (state == "RUNNING"_L1 || state == "WARNING"_L1) {
            // The checkpoint stops where the data stopped.
            changefeed[u"checkpoint"_s] =
                ChangefeedRoutes::view(changefeed, now).value("checkpoint"_L1);
            changefeed[u"state"_s] = u"RUNNING_FAILED"_s;
        } else {
            continue;
        }
        changefeed[u"error"_s] = reason;
        changefeed[u"updateTime"_s] = SandboxIds::nowRfc3339();
        m_store->putChangefeed(changefeed, std::nullopt);
    }
}

void ProviderSimulation::completeDomains(QJsonObject attachDomain)
{
    QJsonArray domains = attachDomain.value("domains"_L1).toArray();
    bool deleting = false;
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QJsonObject domain = domains.at(i).toObject();
        const QString state = domain.value("state"_L1).toString();
        if (state == "DELETING"_L1)
            deleting = true;
        else if (state == "CREATING"_L1)
            domain[u"state"_s] = u"ACTIVE"_s;
        domains[i] = domain;
    }
    if (deleting) {
        m_store->deleteAttachDomain(attachDomain.value("attachDomainId"_L1).toString());
        return;
    }
    attachDomain[u"domains"_s] = domains;
    m_store->putAttachDomain(attachDomain, std::nullopt);
}

QJsonObject ProviderSimulation::connectionRequest(const QJsonObject &connection) const
{
    const QString endpointState =
        connection.value(QLatin1StringView(InternalField::EndpointState)).toString();
    if (endpointState.isEmpty())
        return {};
    const QJsonObject endpoint = connection.value(endpointKey(connection)).toObject();
    const QString clusterId = connection.value("clusterId"_L1).toString();
    const auto network = m_store->clusterNetwork(clusterId);
    return {{u"endpointId"_s, endpoint.value("endpointId"_L1)},
            {u"privateLinkConnectionId"_s, connection.value("privateLinkConnectionId"_L1)},
            {u"clusterId"_s, clusterId},
            {u"accountId"_s, network ? network->accountId : QString()},
            {u"availabilityZoneIds"_s, endpoint.value("availabilityZoneIds"_L1)},
            {u"state"_s, connection.value("state"_L1).toString() == "DELETING"_L1 ? u"deleting"_s
                                                                                  : endpointState},
            {u"createTime"_s, connection.value("createTime"_L1)}};
}

SandboxResponse ProviderSimulation::decide(const QString &serviceName, const QString &endpointId,
                                           bool accept)
{
    const QList<QJsonObject> connections = m_store->connectionsOfService(serviceName);
    for (QJsonObject connection : connections) {
        const QJsonObject request = connectionRequest(connection);
        if (request.value("endpointId"_L1).toString() != endpointId)
            continue;
        if (request.value("state"_L1).toString() != "pendingAcceptance"_L1) {
            return SandboxResponse::error(
                400, RpcCode::FailedPrecondition,
                u"endpoint connection %1 is %2, not pendingAcceptance"_s.arg(
                    endpointId, request.value("state"_L1).toString()));
        }
        connection[u"updateTime"_s] = SandboxIds::nowRfc3339();
        if (accept) {
            connection[u"state"_s] = u"ACTIVE"_s;
            connection[QLatin1StringView(InternalField::EndpointState)] = u"available"_s;
        } else {
            fail(connection, u"the endpoint connection request was rejected by the owner of "
                             "endpoint service %1"_s.arg(serviceName));
            connection[QLatin1StringView(InternalField::EndpointState)] = u"rejected"_s;
        }
        if (!m_store->putConnection(connection, std::nullopt))
            return SandboxResponse::error(500, RpcCode::Internal, u"cannot store the decision"_s);
        return SandboxResponse::ok(connectionRequest(connection));
    }
    return SandboxResponse::error(
        404, RpcCode::NotFound,
        u"endpoint connection %1 not found for endpoint service %2"_s.arg(endpointId, serviceName));
}

void ProviderSimulation::endpointServiceDeleted(const QString &serviceName)
{
    const QList<QJsonObject> connections = m_store->connectionsOfService(serviceName);
    for (QJsonObject connection : connections) {
        const QString state = connection.value("state"_L1).toString();
        if (state == "DELETING"_L1 || state == "FAILED"_L1)
            continue;
        connection[u"updateTime"_s] = SandboxIds::nowRfc3339();
        fail(connection, u"endpoint service %1 was deleted by its owner"_s.arg(serviceName));
        connection.remove(QLatin1StringView(InternalField::EndpointState));
        m_store->putConnection(connection, std::nullopt);
        const QString id = connection.value("privateLinkConnectionId"_L1).toString();
        breakChangefeedsThrough(
            id, u"private link connection %1 (%2) failed: endpoint service "
                "%3 was deleted by its owner"_s.arg(
                    id, connection.value("displayName"_L1).toString(), serviceName));
    }
}

} // namespace plc::sandbox
