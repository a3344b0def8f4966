#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <variant>

namespace plc::sandbox {

class SandboxStore;
struct SandboxSettings;

/// `:attachDomains` (with `validateOnly`, the dry run) and `:detachDomains`. Domain types by
/// connection type: AWS — TIDBCLOUD_MANAGED and CONFLUENT; Alibaba Cloud — TIDBCLOUD_MANAGED.
/// One domain per availability zone of the endpoint; attached domains go CREATING → ACTIVE,
/// detached ones DELETING → gone.
class DomainRoutes final
{
public:
    DomainRoutes(SandboxStore *store, const SandboxSettings *settings);

    SandboxResponse attach(const QString &clusterId, const QString &connectionId,
                           const SandboxRequest &request);
    SandboxResponse detach(const QString &clusterId, const QString &connectionId,
                           const SandboxRequest &request);

private:
    /// The connection, or the 404 for a missing cluster or connection.
    std::variant<QJsonObject, SandboxResponse> findConnection(const QString &clusterId,
                                                              const QString &connectionId) const;

    SandboxStore *m_store;
    const SandboxSettings *m_settings;
};

} // namespace plc::sandbox
