#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"

#include <QJsonObject>

#include <optional>

namespace plc::sandbox {

class SandboxStore;
struct SandboxSettings;

/// The changefeed operations of api/cdc.swagger.json the console and a sandbox user need:
/// List (pageSize default 10, at most 100; changefeedType filter; an opaque pageToken bound to
/// the cluster and filter; totalSize), Get, Create (CREATING, then RUNNING or CREATE_FAILED by
/// the same network rules as the test) and `changefeeds:test`.
///
/// A sink is reached through the emulated network: a PRIVATE_LINK sink needs its private link
/// connection ACTIVE, a port its endpoint service serves (`ports` in the admin API), for Kafka
/// an ACTIVE attached domain (the brokers' advertised listeners resolve through it), and for
/// MySQL an account the endpoint service's database knows (`mysqlAccounts`). Anything else is
/// answered with a google.rpc.Status naming the cause. Passwords are never stored or answered.
class ChangefeedRoutes final
{
public:
    static constexpr int DefaultPageSize = 10;
    static constexpr int MaxPageSize = 100;

    ChangefeedRoutes(SandboxStore *store, const SandboxSettings *settings);

    SandboxResponse list(const QString &clusterId, const QUrlQuery &query) const;
    SandboxResponse get(const QString &clusterId, const QString &changefeedId) const;
    SandboxResponse create(const QString &clusterId, const SandboxRequest &request);
    SandboxResponse test(const QString &clusterId, const SandboxRequest &request) const;

    /// A stored changefeed as the API answers it: internal fields out, the checkpoint of a
    /// running changefeed a moment behind `nowMs`.
    static QJsonObject view(const QJsonObject &stored, qint64 nowMs);
    /// A TiDB TSO for a time: the physical milliseconds shifted over 18 logical bits.
    static QString tsoFor(qint64 msSinceEpoch);

private:
    struct Sink;
    std::optional<SandboxResponse> readSink(const QJsonObject &json, const QString &path,
                                            Sink *sink) const;
    /// Why the sink cannot be reached from the cluster; nothing when it can.
    std::optional<SandboxResponse> unreachable(const QString &clusterId, const Sink &sink) const;

    SandboxStore *m_store;
    const SandboxSettings *m_settings;
};

/// Keys of the internal fields kept inside a stored changefeed.
namespace ChangefeedField {
inline constexpr auto CreateOutcome = "_createOutcome"; ///< why creation will fail; empty: it runs
inline constexpr auto LagMs = "_lagMs"; ///< how far a running changefeed's checkpoint trails
} // namespace ChangefeedField

} // namespace plc::sandbox
