#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace plc::sandbox {

/// The AWS accounts of the emulated cloud, and what differs between them.
///
/// - The user's account owns the user's endpoint services; its keys are the ones the sandbox
///   is started with. Confluent's account owns Confluent's services (nobody holds its keys).
///   TiDB Cloud's account makes the endpoints that connect to them.
/// - Availability zone *names* map to zone *IDs* differently in every account, as on AWS:
///   `us-east-1a` is `use1-az4` in one account and `use1-az1` in another.
class AwsAccounts final
{
public:
    static constexpr auto UserAccount = "727162835041";
    static constexpr auto ConfluentAccount = "626045891234";
    static constexpr auto TidbCloudAccount = "380838443567";

    struct Key
    {
        QString secret;
        QString sessionToken; ///< empty for long-term keys
        QString account;
        QString arn; ///< the caller, as STS names it
        QString userId;
        /// Temporary keys (an assumed role's): when they stop being accepted; invalid for
        /// long-term keys.
        QDateTime expires;
        bool roleSession = false; ///< an assumed role's keys (role chaining limits them)
        bool mfa = false;         ///< the keys' principal signed in with MFA
    };

    void addKey(const QString &accessKeyId, const Key &key) { m_keys.insert(accessKeyId, key); }
    std::optional<Key> key(const QString &accessKeyId) const;
    /// Forgets temporary keys that expired before `now`, so that handing out keys for days
    /// does not grow the sandbox.
    void forgetExpired(const QDateTime &now);

    /// The account owning an endpoint service (its `owner`: USER, CONFLUENT or TIDBCLOUD).
    static QString ownerAccount(const QString &owner);

    /// Zone IDs of a region, in order (`use1-az1`…); empty for a region the sandbox does not
    /// know.
    static QStringList zoneIds(const QString &region);
    /// The zone name of `zoneId` in `account`'s view (`us-east-1c`), or empty.
    static QString zoneName(const QString &account, const QString &region, const QString &zoneId);
    /// The zone ID behind `account`'s `zoneName`, or empty.
    static QString zoneId(const QString &account, const QString &region, const QString &zoneName);
    /// Regions the emulated EC2 answers in.
    static bool knowsRegion(const QString &region) { return !zoneIds(region).isEmpty(); }

private:
    static int rotation(const QString &account, int zones);

    QHash<QString, Key> m_keys;
};

} // namespace plc::sandbox
