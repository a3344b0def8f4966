#include "sandbox/alibaba/AlibabaEcsApi.h"

#include "sandbox/SandboxIds.h"
#include "sandbox/alibaba/AlibabaNetwork.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

/// `SecurityGroupIds`: a JSON array of IDs, as ECS takes it (`["sg-1","sg-2"]`).
std::optional<QStringList> groupIds(const QString &value)
{
    if (value.isEmpty())
        return QStringList();
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QStringList ids;
    for (const QJsonValue &id : document.array()) {
        if (!id.isString())
            return std::nullopt;
        ids.append(id.toString());
    }
    return ids;
}

/// A PortRange's two ends, `from/to`; none when it is not two whole numbers.
std::optional<std::pair<int, int>> portEnds(const QString &range)
{
    const QStringList ends = range.split(u'/');
    if (ends.size() != 2)
        return std::nullopt;
    bool fromOk = false;
    bool toOk = false;
    const int from = ends.at(0).toInt(&fromOk);
    const int to = ends.at(1).toInt(&toOk);
    if (!fromOk || !toOk || from < -1 || to < -1 || from > 65535 || to > 65535)
        return std::nullopt;
    return std::pair{from, to};
}

/// TCP and UDP take 1 to 65535, the others -1/-1.
bool portsFitProtocol(const QString &protocol, std::pair<int, int> ends)
{
    if (protocol == "TCP"_L1 || protocol == "UDP"_L1)
        return ends.first >= 1 && ends.first <= ends.second;
    return ends.first == -1 && ends.second == -1;
}

bool validCidr(const QString &cidr)
{
    const auto [address, length] =
        QHostAddress::parseSubnet(cidr.contains(u'/') ? cidr : cidr + u"/32"_s);
    return !address.isNull() && address.protocol() == QAbstractSocket::IPv4Protocol && length >= 0;
}

} // namespace

SandboxResponse AlibabaEcsApi::handle(const SandboxRequest &request)
{
    const AlibabaCall call = AlibabaCall::from(request, u"ecs"_s);
    if (auto refusal = call.refuseVersionOrRegion(QString::fromLatin1(Version)))
        return *refusal;
    if (call.action == "DescribeSecurityGroups"_L1)
        return groups(call);
    if (call.action == "DescribeSecurityGroupAttribute"_L1)
        return attribute(call);
    if (call.action == "AuthorizeSecurityGroup"_L1)
        return authorize(call);
    return call.unknownAction();
}

SandboxResponse AlibabaEcsApi::groups(const AlibabaCall &call) const
{
    AlibabaNumberedPage page;
    QString problem;
    if (!page.read(call, 50, &problem))
        return call.fail(400, u"InvalidParameter"_s, problem);
    const auto ids = groupIds(call.value(u"SecurityGroupIds"_s));
    if (!ids)
        return call.fail(400, u"InvalidSecurityGroupIds.Malformed"_s,
                         u"The specified SecurityGroupIds is not a JSON array of IDs."_s);
    if (call.dryRun())
        return call.dryRunPassed();
    const NetworkScope scope = AlibabaNetwork::scope(call.account, call.region);
    const QString one = call.value(u"SecurityGroupId"_s);
    const QString name = call.value(u"SecurityGroupName"_s);
    QJsonArray items;
    const QList<QJsonObject> stored =
        m_networks.list(scope, AlibabaNetwork::SecurityGroup, call.value(u"VpcId"_s));
    for (const QJsonObject &group : stored) {
        const QString id = group.value("SecurityGroupId"_L1).toString();
        if ((!ids->isEmpty() && !ids->contains(id)) || (!one.isEmpty() && one != id) ||
            (!name.isEmpty() && group.value("SecurityGroupName"_L1).toString() != name))
            continue;
        QJsonObject out = group;
        out.remove(u"Permissions"_s);
        out.insert(u"ResourceGroupId"_s, QString());
        out.insert(u"EcsCount"_s, 0);
        out.insert(u"AvailableInstanceAmount"_s, 2000);
        out.insert(u"RuleCount"_s, int(group.value("Permissions"_L1).toArray().size()));
        out.insert(u"Tags"_s, QJsonObject{{u"Tag"_s, QJsonArray()}});
        items.append(out);
    }
    QJsonObject answer = call.answer();
    answer.insert(u"RegionId"_s, call.region);
    page.write(answer, items.size());
    answer.insert(u"SecurityGroups"_s, QJsonObject{{u"SecurityGroup"_s, page.of(items)}});
    return SandboxResponse::ok(answer);
}

