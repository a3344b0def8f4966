#include "providers/alibaba/AlibabaInboundChecks.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
using AK = LinkCheck::Kind;
using AS = LinkCheck::Status;

LinkCheck alibabaCheck(AK kind, AS status, const QString &sentence, const QString &fix = {})
{
    return LinkCheck{kind, status, sentence, fix};
}

QString alibabaList(const QStringList &items)
{
    return QLocale().createSeparatedList(items);
}

bool alibabaEndpointAlive(const AlibabaVpcEndpoint &endpoint)
{
    return endpoint.status != "Deleting"_L1 && endpoint.status != "Deleted"_L1 &&
           endpoint.connectionStatus != "Deleting"_L1;
}

const AlibabaVSwitch *vSwitchById(const AlibabaInboundFacts &facts, const QString &id)
{
    for (const AlibabaVSwitch &vswitch : facts.vSwitches) {
        if (vswitch.vSwitchId == id)
            return &vswitch;
    }
    return nullptr;
}
} // namespace

QStringList AlibabaInboundChecks::openedFrom(const AlibabaSecurityGroup &group, int port)
{
    QStringList from;
    for (const AlibabaGroupRule &rule : group.rules) {
        if (rule.opensInbound(port))
            from.append(rule.from());
    }
    from.removeAll(QString());
    return from;
}

QStringList AlibabaInboundChecks::suggestedVSwitches(const AlibabaInboundFacts &facts)
{
    QStringList chosen;
    for (const QString &zone : facts.serviceZoneIds) {
        const AlibabaVSwitch *best = nullptr;
        for (const AlibabaVSwitch &vswitch : facts.vSwitches) {
            if (vswitch.zoneId == zone && (!best || vswitch.freeAddresses > best->freeAddresses))
                best = &vswitch;
        }
        if (best)
            chosen.append(best->vSwitchId);
    }
    return chosen;
}

QStringList AlibabaInboundChecks::suggestedGroups(const AlibabaInboundFacts &facts)
{
    QStringList opening;
    QString fallback;
    for (const AlibabaSecurityGroup &group : facts.groups) {
        if (group.managed)
            continue;
        if (!openedFrom(group, facts.port).isEmpty())
            opening.append(group.groupId);
        if (group.name == "default"_L1)
            fallback = group.groupId;
    }
    if (opening.isEmpty() && !fallback.isEmpty())
        opening.append(fallback);
    return opening;
}

std::optional<AlibabaVpcEndpoint> AlibabaInboundChecks::reusable(const AlibabaInboundFacts &facts)
{
    for (const AlibabaVpcEndpoint &endpoint : facts.existing) {
        if (alibabaEndpointAlive(endpoint) && endpoint.serviceName == facts.serviceName)
            return endpoint;
    }
    return std::nullopt;
}

QList<AlibabaEndpointRequest::Zone> AlibabaInboundChecks::zonesOf(const AlibabaInboundFacts &facts,
                                                                  const QStringList &vSwitchIds)
{
    QList<AlibabaEndpointRequest::Zone> zones;
    for (const QString &id : vSwitchIds) {
        if (const AlibabaVSwitch *vswitch = vSwitchById(facts, id))
            zones.append({vswitch->zoneId, vswitch->vSwitchId});
    }
    return zones;
}

