#include "sandbox/aws/Ec2Api.h"

#include "sandbox/ProviderSimulation.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/aws/AwsAccounts.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QString principalType(const QString &principal)
{
    if (principal == "*"_L1)
        return u"All"_s;
    if (principal.contains(":user/"_L1))
        return u"User"_s;
    if (principal.contains(":role/"_L1))
        return u"Role"_s;
    return u"Account"_s;
}

void writeServiceType(QXmlStreamWriter &xml)
{
    xml.writeStartElement(u"serviceType"_s);
    xml.writeStartElement(u"item"_s);
    xml.writeTextElement(u"serviceType"_s, u"Interface"_s);
    xml.writeEndElement();
    xml.writeEndElement();
}

bool validPrincipal(const QString &principal)
{
    static const QRegularExpression arn(
        u"^arn:aws(-cn|-us-gov)?:iam::\\d{12}:(root|user/[\\w+=,.@/-]{1,512}|role/[\\w+=,.@/-]{1,512})$"_s);
    return principal == "*"_L1 || arn.match(principal).hasMatch();
}
} // namespace

SandboxResponse Ec2Api::handle(const AwsQuery &query)
{
    using Handler = std::function<SandboxResponse(const AwsQuery &)>;
    const QHash<QString, Handler> actions{
        {u"DescribeVpcEndpointServiceConfigurations"_s,
         [this](const AwsQuery &q) {
             return describeServiceConfigurations(q);
         }},
        {u"DescribeVpcEndpointServicePermissions"_s,
         [this](const AwsQuery &q) {
             return describeServicePermissions(q);
         }},
        {u"ModifyVpcEndpointServicePermissions"_s,
         [this](const AwsQuery &q) {
             return modifyServicePermissions(q);
         }},
        {u"DescribeVpcEndpointConnections"_s,
         [this](const AwsQuery &q) {
             return m_connections.describe(q);
         }},
        {u"AcceptVpcEndpointConnections"_s,
         [this](const AwsQuery &q) {
             return m_connections.decide(q, true);
         }},
        {u"RejectVpcEndpointConnections"_s,
         [this](const AwsQuery &q) {
             return m_connections.decide(q, false);
         }},
        {u"DescribeAvailabilityZones"_s,
         [this](const AwsQuery &q) {
             return describeAvailabilityZones(q);
         }},
        {u"DescribeVpcEndpointServices"_s,
         [this](const AwsQuery &q) {
             return describeServices(q);
         }},
    };
    const QString action = query.action();
    if (action.isEmpty())
        return Ec2Catalog::invalid(query, u"MissingAction"_s,
                                   u"The request must contain the parameter Action"_s);
    static const QStringList networkActions{u"DescribeVpcs"_s,
                                            u"DescribeVpcAttribute"_s,
                                            u"ModifyVpcAttribute"_s,
                                            u"DescribeSubnets"_s,
                                            u"DescribeSecurityGroups"_s,
                                            u"DescribeSecurityGroupRules"_s,
                                            u"AuthorizeSecurityGroupIngress"_s,
                                            u"DescribeVpcEndpoints"_s,
                                            u"CreateVpcEndpoint"_s,
                                            u"ModifyVpcEndpoint"_s,
                                            u"DeleteVpcEndpoints"_s};
    const auto handler = actions.constFind(action);
    if (handler == actions.cend() && !networkActions.contains(action))
        return Ec2Catalog::invalid(
            query, u"InvalidAction"_s,
            u"The action %1 is not valid for this web service."_s.arg(action));
    if (query.value(u"Version"_s) != QLatin1StringView(Version))
        return Ec2Catalog::invalid(query, u"InvalidParameterValue"_s,
                                   u"The sandbox emulates EC2 API version %1, not '%2'"_s.arg(
                                       QLatin1StringView(Version), query.value(u"Version"_s)));
    if (!AwsAccounts::knowsRegion(query.region))
        return AwsErrors::ec2(401, u"AuthFailure"_s,
                              u"AWS was not able to validate the provided access credentials"_s,
                              query.requestId);
    // The network's actions check their parameters before they answer a dry run.
    if (auto answer = m_vpcs.handle(action, query))
        return *answer;
    if (auto answer = m_groups.handle(action, query))
        return *answer;
    if (auto answer = m_endpoints.handle(action, query))
        return *answer;
    const QString dryRun = query.value(u"DryRun"_s);
    if (dryRun == "true"_L1) {
        SandboxResponse error;
        const bool named = query.has(u"ServiceId"_s) && !m_catalog.ownService(query, &error);
        if (named)
            return error;
        return AwsErrors::ec2(412, u"DryRunOperation"_s,
                              u"Request would have succeeded, but DryRun flag is set."_s,
                              query.requestId);
    }
    return (*handler)(query);
}

