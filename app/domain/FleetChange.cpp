#include "domain/FleetChange.h"

#include "domain/DisplayNames.h"

#include <QHash>
#include <QSet>

namespace plc {

FleetSeen FleetSeen::of(const FleetRow &row)
{
    FleetSeen seen;
    seen.profile = row.profile;
    seen.clusterId = row.clusterId;
    seen.clusterName = row.clusterName;
    seen.connectionId = row.connection.privateLinkConnectionId;
    seen.connectionName = row.connection.displayName;
    seen.state = row.connection.state;
    for (const FleetChangefeed &feed : row.changefeeds) {
        if (isTroubled(feed.state.value))
            seen.troubled.append(feed);
    }
    seen.domainsChanging = row.domains.changing;
    return seen;
}

namespace {

QString nameOf(const FleetSeen &seen)
{
    return seen.connectionName.isEmpty() ? seen.connectionId : seen.connectionName;
}

QString clusterNameOf(const FleetSeen &seen)
{
    return seen.clusterName.isEmpty() ? seen.clusterId : seen.clusterName;
}

} // namespace

QString FleetChange::sentence() const
{
    const FleetSeen &row = subject();
    const QString where =
        tr("%1 on %2 (profile %3)").arg(nameOf(row), clusterNameOf(row), row.profile);
    switch (kind) {
    case Kind::New:
        return tr("%1: new, %2.").arg(where, DisplayNames::connectionState(row.state));
    case Kind::Gone:
        return tr("%1: no longer listed.").arg(where);
    case Kind::StateChanged:
        return tr("%1: %2 → %3.")
            .arg(where, DisplayNames::connectionState(before.state),
                 DisplayNames::connectionState(after.state));
    case Kind::ChangefeedTroubled:
        return changefeed.error.isEmpty()
                   ? tr("%1: changefeed %2 is %3.")
                         .arg(where,
                              changefeed.displayName.isEmpty() ? changefeed.changefeedId
                                                               : changefeed.displayName,
                              DisplayNames::changefeedState(changefeed.state))
                   : tr("%1: changefeed %2 is %3: %4")
                         .arg(where,
                              changefeed.displayName.isEmpty() ? changefeed.changefeedId
                                                               : changefeed.displayName,
                              DisplayNames::changefeedState(changefeed.state), changefeed.error);
    case Kind::DomainsSettled:
        return tr("%1: its domains finished attaching or detaching.").arg(where);
    }
    return {};
}

bool FleetChange::isNotified() const
{
    switch (kind) {
    case Kind::New:
        return after.state.value == ConnectionState::PendingAcceptance ||
               after.state.value == ConnectionState::Failed;
    case Kind::StateChanged:
        return after.state.value == ConnectionState::Active ||
               after.state.value == ConnectionState::Failed ||
               after.state.value == ConnectionState::PendingAcceptance;
    case Kind::ChangefeedTroubled:
        return changefeed.state.value != ChangefeedState::Warning;
    case Kind::DomainsSettled:
        return true;
    case Kind::Gone:
        return false;
    }
    return false;
}

QList<FleetChange> FleetChange::between(const std::optional<FleetSeen> &before,
                                        const std::optional<FleetSeen> &after)
{
    QList<FleetChange> changes;
    if (!before && !after)
        return changes;
    if (!before) {
        changes.append({Kind::New, {}, *after, {}});
        for (const FleetChangefeed &feed : after->troubled)
            changes.append({Kind::ChangefeedTroubled, {}, *after, feed});
        return changes;
    }
    if (!after) {
        changes.append({Kind::Gone, *before, {}, {}});
        return changes;
    }
    if (before->state != after->state)
        changes.append({Kind::StateChanged, *before, *after, {}});
    for (const FleetChangefeed &feed : after->troubled) {
        bool known = false;
        for (const FleetChangefeed &old : before->troubled)
            known = known || (old.changefeedId == feed.changefeedId && old.state == feed.state);
        if (!known)
            changes.append({Kind::ChangefeedTroubled, *before, *after, feed});
    }
    if (before->domainsChanging > 0 && after->domainsChanging == 0)
        changes.append({Kind::DomainsSettled, *before, *after, {}});
    return changes;
}

QList<FleetChange> FleetChange::between(const QList<FleetSeen> &before,
                                        const QList<FleetSeen> &after,
                                        const QSet<QString> &readAgain)
{
    QHash<QString, const FleetSeen *> old;
    old.reserve(before.size());
    for (const FleetSeen &seen : before)
        old.insert(seen.key(), &seen);
    QList<FleetChange> changes;
    QSet<QString> present;
    present.reserve(after.size());
    for (const FleetSeen &now : after) {
        present.insert(now.key());
        const FleetSeen *was = old.value(now.key());
        changes.append(between(was ? std::optional<FleetSeen>(*was) : std::nullopt, now));
    }
    for (const FleetSeen &was : before) {
        if (!present.contains(was.key()) &&
            readAgain.contains(clusterKey(was.profile, was.clusterId)))
            changes.append(between(was, std::nullopt));
    }
    return changes;
}

} // namespace plc
