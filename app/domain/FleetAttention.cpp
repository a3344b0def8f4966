#include "domain/FleetAttention.h"

#include "domain/DisplayNames.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace plc {

namespace {

QString troubleNames(const QList<FleetChangefeed> &feeds)
{
    QStringList names;
    for (const FleetChangefeed &feed : feeds)
        names.append(feed.displayName.isEmpty() ? feed.changefeedId : feed.displayName);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString FleetAttention::headlineOf(int rank)
{
    switch (rank) {
    case ConnectionFailed:
        return tr("Connection failed");
    case ChangefeedFailed:
        return tr("Changefeed failed");
    case PrincipalMissing:
        return tr("TiDB Cloud not allowed");
    case AwaitingYou:
        return tr("Waiting on you");
    case PendingAcceptance:
        return tr("Waiting for acceptance");
    case DomainsFailed:
        return tr("Domains failed");
    case ChangefeedWarning:
        return tr("Changefeed warning");
    case LongDeleting:
        return tr("Deleting for long");
    default:
        return {};
    }
}

FleetAttention FleetAttention::of(const FleetRow &row, const QDateTime &now)
{
    QList<QPair<int, QString>> found;
    const PrivateLinkConnection &c = row.connection;
    switch (c.state.value) {
    case ConnectionState::Failed:
        found.append({ConnectionFailed,
                      c.message.isEmpty()
                          ? tr("The connection failed and TiDB Cloud gave no reason: check the "
                               "endpoint service, then delete the connection and create it "
                               "again.")
                          : tr("The connection failed: %1").arg(c.message)});
        if (row.side.finding == ProviderSide::Finding::PrincipalMissing)
            found.append({PrincipalMissing, row.side.sentence});
        break;
    case ConnectionState::PendingAcceptance:
        if (row.side.finding == ProviderSide::Finding::AwaitingYou) {
            found.append({AwaitingYou, row.side.sentence});
            break;
        }
        found.append({PendingAcceptance,
                      tr("Waiting for the endpoint service's owner to accept TiDB Cloud's "
                         "request; nothing flows through it until then.")});
        break;
    case ConnectionState::Deleting:
        if (row.deletingSince.isValid() &&
            row.deletingSince.secsTo(now) >= qint64(LongDeletingMinutes) * 60) {
            found.append(
                {LongDeleting, tr("Deleting for %n minute(s); a deletion usually ends within a few "
                                  "minutes.",
                                  nullptr, int(row.deletingSince.secsTo(now) / 60))});
        }
        break;
    default:
        break;
    }

    QList<FleetChangefeed> failed;
    QList<FleetChangefeed> warning;
    for (const FleetChangefeed &feed : row.changefeeds) {
        if (feed.state.value == ChangefeedState::Warning)
            warning.append(feed);
        else if (isTroubled(feed.state.value))
            failed.append(feed);
    }
    if (!failed.isEmpty()) {
        const QString error = failed.constFirst().error;
        found.append(
            {ChangefeedFailed, error.isEmpty()
                                   ? tr("%n changefeed(s) through this connection failed: %1.",
                                        nullptr, int(failed.size()))
                                         .arg(troubleNames(failed))
                                   : tr("%n changefeed(s) through this connection failed: %1 (%2).",
                                        nullptr, int(failed.size()))
                                         .arg(troubleNames(failed), error)});
    }
    if (!warning.isEmpty()) {
        found.append(
            {ChangefeedWarning, tr("%n changefeed(s) through this connection in warning: %1.",
                                   nullptr, int(warning.size()))
                                    .arg(troubleNames(warning))});
    }
    if (row.domains.known && row.domains.failed > 0) {
        found.append({DomainsFailed,
                      row.domains.failedMessage.isEmpty()
                          ? tr("%n attached domain(s) failed.", nullptr, row.domains.failed)
                          : tr("%n attached domain(s) failed: %1", nullptr, row.domains.failed)
                                .arg(row.domains.failedMessage)});
    }

    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    FleetAttention attention;
    if (!found.isEmpty()) {
        const int more = int(found.size()) - 1;
        const QString first = headlineOf(found.constFirst().first);
        attention.headline = more > 0 ? tr("%1 (+%2)").arg(first).arg(more) : first;
    }
    QStringList sentences;
    for (const auto &[rank, sentence] : std::as_const(found)) {
        attention.rank = std::max(attention.rank, rank);
        sentences.append(sentence);
    }
    attention.reasons = sentences.join(u' ');
    return attention;
}

} // namespace plc
