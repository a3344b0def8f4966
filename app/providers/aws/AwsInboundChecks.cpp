#include "providers/aws/AwsInboundChecks.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
using K = LinkCheck::Kind;
using S = LinkCheck::Status;

LinkCheck check(K kind, S status, const QString &sentence, const QString &fix = {})
{
    return LinkCheck{kind, status, sentence, fix};
}

QString joined(const QStringList &items)
{
    return QLocale().createSeparatedList(items);
}

bool usable(const AwsVpcEndpoint &endpoint)
{
    static const QStringList gone{u"deleting"_s, u"deleted"_s, u"failed"_s, u"rejected"_s,
                                  u"expired"_s};
    return !gone.contains(endpoint.state);
}
} // namespace

QStringList AwsInboundChecks::openedFrom(const AwsSecurityGroup &group, int port)
{
    QStringList from;
    for (const AwsGroupRule &rule : group.rules) {
        if (rule.opensInbound(port))
            from.append(rule.from());
    }
    from.removeAll(QString());
    return from;
}

QStringList AwsInboundChecks::suggestedSubnets(const AwsInboundFacts &facts)
{
    QStringList chosen;
    for (const QString &zone : facts.serviceZoneIds) {
        const AwsSubnet *best = nullptr;
        for (const AwsSubnet &subnet : facts.subnets) {
            if (subnet.zoneId == zone && (!best || subnet.freeAddresses > best->freeAddresses))
                best = &subnet;
        }
        if (best)
            chosen.append(best->subnetId);
    }
    return chosen;
}

QStringList AwsInboundChecks::suggestedGroups(const AwsInboundFacts &facts)
{
    QStringList opening;
    QString fallback;
    for (const AwsSecurityGroup &group : facts.groups) {
        if (!openedFrom(group, facts.port).isEmpty())
            opening.append(group.groupId);
        if (group.name == "default"_L1)
            fallback = group.groupId;
    }
    if (opening.isEmpty() && !fallback.isEmpty())
        opening.append(fallback);
    return opening;
}

std::optional<AwsVpcEndpoint> AwsInboundChecks::reusable(const AwsInboundFacts &facts)
{
    for (const AwsVpcEndpoint &endpoint : facts.existing) {
        if (usable(endpoint) && endpoint.serviceName == facts.serviceName)
            return endpoint;
    }
    return std::nullopt;
}

