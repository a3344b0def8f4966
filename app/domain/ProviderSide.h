#pragma once

#include "domain/PrivateLink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace plc {

/// What the fleet found on the cloud provider's side of a connection, read with the profile's
/// own account with that provider: whose endpoint service it is, whether TiDB Cloud's account
/// may connect to it, and whether TiDB Cloud's request waits for that account's acceptance.
/// The sentence is the provider's (its words: Allow principals, Service Whitelist); the rest
/// is the same for every cloud.
struct ProviderSide
{
    Q_DECLARE_TR_FUNCTIONS(ProviderSide)

public:
    enum class Finding {
        Unread,           ///< not read (yet): nothing is said
        NoAccount,        ///< the profile has no account with the connection's provider
        Unreadable,       ///< the reads failed or the keys could not be had: `sentence` says why
        OthersService,    ///< another account's service: its owner allows and accepts
        AwaitingYou,      ///< your service, and TiDB Cloud's request waits for your acceptance
        PrincipalMissing, ///< your service, and TiDB Cloud's account is not allowed to connect
        Clear,            ///< your service: nothing on it waits on you or keeps TiDB Cloud out
    };

    Finding finding = Finding::Unread;
    QString sentence; ///< what was found, in a sentence; empty for Unread
    QString account;  ///< the account it was read with, as the profile describes it
    QDateTime readAt;
    /// The connection's state and update time it was read for: read again once they change.
    QString readFor;
    /// The account itself could not be used (no keys: a helper failed, a role needs a code):
    /// every other connection would say the same, so the others are not asked for now.
    bool accountProblem = false;

    /// Whether the fleet reads the provider side of a connection in `state`: a request waiting
    /// for acceptance, or a connection that failed (the allow list is its documented cause).
    static bool wanted(ConnectionState state)
    {
        return state == ConnectionState::PendingAcceptance || state == ConnectionState::Failed;
    }
    /// What a reading is for: the side is read again when this changes.
    static QString readingOf(const PrivateLinkConnection &connection)
    {
        return connection.state.raw + u' ' + connection.updateTime.toString(Qt::ISODateWithMs);
    }
    /// A reading of `connection`'s side, made now: what was found, in a sentence, with which
    /// account (empty: none asked).
    static ProviderSide of(const PrivateLinkConnection &connection, Finding finding,
                           const QString &sentence, const QString &account = {},
                           bool accountProblem = false);
    /// The finding in a few words, for a table cell ("Waiting on you"); empty for
    /// Unread.
    static QString shortText(Finding finding);

    friend bool operator==(const ProviderSide &, const ProviderSide &) = default;
};

} // namespace plc
