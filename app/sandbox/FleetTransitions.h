#pragma once

#include "sandbox/FleetSeed.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace plc::sandbox {

class ProviderSimulation;
class SandboxStore;

/// A generated fleet moving by itself: every `fleetTransitionMs` the next transition of a
/// fixed sequence happens, in this order, round and round:
///
/// 1. a CREATING connection becomes ACTIVE;
/// 2. an ACTIVE connection becomes FAILED (its changefeeds fail with it);
/// 3. a new connection appears, PENDING_ACCEPTANCE;
/// 4. a RUNNING changefeed fails (RUNNING_FAILED);
/// 5. a domain group still CREATING finishes attaching (ACTIVE);
/// 6. a DELETING connection goes away (its changefeeds fail);
/// 7. a CREATING connection becomes FAILED.
///
/// Each takes the first candidate in creation order (then ID) among the fleet's own objects:
/// those a user made or deletes follow their own lifecycle (ProviderSimulation). A kind with no
/// candidate left is passed over. Each change sets `updateTime` to the time the step was due.
///
/// Steady (SandboxSettings::fleetSteady), the fleet keeps its number of connections: when a new
/// one makes it larger than it was at the start, the fleet's oldest FAILED connection goes
/// (else its oldest PENDING_ACCEPTANCE one but the new), its changefeeds failing, and the log
/// entry names it as `replaced`. A deleted DELETING one is thus made up for by the next new one.
///
/// As the other lifecycle steps, the transitions due are applied at the next request, at most
/// MaxAtOnce of them (after a longer silence the rest are dropped).
class FleetTransitions final
{
public:
    static constexpr int MaxAtOnce = 100;
    static constexpr int MaxLog = 200;

    FleetTransitions(SandboxStore *store, ProviderSimulation *simulation, FleetSize size);

    /// Applies the transitions due at `nowMs` for one every `intervalMs` (0: none), `steady` or
    /// not. A changed interval counts from now.
    void advance(qint64 nowMs, int intervalMs, bool steady = false);

    /// `GET /sandbox/v1/fleet`: the size and the transitions made so far (the last MaxLog),
    /// each with its step, kind, time, objects and states.
    QJsonObject toJson(int intervalMs) const;

    /// The sequence's kinds, as the log names them.
    static QStringList sequence();

private:
    /// Applies the kind `kind` at `atMs`; the log entry, or nothing without a candidate.
    std::optional<QJsonObject> apply(int kind, qint64 atMs);
    std::optional<QJsonObject> connectionTo(const QString &from, const QString &to, qint64 atMs);
    std::optional<QJsonObject> newConnection(qint64 atMs);
    std::optional<QJsonObject> changefeedFails(qint64 atMs);
    std::optional<QJsonObject> domainsAttached(qint64 atMs);
    std::optional<QJsonObject> deletingGone(qint64 atMs);
    /// The first of the fleet's connections in `state`, in creation order.
    std::optional<QJsonObject> firstConnection(const QString &state,
                                               const QString &except = {}) const;
    /// The fleet's own connections.
    int fleetConnectionCount() const;
    /// Steady: removes one of the fleet's connections other than `madeId`; its ID.
    QString replaceOne(const QString &madeId);
    /// A generator for this step: the same step of the same fleet gives the same IDs.
    FleetRandom randomForStep() const;

    SandboxStore *m_store;
    ProviderSimulation *m_simulation;
    FleetSize m_size;
    int m_interval = -1;
    std::optional<qint64> m_nextDueMs;
    int m_nextKind = 0;
    int m_steps = 0;
    int m_startConnections = 0;
    bool m_steady = false;
    QJsonArray m_log;
};

} // namespace plc::sandbox
