#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace plc::sandbox {

class NetworkStore;
class SandboxStore;
struct ClusterNetwork;

/// The data a new sandbox starts with: clusters on AWS (us-east-1, ap-northeast-1) and
/// Alibaba Cloud (cn-hangzhou, ap-southeast-1) with consistent regions and endpoints, the
/// provider side's endpoint services, and private link connections in every state (one
/// Confluent connection with its domains, one FAILED, one waiting for acceptance).
namespace SandboxSeed {
QList<QJsonObject> clusters();
/// How many regions the seed knows (AWS us-east-1 and ap-northeast-1, Alibaba Cloud
/// cn-hangzhou and ap-southeast-1, in that order).
int regionCount();
/// A cluster in the seeded region `regionIndex`, shaped as the seeded ones (its region, public
/// and private endpoints, labels): what the generated fleet is made of too.
QJsonObject cluster(const QString &id, const QString &displayName, int regionIndex,
                    const QString &plan, const QString &state, const QString &createTime,
                    const QString &userPrefix, const QString &createdBy);
/// The TiDB Cloud account and zones a cluster made by cluster() uses for its connections.
ClusterNetwork networkOf(const QJsonObject &cluster);
/// The simulated provider side: endpoint services (name, region, AZs, principals…).
QList<QJsonObject> endpointServices();
/// The TiDB Cloud account ID the seeded clusters of a provider (aws, alicloud) use.
QString accountIdFor(const QString &provider);
/// Writes the seed in one transaction when the store holds no cluster yet; a store seeded
/// before changefeeds existed gets them (and its services their ports) once.
bool seedIfEmpty(SandboxStore &store);

/// The seeded changefeeds: Kafka through confluent-events (RUNNING) and kafka-selfhosted
/// (RUNNING_FAILED), MySQL through orders-rds (RUNNING and PAUSED), Kafka on a public network,
/// and a WARNING one through polardb-payments.
QList<QJsonObject> changefeeds();
/// The password of the `cdc_user` account behind the seeded MySQL endpoint services.
inline constexpr auto MysqlPassword = "sandbox-cdc-password";
/// A seeded endpoint service with the ports it serves (and its MySQL accounts).
QJsonObject withNetwork(QJsonObject service);
/// Adds the seeded changefeeds once (a meta key remembers it); within the caller's transaction.
bool seedChangefeeds(SandboxStore &store);
/// One emulated cloud's seeded networks: the cloud's name in the NetworkStore, and what
/// writes them. The clouds are named in one place, SandboxServer::networkSeeds().
struct NetworkSeed
{
    QString cloud;
    std::function<bool(NetworkStore &)> write;
};
/// Writes each cloud's networks once (a meta key per cloud remembers it, so a file seeded
/// before a cloud's networks existed gets them at its next start), in one transaction.
bool seedNetworks(SandboxStore &store, const QList<NetworkSeed> &clouds);
} // namespace SandboxSeed

} // namespace plc::sandbox
