#include "sandbox/aws/Ec2Vpcs.h"

#include "sandbox/aws/AwsAccounts.h"
#include "sandbox/aws/Ec2Answers.h"
#include "sandbox/aws/Ec2Catalog.h"
#include "sandbox/aws/Ec2Network.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

using namespace Ec2Answers;

NetworkScope Ec2Vpcs::scope(const AwsQuery &query)
{
    return {Ec2Network::Cloud, query.account, query.region};
}

std::optional<SandboxResponse> Ec2Vpcs::handle(const QString &action, const AwsQuery &query)
{
    if (action == "DescribeVpcs"_L1)
        return describeVpcs(query);
    if (action == "DescribeVpcAttribute"_L1)
        return describeVpcAttribute(query);
    if (action == "ModifyVpcAttribute"_L1)
        return modifyVpcAttribute(query);
    if (action == "DescribeSubnets"_L1)
        return describeSubnets(query);
    return std::nullopt;
}

std::optional<QJsonObject> Ec2Vpcs::vpc(const AwsQuery &query, const QString &vpcId,
                                        SandboxResponse *error) const
{
    if (vpcId.isEmpty()) {
        *error = Ec2Catalog::invalid(query, u"MissingParameter"_s,
                                     u"The request must contain the parameter vpcId"_s);
        return std::nullopt;
    }
    if (malformed(vpcId, u"vpc"_s)) {
        *error = Ec2Catalog::invalid(query, u"InvalidVpcID.Malformed"_s,
                                     u"Invalid id: \"%1\""_s.arg(vpcId));
        return std::nullopt;
    }
    auto found = m_networks->find(scope(query), Ec2Network::Vpc, vpcId);
    if (!found)
        *error = Ec2Catalog::invalid(query, u"InvalidVpcID.NotFound"_s,
                                     u"The vpc ID '%1' does not exist"_s.arg(vpcId));
    return found;
}

std::optional<QList<QJsonObject>> Ec2Vpcs::subnets(const AwsQuery &query, const QStringList &ids,
                                                   const QString &vpcId,
                                                   SandboxResponse *error) const
{
    QList<QJsonObject> found;
    for (const QString &id : ids) {
        if (malformed(id, u"subnet"_s)) {
            *error = Ec2Catalog::invalid(query, u"InvalidSubnetID.Malformed"_s,
                                         u"Invalid id: \"%1\""_s.arg(id));
            return std::nullopt;
        }
        const auto subnet = m_networks->find(scope(query), Ec2Network::Subnet, id);
        if (!subnet) {
            *error = Ec2Catalog::invalid(query, u"InvalidSubnetID.NotFound"_s,
                                         u"The subnet ID '%1' does not exist"_s.arg(id));
            return std::nullopt;
        }
        if (!vpcId.isEmpty() && subnet->value("vpcId"_L1).toString() != vpcId) {
            *error = Ec2Catalog::invalid(
                query, u"InvalidParameter"_s,
                u"The subnet ID '%1' does not belong to the VPC '%2'"_s.arg(id, vpcId));
            return std::nullopt;
        }
        found.append(*subnet);
    }
    return found;
}

