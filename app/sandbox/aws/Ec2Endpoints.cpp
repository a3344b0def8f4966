#include "sandbox/aws/Ec2Endpoints.h"

#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/aws/AwsAccounts.h"
#include "sandbox/aws/Ec2Answers.h"
#include "sandbox/aws/Ec2Catalog.h"
#include "sandbox/aws/Ec2EndpointRules.h"
#include "sandbox/aws/Ec2Network.h"
#include "sandbox/aws/Ec2SecurityGroups.h"
#include "sandbox/aws/Ec2Vpcs.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

using namespace Ec2Answers;

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

SandboxResponse saveFailed(const AwsQuery &query)
{
    return AwsErrors::ec2(500, u"InternalError"_s, u"The sandbox could not save the endpoint"_s,
                          query.requestId);
}

} // namespace

std::optional<SandboxResponse> Ec2Endpoints::handle(const QString &action, const AwsQuery &query)
{
    if (action == "DescribeVpcEndpoints"_L1)
        return describe(query);
    if (action == "CreateVpcEndpoint"_L1)
        return create(query);
    if (action == "ModifyVpcEndpoint"_L1)
        return modify(query);
    if (action == "DeleteVpcEndpoints"_L1)
        return remove(query);
    return std::nullopt;
}

std::optional<QJsonObject> Ec2Endpoints::settled(const AwsQuery &query, QJsonObject endpoint)
{
    const qint64 now = SandboxIds::nowMs();
    const QString state = endpoint.value("state"_L1).toString();
    const qint64 due = qint64(endpoint.value("dueMs"_L1).toDouble());
    if (due <= 0 || now < due)
        return endpoint;
    const QString id = endpoint.value("vpcEndpointId"_L1).toString();
    if (state == "deleting"_L1) {
        m_networks->remove(Ec2Vpcs::scope(query), Ec2Network::Endpoint, id);
        return std::nullopt;
    }
    if (state == "pending"_L1) {
        endpoint[u"state"_s] = u"available"_s;
        endpoint.remove(u"dueMs"_s);
        m_networks->put(Ec2Vpcs::scope(query), Ec2Network::Endpoint, id,
                        endpoint.value("vpcId"_L1).toString(), endpoint);
    }
    return endpoint;
}

bool Ec2Endpoints::checkPrivateDns(const AwsQuery &query, const QJsonObject &vpc,
                                   const QString &name, const QString &except,
                                   SandboxResponse *error)
{
    const QString vpcId = vpc.value("vpcId"_L1).toString();
    if (!vpc.value("enableDnsSupport"_L1).toBool() ||
        !vpc.value("enableDnsHostnames"_L1).toBool()) {
        *error = Ec2Catalog::invalid(
            query, u"InvalidParameter"_s,
            u"Enabling private DNS requires both enableDnsSupport and "
            "enableDnsHostnames VPC attributes set to true for %1"_s.arg(vpcId));
        return false;
    }
    const QList<QJsonObject> endpoints =
        m_networks->list(Ec2Vpcs::scope(query), Ec2Network::Endpoint, vpcId);
    for (const QJsonObject &stored : endpoints) {
        const auto other = settled(query, stored);
        if (!other || other->value("vpcEndpointId"_L1).toString() == except ||
            !other->value("privateDnsEnabled"_L1).toBool() ||
            other->value("privateDnsName"_L1).toString() != name ||
            other->value("state"_L1).toString() == "deleting"_L1)
            continue;
        *error = Ec2Catalog::invalid(
            query, u"InvalidParameter"_s,
            u"private-dns-enabled cannot be set because there is already a conflicting DNS "
            "domain for %1 in the VPC %2"_s.arg(name, vpcId));
        return false;
    }
    return true;
}

