#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace plc::sandbox {

/// The IAM roles of the emulated user account that STS AssumeRole hands keys for, each with
/// its trust policy reduced to what the sandbox decides on: which accounts' principals may
/// assume it, whether the caller must have signed in with MFA, the external ID it requires,
/// and its longest session.
///
/// - `PrivateLinkAdmin`: any principal of the user's account, sessions up to 12 hours.
/// - `PrivateLinkAdminMfa`: the same, only with MFA (`aws:MultiFactorAuthPresent`).
/// - `PrivateLinkPartner`: with the external ID `tidb-private-link-sandbox`.
/// - `PrivateLinkAuditor`: trusts only TiDB Cloud's account, so the user's keys are refused.
class IamRoles final
{
public:
    /// The user's MFA device and the one code the sandbox accepts from it.
    static constexpr auto MfaCode = "123456";
    static QString mfaDevice();

    struct Role
    {
        QString name;
        QString arn;
        QString roleId; ///< `AROA…`, the first half of an assumed role's user ID
        QStringList trustedAccounts;
        bool mfaRequired = false;
        QString externalId; ///< empty: none required
        int maxSessionSeconds = 3600;
    };

    /// The role `arn` names, if the emulated cloud has it.
    static std::optional<Role> role(const QString &arn);
    static QList<Role> all();
    /// The roles for the admin API (`GET /sandbox/v1/roles`): provider, name, ARN, the MFA
    /// device when a code is required, the external ID, and whether the user's keys may
    /// assume it.
    static QJsonArray toJson();
};

} // namespace plc::sandbox
