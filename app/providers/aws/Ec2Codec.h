#pragma once

#include "providers/aws/AwsResources.h"
#include "providers/aws/XmlTree.h"

#include <optional>

namespace plc {

/// Reads EC2's and STS's XML answers (Query API; element names as in EC2's service model) into
/// the values of AwsResources.h. Each reader gives nothing — with the reason in `error` —
/// when the answer is not the expected document; a page's `nextToken` is handed back.
namespace Ec2Codec {

template<typename T> struct Page
{
    QList<T> items;
    QString nextToken;
};

std::optional<Page<AwsServiceConfiguration>> serviceConfigurations(const QByteArray &xml,
                                                                   QString *error);
std::optional<Page<AwsServiceDetail>> serviceDetails(const QByteArray &xml, QString *error);
std::optional<Page<AwsAllowedPrincipal>> allowedPrincipals(const QByteArray &xml, QString *error);
std::optional<Page<AwsEndpointConnection>> endpointConnections(const QByteArray &xml,
                                                               QString *error);
std::optional<QList<AwsZone>> availabilityZones(const QByteArray &xml, QString *error);
/// Accept / Reject / DeleteVpcEndpoints: the endpoints that were not decided or deleted (empty:
/// all were).
std::optional<QList<AwsUnsuccessfulItem>> unsuccessful(const QByteArray &xml, QString *error);
/// ModifyVpcEndpointServicePermissions: `<return>`.
std::optional<bool> modified(const QByteArray &xml, QString *error);
std::optional<AwsCallerIdentity> callerIdentity(const QByteArray &xml, QString *error);
/// STS AssumeRole: keys that have the shape of keys, or nothing (a key is never made visible:
/// one with a character a key does not have is refused whole).
std::optional<AwsAssumedRole> assumedRole(const QByteArray &xml, QString *error);
/// EC2's `<Response><Errors><Error>` or STS's `<ErrorResponse><Error>`; nothing when the
/// body is neither.
std::optional<AwsErrorAnswer> error(const QByteArray &xml);

} // namespace Ec2Codec

} // namespace plc
