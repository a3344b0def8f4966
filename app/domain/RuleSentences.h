#pragma once

#include "domain/ConnectionRules.h"

#include <QCoreApplication>
#include <QString>

namespace plc {

/// The one place where the rules' reasons become sentences in the user's language: why an
/// action is not possible now, what a failure most likely means, what to do next.
class RuleSentences
{
    Q_DECLARE_TR_FUNCTIONS(RuleSentences)

public:
    /// Empty for Refusal::None. `cluster` and `connection` give the names and states the
    /// sentence mentions (either may be null when the refusal does not need it).
    static QString refusal(ConnectionRules::Refusal refusal, const Cluster *cluster,
                           const PrivateLinkConnection *connection);

    /// What to do on the provider's side while a connection is PENDING_ACCEPTANCE: which
    /// console and tab, accept (AWS) or allow (Alibaba Cloud), the endpoint and the account.
    static QString nextStep(const PrivateLinkConnection &connection, const QString &accountId);
    /// What a FAILED connection's message most likely means, and what to check; empty when
    /// the message is not one the console recognises.
    static QString likelyCause(const QString &failureMessage);
    /// "The connection failed: <TiDB Cloud's reason>", then its likely cause after
    /// `separator` when the console recognises the reason: the one sentence of a FAILED
    /// connection, wherever it is shown.
    static QString failure(const PrivateLinkConnection &connection,
                           const QString &separator = QStringLiteral("\n\n"));
};

} // namespace plc