QList<LinkCheck> AlibabaInboundChecks::evaluate(const AlibabaInboundFacts &facts,
                                                const AlibabaInboundChoice &choice)
{
    QList<LinkCheck> checks;
    const QString vpc = facts.vpc.vpcId;
    if (vpc.isEmpty()) {
        checks.append(alibabaCheck(
            AK::Network, AS::Fail, tr("No VPC in %1 is chosen.").arg(facts.region),
            tr("Choose the VPC in %1 that your applications run in: the endpoint can be "
               "reached only from its own VPC.")
                .arg(facts.region)));
        return checks;
    }
    checks.append(alibabaCheck(AK::Network, AS::Pass,
                               tr("VPC %1 (%2) is in %3, the service's region.")
                                   .arg(vpc, facts.vpc.cidrBlock, facts.region)));

    // Zones: one vSwitch in each zone the endpoint is to answer in, all of them the service's.
    QStringList sharedZones;
    for (const AlibabaVSwitch &vswitch : facts.vSwitches) {
        if (facts.serviceZoneIds.contains(vswitch.zoneId) && !sharedZones.contains(vswitch.zoneId))
            sharedZones.append(vswitch.zoneId);
    }
    QStringList chosenZones;
    QStringList outside;
    QStringList twice;
    for (const QString &id : choice.vSwitchIds) {
        const AlibabaVSwitch *vswitch = vSwitchById(facts, id);
        if (!vswitch)
            continue;
        if (!facts.serviceZoneIds.contains(vswitch->zoneId))
            outside.append(u"%1 (%2)"_s.arg(id, vswitch->zoneId));
        else if (chosenZones.contains(vswitch->zoneId))
            twice.append(id);
        else
            chosenZones.append(vswitch->zoneId);
    }
    const QString serviceZones = alibabaList(facts.serviceZoneIds);
    if (sharedZones.isEmpty())
        checks.append(alibabaCheck(
            AK::Zones, AS::Fail,
            tr("VPC %1 has no vSwitch in the service's zones (%2).").arg(vpc, serviceZones),
            tr("Create a vSwitch in one of these zones in the VPC console, then check again.")));
    else if (!outside.isEmpty())
        checks.append(alibabaCheck(AK::Zones, AS::Fail,
                                   tr("These vSwitches are outside the service's zones (%1): %2.")
                                       .arg(serviceZones, alibabaList(outside)),
                                   tr("Choose only vSwitches in the service's zones.")));
    else if (!twice.isEmpty())
        checks.append(
            alibabaCheck(AK::Zones, AS::Fail,
                         tr("More than one vSwitch in the same zone: %1.").arg(alibabaList(twice)),
                         tr("Choose at most one vSwitch in each zone.")));
    else if (chosenZones.isEmpty())
        checks.append(alibabaCheck(
            AK::Zones, AS::Fail, tr("No vSwitch is chosen."),
            tr("Choose at least one vSwitch. One in each zone the VPC shares with the service "
               "(%1) keeps the endpoint reachable when a zone is down.")
                .arg(alibabaList(sharedZones))));
    else if (chosenZones.size() < sharedZones.size())
        checks.append(alibabaCheck(AK::Zones, AS::Info,
                                   tr("vSwitches in %1 of the %2 zones the VPC shares with the "
                                      "service (%3).")
                                       .arg(chosenZones.size())
                                       .arg(sharedZones.size())
                                       .arg(alibabaList(chosenZones)),
                                   tr("A vSwitch in each shared zone keeps the endpoint "
                                      "reachable when a zone is down.")));
    else
        checks.append(alibabaCheck(AK::Zones, AS::Pass,
                                   tr("A vSwitch in each zone the VPC shares with the service "
                                      "(%1).")
                                       .arg(alibabaList(chosenZones))));

    // The port.
    QStringList opening;
    for (const AlibabaSecurityGroup &group : facts.groups) {
        if (!choice.groupIds.contains(group.groupId))
            continue;
        const QStringList from = openedFrom(group, facts.port);
        if (!from.isEmpty())
            opening.append(tr("%1 from %2").arg(group.groupId, alibabaList(from)));
    }
    if (choice.groupIds.isEmpty())
        checks.append(
            alibabaCheck(AK::Port, AS::Fail, tr("No security group is chosen."),
                         tr("Choose a security group that lets TCP %1 in from your applications.")
                             .arg(facts.port)));
    else if (opening.isEmpty())
        checks.append(alibabaCheck(
            AK::Port, AS::Fail, tr("No chosen security group lets TCP %1 in.").arg(facts.port),
            tr("Add an inbound rule for TCP %1 from the VPC (%2) or from your applications' "
               "security group.")
                .arg(facts.port)
                .arg(facts.vpc.cidrBlock)));
    else
        checks.append(
            alibabaCheck(AK::Port, AS::Pass,
                         tr("TCP %1 is let in: %2.").arg(facts.port).arg(alibabaList(opening))));

    // Alibaba Cloud allows one endpoint per service and VPC.
    if (const auto endpoint = reusable(facts))
        checks.append(alibabaCheck(
            AK::Existing, AS::Fail,
            tr("VPC %1 already has endpoint %2 to this service (%3).")
                .arg(vpc, endpoint->endpointId, endpoint->status),
            tr("Use that endpoint: it serves every cluster behind the service, and Alibaba "
               "Cloud refuses a second endpoint to the same service in one VPC.")));
    else
        checks.append(alibabaCheck(AK::Existing, AS::Pass,
                                   tr("VPC %1 has no endpoint to this service yet.").arg(vpc)));
    if (!facts.readError.isEmpty())
        checks.append(alibabaCheck(AK::Network, AS::Unknown, facts.readError,
                                   tr("Check the AccessKey's RAM permissions, then check again.")));
    return checks;
}

} // namespace plc
