#pragma once

#include "domain/LinkCheck.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace plc {

/// What the console found on the Alibaba Cloud side of a link, with the user's own AccessKey.
struct AlibabaLinkFacts
{
    enum class Visibility {
        Owned,       ///< the AccessKey's account owns the service: everything can be read
        Whitelisted, ///< another account's service whose whitelist lets the caller see it
        NotFound,    ///< neither (Alibaba Cloud does not say which)
        Unknown,     ///< the reads failed (`readError`)
    };

    QString serviceName; ///< `com.aliyuncs.privatelink.<region>.epsrv-…`
    QString serviceId;
    QString serviceRegion;
    QString clusterRegion;
    QString tidbAccount;        ///< TiDB Cloud's Alibaba Cloud account for this cluster
    QStringList clusterZoneIds; ///< `cn-hangzhou-j`
    QString callerAccount;      ///< the AccessKey's account, when known

    Visibility visibility = Visibility::Unknown;
    QString readError;                         ///< Unknown: the sentence of the failed read
    std::optional<QStringList> whitelist;      ///< Owned: the Service Whitelist's account IDs
    std::optional<QStringList> serviceZoneIds; ///< where the service has resources
    std::optional<bool> autoAccept;            ///< Owned: requests allowed without the owner
};

/// The rules that turn AlibabaLinkFacts into checks: the documented causes of a FAILED
/// connection on Alibaba Cloud (another region, TiDB Cloud's account not in the Service
/// Whitelist, no zone in common) and whether the request must be allowed. No network here.
class AlibabaLinkChecks final
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaLinkChecks)

public:
    static QList<LinkCheck> evaluate(const AlibabaLinkFacts &facts);
    /// The cause of a failure in one sentence: the first failed check's, else what could not
    /// be checked, else that the Alibaba Cloud side looks right.
    static QString cause(const QList<LinkCheck> &checks);
    /// Whether a Service Whitelist lets `account` connect: the account ID itself, or `*`.
    static bool allows(const QStringList &whitelist, const QString &account);
    /// Whether the console can let TiDB Cloud's account connect: the service is the caller's,
    /// its Service Whitelist was read, and it leaves TiDB Cloud's account out.
    static bool userMissing(const AlibabaLinkFacts &facts)
    {
        return facts.visibility == AlibabaLinkFacts::Visibility::Owned && facts.whitelist &&
               !facts.tidbAccount.isEmpty() && !allows(*facts.whitelist, facts.tidbAccount);
    }
};

} // namespace plc