QList<LinkCheck> AwsInboundChecks::evaluate(const AwsInboundFacts &facts,
                                            const AwsInboundChoice &choice)
{
    QList<LinkCheck> checks;
    const QString vpc = facts.vpc.vpcId;
    if (vpc.isEmpty()) {
        checks.append(check(K::Network, S::Fail, tr("No VPC is chosen in %1.").arg(facts.region),
                            tr("Choose the VPC your applications run in, in %1. An endpoint "
                               "serves only the VPC it is in.")
                                .arg(facts.region)));
        return checks;
    }
    checks.append(check(K::Network, S::Pass,
                        tr("VPC %1 (%2) is in %3, the region of the service.")
                            .arg(vpc, facts.vpc.cidrBlock, facts.region)));
    if (!facts.readError.isEmpty()) {
        // What was not read is not judged: no "no endpoint yet" from a list that failed.
        checks.append(check(K::Network, S::Unknown, facts.readError,
                            tr("Check the account's permissions, then check again.")));
        return checks;
    }

    // DNS: private DNS needs both attributes.
    if (choice.privateDns) {
        if (!facts.dnsSupport || !facts.dnsHostnames)
            checks.append(check(K::Network, S::Unknown,
                                tr("The DNS attributes of VPC %1 could not be read.").arg(vpc),
                                tr("Private DNS needs DNS resolution and DNS hostnames on in the "
                                   "VPC; check them in the VPC console.")));
        else if (!*facts.dnsSupport || !*facts.dnsHostnames)
            checks.append(check(
                K::Network, S::Fail,
                !*facts.dnsSupport
                    ? tr("Private DNS cannot be used: DNS resolution is off in VPC %1.").arg(vpc)
                    : tr("Private DNS cannot be used: DNS hostnames are off in VPC %1.").arg(vpc),
                tr("Turn on DNS resolution and DNS hostnames for the VPC, or make the endpoint "
                   "without private DNS and connect with its own DNS name.")));
        else
            checks.append(check(K::Network, S::Pass,
                                tr("DNS resolution and DNS hostnames are on in VPC %1: the "
                                   "cluster's host will resolve to the endpoint.")
                                    .arg(vpc)));
    }

    // Zones, by ID: names differ between accounts.
    QStringList sharedZones;
    for (const AwsSubnet &subnet : facts.subnets) {
        if (facts.serviceZoneIds.contains(subnet.zoneId) && !sharedZones.contains(subnet.zoneId))
            sharedZones.append(subnet.zoneId);
    }
    QStringList chosenZones;
    QStringList outside;
    QStringList twice;
    for (const QString &id : choice.subnetIds) {
        const auto subnet = std::find_if(facts.subnets.cbegin(), facts.subnets.cend(),
                                         [&](const AwsSubnet &s) { return s.subnetId == id; });
        if (subnet == facts.subnets.cend())
            continue;
        if (!facts.serviceZoneIds.contains(subnet->zoneId))
            outside.append(u"%1 (%2)"_s.arg(id, subnet->zoneId));
        else if (chosenZones.contains(subnet->zoneId))
            twice.append(id);
        else
            chosenZones.append(subnet->zoneId);
    }
    const QString serviceZones = joined(facts.serviceZoneIds);
    if (sharedZones.isEmpty())
        checks.append(
            check(K::Zones, S::Fail,
                  tr("VPC %1 has no subnet in the service's zones (%2).").arg(vpc, serviceZones),
                  tr("Create a subnet in one of these zones (by zone ID: zone names "
                     "differ between accounts), then check again.")));
    else if (!outside.isEmpty())
        checks.append(
            check(K::Zones, S::Fail,
                  tr("Not in the service's zones (%1): %2.").arg(serviceZones, joined(outside)),
                  tr("Choose subnets in the service's zones only.")));
    else if (!twice.isEmpty())
        checks.append(check(K::Zones, S::Fail,
                            tr("More than one subnet in a zone: %1.").arg(joined(twice)),
                            tr("Choose one subnet per zone.")));
    else if (chosenZones.isEmpty())
        checks.append(check(K::Zones, S::Fail, tr("No subnet is chosen."),
                            tr("Choose at least one subnet; one in each zone the VPC shares "
                               "with the service (%1) keeps the endpoint up when a zone fails.")
                                .arg(joined(sharedZones))));
    else if (chosenZones.size() < sharedZones.size())
        checks.append(check(K::Zones, S::Info,
                            tr("Subnets in %1 of the %2 zones the VPC shares with the service "
                               "(%3).")
                                .arg(chosenZones.size())
                                .arg(sharedZones.size())
                                .arg(joined(chosenZones)),
                            tr("One subnet in each shared zone keeps the endpoint up when a zone "
                               "fails.")));
    else
        checks.append(check(K::Zones, S::Pass,
                            tr("A subnet in each zone the VPC shares with the service (%1).")
                                .arg(joined(chosenZones))));

    // The port.
    QStringList opening;
    for (const AwsSecurityGroup &group : facts.groups) {
        if (!choice.groupIds.contains(group.groupId))
            continue;
        const QStringList from = openedFrom(group, facts.port);
        if (!from.isEmpty())
            opening.append(tr("%1 from %2").arg(group.groupId, joined(from)));
    }
    if (choice.groupIds.isEmpty())
        checks.append(check(
            K::Port, S::Fail, tr("No security group is chosen."),
            tr("Choose a group that lets TCP %1 in from your applications.").arg(facts.port)));
    else if (opening.isEmpty())
        checks.append(
            check(K::Port, S::Fail,
                  tr("None of the chosen security groups lets TCP %1 in.").arg(facts.port),
                  tr("Add an inbound rule for TCP %1 from the VPC (%2) or from your "
                     "applications' group.")
                      .arg(facts.port)
                      .arg(facts.vpc.cidrBlock)));
    else
        checks.append(check(K::Port, S::Pass,
                            tr("TCP %1 is let in: %2.").arg(facts.port).arg(joined(opening))));

    // One endpoint per service and VPC.
    if (const auto endpoint = reusable(facts))
        checks.append(check(K::Existing, S::Fail,
                            tr("VPC %1 already has endpoint %2 to this service (%3).")
                                .arg(vpc, endpoint->endpointId, endpoint->state),
                            tr("Use that endpoint: one endpoint per VPC serves every cluster "
                               "behind the service, and a second one with private DNS is "
                               "refused (conflicting DNS domain).")));
    else
        checks.append(
            check(K::Existing, S::Pass, tr("No endpoint to this service in VPC %1 yet.").arg(vpc)));
    return checks;
}

} // namespace plc
