#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace plc::sandbox {

class SandboxStore;

/// The size of a generated fleet, `--fleet CLUSTERS:CONNECTIONS`.
struct FleetSize
{
    static constexpr int MaxClusters = 2000;
    static constexpr int MaxConnections = 50000;

    int clusters = 0;
    int connections = 0;

    /// `C:N` with 1 ≤ C ≤ 2000 and 0 ≤ N ≤ 50000; nothing for anything else, with the reason
    /// (an English sentence) in `error`.
    static std::optional<FleetSize> parse(const QString &text, QString *error = nullptr);
    QString toString() const { return QStringLiteral("%1:%2").arg(clusters).arg(connections); }
    friend bool operator==(const FleetSize &, const FleetSize &) = default;
};

/// A small generator of its own (splitmix64), so that a fleet is the same with every compiler
/// and standard library: the standard distributions are not.
class FleetRandom final
{
public:
    explicit FleetRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next();
    /// A whole number from 0 to bound - 1 (bound > 0).
    int below(int bound);
    /// A number from 0 (included) to 1 (excluded).
    double unit();
    /// `length` characters of `alphabet`.
    QString text(QLatin1StringView alphabet, int length);

private:
    quint64 m_state;
};

/// A large, realistic fleet made from its size alone: the same `C:N` always gives the same
/// clusters, connections, IDs, names, states, changefeeds and domains.
///
/// - Clusters spread over the seeded regions (AWS us-east-1 and ap-northeast-1, Alibaba Cloud
///   cn-hangzhou and ap-southeast-1), named `fleet-0042-orders`.
/// - Four endpoint services per region (MySQL and Kafka ones), which TiDB Cloud's accounts may
///   connect to.
/// - Connections spread unevenly (some clusters with none, a few with many): mostly ACTIVE,
///   some FAILED (with a message), PENDING_ACCEPTANCE, CREATING and DELETING. The CREATING and
///   DELETING ones are moved by FleetTransitions, not by the creating or deleting delay.
/// - Changefeeds through some connections (RUNNING, WARNING, RUNNING_FAILED, PAUSED) and
///   TiDB Cloud managed domains on some (ACTIVE, some still CREATING, at least one FAILED).
namespace FleetSeed {
/// Writes the fleet into a store that holds no cluster, in one transaction.
bool write(SandboxStore &store, const FleetSize &size);
/// A new connection of `cluster` that waits for the endpoint service owner's acceptance,
/// created at `createTime`, to one of the fleet's services of the cluster's region: what the
/// fleet's transitions add. `random` gives its IDs.
QJsonObject pendingConnection(const QJsonObject &cluster, FleetRandom &random,
                              const QString &displayName, const QString &createTime);
/// An endpoint ID in the shape of the cluster's provider (`vpce-…`, `ep-…`).
QString endpointId(bool aws, FleetRandom &random);
/// The seed of a fleet's generator.
quint64 seedOf(const FleetSize &size);
/// The internal field (`true`) that marks what the fleet made, in stored bodies: only those
/// move with the fleet's transitions.
inline constexpr auto Mark = "_fleet";
} // namespace FleetSeed

} // namespace plc::sandbox