SandboxResponse Ec2Vpcs::describeVpcs(const AwsQuery &query)
{
    SandboxResponse error;
    AwsPaging paging;
    if (!paging.read(query, &error) ||
        !knownFilters(query,
                      {u"vpc-id"_s, u"cidr"_s, u"cidr-block-association.cidr-block"_s,
                       u"is-default"_s, u"state"_s, u"owner-id"_s, u"tag:Name"_s},
                      &error))
        return error;
    if (auto dry = dryRun(query))
        return *dry;
    const QStringList ids = query.list(u"VpcId"_s);
    for (const QString &id : ids) {
        if (!vpc(query, id, &error))
            return error;
    }
    const auto filters = query.filters();
    QList<QJsonObject> shown;
    const QList<QJsonObject> all = m_networks->list(scope(query), Ec2Network::Vpc);
    for (const QJsonObject &v : all) {
        const QString id = v.value("vpcId"_L1).toString();
        const QString cidr = v.value("cidrBlock"_L1).toString();
        if ((ids.isEmpty() || ids.contains(id)) && passesFilter(filters, u"vpc-id"_s, id) &&
            passesFilter(filters, u"cidr"_s, cidr) &&
            passesFilter(filters, u"cidr-block-association.cidr-block"_s, cidr) &&
            passesFilter(filters, u"is-default"_s, boolText(v.value("isDefault"_L1).toBool())) &&
            passesFilter(filters, u"state"_s, u"available"_s) &&
            passesFilter(filters, u"owner-id"_s, query.account) &&
            passesFilter(filters, u"tag:Name"_s, v.value("name"_L1).toString()))
            shown.append(v);
    }
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"vpcSet"_s);
    for (qsizetype i = paging.offset; i < shown.size() && i < paging.offset + paging.size; ++i) {
        const QJsonObject &v = shown.at(i);
        const QString id = v.value("vpcId"_L1).toString();
        xml.writeStartElement(u"item"_s);
        answer.element(u"vpcId"_s, id);
        answer.element(u"ownerId"_s, query.account);
        answer.element(u"state"_s, u"available"_s);
        answer.element(u"cidrBlock"_s, v.value("cidrBlock"_L1).toString());
        xml.writeStartElement(u"cidrBlockAssociationSet"_s);
        xml.writeStartElement(u"item"_s);
        answer.element(u"associationId"_s, u"vpc-cidr-assoc-"_s + Ec2Catalog::hex17(id));
        answer.element(u"cidrBlock"_s, v.value("cidrBlock"_L1).toString());
        xml.writeStartElement(u"cidrBlockState"_s);
        answer.element(u"state"_s, u"associated"_s);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        answer.element(u"dhcpOptionsId"_s, u"dopt-"_s + Ec2Catalog::hex17(query.region));
        answer.element(u"instanceTenancy"_s, u"default"_s);
        answer.element(u"isDefault"_s, boolText(v.value("isDefault"_L1).toBool()));
        writeNameTag(answer, v.value("name"_L1).toString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    paging.writeNext(answer, shown.size());
    return answer.finish();
}

SandboxResponse Ec2Vpcs::describeVpcAttribute(const AwsQuery &query)
{
    SandboxResponse error;
    const auto found = vpc(query, query.value(u"VpcId"_s), &error);
    if (!found)
        return error;
    const QString attribute = query.value(u"Attribute"_s);
    if (attribute != "enableDnsSupport"_L1 && attribute != "enableDnsHostnames"_L1)
        return Ec2Catalog::invalid(
            query, u"InvalidParameterValue"_s,
            u"Value (%1) for parameter attribute is invalid. Unknown attribute."_s.arg(attribute));
    if (auto dry = dryRun(query))
        return *dry;
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    answer.element(u"vpcId"_s, found->value("vpcId"_L1).toString());
    xml.writeStartElement(attribute);
    answer.element(u"value"_s, boolText(found->value(attribute).toBool()));
    xml.writeEndElement();
    return answer.finish();
}

SandboxResponse Ec2Vpcs::modifyVpcAttribute(const AwsQuery &query)
{
    SandboxResponse error;
    auto found = vpc(query, query.value(u"VpcId"_s), &error);
    if (!found)
        return error;
    QStringList given;
    for (const auto name : {"EnableDnsSupport"_L1, "EnableDnsHostnames"_L1}) {
        if (query.has(name + ".Value"_L1))
            given.append(name);
    }
    if (given.size() != 1)
        return Ec2Catalog::invalid(
            query, given.isEmpty() ? u"MissingParameter"_s : u"InvalidParameterCombination"_s,
            given.isEmpty()
                ? u"The request must contain exactly one attribute to modify"_s
                : u"Fields for multiple attribute types specified: %1"_s.arg(given.join(u", "_s)));
    const QString text = query.value(given.first() + ".Value"_L1);
    if (text != "true"_L1 && text != "false"_L1)
        return Ec2Catalog::invalid(
            query, u"InvalidParameterValue"_s,
            u"Value (%1) for parameter %2 is invalid"_s.arg(text, given.first()));
    const bool value = text == "true"_L1;
    QString key = given.first();
    key[0] = key[0].toLower();
    if (key == "enableDnsSupport"_L1 && !value && found->value("enableDnsHostnames"_L1).toBool())
        return Ec2Catalog::invalid(query, u"InvalidParameterValue"_s,
                                   u"enableDnsSupport cannot be disabled while enableDnsHostnames "
                                   "is enabled"_s);
    if (auto dry = dryRun(query))
        return *dry;
    (*found)[key] = value;
    if (!m_networks->put(scope(query), Ec2Network::Vpc, found->value("vpcId"_L1).toString(), {},
                         *found))
        return AwsErrors::ec2(500, u"InternalError"_s, u"The sandbox could not save the VPC"_s,
                              query.requestId);
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    answer.element(u"requestId"_s, query.requestId);
    answer.element(u"return"_s, u"true"_s);
    return answer.finish();
}

SandboxResponse Ec2Vpcs::describeSubnets(const AwsQuery &query)
{
    SandboxResponse error;
    AwsPaging paging;
    if (!paging.read(query, &error) ||
        !knownFilters(query,
                      {u"vpc-id"_s, u"subnet-id"_s, u"availability-zone"_s,
                       u"availability-zone-id"_s, u"state"_s, u"cidr-block"_s, u"tag:Name"_s,
                       u"default-for-az"_s, u"owner-id"_s},
                      &error))
        return error;
    if (auto dry = dryRun(query))
        return *dry;
    const QStringList ids = query.list(u"SubnetId"_s);
    if (!subnets(query, ids, {}, &error))
        return error;
    const auto filters = query.filters();
    QList<QJsonObject> shown;
    const QList<QJsonObject> all = m_networks->list(scope(query), Ec2Network::Subnet);
    for (QJsonObject s : all) {
        const QString zoneId = s.value("availabilityZoneId"_L1).toString();
        s[u"availabilityZone"_s] = AwsAccounts::zoneName(query.account, query.region, zoneId);
        const QString id = s.value("subnetId"_L1).toString();
        if ((ids.isEmpty() || ids.contains(id)) && passesFilter(filters, u"subnet-id"_s, id) &&
            passesFilter(filters, u"vpc-id"_s, s.value("vpcId"_L1).toString()) &&
            passesFilter(filters, u"availability-zone-id"_s, zoneId) &&
            passesFilter(filters, u"availability-zone"_s,
                         s.value("availabilityZone"_L1).toString()) &&
            passesFilter(filters, u"state"_s, u"available"_s) &&
            passesFilter(filters, u"cidr-block"_s, s.value("cidrBlock"_L1).toString()) &&
            passesFilter(filters, u"tag:Name"_s, s.value("name"_L1).toString()) &&
            passesFilter(filters, u"default-for-az"_s, u"false"_s) &&
            passesFilter(filters, u"owner-id"_s, query.account))
            shown.append(s);
    }
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"subnetSet"_s);
    for (qsizetype i = paging.offset; i < shown.size() && i < paging.offset + paging.size; ++i) {
        const QJsonObject &s = shown.at(i);
        const QString id = s.value("subnetId"_L1).toString();
        xml.writeStartElement(u"item"_s);
        answer.element(u"subnetId"_s, id);
        answer.element(u"subnetArn"_s,
                       u"arn:aws:ec2:%1:%2:subnet/%3"_s.arg(query.region, query.account, id));
        answer.element(u"state"_s, u"available"_s);
        answer.element(u"ownerId"_s, query.account);
        answer.element(u"vpcId"_s, s.value("vpcId"_L1).toString());
        answer.element(u"cidrBlock"_s, s.value("cidrBlock"_L1).toString());
        answer.element(u"availableIpAddressCount"_s,
                       QString::number(s.value("availableIpAddressCount"_L1).toInt()));
        answer.element(u"availabilityZone"_s, s.value("availabilityZone"_L1).toString());
        answer.element(u"availabilityZoneId"_s, s.value("availabilityZoneId"_L1).toString());
        answer.element(u"defaultForAz"_s, u"false"_s);
        answer.element(u"mapPublicIpOnLaunch"_s, u"false"_s);
        writeNameTag(answer, s.value("name"_L1).toString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    paging.writeNext(answer, shown.size());
    return answer.finish();
}

} // namespace plc::sandbox
