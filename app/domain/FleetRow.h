#pragma once

#include "domain/Changefeed.h"
#include "domain/ClusterEnums.h"
#include "domain/PrivateLink.h"
#include "domain/ProviderSide.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace plc {

/// A changefeed through a connection, as far as the fleet keeps it: who, how it is doing and
/// its error. Never its sink's settings.
struct FleetChangefeed
{
    QString changefeedId;
    QString displayName;
    EnumValue<ChangefeedState> state;
    QString error;
    friend bool operator==(const FleetChangefeed &, const FleetChangefeed &) = default;
};

/// What the fleet knows of a connection's attached domains, from its last Get.
struct FleetDomains
{
    bool known = false; ///< read at least once (a list does not carry them)
    int groups = 0;
    int failed = 0;   ///< domains whose state is FAILED
    int changing = 0; ///< domains still being created or removed
    QString failedMessage;
    QDateTime readAt;
    friend bool operator==(const FleetDomains &, const FleetDomains &) = default;
};

/// One private link connection of one cluster of one profile: a row of the fleet view and of
/// its snapshot. Only what the API returned, with when it was read; never a key.
struct FleetRow
{
    QString profile;
    QString clusterId;
    QString clusterName;
    EnumValue<CloudProvider> cloudProvider;
    QString regionId;                 ///< `aws-us-east-1`
    QString regionName;               ///< `N. Virginia (us-east-1)`
    PrivateLinkConnection connection; ///< as listed (attachedDomains not kept)
    QList<FleetChangefeed> changefeeds;
    FleetDomains domains;
    ProviderSide side;       ///< the provider's side, read this run (never kept on disk)
    QDateTime readAt;        ///< when the connection was last read
    QDateTime deletingSince; ///< when it was first seen DELETING

    /// Profile, cluster and connection: unique across the fleet.
    QString key() const { return keyOf(profile, clusterId, connection.privateLinkConnectionId); }
    static QString keyOf(const QString &profile, const QString &clusterId,
                         const QString &connectionId)
    {
        return profile + u'\n' + clusterId + u'\n' + connectionId;
    }
    friend bool operator==(const FleetRow &, const FleetRow &) = default;
};

/// What the fleet keeps of a cluster: enough to name it and to order the next pass.
struct FleetCluster
{
    QString profile;
    QString clusterId;
    QString displayName;
    EnumValue<CloudProvider> cloudProvider;
    QString regionId;
    QString regionName;
    QDateTime readAt;          ///< when its connections and changefeeds were last read
    bool inTransition = false; ///< a connection CREATING, PENDING_ACCEPTANCE or DELETING, or
                               ///< domains changing, at the last read
    int connections = -1;      ///< how many at the last read; -1: never read
    friend bool operator==(const FleetCluster &, const FleetCluster &) = default;
};

} // namespace plc
