#pragma once

#include "providers/aws/AwsCredentials.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace plc {

// What the console reads of the AWS side of a link, as EC2 and STS answer it. Free text is
// made visible (OutsideText) by the codec that fills these.

/// An endpoint service of the caller's account (DescribeVpcEndpointServiceConfigurations).
/// Its zones are *names* in the owner's account: map them with that account's zones.
struct AwsServiceConfiguration
{
    QString serviceId;
    QString serviceName;
    QString state; ///< Pending, Available, Deleting, Deleted, Failed
    QStringList zoneNames;
    bool acceptanceRequired = true;
};

/// A service of any account the caller may see (DescribeVpcEndpointServices). Its zones are
/// named as the *caller's* account names them.
struct AwsServiceDetail
{
    QString serviceId;
    QString serviceName;
    QString owner; ///< account ID
    QStringList zoneNames;
    bool acceptanceRequired = true;
};

/// One entry of a service's Allow principals.
struct AwsAllowedPrincipal
{
    QString principal;     ///< an ARN or `*`
    QString principalType; ///< All, Service, OrganizationUnit, Account, User, Role
    QString servicePermissionId;
};

/// A connection request to a service (DescribeVpcEndpointConnections).
struct AwsEndpointConnection
{
    QString serviceId;
    QString endpointId;
    QString owner; ///< the account that made the endpoint
    QString state; ///< pendingAcceptance, pending, available, deleting, deleted, rejected, failed,
                   ///< expired
    QDateTime created;
};

/// An availability zone as one account sees it.
struct AwsZone
{
    QString name; ///< `us-east-1a`: differs per account
    QString id;   ///< `use1-az1`: the same in every account
    QString state;
};

/// One endpoint an Accept or Reject could not decide, and why.
struct AwsUnsuccessfulItem
{
    QString resourceId;
    QString code;
    QString message;
};

/// STS GetCallerIdentity.
struct AwsCallerIdentity
{
    QString account;
    QString arn;
    QString userId;
};

/// STS AssumeRole: the role's temporary keys (with their expiry) and the session's ARN
/// (`arn:aws:sts::<account>:assumed-role/<role>/<session>`).
struct AwsAssumedRole
{
    AwsCredentials keys;
    QString arn;
};

/// An AWS error answer: `<Code>`, `<Message>` and the request ID.
struct AwsErrorAnswer
{
    QString code;
    QString message;
    QString requestId;
};

} // namespace plc
