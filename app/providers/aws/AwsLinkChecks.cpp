#include "providers/aws/AwsLinkChecks.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace plc {

bool AwsLinkChecks::allows(const QStringList &principals, const QString &account)
{
    return std::any_of(principals.cbegin(), principals.cend(), [&](const QString &principal) {
        return principal == "*"_L1 || principal == account ||
               principal.startsWith(u"arn:aws:iam::%1:"_s.arg(account)) ||
               principal.startsWith(u"arn:aws-cn:iam::%1:"_s.arg(account));
    });
}

QString AwsLinkChecks::rootPrincipal(const QString &account)
{
    return u"arn:aws:iam::%1:root"_s.arg(account);
}

QStringList AwsLinkChecks::zoneIds(const QStringList &names,
                                   const QHash<QString, QString> &idByName)
{
    QStringList ids;
    for (const QString &name : names) {
        const QString id = idByName.value(name);
        if (!id.isEmpty())
            ids.append(id);
    }
    ids.sort();
    return ids;
}

QList<AwsCheck> AwsLinkChecks::evaluate(const AwsLinkFacts &facts)
{
    using S = AwsCheck::Status;
    using K = AwsCheck::Kind;
    QList<AwsCheck> checks;

    if (facts.serviceRegion == facts.clusterRegion) {
        checks.append(
            {K::Region,
             S::Pass,
             tr("The endpoint service is in the cluster's region, %1.").arg(facts.clusterRegion),
             {}});
    } else if (facts.crossRegion != facts.serviceRegion) {
        checks.append({K::Region, S::Fail,
                       tr("The endpoint service is in %1, not in the cluster's region %2.")
                           .arg(facts.serviceRegion, facts.clusterRegion),
                       tr("Choose a service in %1, or set the endpoint service's region to %2 "
                          "for a cross-region connection.")
                           .arg(facts.clusterRegion, facts.serviceRegion)});
    } else {
        checks.append({K::Region,
                       S::Info,
                       tr("The endpoint service is in %1, the cluster in %2: a cross-region "
                          "connection.")
                           .arg(facts.serviceRegion, facts.clusterRegion),
                       {}});
    }

    switch (facts.visibility) {
    case AwsLinkFacts::Visibility::Owned:
        checks.append({K::Service,
                       S::Pass,
                       tr("Endpoint service %1 exists in %2 and belongs to the AWS account of "
                          "these credentials.")
                           .arg(facts.serviceId, facts.serviceRegion),
                       {}});
        break;
    case AwsLinkFacts::Visibility::SeenOnly:
        checks.append({K::Service,
                       S::Pass,
                       tr("Endpoint service %1 exists in %2; it belongs to another AWS account, "
                          "so its Allow principals cannot be read with these credentials.")
                           .arg(facts.serviceId, facts.serviceRegion),
                       {}});
        break;
    case AwsLinkFacts::Visibility::NotFound:
        // AWS answers the same for a service that does not exist and for another account's
        // service this account may not see: it cannot be called a failure.
        checks.append({K::Service, S::Unknown,
                       tr("AWS account %1 neither owns nor may see endpoint service %2 in %3.")
                           .arg(facts.callerAccount, facts.serviceName, facts.serviceRegion),
                       tr("Check the service name and its region. If the service belongs to "
                          "another account, check it with that account's credentials, or ask its "
                          "owner.")});
        break;
    case AwsLinkFacts::Visibility::Unknown:
        checks.append({K::Service, S::Unknown,
                       tr("The endpoint service could not be read: %1").arg(facts.readError),
                       tr("Fix the AWS credentials or permissions, then check again.")});
        break;
    }

    const QString root = rootPrincipal(facts.tidbAccount);
    if (facts.principals) {
        if (allows(*facts.principals, facts.tidbAccount)) {
            checks.append(
                {K::Principal,
                 S::Pass,
                 tr("TiDB Cloud's account %1 is in the Allow principals.").arg(facts.tidbAccount),
                 {}});
        } else {
            checks.append({K::Principal, S::Fail,
                           tr("TiDB Cloud's account %1 is not in the Allow principals, so TiDB "
                              "Cloud cannot connect.")
                               .arg(facts.tidbAccount),
                           tr("Add %1 to the endpoint service's Allow principals.").arg(root)});
        }
    } else if (facts.visibility != AwsLinkFacts::Visibility::NotFound) {
        checks.append(
            {K::Principal, S::Unknown,
             tr("Whether TiDB Cloud's account %1 is allowed could not be checked with "
                "these credentials.")
                 .arg(facts.tidbAccount),
             tr("Ask the service's owner to make sure %1 is in its Allow principals.").arg(root)});
    }

    const bool crossRegion = facts.serviceRegion != facts.clusterRegion;
    if (crossRegion) {
        // A cross-region connection's endpoint lives in the cluster's own region and zones:
        // the service's zones (another region's) need not match them.
        checks.append({K::Zones,
                       S::Info,
                       tr("A cross-region endpoint is made in the cluster's own zones (%1); the "
                          "service's zones in %2 need not match them.")
                           .arg(facts.clusterZoneIds.join(u", "_s), facts.serviceRegion),
                       {}});
    } else if (facts.serviceZoneIds) {
        QStringList common;
        for (const QString &id : *facts.serviceZoneIds) {
            if (facts.clusterZoneIds.contains(id))
                common.append(id);
        }
        if (!common.isEmpty()) {
            checks.append({K::Zones,
                           S::Pass,
                           tr("Zones in common with the cluster: %1.").arg(common.join(u", "_s)),
                           {}});
        } else {
            checks.append(
                {K::Zones, S::Fail,
                 tr("The endpoint service's zones (%1) have none in common with the cluster's "
                    "(%2).")
                     .arg(facts.serviceZoneIds->join(u", "_s), facts.clusterZoneIds.join(u", "_s)),
                 tr("Add a subnet in one of the cluster's zones (%1) to the service's load "
                    "balancer. Zone names differ per account: compare zone IDs.")
                     .arg(facts.clusterZoneIds.join(u", "_s))});
        }
    } else if (facts.visibility != AwsLinkFacts::Visibility::NotFound) {
        checks.append({K::Zones, S::Unknown, tr("The endpoint service's zones could not be read."),
                       tr("Make sure the service has a zone among %1.")
                           .arg(facts.clusterZoneIds.join(u", "_s))});
    }

    if (facts.acceptanceRequired) {
        checks.append({K::Acceptance,
                       S::Info,
                       *facts.acceptanceRequired
                           ? tr("Acceptance is required: the connection will wait in Pending "
                                "Acceptance until the request is accepted on AWS.")
                           : tr("Acceptance is not required: AWS accepts the request at once."),
                       {}});
    }
    return checks;
}

QString AwsLinkChecks::cause(const QList<AwsCheck> &checks)
{
    for (const AwsCheck &check : checks) {
        if (check.status == AwsCheck::Status::Fail)
            return check.sentence + u' ' + check.fix;
    }
    for (const AwsCheck &check : checks) {
        if (check.status == AwsCheck::Status::Unknown)
            return tr("No cause was found on the AWS side, but not everything could be checked: "
                      "%1")
                .arg(check.sentence);
    }
    return tr("The AWS side looks right: the service exists, TiDB Cloud's account is allowed and "
              "a zone is in common.");
}

} // namespace plc
