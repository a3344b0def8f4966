#pragma once

#include "domain/FleetRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace plc {

/// Whether a fleet row needs the administrator, how urgently, and why in a sentence. Rows
/// that need attention sort first, the most urgent at the top.
struct FleetAttention
{
    Q_DECLARE_TR_FUNCTIONS(FleetAttention)

public:
    /// A DELETING connection older than this is said to take longer than usual.
    static constexpr int LongDeletingMinutes = 30;

    enum Rank {
        None = 0,
        LongDeleting = 10,
        ChangefeedWarning = 20,
        DomainsFailed = 25,
        PendingAcceptance = 30,
        ChangefeedFailed = 40,
        AwaitingYou = 45, ///< PENDING_ACCEPTANCE on a service of the profile's own account
        ConnectionFailed = 50,
        PrincipalMissing = 55, ///< FAILED, and the profile's service keeps TiDB Cloud out
    };

    int rank = None;  ///< the most urgent reason's rank
    QString reasons;  ///< every reason, one sentence each, most urgent first
    QString headline; ///< the most urgent reason in a few words (and how many more), for a cell

    bool needed() const { return rank > None; }

    static FleetAttention of(const FleetRow &row, const QDateTime &now);
    /// A rank's reason in a few words.
    static QString headlineOf(int rank);
};

} // namespace plc
