#pragma once

#include <QJsonObject>
#include <QList>

namespace plc::sandbox {

class SandboxStore;

/// The data a new sandbox starts with: clusters on AWS (us-east-1, ap-northeast-1) and
/// Alibaba Cloud (cn-hangzhou, ap-southeast-1) with consistent regions and endpoints.
namespace SandboxSeed {
QList<QJsonObject> clusters();
/// Writes the seed in one transaction when the store holds no cluster yet.
bool seedIfEmpty(SandboxStore &store);
} // namespace SandboxSeed

} // namespace plc::sandbox