SandboxResponse Ec2Endpoints::create(const AwsQuery &query)
{
    SandboxResponse error;
    const NetworkScope scope = Ec2Vpcs::scope(query);
    const QString token = query.value(u"ClientToken"_s);
    if (token.size() > 64)
        return Ec2Catalog::invalid(query, u"InvalidParameterValue"_s,
                                   u"The client token must be 64 characters or fewer"_s);
    const QString asked = Ec2EndpointRules::fingerprint(query);
    if (!token.isEmpty()) {
        if (const auto made = m_networks->find(scope, Ec2Network::ClientToken, token)) {
            if (made->value("fingerprint"_L1).toString() != asked)
                return Ec2Catalog::invalid(
                    query, u"IdempotentParameterMismatch"_s,
                    u"The client token %1 was used before with different parameters"_s.arg(token));
            const QString id = made->value("vpcEndpointId"_L1).toString();
            const auto endpoint = m_networks->find(scope, Ec2Network::Endpoint, id);
            if (endpoint && query.value(u"DryRun"_s) != "true"_L1) {
                AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
                answer.element(u"requestId"_s, query.requestId);
                answer.xml().writeStartElement(u"vpcEndpoint"_s);
                writeEndpoint(answer, query, *settled(query, *endpoint));
                answer.xml().writeEndElement();
                answer.element(u"clientToken"_s, token);
                return answer.finish();
            }
        }
    }
    const auto vpc = m_vpcs->vpc(query, query.value(u"VpcId"_s), &error);
    if (!vpc)
        return error;
    const QString vpcId = vpc->value("vpcId"_L1).toString();
    const auto target =
        Ec2EndpointRules::service(*m_catalog, query, query.value(u"ServiceName"_s), &error);
    if (!target)
        return error;
    const QString type =
        query.has(u"VpcEndpointType"_s) ? query.value(u"VpcEndpointType"_s) : u"Gateway"_s;
    if (type != "Interface"_L1)
        return Ec2Catalog::invalid(
            query, u"InvalidParameter"_s,
            u"Endpoint type (%1) does not match available service types ([Interface])."_s.arg(
                type));
    const QStringList subnetIds = query.list(u"SubnetId"_s);
    if (subnetIds.isEmpty())
        return Ec2Catalog::invalid(query, u"InvalidParameter"_s,
                                   u"An interface endpoint needs at least one subnet: SubnetId"_s);
    const auto subnets = m_vpcs->subnets(query, subnetIds, vpcId, &error);
    if (!subnets || !Ec2EndpointRules::checkSubnets(query, *target, *subnets, &error))
        return error;
    QStringList groupIds = query.list(u"SecurityGroupId"_s);
    if (!m_groups->groups(query, groupIds, vpcId, &error))
        return error;
    if (groupIds.isEmpty()) {
        const QList<QJsonObject> all = m_networks->list(scope, Ec2Network::SecurityGroup, vpcId);
        for (const QJsonObject &group : all) {
            if (group.value("groupName"_L1).toString() == "default"_L1)
                groupIds.append(group.value("groupId"_L1).toString());
        }
    }
    const QString dnsName = target->value("privateDnsName"_L1).toString();
    const QString dnsText = query.value(u"PrivateDnsEnabled"_s);
    const bool privateDns =
        query.has(u"PrivateDnsEnabled"_s) ? dnsText == "true"_L1 : !dnsName.isEmpty();
    if (privateDns && dnsName.isEmpty())
        return Ec2Catalog::invalid(
            query, u"InvalidParameter"_s,
            u"Private DNS can't be enabled because the service %1 does not provide a private "
            "DNS name."_s.arg(target->value("name"_L1).toString()));
    if (privateDns && !checkPrivateDns(query, *vpc, dnsName, {}, &error))
        return error;
    if (auto dry = dryRun(query))
        return *dry;

    const QString seed = token.isEmpty() ? query.requestId : token + query.account;
    const QString id = u"vpce-"_s + Ec2Catalog::hex17(u"endpoint:"_s + seed);
    QStringList interfaces;
    for (const QString &subnet : subnetIds)
        interfaces.append(u"eni-"_s + Ec2Catalog::hex17(id + subnet));
    const bool acceptance = target->value("acceptanceRequired"_L1).toBool(true);
    QJsonObject endpoint{
        {u"vpcEndpointId"_s, id},
        {u"vpcId"_s, vpcId},
        {u"serviceName"_s, target->value("name"_L1).toString()},
        {u"serviceId"_s, Ec2Catalog::serviceId(*target)},
        {u"subnetIds"_s, toArray(subnetIds)},
        {u"groupIds"_s, toArray(groupIds)},
        {u"networkInterfaceIds"_s, toArray(interfaces)},
        {u"privateDnsEnabled"_s, privateDns},
        {u"privateDnsName"_s, dnsName},
        {u"state"_s, acceptance ? u"pendingAcceptance"_s : u"pending"_s},
        {u"creationTimestamp"_s, SandboxIds::nowRfc3339()},
    };
    if (!acceptance)
        endpoint[u"dueMs"_s] = double(SandboxIds::nowMs() + m_settings->creatingDelayMs);
    if (!m_networks->put(scope, Ec2Network::Endpoint, id, vpcId, endpoint))
        return saveFailed(query);
    if (!token.isEmpty() &&
        !m_networks->put(scope, Ec2Network::ClientToken, token, {},
                         QJsonObject{{u"vpcEndpointId"_s, id}, {u"fingerprint"_s, asked}}))
        return saveFailed(query);
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    answer.element(u"requestId"_s, query.requestId);
    answer.xml().writeStartElement(u"vpcEndpoint"_s);
    writeEndpoint(answer, query, endpoint);
    answer.xml().writeEndElement();
    if (!token.isEmpty())
        answer.element(u"clientToken"_s, token);
    return answer.finish();
}

