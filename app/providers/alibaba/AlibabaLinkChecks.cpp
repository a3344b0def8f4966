#include "providers/alibaba/AlibabaLinkChecks.h"

using namespace Qt::StringLiterals;

namespace plc {

bool AlibabaLinkChecks::allows(const QStringList &whitelist, const QString &account)
{
    return !account.isEmpty() && (whitelist.contains(account) || whitelist.contains(u"*"_s));
}

QList<LinkCheck> AlibabaLinkChecks::evaluate(const AlibabaLinkFacts &facts)
{
    using S = LinkCheck::Status;
    using K = LinkCheck::Kind;
    using V = AlibabaLinkFacts::Visibility;
    QList<LinkCheck> checks;

    // Alibaba Cloud connects an endpoint only to a service of its own region.
    if (facts.serviceRegion == facts.clusterRegion)
        checks.append(
            {K::Region,
             S::Pass,
             tr("The endpoint service is in the cluster's region, %1.").arg(facts.clusterRegion),
             {}});
    else
        checks.append({K::Region, S::Fail,
                       tr("The endpoint service is in %1, not in the cluster's region %2.")
                           .arg(facts.serviceRegion, facts.clusterRegion),
                       tr("Choose an endpoint service in %1: on Alibaba Cloud an endpoint "
                          "connects only to a service in its own region.")
                           .arg(facts.clusterRegion)});

    switch (facts.visibility) {
    case V::Owned:
        checks.append({K::Service,
                       S::Pass,
                       tr("Endpoint service %1 exists in %2 and belongs to Alibaba Cloud "
                          "account %3 of this AccessKey.")
                           .arg(facts.serviceId, facts.serviceRegion, facts.callerAccount),
                       {}});
        break;
    case V::Whitelisted:
        checks.append({K::Service,
                       S::Pass,
                       tr("Endpoint service %1 exists in %2; it belongs to another Alibaba "
                          "Cloud account, so its Service Whitelist cannot be read with this "
                          "AccessKey.")
                           .arg(facts.serviceId, facts.serviceRegion),
                       {}});
        break;
    case V::NotFound:
        checks.append({K::Service, S::Unknown,
                       tr("Alibaba Cloud account %1 neither owns nor may see endpoint service "
                          "%2 in %3.")
                           .arg(facts.callerAccount, facts.serviceName, facts.serviceRegion),
                       tr("Check the service name and its region. If the service belongs to "
                          "another account, check it with that account's AccessKey, or ask its "
                          "owner.")});
        break;
    case V::Unknown:
        checks.append({K::Service, S::Unknown,
                       tr("The endpoint service could not be read: %1").arg(facts.readError),
                       tr("Fix the Alibaba Cloud AccessKey or its RAM permissions, then check "
                          "again.")});
        break;
    }

    if (facts.whitelist) {
        if (allows(*facts.whitelist, facts.tidbAccount))
            checks.append(
                {K::Principal,
                 S::Pass,
                 tr("TiDB Cloud's account %1 is in the Service Whitelist.").arg(facts.tidbAccount),
                 {}});
        else
            checks.append({K::Principal, S::Fail,
                           tr("TiDB Cloud's account %1 is not in the Service Whitelist, so TiDB "
                              "Cloud cannot connect.")
                               .arg(facts.tidbAccount),
                           tr("Add the account ID %1 to the endpoint service's Service "
                              "Whitelist.")
                               .arg(facts.tidbAccount)});
    } else if (facts.visibility != V::NotFound) {
        checks.append({K::Principal, S::Unknown,
                       tr("Whether TiDB Cloud's account %1 is in the Service Whitelist could not "
                          "be checked with this AccessKey.")
                           .arg(facts.tidbAccount),
                       tr("Ask the service's owner to make sure %1 is in its Service Whitelist.")
                           .arg(facts.tidbAccount)});
    }

    if (facts.serviceRegion != facts.clusterRegion) {
        // Zones of another region cannot be compared; the region check says what to do.
    } else if (facts.serviceZoneIds) {
        QStringList common;
        for (const QString &id : *facts.serviceZoneIds) {
            if (facts.clusterZoneIds.contains(id))
                common.append(id);
        }
        if (!common.isEmpty())
            checks.append({K::Zones,
                           S::Pass,
                           tr("Zones in common with the cluster: %1.").arg(common.join(u", "_s)),
                           {}});
        else
            checks.append(
                {K::Zones, S::Fail,
                 tr("The endpoint service's zones (%1) have none in common with the cluster's "
                    "(%2).")
                     .arg(facts.serviceZoneIds->join(u", "_s), facts.clusterZoneIds.join(u", "_s)),
                 tr("Add a zone among %1 to the endpoint service: its load balancer needs a "
                    "vSwitch in one of them.")
                     .arg(facts.clusterZoneIds.join(u", "_s))});
    } else if (facts.visibility != V::NotFound) {
        checks.append({K::Zones, S::Unknown, tr("The endpoint service's zones could not be read."),
                       tr("Make sure the service has a zone among %1.")
                           .arg(facts.clusterZoneIds.join(u", "_s))});
    }

    if (facts.autoAccept)
        checks.append({K::Acceptance,
                       S::Info,
                       *facts.autoAccept
                           ? tr("Automatic acceptance is on: Alibaba Cloud allows the endpoint "
                                "connection request at once.")
                           : tr("Connection requests must be allowed: the connection will wait "
                                "in Pending Acceptance until the endpoint connection is allowed "
                                "on Alibaba Cloud."),
                       {}});
    return checks;
}

QString AlibabaLinkChecks::cause(const QList<LinkCheck> &checks)
{
    for (const LinkCheck &check : checks) {
        if (check.status == LinkCheck::Status::Fail)
            return check.sentence + u' ' + check.fix;
    }
    for (const LinkCheck &check : checks) {
        if (check.status == LinkCheck::Status::Unknown)
            return tr("No cause was found on the Alibaba Cloud side, but not everything could be "
                      "checked: %1")
                .arg(check.sentence);
    }
    return tr("The Alibaba Cloud side looks right: the service exists, TiDB Cloud's account is "
              "in the Service Whitelist and a zone is in common.");
}

} // namespace plc
