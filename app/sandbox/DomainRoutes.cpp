#include "sandbox/DomainRoutes.h"

#include "sandbox/PrivateLinkRoutes.h"
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
const QSet<QString> AttachDomainFields{
    u"attachDomainId"_s, u"clusterId"_s,  u"privateLinkConnectionId"_s,
    u"type"_s,           u"uniqueName"_s, u"domains"_s,
    u"createdBy"_s,      u"createTime"_s};

SandboxResponse connectionNotFound(const QString &id)
{
    return SandboxResponse::error(404, RpcCode::NotFound,
                                  u"private link connection %1 not found"_s.arg(id));
}

QStringList zonesOf(const QJsonObject &endpoint)
{
    QStringList zones;
    const QJsonArray array = endpoint.value("availabilityZoneIds"_L1).toArray();
    for (const QJsonValue &zone : array)
        zones.append(zone.toString());
    return zones;
}
} // namespace

DomainRoutes::DomainRoutes(SandboxStore *store, const SandboxSettings *settings)
    : m_store(store)
    , m_settings(settings)
{}

std::variant<QJsonObject, SandboxResponse>
DomainRoutes::findConnection(const QString &clusterId, const QString &connectionId) const
{
    if (auto missing = clusterMissing(*m_store, clusterId))
        return *missing;
    if (auto connection = m_store->connection(clusterId, connectionId))
        return *connection;
    return connectionNotFound(connectionId);
}

SandboxResponse DomainRoutes::attach(const QString &clusterId, const QString &connectionId,
                                     const SandboxRequest &request)
{
    auto found = findConnection(clusterId, connectionId);
    if (auto *missing = std::get_if<SandboxResponse>(&found))
        return *missing;
    const QJsonObject *connection = &std::get<QJsonObject>(found);

    RequestBody body(request.body);
    body.allowOnly(
        {u"attachDomain"_s, u"validateOnly"_s, u"clusterId"_s, u"privateLinkConnectionId"_s});
    auto attach = body.object(u"attachDomain"_s, true);
    const bool validateOnly = body.boolean(u"validateOnly"_s).value_or(false);
    if (!body.ok())
        return SandboxResponse::badRequest(body.error());
    attach->allowOnly(AttachDomainFields);
    const auto type = attach->string(u"type"_s, true);
    QString uniqueName = attach->string(u"uniqueName"_s, false).value_or(QString());
    if (!attach->ok())
        return SandboxResponse::badRequest(attach->error());

    const bool aws = connection->value("type"_L1).toString() == "AWS_ENDPOINT_SERVICE"_L1;
    if (*type != "TIDBCLOUD_MANAGED"_L1 && *type != "CONFLUENT"_L1) {
        return SandboxResponse::badRequest(
            u"attachDomain.type: unknown value %1; expected TIDBCLOUD_MANAGED or "
            "CONFLUENT"_s.arg(*type));
    }
    if (*type == "CONFLUENT"_L1 && !aws) {
        return SandboxResponse::badRequest(
            u"attachDomain.type: CONFLUENT domains can be attached only to "
            "AWS_ENDPOINT_SERVICE private link connections"_s);
    }
    const QString state = connection->value("state"_L1).toString();
    if (state != "ACTIVE"_L1) {
        return SandboxResponse::error(
            400, RpcCode::FailedPrecondition,
            u"private link connection %1 is %2; domains can be attached "
            "only to an ACTIVE private link connection"_s.arg(connectionId, state));
    }

    const QJsonObject endpoint =
        connection->value(aws ? "awsEndpointService"_L1 : "alicloudEndpointService"_L1).toObject();
    QStringList domainNames;
    if (*type == "TIDBCLOUD_MANAGED"_L1) {
        if (uniqueName.isEmpty()) {
            if (!validateOnly)
                return SandboxResponse::badRequest(
                    u"attachDomain.uniqueName: is required unless validateOnly is true"_s);
            uniqueName = SandboxIds::managedUniqueName();
        } else if (!RequestRules::isManagedUniqueName(uniqueName)) {
            return SandboxResponse::badRequest(
                u"attachDomain.uniqueName: must be 26 characters of a-z and 2-7, as "
                "returned by a dry run"_s);
        }
        domainNames = RequestRules::managedDomains(
            uniqueName, aws ? RequestRules::Provider::Aws : RequestRules::Provider::Alibaba,
            zonesOf(endpoint));
    } else {
        if (uniqueName.isEmpty())
            return SandboxResponse::badRequest(
                u"attachDomain.uniqueName: is required for CONFLUENT domains"_s);
        const QString networkRegion = RequestRules::confluentRegion(uniqueName);
        if (networkRegion.isEmpty()) {
            return SandboxResponse::badRequest(
                u"attachDomain.uniqueName: must be the Confluent network ID and "
                "region, for example domnprzqrog.us-east-1"_s);
        }
        const auto cluster = m_store->cluster(clusterId);
        const QString regionId =
            cluster->value("region"_L1).toObject().value("regionId"_L1).toString();
        const QString serviceRegion = endpoint.contains("region"_L1)
                                          ? endpoint.value("region"_L1).toString()
                                          : regionId.mid(regionId.indexOf(u'-') + 1);
        if (networkRegion != serviceRegion) {
            return SandboxResponse::badRequest(
                u"attachDomain.uniqueName: the Confluent network is in %1, but the "
                "endpoint service of this connection is in %2"_s.arg(networkRegion, serviceRegion));
        }
        domainNames = RequestRules::confluentDomains(uniqueName, zonesOf(endpoint));
    }
    if (m_store->uniqueNameTaken(clusterId, *type, uniqueName)) {
        return SandboxResponse::error(409, RpcCode::AlreadyExists,
                                      u"domains with the unique name %1 are already attached in "
                                      "cluster %2"_s.arg(uniqueName, clusterId));
    }

    QJsonArray domains;
    for (const QString &name : std::as_const(domainNames)) {
        QJsonObject domain{{u"name"_s, name}};
        if (!validateOnly)
            domain.insert(u"state"_s, u"CREATING"_s);
        domains.append(domain);
    }
    QJsonObject result{{u"clusterId"_s, clusterId},
                       {u"privateLinkConnectionId"_s, connectionId},
                       {u"type"_s, *type},
                       {u"uniqueName"_s, uniqueName},
                       {u"domains"_s, domains}};
    if (validateOnly)
        return SandboxResponse::ok(result);

    result.insert(u"attachDomainId"_s, SandboxIds::attachDomainId());
    result.insert(u"createdBy"_s, PrivateLinkRoutes::creatorOf(request.publicKey));
    result.insert(u"createTime"_s, SandboxIds::nowRfc3339());
    if (!m_store->putAttachDomain(result, SandboxIds::nowMs() + m_settings->domainDelayMs))
        return SandboxResponse::error(500, RpcCode::Internal, u"cannot store the domains"_s);
    return SandboxResponse::ok(result);
}

