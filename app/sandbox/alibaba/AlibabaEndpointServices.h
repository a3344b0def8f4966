#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace plc::sandbox {

class SandboxStore;

/// An endpoint service an endpoint may be made to, as the endpoint's side sees it.
struct AlibabaEndpointTarget
{
    QString id;   ///< `epsrv-…`
    QString name; ///< `com.aliyuncs.privatelink.<region>.<id>`
    QString region;
    QStringList zones;
    QString ownerAccount;
    bool autoAccept = false;
};

/// The endpoint services of a region the caller may connect to: TiDB Cloud's per-region
/// services (the ones the clusters' `endpoints.private.alicloud.serviceName` name, which accept
/// every account automatically), and the provider side's services that are the caller's own or
/// whose Service Whitelist lets the caller in.
class AlibabaEndpointServices final
{
public:
    explicit AlibabaEndpointServices(SandboxStore *store)
        : m_store(store)
    {}

    /// The service with this ID or this name (either may be empty) in `region`, if the caller
    /// may connect to it; `notAuthorized` tells a service that exists but does not whitelist
    /// the caller.
    std::optional<AlibabaEndpointTarget> find(const QString &account, const QString &region,
                                              const QString &serviceId, const QString &serviceName,
                                              bool *notAuthorized = nullptr) const;
    /// The account that owns the services of other owners than the user and TiDB Cloud.
    static constexpr auto OtherOwner = "1098765432109876";

private:
    QList<AlibabaEndpointTarget> tidbCloudServices() const;

    SandboxStore *m_store;
};

} // namespace plc::sandbox
