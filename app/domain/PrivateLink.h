#pragma once

#include "domain/ApiEnum.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace plc {

enum class ConnectionState { Unknown, Creating, Active, Failed, PendingAcceptance, Deleting };
enum class ConnectionType { Unknown, AwsEndpointService, AlibabaCloudEndpointService };
enum class DomainType { Unknown, TidbCloudManaged, Confluent };

// Spellings exactly as in api/privatelink.swagger.json.
template<> struct EnumNames<ConnectionState>
{
    static constexpr std::array<std::pair<ConnectionState, const char *>, 5> names{{
        {ConnectionState::Creating, "CREATING"},
        {ConnectionState::Active, "ACTIVE"},
        {ConnectionState::Failed, "FAILED"},
        {ConnectionState::PendingAcceptance, "PENDING_ACCEPTANCE"},
        {ConnectionState::Deleting, "DELETING"},
    }};
};

template<> struct EnumNames<ConnectionType>
{
    static constexpr std::array<std::pair<ConnectionType, const char *>, 2> names{{
        {ConnectionType::AwsEndpointService, "AWS_ENDPOINT_SERVICE"},
        {ConnectionType::AlibabaCloudEndpointService, "ALICLOUD_ENDPOINT_SERVICE"},
    }};
};

template<> struct EnumNames<DomainType>
{
    static constexpr std::array<std::pair<DomainType, const char *>, 2> names{{
        {DomainType::TidbCloudManaged, "TIDBCLOUD_MANAGED"},
        {DomainType::Confluent, "CONFLUENT"},
    }};
};

/// True for the states the Watcher follows: the connection will change by itself.
inline bool isTransitional(ConnectionState state)
{
    return state == ConnectionState::Creating || state == ConnectionState::PendingAcceptance ||
           state == ConnectionState::Deleting;
}

/// `awsEndpointService` / `alicloudEndpointService` of a connection.
struct EndpointService
{
    QString name;
    QString region; ///< AWS only: a cross-region service's region
    QString endpointId;
    QStringList availabilityZoneIds;
    friend bool operator==(const EndpointService &, const EndpointService &) = default;
};

/// One domain of an attached group; its state is a free string in the spec.
struct Domain
{
    QString name;
    QString state;
    QString message;
    friend bool operator==(const Domain &, const Domain &) = default;
};

/// An attached domain group (`AttachDomain`), or the preview of a dry run (no ID).
struct AttachDomain
{
    QString attachDomainId;
    QString clusterId;
    QString privateLinkConnectionId;
    EnumValue<DomainType> type;
    QString uniqueName;
    QList<Domain> domains;
    QString createdBy;
    QDateTime createTime;

    /// Domains still being created or removed: the Watcher follows the connection.
    bool isChanging() const;
    friend bool operator==(const AttachDomain &, const AttachDomain &) = default;
};

/// A private link connection for dataflow (`PrivateLinkConnection`).
struct PrivateLinkConnection
{
    QString privateLinkConnectionId;
    QString clusterId;
    QString displayName;
    EnumValue<ConnectionState> state;
    QString message;
    QString createdBy;
    QDateTime createTime;
    QDateTime updateTime;
    EnumValue<ConnectionType> type;
    EndpointService endpointService;                    ///< whichever of the two the type uses
    std::optional<QList<AttachDomain>> attachedDomains; ///< only from Get

    friend bool operator==(const PrivateLinkConnection &, const PrivateLinkConnection &) = default;
};

/// `:getAvailabilityZones`: TiDB Cloud's account ID and the cluster's AZ IDs.
struct AvailabilityZones
{
    QString accountId;
    QStringList azIds;
};

/// What a create sends.
struct NewPrivateLinkConnection
{
    QString displayName;
    ConnectionType type = ConnectionType::AwsEndpointService;
    QString endpointServiceName;
    QString endpointServiceRegion; ///< AWS cross-region only; empty otherwise
};

} // namespace plc