SandboxResponse Ec2Api::describeServiceConfigurations(const AwsQuery &query)
{
    SandboxResponse error;
    AwsPaging paging;
    if (!paging.read(query, &error) ||
        !knownFilters(query, {u"service-name"_s, u"service-id"_s, u"service-state"_s}, &error))
        return error;
    const QStringList ids = query.list(u"ServiceId"_s);
    const auto filters = query.filters();
    QList<QJsonObject> chosen;
    const QList<QJsonObject> own = m_catalog.ownServices(query);
    for (const QJsonObject &service : own) {
        const QString id = Ec2Catalog::serviceId(service);
        if ((ids.isEmpty() || ids.contains(id)) && passesFilter(filters, u"service-id"_s, id) &&
            passesFilter(filters, u"service-name"_s, service.value("name"_L1).toString()) &&
            passesFilter(filters, u"service-state"_s, u"Available"_s))
            chosen.append(service);
    }
    for (const QString &id : ids) {
        const bool found = std::any_of(chosen.cbegin(), chosen.cend(), [&](const QJsonObject &s) {
            return Ec2Catalog::serviceId(s) == id;
        });
        if (!found)
            return Ec2Catalog::invalid(
                query, u"InvalidVpcEndpointServiceId.NotFound"_s,
                u"The Vpc Endpoint Service Id '%1' does not exist"_s.arg(id));
    }

    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"serviceConfigurationSet"_s);
    for (qsizetype i = paging.offset; i < chosen.size() && i < paging.offset + paging.size; ++i) {
        const QJsonObject &service = chosen.at(i);
        const QString id = Ec2Catalog::serviceId(service);
        const QString region = query.region;
        xml.writeStartElement(u"item"_s);
        writeServiceType(xml);
        answer.element(u"serviceId"_s, id);
        answer.element(u"serviceName"_s, service.value("name"_L1).toString());
        answer.element(u"serviceState"_s, u"Available"_s);
        answer.itemList(u"availabilityZoneSet"_s, Ec2Catalog::zoneNames(service, query.account));
        answer.element(u"acceptanceRequired"_s, service.value("acceptanceRequired"_L1).toBool(true)
                                                    ? u"true"_s
                                                    : u"false"_s);
        answer.element(u"managesVpcEndpoints"_s, u"false"_s);
        answer.itemList(u"networkLoadBalancerArnSet"_s,
                        {u"arn:aws:elasticloadbalancing:%1:%2:loadbalancer/net/%3/%4"_s.arg(
                            region, query.account, id.mid(9, 12), Ec2Catalog::hex17(id).left(16))});
        answer.itemList(u"supportedIpAddressTypeSet"_s, {u"ipv4"_s});
        answer.itemList(u"baseEndpointDnsNameSet"_s,
                        {u"%1.%2.vpce.amazonaws.com"_s.arg(id, region)});
        xml.writeEmptyElement(u"tagSet"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    paging.writeNext(answer, chosen.size());
    return answer.finish();
}

SandboxResponse Ec2Api::describeServicePermissions(const AwsQuery &query)
{
    SandboxResponse error;
    AwsPaging paging;
    const auto service = m_catalog.ownService(query, &error);
    if (!service || !paging.read(query, &error) || !knownFilters(query, {u"principal"_s}, &error))
        return error;
    const auto filters = query.filters();
    QStringList principals;
    for (const QString &principal : Ec2Catalog::strings(service->value("allowedPrincipals"_L1))) {
        if (passesFilter(filters, u"principal"_s, principal))
            principals.append(principal);
    }
    const QString id = Ec2Catalog::serviceId(*service);
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"allowedPrincipals"_s);
    for (qsizetype i = paging.offset; i < principals.size() && i < paging.offset + paging.size;
         ++i) {
        const QString &principal = principals.at(i);
        xml.writeStartElement(u"item"_s);
        answer.element(u"principalType"_s, principalType(principal));
        answer.element(u"principal"_s, principal);
        answer.element(u"servicePermissionId"_s,
                       u"vpce-svc-perm-"_s + Ec2Catalog::hex17(id + principal));
        answer.element(u"serviceId"_s, id);
        xml.writeEmptyElement(u"tagSet"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    paging.writeNext(answer, principals.size());
    return answer.finish();
}

SandboxResponse Ec2Api::modifyServicePermissions(const AwsQuery &query)
{
    SandboxResponse error;
    auto service = m_catalog.ownService(query, &error);
    if (!service)
        return error;
    const QStringList unknown = query.unknownFields(
        {u"ServiceId"_s}, {u"AddAllowedPrincipals"_s, u"RemoveAllowedPrincipals"_s});
    if (!unknown.isEmpty())
        return Ec2Catalog::invalid(query, u"UnknownParameter"_s,
                                   u"The parameter %1 is not recognized"_s.arg(unknown.first()));
    const QStringList add = query.list(u"AddAllowedPrincipals"_s);
    const QStringList remove = query.list(u"RemoveAllowedPrincipals"_s);
    if (add.isEmpty() && remove.isEmpty())
        return Ec2Catalog::invalid(
            query, u"MissingParameter"_s,
            u"Either AddAllowedPrincipals or RemoveAllowedPrincipals must be given"_s);
    for (const QString &principal : add + remove) {
        if (!validPrincipal(principal))
            return Ec2Catalog::invalid(query, u"InvalidPrincipal"_s,
                                       u"Invalid principal '%1': expected an IAM ARN such as "
                                       "arn:aws:iam::123456789012:root, or *"_s.arg(principal));
    }
    QStringList principals = Ec2Catalog::strings(service->value("allowedPrincipals"_L1));
    for (const QString &principal : remove) {
        if (!principals.removeOne(principal))
            return Ec2Catalog::invalid(query, u"InvalidPrincipal.NotFound"_s,
                                       u"The principal '%1' is not allowed on service %2"_s.arg(
                                           principal, Ec2Catalog::serviceId(*service)));
    }
    QStringList added;
    for (const QString &principal : add) {
        if (!principals.contains(principal)) {
            principals.append(principal);
            added.append(principal);
        }
    }
    (*service)[u"allowedPrincipals"_s] = QJsonArray::fromStringList(principals);
    if (!m_store->putEndpointService(*service))
        return AwsErrors::ec2(500, u"InternalError"_s, u"An internal error has occurred"_s,
                              query.requestId);

    const QString id = Ec2Catalog::serviceId(*service);
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"addedPrincipalSet"_s);
    for (const QString &principal : std::as_const(added)) {
        xml.writeStartElement(u"item"_s);
        answer.element(u"principalType"_s, principalType(principal));
        answer.element(u"principal"_s, principal);
        answer.element(u"servicePermissionId"_s,
                       u"vpce-svc-perm-"_s + Ec2Catalog::hex17(id + principal));
        answer.element(u"serviceId"_s, id);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    answer.element(u"return"_s, u"true"_s);
    return answer.finish();
}

SandboxResponse Ec2Api::describeAvailabilityZones(const AwsQuery &query)
{
    SandboxResponse error;
    if (!knownFilters(query,
                      {u"zone-name"_s, u"zone-id"_s, u"region-name"_s, u"state"_s, u"zone-type"_s,
                       u"opt-in-status"_s},
                      &error))
        return error;
    const auto filters = query.filters();
    const QStringList names = query.list(u"ZoneName"_s);
    const QStringList ids = query.list(u"ZoneId"_s);
    QList<QPair<QString, QString>> zones; // name, ID
    for (const QString &id : AwsAccounts::zoneIds(query.region))
        zones.append({AwsAccounts::zoneName(query.account, query.region, id), id});
    std::sort(zones.begin(), zones.end());
    for (const QString &name : names) {
        if (std::none_of(zones.cbegin(), zones.cend(),
                         [&](const auto &z) { return z.first == name; }))
            return Ec2Catalog::invalid(query, u"InvalidParameterValue"_s,
                                       u"Invalid availability zone: [%1]"_s.arg(name));
    }
    for (const QString &id : ids) {
        if (std::none_of(zones.cbegin(), zones.cend(),
                         [&](const auto &z) { return z.second == id; }))
            return Ec2Catalog::invalid(query, u"InvalidParameterValue"_s,
                                       u"Invalid availability zone ID: [%1]"_s.arg(id));
    }
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"availabilityZoneInfo"_s);
    for (const auto &[name, id] : std::as_const(zones)) {
        if ((!names.isEmpty() && !names.contains(name)) || (!ids.isEmpty() && !ids.contains(id)) ||
            !passesFilter(filters, u"zone-name"_s, name) ||
            !passesFilter(filters, u"zone-id"_s, id) ||
            !passesFilter(filters, u"region-name"_s, query.region) ||
            !passesFilter(filters, u"state"_s, u"available"_s) ||
            !passesFilter(filters, u"zone-type"_s, u"availability-zone"_s) ||
            !passesFilter(filters, u"opt-in-status"_s, u"opt-in-not-required"_s))
            continue;
        xml.writeStartElement(u"item"_s);
        answer.element(u"zoneName"_s, name);
        answer.element(u"zoneState"_s, u"available"_s);
        answer.element(u"regionName"_s, query.region);
        answer.element(u"zoneId"_s, id);
        answer.element(u"zoneType"_s, u"availability-zone"_s);
        answer.element(u"optInStatus"_s, u"opt-in-not-required"_s);
        answer.element(u"groupName"_s, query.region);
        answer.element(u"networkBorderGroup"_s, query.region);
        xml.writeEmptyElement(u"messageSet"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return answer.finish();
}

SandboxResponse Ec2Api::describeServices(const AwsQuery &query)
{
    SandboxResponse error;
    AwsPaging paging;
    if (!paging.read(query, &error) ||
        !knownFilters(query, {u"service-name"_s, u"service-type"_s}, &error))
        return error;
    const QStringList names = query.list(u"ServiceName"_s);
    const auto filters = query.filters();
    QList<QJsonObject> visible;
    const QList<QJsonObject> services = m_catalog.allServices();
    for (const QJsonObject &service : services) {
        const QString name = service.value("name"_L1).toString();
        if (service.value("provider"_L1).toString() == "aws"_L1 &&
            service.value("region"_L1).toString() == query.region &&
            Ec2Catalog::allows(service, query.account) &&
            (names.isEmpty() || names.contains(name)) &&
            passesFilter(filters, u"service-name"_s, name) &&
            passesFilter(filters, u"service-type"_s, u"Interface"_s))
            visible.append(service);
    }
    for (const QString &name : names) {
        const bool found = std::any_of(visible.cbegin(), visible.cend(), [&](const QJsonObject &s) {
            return s.value("name"_L1).toString() == name;
        });
        if (!found)
            return Ec2Catalog::invalid(query, u"InvalidServiceName"_s,
                                       u"The Vpc Endpoint Service '%1' does not exist"_s.arg(name));
    }
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    QStringList pageNames;
    for (qsizetype i = paging.offset; i < visible.size() && i < paging.offset + paging.size; ++i)
        pageNames.append(visible.at(i).value("name"_L1).toString());
    answer.itemList(u"serviceNameSet"_s, pageNames);
    xml.writeStartElement(u"serviceDetailSet"_s);
    for (qsizetype i = paging.offset; i < visible.size() && i < paging.offset + paging.size; ++i) {
        const QJsonObject &service = visible.at(i);
        const QString id = Ec2Catalog::serviceId(service);
        xml.writeStartElement(u"item"_s);
        answer.element(u"serviceName"_s, service.value("name"_L1).toString());
        answer.element(u"serviceId"_s, id);
        writeServiceType(xml);
        // Zone names as the caller's account names them: it creates endpoints in its own.
        answer.itemList(u"availabilityZoneSet"_s, Ec2Catalog::zoneNames(service, query.account));
        answer.element(u"owner"_s, AwsAccounts::ownerAccount(service.value("owner"_L1).toString()));
        answer.itemList(u"baseEndpointDnsNameSet"_s,
                        {u"%1.%2.vpce.amazonaws.com"_s.arg(id, query.region)});
        const QString privateDns = service.value("privateDnsName"_L1).toString();
        if (!privateDns.isEmpty()) {
            answer.element(u"privateDnsName"_s, privateDns);
            answer.element(u"privateDnsNameVerificationState"_s, u"verified"_s);
        }
        answer.element(u"vpcEndpointPolicySupported"_s, u"false"_s);
        answer.element(u"acceptanceRequired"_s, service.value("acceptanceRequired"_L1).toBool(true)
                                                    ? u"true"_s
                                                    : u"false"_s);
        answer.element(u"managesVpcEndpoints"_s, u"false"_s);
        xml.writeEmptyElement(u"tagSet"_s);
        answer.itemList(u"supportedIpAddressTypeSet"_s, {u"ipv4"_s});
        xml.writeEndElement();
    }
    xml.writeEndElement();
    paging.writeNext(answer, visible.size());
    return answer.finish();
}

} // namespace plc::sandbox