std::optional<QJsonObject> AlibabaEcsApi::group(const AlibabaCall &call,
                                                SandboxResponse *refusal) const
{
    const QString id = call.value(u"SecurityGroupId"_s);
    if (id.isEmpty()) {
        *refusal = call.missing(u"SecurityGroupId"_s);
        return std::nullopt;
    }
    auto found = m_networks.find(AlibabaNetwork::scope(call.account, call.region),
                                 AlibabaNetwork::SecurityGroup, id);
    if (!found)
        *refusal = call.fail(404, u"InvalidSecurityGroupId.NotFound"_s,
                             u"The specified SecurityGroupId %1 does not exist in region %2."_s.arg(
                                 id, call.region));
    return found;
}

SandboxResponse AlibabaEcsApi::attribute(const AlibabaCall &call) const
{
    SandboxResponse refusal;
    const auto found = group(call, &refusal);
    if (!found)
        return refusal;
    const QString direction = call.value(u"Direction"_s);
    if (!direction.isEmpty() && direction != "ingress"_L1 && direction != "egress"_L1 &&
        direction != "all"_L1)
        return call.fail(400, u"InvalidDirection.Malformed"_s,
                         u"The specified Direction is not ingress, egress or all."_s);
    QJsonArray permissions;
    for (const QJsonValue &value : found->value("Permissions"_L1).toArray()) {
        QJsonObject rule = value.toObject();
        if (!direction.isEmpty() && direction != "all"_L1 &&
            rule.value("Direction"_L1).toString() != direction)
            continue;
        rule.insert(u"NicType"_s, u"intranet"_s);
        rule.insert(u"DestCidrIp"_s, QString());
        rule.insert(u"DestGroupId"_s, QString());
        rule.insert(u"SourcePortRange"_s, QString());
        rule.insert(u"Ipv6SourceCidrIp"_s, QString());
        rule.insert(u"Ipv6DestCidrIp"_s, QString());
        permissions.append(rule);
    }
    QJsonObject answer = call.answer();
    answer.insert(u"RegionId"_s, call.region);
    answer.insert(u"SecurityGroupId"_s, found->value("SecurityGroupId"_L1));
    answer.insert(u"SecurityGroupName"_s, found->value("SecurityGroupName"_L1));
    answer.insert(u"Description"_s, found->value("Description"_L1));
    answer.insert(u"VpcId"_s, found->value("VpcId"_L1));
    answer.insert(u"InnerAccessPolicy"_s, u"Accept"_s);
    answer.insert(u"Permissions"_s, QJsonObject{{u"Permission"_s, permissions}});
    return SandboxResponse::ok(answer);
}

std::optional<QJsonObject> AlibabaEcsApi::rule(const AlibabaCall &call, const QJsonObject &group,
                                               SandboxResponse *refusal) const
{
    static const QStringList protocols{u"TCP"_s, u"UDP"_s, u"ICMP"_s,
                                       u"GRE"_s, u"ALL"_s, u"ICMPV6"_s};
    const auto refuse = [&](const SandboxResponse &response) {
        *refusal = response;
        return std::nullopt;
    };
    const QString protocol = call.value(u"IpProtocol"_s).toUpper();
    if (protocol.isEmpty())
        return refuse(call.missing(u"IpProtocol"_s));
    if (!protocols.contains(protocol))
        return refuse(call.fail(400, u"InvalidIpProtocol.ValueNotSupported"_s,
                                u"The IpProtocol %1 is not TCP, UDP, ICMP, ICMPv6, GRE or ALL (in "
                                "any case)."_s.arg(call.value(u"IpProtocol"_s))));
    const QString ports = call.value(u"PortRange"_s);
    if (ports.isEmpty())
        return refuse(call.missing(u"PortRange"_s));
    const auto ends = portEnds(ports);
    if (!ends)
        return refuse(
            call.fail(400, u"InvalidParam.PortRange"_s,
                      u"The PortRange %1 is not two port numbers as from/to."_s.arg(ports)));
    if (!portsFitProtocol(protocol, *ends))
        return refuse(call.fail(400, u"InvalidParam.ProtocolAndPortRangeMismatch"_s,
                                u"The PortRange %1 does not fit %2: 1 to 65535 for TCP and UDP, "
                                "-1/-1 otherwise."_s.arg(ports, protocol)));
    const QString cidr = call.value(u"SourceCidrIp"_s);
    const QString sourceGroup = call.value(u"SourceGroupId"_s);
    if (cidr.isEmpty() && sourceGroup.isEmpty())
        return refuse(call.fail(400, u"MissingParameter.Source"_s,
                                u"A rule needs its source: SourceCidrIp or SourceGroupId."_s));
    if (!cidr.isEmpty() && !validCidr(cidr))
        return refuse(call.fail(400, u"InvalidSourceCidrIp.Malformed"_s,
                                u"The specified SourceCidrIp %1 is not an IPv4 address or CIDR "
                                "block."_s.arg(cidr)));
    if (!sourceGroup.isEmpty()) {
        const QString groupId = group.value("SecurityGroupId"_L1).toString();
        if (sourceGroup == groupId)
            return refuse(call.fail(403, u"InvalidParamter.Conflict"_s,
                                    u"The source group is the group itself."_s));
        const auto source = m_networks.find(AlibabaNetwork::scope(call.account, call.region),
                                            AlibabaNetwork::SecurityGroup, sourceGroup);
        if (!source)
            return refuse(call.fail(404, u"InvalidSourceGroupId.NotFound"_s,
                                    u"The source security group %1 does not exist in region "
                                    "%2."_s.arg(sourceGroup, call.region)));
        if (source->value("VpcId"_L1) != group.value("VpcId"_L1))
            return refuse(call.fail(400, u"InvalidSourceGroupId.Mismatch"_s,
                                    u"The source security group %1 is not in the VPC of %2."_s.arg(
                                        sourceGroup, groupId)));
    }
    const QString policy = call.value(u"Policy"_s).toLower();
    if (!policy.isEmpty() && policy != "accept"_L1 && policy != "drop"_L1)
        return refuse(call.fail(400, u"InvalidPolicy.Malformed"_s,
                                u"The specified Policy is not accept or drop."_s));
    const QString priorityText = call.value(u"Priority"_s);
    bool priorityOk = true;
    const int priority = priorityText.isEmpty() ? 1 : priorityText.toInt(&priorityOk);
    if (!priorityOk || priority < 1 || priority > 100)
        return refuse(call.fail(400, u"InvalidPriority.Malformed"_s,
                                u"The specified Priority is not from 1 to 100."_s));
    return QJsonObject{{u"Direction"_s, u"ingress"_s},
                       {u"IpProtocol"_s, protocol},
                       {u"PortRange"_s, ports},
                       {u"SourceCidrIp"_s, cidr},
                       {u"SourceGroupId"_s, sourceGroup},
                       {u"Policy"_s, policy == "drop"_L1 ? u"Drop"_s : u"Accept"_s},
                       {u"Priority"_s, QString::number(priority)},
                       {u"Description"_s, call.value(u"Description"_s)}};
}

