#pragma once

#include "domain/LinkCheck.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace plc {

/// What the console found on the AWS side of a link before (or after) TiDB Cloud connects:
/// the facts one set of EC2 reads gives, with the user's own credentials.
struct AwsLinkFacts
{
    enum class Visibility {
        Owned,    ///< the credentials' account owns the service: everything can be read
        SeenOnly, ///< another account's service the caller may see (Confluent's)
        NotFound, ///< neither owned nor visible in that region (AWS does not say which)
        Unknown,  ///< the reads failed (`readError`)
    };

    QString serviceName;
    QString serviceId;
    QString serviceRegion; ///< where the service is (its name's region, or the cross-region)
    QString clusterRegion;
    QString crossRegion; ///< the region the connection names for a cross-region service, if any
    QString tidbAccount; ///< TiDB Cloud's AWS account for this cluster
    QStringList clusterZoneIds; ///< the cluster's zones, as IDs (`use1-az1`)
    QString callerAccount;      ///< the account of the user's credentials, when known

    Visibility visibility = Visibility::Unknown;
    QString readError;                         ///< Unknown: the sentence of the failed read
    std::optional<QStringList> principals;     ///< Owned: the Allow principals
    QStringList serviceZoneNames;              ///< in the caller's names
    std::optional<QStringList> serviceZoneIds; ///< the names mapped with the caller's zones
    std::optional<bool> acceptanceRequired;
};

/// One line of the AWS checks.
using AwsCheck = LinkCheck;

/// The rules that turn AwsLinkFacts into checks — the documented causes of a FAILED
/// connection (another region, TiDB Cloud's account not allowed, no zone in common) and
/// whether someone must accept the request. No network here.
class AwsLinkChecks final
{
    Q_DECLARE_TR_FUNCTIONS(AwsLinkChecks)

public:
    static QList<AwsCheck> evaluate(const AwsLinkFacts &facts);
    /// True when no check failed (unknowns do not stop a create).
    static bool passes(const QList<AwsCheck> &checks) { return LinkCheck::passes(checks); }
    /// The cause of a failure in one sentence: the first failed check's, else what could not
    /// be checked, else that the AWS side looks right.
    static QString cause(const QList<AwsCheck> &checks);

    /// Whether an Allow principal lets `account` connect: `*`, the bare account ID, or any
    /// ARN of that account (`arn:aws:iam::<account>:root`, a user or a role).
    static bool allows(const QStringList &principals, const QString &account);
    /// Whether the console can let TiDB Cloud's account connect: the service is the caller's,
    /// its Allow principals were read, and they leave TiDB Cloud's account out.
    static bool principalMissing(const AwsLinkFacts &facts)
    {
        return facts.visibility == AwsLinkFacts::Visibility::Owned && facts.principals &&
               !facts.tidbAccount.isEmpty() && !allows(*facts.principals, facts.tidbAccount);
    }
    /// `arn:aws:iam::<account>:root`, what the console adds.
    static QString rootPrincipal(const QString &account);
    /// The zone IDs of `names`, mapped with one account's zones (name → ID); a name the map
    /// lacks is left out.
    static QStringList zoneIds(const QStringList &names, const QHash<QString, QString> &idByName);
};

} // namespace plc
