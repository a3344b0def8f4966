#pragma once

#include "domain/Cluster.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace plc {

/// What an application in the user's VPC connects to through an interface endpoint: the
/// provider's endpoint service (name, zones, region) and the database behind it (host, port,
/// user). Read from a cluster's `endpoints.private`, or entered by the user for a service the
/// API does not list, such as a MatrixOne Cloud instance.
struct PrivateEndpointTarget
{
    Q_DECLARE_TR_FUNCTIONS(PrivateEndpointTarget)

public:
    enum class Kind { Cluster, Custom };

    Kind kind = Kind::Custom;
    QString name;      ///< the cluster's display name, or the custom target's name
    QString clusterId; ///< for a cluster
    CloudProvider provider = CloudProvider::Unknown;
    QString serviceName;
    QStringList zoneIds;
    QString regionId; ///< the provider's region code, e.g. `us-east-1`, `cn-hangzhou`
    QString host;     ///< the name clients connect to
    int port = 0;
    QString user; ///< the database user the connection strings use

    bool isAlibabaCloud() const { return provider == CloudProvider::AlibabaCloud; }
    friend bool operator==(const PrivateEndpointTarget &, const PrivateEndpointTarget &) = default;

    /// The cluster's private endpoint, or nothing when the API did not give one.
    static std::optional<PrivateEndpointTarget> fromCluster(const Cluster &cluster);
    /// Why a cluster has no private endpoint to set up; empty when it has one.
    static QString whyNot(const Cluster &cluster);
    /// The port MatrixOne Cloud listens on, the default of a custom target.
    static constexpr int MatrixOnePort = 6001;
};

} // namespace plc
