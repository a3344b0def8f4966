#pragma once

#include "domain/ApiEnum.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace plc {

enum class ChangefeedState {
    Unknown,
    Running,
    CreateFailed,
    RunningFailed,
    Creating,
    Paused,
    Deleted,
    Warning
};
enum class SinkType { Unknown, Kafka, Mysql };
enum class SinkNetwork { Unknown, Public, PrivateLink };
enum class KafkaAuth { Unknown, Disable, SaslPlain, SaslScramSha256, SaslScramSha512 };

// Spellings exactly as in api/cdc.swagger.json.
template<> struct EnumNames<ChangefeedState>
{
    static constexpr std::array<std::pair<ChangefeedState, const char *>, 7> names{{
        {ChangefeedState::Running, "RUNNING"},
        {ChangefeedState::CreateFailed, "CREATE_FAILED"},
        {ChangefeedState::RunningFailed, "RUNNING_FAILED"},
        {ChangefeedState::Creating, "CREATING"},
        {ChangefeedState::Paused, "PAUSED"},
        {ChangefeedState::Deleted, "DELETED"},
        {ChangefeedState::Warning, "WARNING"},
    }};
};

template<> struct EnumNames<SinkType>
{
    static constexpr std::array<std::pair<SinkType, const char *>, 2> names{{
        {SinkType::Kafka, "KAFKA"},
        {SinkType::Mysql, "MYSQL"},
    }};
};

template<> struct EnumNames<SinkNetwork>
{
    static constexpr std::array<std::pair<SinkNetwork, const char *>, 2> names{{
        {SinkNetwork::Public, "PUBLIC"},
        {SinkNetwork::PrivateLink, "PRIVATE_LINK"},
    }};
};

template<> struct EnumNames<KafkaAuth>
{
    static constexpr std::array<std::pair<KafkaAuth, const char *>, 4> names{{
        {KafkaAuth::Disable, "DISABLE"},
        {KafkaAuth::SaslPlain, "SASL_PLAIN"},
        {KafkaAuth::SaslScramSha256, "SASL_SCRAM_SHA_256"},
        {KafkaAuth::SaslScramSha512, "SASL_SCRAM_SHA_512"},
    }};
};

/// True for the states whose `error` is worth reading: the changefeed failed or warns.
inline bool isTroubled(ChangefeedState state)
{
    return state == ChangefeedState::CreateFailed || state == ChangefeedState::RunningFailed ||
           state == ChangefeedState::Warning;
}

/// A changefeed as far as the console needs it (`Changefeed` of the changefeed API): who it
/// is, how it is doing, and which network its sink reaches — for a sink through a private link
/// connection, that connection and the port behind it. Passwords are never read.
struct Changefeed
{
    QString changefeedId;
    QString clusterId;
    QString displayName;
    EnumValue<ChangefeedState> state;
    EnumValue<SinkType> sinkType;
    EnumValue<SinkNetwork> network;
    QString privateLinkConnectionId; ///< PRIVATE_LINK sinks only
    std::optional<int> port;         ///< PRIVATE_LINK sinks only
    QString publicEndpoint;          ///< PUBLIC sinks: where they go, as sent
    QString checkpointTso;
    QDateTime checkpointTime;
    QString error;
    QDateTime createTime;
    QDateTime updateTime;

    bool runsThrough(const QString &connectionId) const
    {
        return network.value == SinkNetwork::PrivateLink && !connectionId.isEmpty() &&
               privateLinkConnectionId == connectionId;
    }
    friend bool operator==(const Changefeed &, const Changefeed &) = default;
};

/// The sink a `changefeeds:test` checks: through a private link connection to a port, with the
/// credentials of this one test (held in memory only, never shown or logged).
struct SinkTest
{
    SinkType type = SinkType::Kafka;
    QString privateLinkConnectionId;
    int port = 0;
    KafkaAuth kafkaAuth = KafkaAuth::Disable; ///< Kafka only
    QString userName;                         ///< MySQL, or Kafka with SASL
    QString password;                         ///< never leaves memory except in the request
    bool enableTls = false;

    /// A MySQL sink, or Kafka with SASL, is tested with a user name and password.
    bool needsCredentials() const
    {
        return type == SinkType::Mysql || kafkaAuth != KafkaAuth::Disable;
    }
};

} // namespace plc