SandboxResponse Ec2Endpoints::modify(const AwsQuery &query)
{
    SandboxResponse error;
    const NetworkScope scope = Ec2Vpcs::scope(query);
    const QString id = query.value(u"VpcEndpointId"_s);
    const auto stored =
        id.isEmpty() ? std::nullopt : m_networks->find(scope, Ec2Network::Endpoint, id);
    auto endpoint = stored ? settled(query, *stored) : std::nullopt;
    if (!endpoint || endpoint->value("state"_L1).toString() == "deleting"_L1)
        return Ec2Catalog::invalid(query, u"InvalidVpcEndpointId.NotFound"_s,
                                   u"The VpcEndpoint Id '%1' does not exist"_s.arg(id));
    const QString vpcId = endpoint->value("vpcId"_L1).toString();
    const auto vpc = m_vpcs->vpc(query, vpcId, &error);
    const auto target = Ec2EndpointRules::service(
        *m_catalog, query, endpoint->value("serviceName"_L1).toString(), &error);
    if (!vpc || !target)
        return error;
    QStringList subnetIds = Ec2Catalog::strings(endpoint->value("subnetIds"_L1));
    const QStringList addSubnets = query.list(u"AddSubnetId"_s);
    const QStringList removeSubnets = query.list(u"RemoveSubnetId"_s);
    if (!m_vpcs->subnets(query, addSubnets + removeSubnets, vpcId, &error))
        return error;
    for (const QString &subnet : removeSubnets)
        subnetIds.removeAll(subnet);
    for (const QString &subnet : addSubnets) {
        if (!subnetIds.contains(subnet))
            subnetIds.append(subnet);
    }
    if (subnetIds.isEmpty())
        return Ec2Catalog::invalid(query, u"InvalidParameter"_s,
                                   u"An interface endpoint needs at least one subnet"_s);
    const auto subnets = m_vpcs->subnets(query, subnetIds, vpcId, &error);
    if (!subnets || !Ec2EndpointRules::checkSubnets(query, *target, *subnets, &error))
        return error;
    QStringList groupIds = Ec2Catalog::strings(endpoint->value("groupIds"_L1));
    const QStringList addGroups = query.list(u"AddSecurityGroupId"_s);
    const QStringList removeGroups = query.list(u"RemoveSecurityGroupId"_s);
    if (!m_groups->groups(query, addGroups + removeGroups, vpcId, &error))
        return error;
    for (const QString &group : removeGroups)
        groupIds.removeAll(group);
    for (const QString &group : addGroups) {
        if (!groupIds.contains(group))
            groupIds.append(group);
    }
    if (groupIds.isEmpty())
        return Ec2Catalog::invalid(query, u"InvalidParameter"_s,
                                   u"An interface endpoint needs at least one security group"_s);
    bool privateDns = endpoint->value("privateDnsEnabled"_L1).toBool();
    if (query.has(u"PrivateDnsEnabled"_s))
        privateDns = query.value(u"PrivateDnsEnabled"_s) == "true"_L1;
    const QString dnsName = endpoint->value("privateDnsName"_L1).toString();
    if (privateDns && dnsName.isEmpty())
        return Ec2Catalog::invalid(query, u"InvalidParameter"_s,
                                   u"Private DNS can't be enabled because the service does not "
                                   "provide a private DNS name."_s);
    if (privateDns && !endpoint->value("privateDnsEnabled"_L1).toBool() &&
        !checkPrivateDns(query, *vpc, dnsName, id, &error))
        return error;
    if (auto dry = dryRun(query))
        return *dry;
    QStringList interfaces;
    for (const QString &subnet : std::as_const(subnetIds))
        interfaces.append(u"eni-"_s + Ec2Catalog::hex17(id + subnet));
    (*endpoint)[u"subnetIds"_s] = toArray(subnetIds);
    (*endpoint)[u"groupIds"_s] = toArray(groupIds);
    (*endpoint)[u"networkInterfaceIds"_s] = toArray(interfaces);
    (*endpoint)[u"privateDnsEnabled"_s] = privateDns;
    if (!m_networks->put(scope, Ec2Network::Endpoint, id, vpcId, *endpoint))
        return saveFailed(query);
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    answer.element(u"requestId"_s, query.requestId);
    answer.element(u"return"_s, u"true"_s);
    return answer.finish();
}

