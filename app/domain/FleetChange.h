#pragma once

#include "domain/FleetRow.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace plc {

/// What the administrator saw of a connection: the part of a fleet row whose changes are
/// worth saying ("Changed since you last looked") or notifying.
struct FleetSeen
{
    QString profile;
    QString clusterId;
    QString clusterName;
    QString connectionId;
    QString connectionName;
    EnumValue<ConnectionState> state;
    QList<FleetChangefeed> troubled; ///< changefeeds through it that failed or warn
    int domainsChanging = 0;

    static FleetSeen of(const FleetRow &row);
    QString key() const { return FleetRow::keyOf(profile, clusterId, connectionId); }
    friend bool operator==(const FleetSeen &, const FleetSeen &) = default;
};

/// One thing that moved between two looks at a connection, in a sentence.
struct FleetChange
{
    Q_DECLARE_TR_FUNCTIONS(FleetChange)

public:
    enum class Kind { New, Gone, StateChanged, ChangefeedTroubled, DomainsSettled };

    Kind kind = Kind::New;
    FleetSeen before;           ///< empty for New
    FleetSeen after;            ///< empty for Gone
    FleetChangefeed changefeed; ///< ChangefeedTroubled only

    /// The row the change is about (after, or before for Gone).
    const FleetSeen &subject() const { return kind == Kind::Gone ? before : after; }
    QString sentence() const;
    /// Whether a desktop notification is sent for it: a connection becoming ACTIVE or FAILED,
    /// a request waiting for acceptance, a changefeed failing, domains done changing.
    bool isNotified() const;

    /// Every change between two looks at one connection (either may be missing).
    static QList<FleetChange> between(const std::optional<FleetSeen> &before,
                                      const std::optional<FleetSeen> &after);
    /// Every change between two looks at a fleet. A connection missing from `after` is gone
    /// only when its cluster was read after the first look (`readAgain`, cluster keys
    /// "profile\ncluster"): one not read yet is not gone.
    static QList<FleetChange> between(const QList<FleetSeen> &before, const QList<FleetSeen> &after,
                                      const QSet<QString> &readAgain);
    static QString clusterKey(const QString &profile, const QString &clusterId)
    {
        return profile + u'\n' + clusterId;
    }
};

} // namespace plc