SandboxResponse DomainRoutes::detach(const QString &clusterId, const QString &connectionId,
                                     const SandboxRequest &request)
{
    auto found = findConnection(clusterId, connectionId);
    if (auto *missing = std::get_if<SandboxResponse>(&found))
        return *missing;

    RequestBody body(request.body);
    body.allowOnly({u"attachDomainId"_s, u"clusterId"_s, u"privateLinkConnectionId"_s});
    const auto id = body.string(u"attachDomainId"_s, true);
    if (!body.ok())
        return SandboxResponse::badRequest(body.error());
    if (id->isEmpty())
        return SandboxResponse::badRequest(u"attachDomainId: must not be empty"_s);
    auto attachDomain = m_store->attachDomain(connectionId, *id);
    if (!attachDomain) {
        return SandboxResponse::error(
            404, RpcCode::NotFound,
            u"attach domain %1 not found in private link connection %2"_s.arg(*id, connectionId));
    }
    QJsonArray domains = attachDomain->value("domains"_L1).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < domains.size(); ++i) {
        QJsonObject domain = domains.at(i).toObject();
        if (domain.value("state"_L1).toString() != "DELETING"_L1) {
            domain[u"state"_s] = u"DELETING"_s;
            changed = true;
        }
        domains[i] = domain;
    }
    // Detaching twice answers with the group as it is, already on its way out.
    if (changed) {
        (*attachDomain)[u"domains"_s] = domains;
        if (!m_store->putAttachDomain(*attachDomain,
                                      SandboxIds::nowMs() + m_settings->domainDelayMs))
            return SandboxResponse::error(500, RpcCode::Internal, u"cannot store the domains"_s);
    }
    return SandboxResponse::ok(ProviderSimulation::publicView(*attachDomain));
}

} // namespace plc::sandbox
