#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/aws/AwsAccounts.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace plc::sandbox {

struct SandboxSettings;

/// IAM Identity Center's portal at `/aws/federation/credentials`: GetRoleCredentials for the
/// permission sets a sign-in's token allows in the user's account, unsigned, the token in
/// `x-amz-sso_bearer_token`. Tokens are what `aws sso login` would have obtained; the sandbox
/// hands them out through its admin API (`POST /sandbox/v1/sso/tokens`), and they expire. The
/// keys it gives are accepted by the sandbox's EC2 and STS until they expire.
class SsoPortal final
{
public:
    /// The permission sets of the user's account.
    static QStringList permissionSets()
    {
        return {QStringLiteral("PrivateLinkAdmin"), QStringLiteral("PrivateLinkReadOnly"),
                QStringLiteral("PrivateLink+Ops")};
    }

    SsoPortal(AwsAccounts *accounts, const SandboxSettings *settings)
        : m_accounts(accounts)
        , m_settings(settings)
    {}

    /// A new sign-in's token for `roles` of the user's account, valid `seconds`.
    QString issue(const QStringList &roles, int seconds, QDateTime *expires);
    /// `POST /sandbox/v1/sso/tokens` `{"roles": [...], "expiresInSeconds": N}`.
    SandboxResponse issueFromJson(const QByteArray &body);
    SandboxResponse handle(const SandboxRequest &request);
    /// Over the rate limit (429) or an injected failure, in the portal's words.
    static SandboxResponse refusal(int status);

private:
    struct SignIn
    {
        QDateTime expires;
        QStringList roles;
    };

    AwsAccounts *m_accounts;
    const SandboxSettings *m_settings;
    QHash<QString, SignIn> m_tokens;
};

} // namespace plc::sandbox
