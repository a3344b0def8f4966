#include "sandbox/alibaba/AlibabaEndpointRules.h"

#include "sandbox/SandboxIds.h"
#include "sandbox/alibaba/AlibabaNetwork.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox::AlibabaEndpointRules {

std::optional<QJsonObject> checked(const NetworkStore &networks,
                                   const AlibabaEndpointServices &services, const AlibabaCall &call,
                                   SandboxResponse *refusal)
{
    const auto refuse = [&](const SandboxResponse &response) {
        *refusal = response;
        return std::nullopt;
    };
    const QString vpcId = call.value(u"VpcId"_s);
    if (vpcId.isEmpty())
        return refuse(call.missing(u"VpcId"_s));
    const QString epsrvId = call.value(u"ServiceId"_s);
    const QString serviceName = call.value(u"ServiceName"_s);
    if (epsrvId.isEmpty() && serviceName.isEmpty())
        return refuse(call.missing(u"ServiceId"_s));
    const QString type = call.value(u"EndpointType"_s);
    if (!type.isEmpty() && type != "Interface"_L1)
        return refuse(call.fail(400, u"Mismatch.EndpointType"_s,
                                u"The EndpointType %1 does not match the service's type, "
                                "Interface."_s.arg(type)));
    const NetworkScope scope = AlibabaNetwork::scope(call.account, call.region);
    const auto vpc = networks.find(scope, AlibabaNetwork::Vpc, vpcId);
    if (!vpc)
        return refuse(
            call.fail(400, u"VpcNotFound"_s,
                      u"The VPC %1 does not exist in region %2."_s.arg(vpcId, call.region)));
    bool notAuthorized = false;
    const auto service =
        services.find(call.account, call.region, epsrvId, serviceName, &notAuthorized);
    const QString named = epsrvId.isEmpty() ? serviceName : epsrvId;
    if (notAuthorized)
        return refuse(call.fail(400, u"EndpointServiceNotAuthorized"_s,
                                u"The account %1 is not in the whitelist of the endpoint service "
                                "%2."_s.arg(call.account, named)));
    if (!service)
        return refuse(call.fail(
            400, u"EndpointServiceNotFound"_s,
            u"The endpoint service %1 does not exist in region %2."_s.arg(named, call.region)));
    // Zone.N.ZoneId and Zone.N.VSwitchId: one vSwitch of this VPC per zone of the service.
    QJsonArray zones;
    for (int i = 1;; ++i) {
        const QString zoneId = call.value(u"Zone.%1.ZoneId"_s.arg(i));
        const QString vswitchId = call.value(u"Zone.%1.VSwitchId"_s.arg(i));
        if (zoneId.isEmpty() && vswitchId.isEmpty())
            break;
        if (zoneId.isEmpty())
            return refuse(call.missing(u"Zone.%1.ZoneId"_s.arg(i)));
        if (vswitchId.isEmpty())
            return refuse(call.missing(u"Zone.%1.VSwitchId"_s.arg(i)));
        const auto vswitch = networks.find(scope, AlibabaNetwork::VSwitch, vswitchId);
        if (!vswitch)
            return refuse(call.fail(
                400, u"VSwitchNotFound"_s,
                u"The vSwitch %1 does not exist in region %2."_s.arg(vswitchId, call.region)));
        if (vswitch->value("VpcId"_L1).toString() != vpcId)
            return refuse(call.fail(400, u"VSwitchNotFound"_s,
                                    u"The vSwitch %1 is in VPC %2, not in VPC %3."_s.arg(
                                        vswitchId, vswitch->value("VpcId"_L1).toString(), vpcId)));
        if (vswitch->value("ZoneId"_L1).toString() != zoneId)
            return refuse(
                call.fail(400, u"VSwitchNotFound"_s,
                          u"The vSwitch %1 is in zone %2, not in zone %3."_s.arg(
                              vswitchId, vswitch->value("ZoneId"_L1).toString(), zoneId)));
        if (!service->zones.contains(zoneId))
            return refuse(
                call.fail(400, u"EndpointServiceNotSupportedZone"_s,
                          u"The endpoint service %1 is not in zone %2; its zones are "
                          "%3."_s.arg(service->id, zoneId, service->zones.join(u", "_s))));
        for (const QJsonValue &other : std::as_const(zones)) {
            if (other["ZoneId"_L1].toString() == zoneId)
                return refuse(call.fail(400, u"EndpointZoneDuplicated"_s,
                                        u"The zone %1 is given twice."_s.arg(zoneId)));
        }
        zones.append(QJsonObject{{u"ZoneId"_s, zoneId},
                                 {u"VSwitchId"_s, vswitchId},
                                 {u"_cidr"_s, vswitch->value("CidrBlock"_L1)}});
    }
    if (zones.isEmpty())
        return refuse(call.missing(u"Zone.1.ZoneId"_s));
    const QStringList groups = call.repeated(u"SecurityGroupId"_s);
    if (groups.isEmpty())
        return refuse(call.fail(400, u"EndpointMustContainSecurityGroup"_s,
                                u"An endpoint needs at least one security group "
                                "(SecurityGroupId.1)."_s));
    for (const QString &groupId : groups) {
        const auto group = networks.find(scope, AlibabaNetwork::SecurityGroup, groupId);
        if (!group)
            return refuse(call.fail(
                400, u"SecurityGroupNotFound"_s,
                u"The security group %1 does not exist in region %2."_s.arg(groupId, call.region)));
        if (group->value("VpcId"_L1).toString() != vpcId)
            return refuse(call.fail(400, u"SecurityGroupNotFound"_s,
                                    u"The security group %1 is in VPC %2, not in VPC %3."_s.arg(
                                        groupId, group->value("VpcId"_L1).toString(), vpcId)));
    }
    // One endpoint per service and VPC: a second one would claim the same domain names.
    const QList<QJsonObject> existing = networks.list(scope, AlibabaNetwork::Endpoint, vpcId);
    const qint64 now = SandboxIds::nowMs();
    for (const QJsonObject &other : existing) {
        const qint64 gone = other.value("_deleteAtMs"_L1).toInteger();
        if (other.value("ServiceId"_L1).toString() == service->id && !(gone > 0 && now >= gone))
            return refuse(call.fail(
                400, u"EndpointDuplicated"_s,
                u"The VPC %1 already has the endpoint %2 to the endpoint service %3: one endpoint "
                "per service and VPC."_s.arg(vpcId, other.value("EndpointId"_L1).toString(),
                                             service->id)));
    }
    return QJsonObject{{u"ServiceId"_s, service->id},
                       {u"ServiceName"_s, service->name},
                       {u"ResourceOwner"_s, service->ownerAccount == call.account},
                       {u"_autoAccept"_s, service->autoAccept},
                       {u"_zones"_s, zones},
                       {u"_securityGroupIds"_s, QJsonArray::fromStringList(groups)}};
}

} // namespace plc::sandbox::AlibabaEndpointRules
