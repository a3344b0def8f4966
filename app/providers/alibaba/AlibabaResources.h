#pragma once

#include "providers/alibaba/AlibabaCredentials.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace plc {

// What the console reads of the Alibaba Cloud side of a link, as PrivateLink (2020-04-15) and
// STS (2015-04-01) answer it. Free text is made visible (OutsideText) by AlibabaCodec.

/// An endpoint service: one of the caller's own (ListVpcEndpointServices,
/// GetVpcEndpointServiceAttribute), or one the caller may connect to
/// (ListVpcEndpointServicesByEndUser, which does not say whether requests are accepted).
struct AlibabaService
{
    QString serviceId;   ///< `epsrv-…`
    QString serviceName; ///< `com.aliyuncs.privatelink.<region>.epsrv-…`
    QString serviceDomain;
    QString status;         ///< Creating, Pending, Active, Deleting; empty for a user's view
    QString businessStatus; ///< Normal, FinancialLocked
    QString regionId;
    QStringList zoneIds; ///< `cn-hangzhou-j`: the same zone in every account
    /// Whether connection requests are allowed without the owner (owner's view only).
    bool autoAcceptEnabled = false;
    bool ownerView = false;
};

/// A service resource (ListVpcEndpointServiceResources): the zones a service answers in.
struct AlibabaServiceResource
{
    QString resourceId; ///< the load balancer
    QString resourceType;
    QString zoneId;
    QString vSwitchId;
    QString ip;
};

/// A connection request to a service (ListVpcEndpointConnections).
struct AlibabaEndpointConnection
{
    QString endpointId;      ///< `ep-…`
    QString endpointOwnerId; ///< the account that made the endpoint
    QString serviceId;
    QString status; ///< Pending, Connecting, Connected, Disconnecting, Disconnected, Deleting,
                    ///< ServiceDeleted
    QStringList zoneIds;
    QDateTime modified;
};

/// STS GetCallerIdentity.
/// STS AssumeRole: the role's temporary keys, when they expire, and the session's ARN.
struct AlibabaAssumedRole
{
    AlibabaCredentials keys;
    QDateTime expiration;
    QString arn;
};

struct AlibabaCallerIdentity
{
    QString accountId;
    QString userId;
    QString arn;          ///< `acs:ram::<account>:root`, `acs:ram::<account>:user/<name>`…
    QString identityType; ///< Account, RAMUser, AssumedRoleUser
};

} // namespace plc
