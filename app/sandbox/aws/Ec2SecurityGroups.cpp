#include "sandbox/aws/Ec2SecurityGroups.h"

#include "sandbox/aws/Ec2Answers.h"
#include "sandbox/aws/Ec2Catalog.h"
#include "sandbox/aws/Ec2Network.h"
#include "sandbox/aws/Ec2Vpcs.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

using namespace Ec2Answers;

namespace {

/// Whether a rule lets TCP `port` in (or out): TCP or every protocol, the port in its range.
QString ruleText(const QJsonObject &rule)
{
    const QString peer = rule.contains("cidrIpv4"_L1)
                             ? rule.value("cidrIpv4"_L1).toString()
                             : rule.value("referencedGroupId"_L1).toString();
    return u"peer: %1, %2, from port: %3, to port: %4, ALLOW"_s.arg(
        peer, rule.value("ipProtocol"_L1).toString().toUpper(),
        QString::number(rule.value("fromPort"_L1).toInt()),
        QString::number(rule.value("toPort"_L1).toInt()));
}

bool sameRule(const QJsonObject &a, const QJsonObject &b)
{
    for (const auto key : {"isEgress"_L1, "ipProtocol"_L1, "fromPort"_L1, "toPort"_L1,
                           "cidrIpv4"_L1, "referencedGroupId"_L1}) {
        if (a.value(key) != b.value(key))
            return false;
    }
    return true;
}

void writeRule(AwsXmlAnswer &answer, const QJsonObject &group, const QJsonObject &rule,
               const QString &account)
{
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"securityGroupRuleId"_s, rule.value("securityGroupRuleId"_L1).toString());
    answer.element(u"groupId"_s, group.value("groupId"_L1).toString());
    answer.element(u"groupOwnerId"_s, account);
    answer.element(u"isEgress"_s, boolText(rule.value("isEgress"_L1).toBool()));
    answer.element(u"ipProtocol"_s, rule.value("ipProtocol"_L1).toString());
    answer.element(u"fromPort"_s, QString::number(rule.value("fromPort"_L1).toInt()));
    answer.element(u"toPort"_s, QString::number(rule.value("toPort"_L1).toInt()));
    if (rule.contains("cidrIpv4"_L1))
        answer.element(u"cidrIpv4"_s, rule.value("cidrIpv4"_L1).toString());
    if (rule.contains("referencedGroupId"_L1)) {
        xml.writeStartElement(u"referencedGroupInfo"_s);
        answer.element(u"groupId"_s, rule.value("referencedGroupId"_L1).toString());
        answer.element(u"userId"_s, account);
        xml.writeEndElement();
    }
    if (rule.contains("description"_L1))
        answer.element(u"description"_s, rule.value("description"_L1).toString());
    writeNameTag(answer, {});
}

