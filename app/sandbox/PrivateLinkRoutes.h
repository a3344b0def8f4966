#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

namespace plc::sandbox {

class SandboxStore;
struct SandboxSettings;

/// The private link connection operations of api/privatelink.swagger.json: List (pageSize
/// default 10, at most 100; opaque pageToken bound to the cluster and state filter; state
/// filter; totalSize), Get (with attachedDomains), Create, Delete and
/// `:getAvailabilityZones`. Requests are checked as the real service does; every refusal
/// names the field.
class PrivateLinkRoutes final
{
public:
    static constexpr int DefaultPageSize = 10;
    static constexpr int MaxPageSize = 100;
    static constexpr int MaxDisplayNameLength = 64;

    PrivateLinkRoutes(SandboxStore *store, const SandboxSettings *settings);

    SandboxResponse list(const QString &clusterId, const QUrlQuery &query) const;
    SandboxResponse get(const QString &clusterId, const QString &connectionId) const;
    SandboxResponse create(const QString &clusterId, const SandboxRequest &request);
    SandboxResponse remove(const QString &clusterId, const QString &connectionId);
    SandboxResponse availabilityZones(const QString &clusterId) const;

    /// The API's `createdBy` for a key: `apikey-<public key>`.
    static QString creatorOf(const QString &publicKey);

private:
    SandboxStore *m_store;
    const SandboxSettings *m_settings;
};

/// 404 for a cluster that does not exist (shared by the resource routes).
std::optional<SandboxResponse> clusterMissing(const SandboxStore &store, const QString &clusterId);

} // namespace plc::sandbox
