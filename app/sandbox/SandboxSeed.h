#pragma once

#include <QJsonObject>
#include <QList>

namespace plc::sandbox {

class SandboxStore;

/// The data a new sandbox starts with: clusters on AWS (us-east-1, ap-northeast-1) and
/// Alibaba Cloud (cn-hangzhou, ap-southeast-1) with consistent regions and endpoints, the
/// provider side's endpoint services, and private link connections in every state (one
/// Confluent connection with its domains, one FAILED, one waiting for acceptance).
namespace SandboxSeed {
QList<QJsonObject> clusters();
/// The simulated provider side: endpoint services (name, region, AZs, principals…).
QList<QJsonObject> endpointServices();
/// The TiDB Cloud account ID the seeded clusters of a provider (aws, alicloud) use.
QString accountIdFor(const QString &provider);
/// Writes the seed in one transaction when the store holds no cluster yet.
bool seedIfEmpty(SandboxStore &store);
} // namespace SandboxSeed

} // namespace plc::sandbox
