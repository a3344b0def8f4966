#pragma once

#include "sandbox/aws/AwsQuery.h"

#include <QJsonObject>

#include <optional>

namespace plc::sandbox {

class SandboxStore;

/// The emulated EC2's view of the stored endpoint services: which the asking account owns in
/// the asked region, which it may see, their IDs, and their zones in its names.
class Ec2Catalog final
{
public:
    explicit Ec2Catalog(SandboxStore *store)
        : m_store(store)
    {}

    /// The caller's AWS endpoint services in the request's region.
    QList<QJsonObject> ownServices(const AwsQuery &query) const;
    /// The caller's service with `ServiceId`, or the error EC2 gives.
    std::optional<QJsonObject> ownService(const AwsQuery &query, SandboxResponse *error) const;
    /// Every stored endpoint service (any provider, any owner).
    QList<QJsonObject> allServices() const;

    /// Whether `account` may see (and connect to) `service`.
    static bool allows(const QJsonObject &service, const QString &account);
    /// `vpce-svc-…`, the last part of the service name.
    static QString serviceId(const QJsonObject &service);
    /// The service's zones as `account` names them, sorted.
    static QStringList zoneNames(const QJsonObject &service, const QString &account);
    /// 17 hex digits derived from `seed`: the stable IDs EC2 makes up (permission, connection).
    static QString hex17(const QString &seed);
    static QStringList strings(const QJsonValue &array);
    static SandboxResponse invalid(const AwsQuery &query, const QString &code,
                                   const QString &message);

private:
    SandboxStore *m_store;
};

} // namespace plc::sandbox