SandboxResponse Ec2Endpoints::remove(const AwsQuery &query)
{
    const QStringList ids = query.list(u"VpcEndpointId"_s);
    if (ids.isEmpty())
        return Ec2Catalog::invalid(query, u"MissingParameter"_s,
                                   u"The request must contain the parameter VpcEndpointId"_s);
    const NetworkScope scope = Ec2Vpcs::scope(query);
    QList<std::pair<QString, QJsonObject>> found;
    QStringList missing;
    for (const QString &id : ids) {
        const auto stored = m_networks->find(scope, Ec2Network::Endpoint, id);
        const auto endpoint = stored ? settled(query, *stored) : std::nullopt;
        if (endpoint)
            found.append({id, *endpoint});
        else
            missing.append(id);
    }
    if (auto dry = dryRun(query))
        return *dry;
    for (auto &[id, endpoint] : found) {
        if (endpoint.value("state"_L1).toString() == "deleting"_L1)
            continue;
        endpoint[u"state"_s] = u"deleting"_s;
        endpoint[u"dueMs"_s] = double(SandboxIds::nowMs() + m_settings->deletingDelayMs);
        if (!m_networks->put(scope, Ec2Network::Endpoint, id, endpoint.value("vpcId"_L1).toString(),
                             endpoint))
            return saveFailed(query);
    }
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"unsuccessful"_s);
    for (const QString &id : std::as_const(missing)) {
        xml.writeStartElement(u"item"_s);
        xml.writeStartElement(u"error"_s);
        answer.element(u"code"_s, u"InvalidVpcEndpoint.NotFound"_s);
        answer.element(u"message"_s, u"The VpcEndpoint Id '%1' does not exist"_s.arg(id));
        xml.writeEndElement();
        answer.element(u"resourceId"_s, id);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return answer.finish();
}

SandboxResponse Ec2Endpoints::describe(const AwsQuery &query)
{
    SandboxResponse error;
    AwsPaging paging;
    if (!paging.read(query, &error) ||
        !knownFilters(query,
                      {u"vpc-id"_s, u"service-name"_s, u"vpc-endpoint-id"_s,
                       u"vpc-endpoint-state"_s, u"vpc-endpoint-type"_s},
                      &error))
        return error;
    if (auto dry = dryRun(query))
        return *dry;
    const QStringList ids = query.list(u"VpcEndpointId"_s);
    const NetworkScope scope = Ec2Vpcs::scope(query);
    for (const QString &id : ids) {
        const auto stored = m_networks->find(scope, Ec2Network::Endpoint, id);
        if (!stored || !settled(query, *stored))
            return Ec2Catalog::invalid(query, u"InvalidVpcEndpointId.NotFound"_s,
                                       u"The VpcEndpoint Id '%1' does not exist"_s.arg(id));
    }
    const auto filters = query.filters();
    QList<QJsonObject> shown;
    const QList<QJsonObject> all = m_networks->list(scope, Ec2Network::Endpoint);
    for (const QJsonObject &stored : all) {
        const auto endpoint = settled(query, stored);
        if (!endpoint)
            continue;
        const QString id = endpoint->value("vpcEndpointId"_L1).toString();
        if ((ids.isEmpty() || ids.contains(id)) &&
            passesFilter(filters, u"vpc-endpoint-id"_s, id) &&
            passesFilter(filters, u"vpc-id"_s, endpoint->value("vpcId"_L1).toString()) &&
            passesFilter(filters, u"service-name"_s,
                         endpoint->value("serviceName"_L1).toString()) &&
            passesFilter(filters, u"vpc-endpoint-state"_s,
                         endpoint->value("state"_L1).toString()) &&
            passesFilter(filters, u"vpc-endpoint-type"_s, u"Interface"_s))
            shown.append(*endpoint);
    }
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"vpcEndpointSet"_s);
    for (qsizetype i = paging.offset; i < shown.size() && i < paging.offset + paging.size; ++i) {
        xml.writeStartElement(u"item"_s);
        writeEndpoint(answer, query, shown.at(i));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    paging.writeNext(answer, shown.size());
    return answer.finish();
}

