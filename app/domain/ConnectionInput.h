#pragma once

#include "domain/ClusterEnums.h"
#include "domain/PrivateLink.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace plc {

/// The rules for every field the wizards ask for, each returning the sentence that says what
/// is wrong and what is expected (empty: valid). The wizards check them as the user types and
/// enable Next only when all are met; the sandbox enforces the same limits.
class ConnectionInput
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionInput)

public:
    static constexpr int MaxDisplayNameLength = 64;

    /// Private Link Connection Name: not empty, no spaces around it, no control characters,
    /// at most 64 characters, not the name of another connection of the cluster.
    static QString displayNameProblem(const QString &name, const QStringList &takenNames);
    /// Endpoint Service Name for a cluster of `clusterProvider` in `clusterRegion`: the
    /// provider's format, the right provider, and the cluster's region unless an AWS
    /// cross-region `serviceRegion` is given (which must then match the name's region).
    static QString endpointServiceProblem(const QString &name, CloudProvider clusterProvider,
                                          const QString &clusterRegion,
                                          const QString &serviceRegion);
    /// The optional AWS endpoint service region of a cross-region service (`us-west-2`).
    static QString serviceRegionProblem(const QString &region, const QString &clusterRegion);
    /// The unique name to attach: 26 characters of a-z and 2-7 (TiDB Cloud managed; empty
    /// is allowed, a dry run then generates one) or `<network ID>.<region>` (Confluent).
    static QString uniqueNameProblem(DomainType type, const QString &uniqueName);
    /// A Confluent unique name for a cluster in `clusterRegion`: the format above, a network
    /// in the cluster's region, and not already attached (`attached`: the unique names the
    /// connection has).
    static QString confluentNetworkProblem(const QString &uniqueName, const QString &clusterRegion,
                                           const QStringList &attached);
    /// The Confluent network's DNS subdomain the helper reads the unique name from.
    static QString confluentSubdomainProblem(const QString &subdomain);
    /// The typed confirmation of a delete: exactly the connection's name.
    static bool confirms(const QString &typed, const QString &displayName);
};

} // namespace plc
