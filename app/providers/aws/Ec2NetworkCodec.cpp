#include "providers/aws/Ec2NetworkCodec.h"

#include "providers/aws/Ec2CodecParts.h"

using namespace Qt::StringLiterals;

namespace plc::Ec2NetworkCodec {

using Ec2Codec::boolean;
using Ec2Codec::Page;
using Ec2Codec::readPage;
using Ec2Codec::require;
using Ec2Codec::visible;

namespace {

QString ec2NameTag(const XmlTree &item)
{
    for (const XmlTree *tag : item.items(u"tagSet"_s)) {
        if (tag->textOf(u"key"_s) == "Name"_L1)
            return visible(tag->textOf(u"value"_s));
    }
    return {};
}

int ec2Number(const XmlTree &item, const QString &name, int fallback)
{
    bool ok = false;
    const int value = item.textOf(name).toInt(&ok);
    return ok ? value : fallback;
}

QStringList visibleTexts(const XmlTree &item, const QString &set)
{
    QStringList texts = item.itemTexts(set);
    for (QString &text : texts)
        text = visible(text);
    return texts;
}

std::optional<AwsVpcEndpoint> endpoint(const XmlTree &item, QString *error)
{
    AwsVpcEndpoint endpoint;
    endpoint.endpointId = visible(item.textOf(u"vpcEndpointId"_s));
    endpoint.vpcId = visible(item.textOf(u"vpcId"_s));
    endpoint.serviceName = visible(item.textOf(u"serviceName"_s));
    endpoint.state = visible(item.textOf(u"state"_s));
    endpoint.subnetIds = visibleTexts(item, u"subnetIdSet"_s);
    for (const XmlTree *group : item.items(u"groupSet"_s))
        endpoint.groupIds.append(visible(group->textOf(u"groupId"_s)));
    endpoint.privateDnsEnabled = boolean(item, u"privateDnsEnabled"_s, false);
    for (const XmlTree *entry : item.items(u"dnsEntrySet"_s))
        endpoint.dnsNames.append(visible(entry->textOf(u"dnsName"_s)));
    endpoint.created =
        QDateTime::fromString(item.textOf(u"creationTimestamp"_s), Qt::ISODateWithMs);
    const XmlTree &lastError = item.child(u"lastError"_s);
    if (!lastError.isEmpty())
        endpoint.lastError = visible(lastError.textOf(u"message"_s));
    if (!require(endpoint.endpointId, u"vpcEndpointId"_s, error) ||
        !require(endpoint.vpcId, u"vpcId"_s, error) || !require(endpoint.state, u"state"_s, error))
        return std::nullopt;
    return endpoint;
}

std::optional<AwsGroupRule> rule(const XmlTree &item, QString *error)
{
    AwsGroupRule rule;
    rule.ruleId = visible(item.textOf(u"securityGroupRuleId"_s));
    rule.groupId = visible(item.textOf(u"groupId"_s));
    rule.egress = boolean(item, u"isEgress"_s, false);
    rule.protocol = visible(item.textOf(u"ipProtocol"_s));
    rule.fromPort = ec2Number(item, u"fromPort"_s, -1);
    rule.toPort = ec2Number(item, u"toPort"_s, -1);
    rule.cidr = visible(item.textOf(u"cidrIpv4"_s));
    rule.cidrIpv6 = visible(item.textOf(u"cidrIpv6"_s));
    rule.prefixListId = visible(item.textOf(u"prefixListId"_s));
    rule.sourceGroupId = visible(item.child(u"referencedGroupInfo"_s).textOf(u"groupId"_s));
    rule.description = visible(item.textOf(u"description"_s));
    if (!require(rule.ruleId, u"securityGroupRuleId"_s, error) ||
        !require(rule.protocol, u"ipProtocol"_s, error))
        return std::nullopt;
    return rule;
}

/// `<ipPermissions>` / `<ipPermissionsEgress>`: a rule per IPv4 and IPv6 CIDR, prefix list and
/// source group.
void permissions(const XmlTree &group, const QString &set, bool egress, AwsSecurityGroup *into)
{
    for (const XmlTree *permission : group.items(set)) {
        AwsGroupRule base;
        base.groupId = into->groupId;
        base.egress = egress;
        base.protocol = visible(permission->textOf(u"ipProtocol"_s));
        base.fromPort = ec2Number(*permission, u"fromPort"_s, -1);
        base.toPort = ec2Number(*permission, u"toPort"_s, -1);
        for (const XmlTree *range : permission->items(u"ipRanges"_s)) {
            AwsGroupRule rule = base;
            rule.cidr = visible(range->textOf(u"cidrIp"_s));
            rule.description = visible(range->textOf(u"description"_s));
            into->rules.append(rule);
        }
        for (const XmlTree *range : permission->items(u"ipv6Ranges"_s)) {
            AwsGroupRule rule = base;
            rule.cidrIpv6 = visible(range->textOf(u"cidrIpv6"_s));
            rule.description = visible(range->textOf(u"description"_s));
            into->rules.append(rule);
        }
        for (const XmlTree *list : permission->items(u"prefixListIds"_s)) {
            AwsGroupRule rule = base;
            rule.prefixListId = visible(list->textOf(u"prefixListId"_s));
            rule.description = visible(list->textOf(u"description"_s));
            into->rules.append(rule);
        }
        for (const XmlTree *pair : permission->items(u"groups"_s)) {
            AwsGroupRule rule = base;
            rule.sourceGroupId = visible(pair->textOf(u"groupId"_s));
            rule.description = visible(pair->textOf(u"description"_s));
            into->rules.append(rule);
        }
    }
}

} // namespace

std::optional<Page<AwsVpc>> vpcs(const QByteArray &xml, QString *error)
{
    return readPage<AwsVpc>(xml, u"DescribeVpcsResponse"_s, u"vpcSet"_s, error,
                            [](const XmlTree &item, QString *problem) -> std::optional<AwsVpc> {
                                AwsVpc vpc;
                                vpc.vpcId = visible(item.textOf(u"vpcId"_s));
                                vpc.cidrBlock = visible(item.textOf(u"cidrBlock"_s));
                                vpc.name = ec2NameTag(item);
                                vpc.isDefault = boolean(item, u"isDefault"_s, false);
                                if (!require(vpc.vpcId, u"vpcId"_s, problem))
                                    return std::nullopt;
                                return vpc;
                            });
}

std::optional<bool> vpcAttribute(const QByteArray &xml, QString *error)
{
    const auto tree = Ec2Codec::document(xml, u"DescribeVpcAttributeResponse"_s, error);
    if (!tree)
        return std::nullopt;
    for (const QString &name : {u"enableDnsSupport"_s, u"enableDnsHostnames"_s}) {
        const XmlTree &attribute = tree->child(name);
        if (!attribute.isEmpty())
            return attribute.textOf(u"value"_s) == "true"_L1;
    }
    *error = u"an answer without the attribute"_s;
    return std::nullopt;
}

std::optional<Page<AwsSubnet>> subnets(const QByteArray &xml, QString *error)
{
    return readPage<AwsSubnet>(
        xml, u"DescribeSubnetsResponse"_s, u"subnetSet"_s, error,
        [](const XmlTree &item, QString *problem) -> std::optional<AwsSubnet> {
            AwsSubnet subnet;
            subnet.subnetId = visible(item.textOf(u"subnetId"_s));
            subnet.vpcId = visible(item.textOf(u"vpcId"_s));
            subnet.cidrBlock = visible(item.textOf(u"cidrBlock"_s));
            subnet.zoneName = visible(item.textOf(u"availabilityZone"_s));
            subnet.zoneId = visible(item.textOf(u"availabilityZoneId"_s));
            subnet.name = ec2NameTag(item);
            subnet.freeAddresses = ec2Number(item, u"availableIpAddressCount"_s, 0);
            if (!require(subnet.subnetId, u"subnetId"_s, problem) ||
                !require(subnet.zoneId, u"availabilityZoneId"_s, problem))
                return std::nullopt;
            return subnet;
        });
}

std::optional<Page<AwsSecurityGroup>> securityGroups(const QByteArray &xml, QString *error)
{
    return readPage<AwsSecurityGroup>(
        xml, u"DescribeSecurityGroupsResponse"_s, u"securityGroupInfo"_s, error,
        [](const XmlTree &item, QString *problem) -> std::optional<AwsSecurityGroup> {
            AwsSecurityGroup group;
            group.groupId = visible(item.textOf(u"groupId"_s));
            group.name = visible(item.textOf(u"groupName"_s));
            group.description = visible(item.textOf(u"groupDescription"_s));
            group.vpcId = visible(item.textOf(u"vpcId"_s));
            permissions(item, u"ipPermissions"_s, false, &group);
            permissions(item, u"ipPermissionsEgress"_s, true, &group);
            if (!require(group.groupId, u"groupId"_s, problem))
                return std::nullopt;
            return group;
        });
}

std::optional<QList<AwsGroupRule>> authorizedRules(const QByteArray &xml, QString *error)
{
    const auto tree = Ec2Codec::document(xml, u"AuthorizeSecurityGroupIngressResponse"_s, error);
    if (!tree)
        return std::nullopt;
    QList<AwsGroupRule> rules;
    for (const XmlTree *item : tree->items(u"securityGroupRuleSet"_s)) {
        auto made = rule(*item, error);
        if (!made)
            return std::nullopt;
        rules.append(*made);
    }
    return rules;
}

std::optional<Page<AwsVpcEndpoint>> vpcEndpoints(const QByteArray &xml, QString *error)
{
    return readPage<AwsVpcEndpoint>(xml, u"DescribeVpcEndpointsResponse"_s, u"vpcEndpointSet"_s,
                                    error, endpoint);
}

std::optional<AwsVpcEndpoint> createdEndpoint(const QByteArray &xml, QString *error)
{
    const auto tree = Ec2Codec::document(xml, u"CreateVpcEndpointResponse"_s, error);
    if (!tree)
        return std::nullopt;
    const XmlTree &made = tree->child(u"vpcEndpoint"_s);
    if (made.isEmpty()) {
        *error = u"an answer without <vpcEndpoint>"_s;
        return std::nullopt;
    }
    return endpoint(made, error);
}

std::optional<bool> returned(const QByteArray &xml, const QString &root, QString *error)
{
    const auto tree = Ec2Codec::document(xml, root, error);
    if (!tree)
        return std::nullopt;
    return tree->textOf(u"return"_s) == "true"_L1;
}

} // namespace plc::Ec2NetworkCodec