QStringList Ec2Endpoints::dnsNames(const AwsQuery &query, const QJsonObject &endpoint) const
{
    const QString id = endpoint.value("vpcEndpointId"_L1).toString();
    const QString suffix =
        u"%1.%2.vpce.amazonaws.com"_s.arg(endpoint.value("serviceId"_L1).toString(), query.region);
    const QString label = id + u'-' + Ec2Catalog::hex17(id).left(8);
    QStringList names{label + u'.' + suffix};
    for (const QString &subnetId : Ec2Catalog::strings(endpoint.value("subnetIds"_L1))) {
        const auto subnet = m_networks->find(Ec2Vpcs::scope(query), Ec2Network::Subnet, subnetId);
        if (subnet)
            names.append(label + u'-' +
                         AwsAccounts::zoneName(query.account, query.region,
                                               subnet->value("availabilityZoneId"_L1).toString()) +
                         u'.' + suffix);
    }
    if (endpoint.value("privateDnsEnabled"_L1).toBool())
        names.append(endpoint.value("privateDnsName"_L1).toString());
    return names;
}

std::optional<QString> Ec2Endpoints::usableNamed(const QString &host)
{
    const QList<NetworkScope> scopes =
        m_networks->scopes(QString(Ec2Network::Cloud), QString(Ec2Network::Endpoint));
    for (const NetworkScope &scope : scopes) {
        AwsQuery query;
        query.account = scope.account;
        query.region = scope.region;
        const QList<QJsonObject> stored = m_networks->list(scope, Ec2Network::Endpoint);
        for (const QJsonObject &body : stored) {
            const auto endpoint = settled(query, body);
            if (!endpoint || endpoint->value("state"_L1).toString() != "available"_L1)
                continue;
            if (dnsNames(query, *endpoint).contains(host, Qt::CaseInsensitive))
                return endpoint->value("vpcEndpointId"_L1).toString();
        }
    }
    return std::nullopt;
}

void Ec2Endpoints::writeEndpoint(AwsXmlAnswer &answer, const AwsQuery &query,
                                 const QJsonObject &endpoint)
{
    QXmlStreamWriter &xml = answer.xml();
    const QString id = endpoint.value("vpcEndpointId"_L1).toString();
    const QString serviceId = endpoint.value("serviceId"_L1).toString();
    answer.element(u"vpcEndpointId"_s, id);
    answer.element(u"vpcEndpointType"_s, u"Interface"_s);
    answer.element(u"vpcId"_s, endpoint.value("vpcId"_L1).toString());
    answer.element(u"serviceName"_s, endpoint.value("serviceName"_L1).toString());
    answer.element(u"state"_s, endpoint.value("state"_L1).toString());
    xml.writeEmptyElement(u"routeTableIdSet"_s);
    const QStringList subnetIds = Ec2Catalog::strings(endpoint.value("subnetIds"_L1));
    answer.itemList(u"subnetIdSet"_s, subnetIds);
    xml.writeStartElement(u"groupSet"_s);
    for (const QString &groupId : Ec2Catalog::strings(endpoint.value("groupIds"_L1))) {
        const auto group =
            m_networks->find(Ec2Vpcs::scope(query), Ec2Network::SecurityGroup, groupId);
        xml.writeStartElement(u"item"_s);
        answer.element(u"groupId"_s, groupId);
        answer.element(u"groupName"_s, group ? group->value("groupName"_L1).toString() : groupId);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    answer.element(u"ipAddressType"_s, u"ipv4"_s);
    xml.writeStartElement(u"dnsOptions"_s);
    answer.element(u"dnsRecordIpType"_s, u"ipv4"_s);
    xml.writeEndElement();
    const bool privateDns = endpoint.value("privateDnsEnabled"_L1).toBool();
    answer.element(u"privateDnsEnabled"_s, boolText(privateDns));
    answer.element(u"requesterManaged"_s, u"false"_s);
    answer.itemList(u"networkInterfaceIdSet"_s,
                    Ec2Catalog::strings(endpoint.value("networkInterfaceIds"_L1)));
    const QString hostedZone = u"Z"_s + Ec2Catalog::hex17(query.region).toUpper().left(12);
    xml.writeStartElement(u"dnsEntrySet"_s);
    for (const QString &name : dnsNames(query, endpoint)) {
        xml.writeStartElement(u"item"_s);
        answer.element(u"dnsName"_s, name);
        answer.element(u"hostedZoneId"_s, hostedZone);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    answer.element(u"creationTimestamp"_s, endpoint.value("creationTimestamp"_L1).toString());
    xml.writeEmptyElement(u"tagSet"_s);
    answer.element(u"ownerId"_s, query.account);
}

} // namespace plc::sandbox