/// `<ipPermissions>` or `<ipPermissionsEgress>`: a permission per rule.
void writePermissions(AwsXmlAnswer &answer, const QString &element, const QJsonArray &rules,
                      bool egress, const QString &account)
{
    QXmlStreamWriter &xml = answer.xml();
    xml.writeStartElement(element);
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        if (rule.value("isEgress"_L1).toBool() != egress)
            continue;
        xml.writeStartElement(u"item"_s);
        const QString protocol = rule.value("ipProtocol"_L1).toString();
        answer.element(u"ipProtocol"_s, protocol);
        if (protocol != "-1"_L1) {
            answer.element(u"fromPort"_s, QString::number(rule.value("fromPort"_L1).toInt()));
            answer.element(u"toPort"_s, QString::number(rule.value("toPort"_L1).toInt()));
        }
        xml.writeStartElement(u"groups"_s);
        if (rule.contains("referencedGroupId"_L1)) {
            xml.writeStartElement(u"item"_s);
            answer.element(u"userId"_s, account);
            answer.element(u"groupId"_s, rule.value("referencedGroupId"_L1).toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement(u"ipRanges"_s);
        if (rule.contains("cidrIpv4"_L1)) {
            xml.writeStartElement(u"item"_s);
            answer.element(u"cidrIp"_s, rule.value("cidrIpv4"_L1).toString());
            if (rule.contains("description"_L1))
                answer.element(u"description"_s, rule.value("description"_L1).toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEmptyElement(u"ipv6Ranges"_s);
        xml.writeEmptyElement(u"prefixListIds"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

std::optional<SandboxResponse> Ec2SecurityGroups::handle(const QString &action,
                                                         const AwsQuery &query)
{
    if (action == "DescribeSecurityGroups"_L1)
        return describeSecurityGroups(query);
    if (action == "DescribeSecurityGroupRules"_L1)
        return describeSecurityGroupRules(query);
    if (action == "AuthorizeSecurityGroupIngress"_L1)
        return authorizeIngress(query);
    return std::nullopt;
}

std::optional<QList<QJsonObject>> Ec2SecurityGroups::groups(const AwsQuery &query,
                                                            const QStringList &ids,
                                                            const QString &vpcId,
                                                            SandboxResponse *error) const
{
    QList<QJsonObject> found;
    for (const QString &id : ids) {
        if (malformed(id, u"sg"_s)) {
            *error = Ec2Catalog::invalid(query, u"InvalidGroupId.Malformed"_s,
                                         u"Invalid id: \"%1\" (expecting \"sg-...\")"_s.arg(id));
            return std::nullopt;
        }
        const auto group = m_networks->find(Ec2Vpcs::scope(query), Ec2Network::SecurityGroup, id);
        if (!group) {
            *error = Ec2Catalog::invalid(query, u"InvalidGroup.NotFound"_s,
                                         u"The security group '%1' does not exist"_s.arg(id));
            return std::nullopt;
        }
        if (!vpcId.isEmpty() && group->value("vpcId"_L1).toString() != vpcId) {
            *error = Ec2Catalog::invalid(
                query, u"InvalidParameter"_s,
                u"Security group %1 and the VPC %2 belong to different networks."_s.arg(id, vpcId));
            return std::nullopt;
        }
        found.append(*group);
    }
    return found;
}

SandboxResponse Ec2SecurityGroups::describeSecurityGroups(const AwsQuery &query)
{
    SandboxResponse error;
    AwsPaging paging;
    if (!paging.read(query, &error) ||
        !knownFilters(query, {u"vpc-id"_s, u"group-id"_s, u"group-name"_s, u"owner-id"_s}, &error))
        return error;
    if (auto dry = dryRun(query))
        return *dry;
    const QStringList ids = query.list(u"GroupId"_s);
    const QStringList names = query.list(u"GroupName"_s);
    if (!groups(query, ids, {}, &error))
        return error;
    const auto filters = query.filters();
    QList<QJsonObject> shown;
    const QList<QJsonObject> all =
        m_networks->list(Ec2Vpcs::scope(query), Ec2Network::SecurityGroup);
    for (const QJsonObject &g : all) {
        const QString id = g.value("groupId"_L1).toString();
        const QString name = g.value("groupName"_L1).toString();
        if ((ids.isEmpty() || ids.contains(id)) && (names.isEmpty() || names.contains(name)) &&
            passesFilter(filters, u"group-id"_s, id) &&
            passesFilter(filters, u"group-name"_s, name) &&
            passesFilter(filters, u"vpc-id"_s, g.value("vpcId"_L1).toString()) &&
            passesFilter(filters, u"owner-id"_s, query.account))
            shown.append(g);
    }
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"securityGroupInfo"_s);
    for (qsizetype i = paging.offset; i < shown.size() && i < paging.offset + paging.size; ++i) {
        const QJsonObject &g = shown.at(i);
        const QString id = g.value("groupId"_L1).toString();
        const QJsonArray rules = g.value("rules"_L1).toArray();
        xml.writeStartElement(u"item"_s);
        answer.element(u"ownerId"_s, query.account);
        answer.element(u"groupId"_s, id);
        answer.element(u"groupName"_s, g.value("groupName"_L1).toString());
        answer.element(u"groupDescription"_s, g.value("description"_L1).toString());
        answer.element(u"vpcId"_s, g.value("vpcId"_L1).toString());
        writePermissions(answer, u"ipPermissions"_s, rules, false, query.account);
        writePermissions(answer, u"ipPermissionsEgress"_s, rules, true, query.account);
        answer.element(u"securityGroupArn"_s, u"arn:aws:ec2:%1:%2:security-group/%3"_s.arg(
                                                  query.region, query.account, id));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    paging.writeNext(answer, shown.size());
    return answer.finish();
}

SandboxResponse Ec2SecurityGroups::describeSecurityGroupRules(const AwsQuery &query)
{
    SandboxResponse error;
    AwsPaging paging;
    if (!paging.read(query, &error) ||
        !knownFilters(query, {u"group-id"_s, u"security-group-rule-id"_s}, &error))
        return error;
    if (auto dry = dryRun(query))
        return *dry;
    const QStringList ids = query.list(u"SecurityGroupRuleId"_s);
    const auto filters = query.filters();
    QList<std::pair<QJsonObject, QJsonObject>> shown; // group, rule
    const QList<QJsonObject> all =
        m_networks->list(Ec2Vpcs::scope(query), Ec2Network::SecurityGroup);
    for (const QJsonObject &g : all) {
        if (!passesFilter(filters, u"group-id"_s, g.value("groupId"_L1).toString()))
            continue;
        for (const QJsonValue &value : g.value("rules"_L1).toArray()) {
            const QJsonObject rule = value.toObject();
            const QString id = rule.value("securityGroupRuleId"_L1).toString();
            if ((ids.isEmpty() || ids.contains(id)) &&
                passesFilter(filters, u"security-group-rule-id"_s, id))
                shown.append({g, rule});
        }
    }
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"securityGroupRuleSet"_s);
    for (qsizetype i = paging.offset; i < shown.size() && i < paging.offset + paging.size; ++i) {
        xml.writeStartElement(u"item"_s);
        writeRule(answer, shown.at(i).first, shown.at(i).second, query.account);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    paging.writeNext(answer, shown.size());
    return answer.finish();
}

SandboxResponse Ec2SecurityGroups::authorizeIngress(const AwsQuery &query)
{
    SandboxResponse error;
    const QString groupId = query.value(u"GroupId"_s);
    if (groupId.isEmpty())
        return Ec2Catalog::invalid(query, u"MissingParameter"_s,
                                   u"The request must contain the parameter groupId"_s);
    const auto found = groups(query, {groupId}, {}, &error);
    if (!found)
        return error;
    QJsonObject group = found->constFirst();
    // The permissions, from `IpPermissions.N.…` or the older top-level fields.
    QList<QJsonObject> added;
    const auto addPermission = [&](const QString &prefix) -> bool {
        const QString protocol = query.value(prefix + u"IpProtocol"_s).toLower();
        if (protocol != "tcp"_L1 && protocol != "udp"_L1 && protocol != "-1"_L1) {
            error = Ec2Catalog::invalid(
                query, u"InvalidParameterValue"_s,
                u"Invalid value '%1' for IP protocol. Unknown protocol."_s.arg(protocol));
            return false;
        }
        bool fromOk = false;
        bool toOk = false;
        const int from = query.value(prefix + u"FromPort"_s).toInt(&fromOk);
        const int to = query.value(prefix + u"ToPort"_s).toInt(&toOk);
        if (protocol != "-1"_L1 && (!fromOk || !toOk || from < 0 || to > 65535 || from > to)) {
            error = Ec2Catalog::invalid(
                query, u"InvalidParameterValue"_s,
                u"Invalid port range %1-%2"_s.arg(query.value(prefix + u"FromPort"_s),
                                                  query.value(prefix + u"ToPort"_s)));
            return false;
        }
        QJsonObject base{{u"isEgress"_s, false},
                         {u"ipProtocol"_s, protocol},
                         {u"fromPort"_s, protocol == "-1"_L1 ? -1 : from},
                         {u"toPort"_s, protocol == "-1"_L1 ? -1 : to}};
        for (int i = 1; query.has(prefix + u"IpRanges.%1.CidrIp"_s.arg(i)); ++i) {
            QJsonObject rule = base;
            rule[u"cidrIpv4"_s] = query.value(prefix + u"IpRanges.%1.CidrIp"_s.arg(i));
            const QString description = query.value(prefix + u"IpRanges.%1.Description"_s.arg(i));
            if (!description.isEmpty())
                rule[u"description"_s] = description;
            added.append(rule);
        }
        if (query.has(prefix + u"CidrIp"_s)) {
            QJsonObject rule = base;
            rule[u"cidrIpv4"_s] = query.value(prefix + u"CidrIp"_s);
            added.append(rule);
        }
        for (int i = 1; query.has(prefix + u"Groups.%1.GroupId"_s.arg(i)); ++i) {
            const QString source = query.value(prefix + u"Groups.%1.GroupId"_s.arg(i));
            if (!groups(query, {source}, group.value("vpcId"_L1).toString(), &error))
                return false;
            QJsonObject rule = base;
            rule[u"referencedGroupId"_s] = source;
            const QString description = query.value(prefix + u"Groups.%1.Description"_s.arg(i));
            if (!description.isEmpty())
                rule[u"description"_s] = description;
            added.append(rule);
        }
        return true;
    };
    if (query.has(u"IpPermissions.1.IpProtocol"_s)) {
        for (int n = 1; query.has(u"IpPermissions.%1.IpProtocol"_s.arg(n)); ++n) {
            if (!addPermission(u"IpPermissions.%1."_s.arg(n)))
                return error;
        }
    } else if (query.has(u"IpProtocol"_s) && !addPermission({})) {
        return error;
    }
    static const QRegularExpression cidrShape(
        u"^(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}/(3[0-2]|[12]?\\d)$"_s);
    for (const QJsonObject &rule : std::as_const(added)) {
        if (rule.contains("cidrIpv4"_L1) &&
            !cidrShape.match(rule.value("cidrIpv4"_L1).toString()).hasMatch())
            return Ec2Catalog::invalid(
                query, u"InvalidParameterValue"_s,
                u"CIDR block %1 is malformed"_s.arg(rule.value("cidrIpv4"_L1).toString()));
    }
    if (added.isEmpty())
        return Ec2Catalog::invalid(query, u"MissingParameter"_s,
                                   u"No permissions were given: IpPermissions is required"_s);
    QJsonArray rules = group.value("rules"_L1).toArray();
    for (const QJsonObject &rule : std::as_const(added)) {
        for (const QJsonValue &existing : std::as_const(rules)) {
            if (sameRule(existing.toObject(), rule))
                return Ec2Catalog::invalid(
                    query, u"InvalidPermission.Duplicate"_s,
                    u"the specified rule \"%1\" already exists"_s.arg(ruleText(rule)));
        }
    }
    if (auto dry = dryRun(query))
        return *dry;
    QList<QJsonObject> made;
    for (QJsonObject rule : std::as_const(added)) {
        rule[u"securityGroupRuleId"_s] =
            u"sgr-"_s +
            Ec2Catalog::hex17(groupId + QString::number(rules.size()) + query.requestId);
        rules.append(rule);
        made.append(rule);
    }
    group[u"rules"_s] = rules;
    if (!m_networks->put(Ec2Vpcs::scope(query), Ec2Network::SecurityGroup, groupId,
                         group.value("vpcId"_L1).toString(), group))
        return AwsErrors::ec2(500, u"InternalError"_s,
                              u"The sandbox could not save the security group"_s, query.requestId);
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    answer.element(u"return"_s, u"true"_s);
    xml.writeStartElement(u"securityGroupRuleSet"_s);
    for (const QJsonObject &rule : std::as_const(made)) {
        xml.writeStartElement(u"item"_s);
        writeRule(answer, group, rule, query.account);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return answer.finish();
}

} // namespace plc::sandbox