SandboxResponse AlibabaEcsApi::authorize(const AlibabaCall &call)
{
    SandboxResponse refusal;
    auto found = group(call, &refusal);
    if (!found)
        return refusal;
    if (found->value("ServiceManaged"_L1).toBool())
        return call.fail(403, u"InvalidOperation.ResourceManagedByCloudProduct"_s,
                         u"The security group %1 is managed by a cloud product and cannot be "
                         "changed."_s.arg(found->value("SecurityGroupId"_L1).toString()));
    QJsonObject first;
    const auto seen = m_tokens.look(call, &first);
    if (seen == AlibabaClientTokens::Seen::Other)
        return AlibabaClientTokens::mismatch(call);
    const auto asked = rule(call, *found, &refusal);
    if (!asked)
        return refusal;
    if (call.dryRun())
        return call.dryRunPassed();
    if (seen == AlibabaClientTokens::Seen::Same)
        return SandboxResponse::ok({{u"RequestId"_s, first.value("RequestId"_L1)}});
    // The same rule again (the description aside) is accepted and adds nothing.
    QJsonArray permissions = found->value("Permissions"_L1).toArray();
    bool exists = false;
    for (const QJsonValue &value : std::as_const(permissions)) {
        const QJsonObject existing = value.toObject();
        bool same = true;
        for (const auto *field : {"Direction", "IpProtocol", "PortRange", "SourceCidrIp",
                                  "SourceGroupId", "Policy", "Priority"})
            same = same && existing.value(QLatin1StringView(field)) ==
                               asked->value(QLatin1StringView(field));
        exists = exists || same;
    }
    if (!exists) {
        QJsonObject added = *asked;
        added.insert(u"SecurityGroupRuleId"_s, u"sgr-"_s + SandboxIds::alibabaEndpointId().mid(3));
        added.insert(u"CreateTime"_s, SandboxIds::nowRfc3339());
        permissions.append(added);
        found->insert(u"Permissions"_s, permissions);
        if (!m_networks.put(AlibabaNetwork::scope(call.account, call.region),
                            AlibabaNetwork::SecurityGroup,
                            found->value("SecurityGroupId"_L1).toString(),
                            found->value("VpcId"_L1).toString(), *found))
            return call.fail(500, u"InternalError"_s, u"The rule could not be stored."_s);
    }
    if (!m_tokens.remember(call, found->value("SecurityGroupId"_L1).toString()))
        return call.fail(500, u"InternalError"_s, u"The client token could not be stored."_s);
    return SandboxResponse::ok(call.answer());
}

} // namespace plc::sandbox
