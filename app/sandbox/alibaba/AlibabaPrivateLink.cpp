#include "sandbox/alibaba/AlibabaPrivateLink.h"

#include "sandbox/ProviderSimulation.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/alibaba/AlibabaApi.h"
#include "sandbox/alibaba/AlibabaEndpoints.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

QString serviceId(const QJsonObject &service)
{
    return service.value("name"_L1).toString().section(u'.', -1);
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    return list;
}

QString hashed(const QString &prefix, const QString &seed, int length)
{
    return prefix +
           QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(length));
}

QString ownerAccount(const QJsonObject &service)
{
    // Services of other owners belong to an account nobody holds keys for.
    return service.value("owner"_L1).toString() == "USER"_L1
               ? QString::fromLatin1(AlibabaApi::UserAccount)
               : u"1098765432109876"_s;
}

/// The parameters a list's NextToken is bound to.
const QStringList &pageFilters()
{
    static const QStringList filters{u"ServiceId"_s,        u"ServiceName"_s,     u"EndpointId"_s,
                                     u"ConnectionStatus"_s, u"EndpointOwnerId"_s, u"UserId"_s};
    return filters;
}

/// How the Alibaba Cloud console words the provider side's request state.
QString connectionStatus(const QString &state)
{
    if (state == "pendingAcceptance"_L1)
        return u"Pending"_s;
    if (state == "available"_L1)
        return u"Connected"_s;
    if (state == "rejected"_L1)
        return u"Disconnected"_s;
    return u"Deleting"_s;
}
} // namespace

SandboxResponse AlibabaPrivateLink::handle(const SandboxRequest &request)
{
    const Call call = Call::from(request, u"privatelink"_s);
    if (auto refusal = call.refuseVersionOrRegion(QString::fromLatin1(Version)))
        return *refusal;
    const QString &a = call.action;
    if (a == "ListVpcEndpointServices"_L1)
        return listServices(call, true);
    if (a == "GetVpcEndpointServiceAttribute"_L1)
        return serviceAttribute(call);
    if (a == "ListVpcEndpointServiceResources"_L1)
        return serviceResources(call);
    if (a == "ListVpcEndpointServiceUsers"_L1)
        return serviceUsers(call);
    if (a == "AddUserToVpcEndpointService"_L1)
        return addUser(call);
    if (a == "ListVpcEndpointConnections"_L1)
        return connections(call);
    if (a == "EnableVpcEndpointConnection"_L1)
        return decide(call, true);
    if (a == "DisableVpcEndpointConnection"_L1)
        return decide(call, false);
    if (a == "ListVpcEndpointServicesByEndUser"_L1)
        return listServices(call, false);
    return call.unknownAction();
}

QList<QJsonObject> AlibabaPrivateLink::services(const Call &call, bool ownOnly) const
{
    QList<QJsonObject> found;
    const QList<QJsonObject> all = m_store->endpointServices();
    for (const QJsonObject &service : all) {
        if (service.value("provider"_L1).toString() != "alicloud"_L1 ||
            service.value("region"_L1).toString() != call.region)
            continue;
        const bool own = ownerAccount(service) == call.account;
        const QStringList whitelist = strings(service.value("allowedPrincipals"_L1));
        const bool allowed = own || whitelist.contains(call.account) || whitelist.contains(u"*"_s);
        if (ownOnly ? own : allowed)
            found.append(service);
    }
    return found;
}

std::optional<QJsonObject> AlibabaPrivateLink::ownService(const Call &call,
                                                          SandboxResponse *refusal) const
{
    const QString id = call.value(u"ServiceId"_s);
    if (id.isEmpty()) {
        *refusal = call.fail(400, u"MissingParameter"_s,
                             u"The input parameter \"ServiceId\" that is mandatory for processing "
                             "this request is not supplied."_s);
        return std::nullopt;
    }
    const QList<QJsonObject> own = services(call, true);
    for (const QJsonObject &service : own) {
        if (serviceId(service) == id)
            return service;
    }
    *refusal = call.fail(400, u"EndpointServiceNotFound"_s, u"endpoint service not found"_s);
    return std::nullopt;
}

QJsonObject AlibabaPrivateLink::describe(const QJsonObject &service, bool forOwner)
{
    const QString id = serviceId(service);
    const QString region = service.value("region"_L1).toString();
    QJsonObject out{{u"ServiceId"_s, id},
                    {u"ServiceName"_s, service.value("name"_L1)},
                    {u"ServiceDomain"_s, u"%1.%2.privatelink.aliyuncs.com"_s.arg(id, region)},
                    {u"ServiceType"_s, u"Interface"_s},
                    {u"ServiceResourceType"_s, u"nlb"_s},
                    {u"Payer"_s, u"Endpoint"_s},
                    {u"Zones"_s, service.value("availabilityZoneIds"_L1)},
                    {u"ServiceSupportIPv6"_s, false},
                    {u"ResourceGroupId"_s, hashed(u"rg-acfm"_s, id, 11)},
                    {u"Tags"_s, QJsonArray()}};
    if (forOwner) {
        out.insert(u"ServiceDescription"_s, service.value("description"_L1));
        out.insert(u"ServiceStatus"_s, u"Active"_s);
        out.insert(u"ServiceBusinessStatus"_s, u"Normal"_s);
        out.insert(u"AutoAcceptEnabled"_s, !service.value("acceptanceRequired"_L1).toBool());
        out.insert(u"ZoneAffinityEnabled"_s, false);
        out.insert(u"RegionId"_s, region);
        out.insert(u"CreateTime"_s, service.value("createTime"_L1));
        out.insert(u"ConnectBandwidth"_s, 3072);
        out.insert(u"MaxBandwidth"_s, 10240);
        out.insert(u"MinBandwidth"_s, 100);
        out.insert(u"AddressIpVersion"_s, u"IPv4"_s);
    }
    return out;
}

SandboxResponse AlibabaPrivateLink::listServices(const Call &call, bool ownerView) const
{
    // ListVpcEndpointServices: the caller's own services, as their owner sees them;
    // ListVpcEndpointServicesByEndUser: every service the caller may connect to.
    AlibabaTokenPage page;
    QString problem;
    if (!page.read(call, pageFilters(), 1000, &problem))
        return call.fail(400, u"InvalidParameter"_s, problem);
    QJsonArray items;
    const QList<QJsonObject> found = services(call, ownerView);
    for (const QJsonObject &service : found) {
        if ((!call.value(u"ServiceId"_s).isEmpty() &&
             serviceId(service) != call.value(u"ServiceId"_s)) ||
            (!call.value(u"ServiceName"_s).isEmpty() &&
             service.value("name"_L1).toString() != call.value(u"ServiceName"_s)))
            continue;
        items.append(describe(service, ownerView));
    }
    QJsonObject answer = call.answer();
    answer.insert(u"Services"_s, page.of(items));
    page.write(answer, items.size());
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaPrivateLink::serviceAttribute(const Call &call) const
{
    SandboxResponse refusal;
    const auto service = ownService(call, &refusal);
    if (!service)
        return refusal;
    QJsonObject answer = describe(*service, true);
    answer.insert(u"RequestId"_s, call.requestId);
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaPrivateLink::serviceResources(const Call &call) const
{
    SandboxResponse refusal;
    const auto service = ownService(call, &refusal);
    if (!service)
        return refusal;
    AlibabaTokenPage page;
    QString problem;
    if (!page.read(call, pageFilters(), 50, &problem))
        return call.fail(400, u"InvalidParameter"_s, problem);
    const QString id = serviceId(*service);
    const QString balancer = hashed(u"nlb-"_s, id, 20);
    const qsizetype endpoints =
        m_store->connectionsOfService(service->value("name"_L1).toString()).size();
    QJsonArray items;
    const QStringList zones = strings(service->value("availabilityZoneIds"_L1));
    for (qsizetype i = 0; i < zones.size(); ++i) {
        items.append(QJsonObject{{u"ResourceId"_s, balancer},
                                 {u"ResourceType"_s, u"nlb"_s},
                                 {u"ZoneId"_s, zones.at(i)},
                                 {u"RegionId"_s, call.region},
                                 {u"VpcId"_s, hashed(u"vpc-"_s, id, 17)},
                                 {u"VSwitchId"_s, hashed(u"vsw-"_s, id + zones.at(i), 17)},
                                 {u"Ip"_s, u"172.16.%1.10"_s.arg(i + 1)},
                                 {u"RelatedEndpointCount"_s, int(endpoints)},
                                 {u"AutoAllocatedEnabled"_s, false},
                                 {u"ResourceSupportIPv6"_s, false}});
    }
    QJsonObject answer = call.answer();
    answer.insert(u"Resources"_s, page.of(items));
    page.write(answer, items.size());
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaPrivateLink::serviceUsers(const Call &call) const
{
    SandboxResponse refusal;
    const auto service = ownService(call, &refusal);
    if (!service)
        return refusal;
    AlibabaTokenPage page;
    QString problem;
    if (!page.read(call, pageFilters(), 1000, &problem))
        return call.fail(400, u"InvalidParameter"_s, problem);
    const bool arns = call.value(u"UserListType"_s) == "UserARNs"_L1;
    const QString only = call.value(u"UserId"_s);
    QJsonArray items;
    const QStringList whitelist = strings(service->value("allowedPrincipals"_L1));
    for (const QString &principal : whitelist) {
        if (!only.isEmpty() && principal != only)
            continue;
        const bool everyone = principal == "*"_L1;
        if (arns)
            items.append(
                QJsonObject{{u"UserARN"_s, everyone ? u"*"_s : u"acs:ram::%1:*"_s.arg(principal)}});
        else if (!everyone)
            items.append(QJsonObject{{u"UserId"_s, principal.toLongLong()}});
    }
    QJsonObject answer = call.answer();
    answer.insert(arns ? u"UserARNs"_s : u"Users"_s, page.of(items));
    page.write(answer, items.size());
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaPrivateLink::addUser(const Call &call)
{
    SandboxResponse refusal;
    auto service = ownService(call, &refusal);
    if (!service)
        return refusal;
    static const QRegularExpression account(u"^[0-9]{1,20}$"_s);
    const QString user = call.value(u"UserId"_s);
    if (user.isEmpty())
        return call.fail(400, u"MissingParameter"_s,
                         u"The input parameter \"UserId\" that is mandatory for processing this "
                         "request is not supplied."_s);
    if (!account.match(user).hasMatch())
        return call.fail(400, u"InvalidParameter"_s,
                         u"The specified parameter UserId is not valid: an Alibaba Cloud account "
                         "ID is digits."_s);
    if (call.value(u"DryRun"_s) == "true"_L1)
        return call.fail(400, u"DryRunOperation"_s,
                         u"Request validation has been passed with DryRun flag set."_s);
    const QString token = call.value(u"ClientToken"_s);
    if (!token.isEmpty() && m_clientTokens.contains(token)) {
        QJsonObject answer{{u"RequestId"_s, m_clientTokens.value(token)}};
        return SandboxResponse::ok(answer);
    }
    QJsonArray whitelist = service->value("allowedPrincipals"_L1).toArray();
    if (!whitelist.contains(user)) {
        whitelist.append(user);
        service->insert(u"allowedPrincipals"_s, whitelist);
        if (!m_store->putEndpointService(*service))
            return call.fail(500, u"InternalError"_s, u"The whitelist could not be stored."_s);
    }
    if (!token.isEmpty())
        m_clientTokens.insert(token, call.requestId);
    return SandboxResponse::ok(call.answer());
}

SandboxResponse AlibabaPrivateLink::connections(const Call &call)
{
    SandboxResponse refusal;
    const auto service = ownService(call, &refusal);
    if (!service)
        return refusal;
    AlibabaTokenPage page;
    QString problem;
    if (!page.read(call, pageFilters(), 1000, &problem))
        return call.fail(400, u"InvalidParameter"_s, problem);
    const QString id = serviceId(*service);
    QJsonArray items;
    const QList<QJsonObject> stored =
        m_store->connectionsOfService(service->value("name"_L1).toString());
    for (const QJsonObject &connection : stored) {
        const QJsonObject request = m_simulation->connectionRequest(connection);
        if (request.isEmpty())
            continue;
        const QString endpointId = request.value("endpointId"_L1).toString();
        const QString status = connectionStatus(request.value("state"_L1).toString());
        const QString owner = request.value("accountId"_L1).toString();
        if ((!call.value(u"EndpointId"_s).isEmpty() && endpointId != call.value(u"EndpointId"_s)) ||
            (!call.value(u"ConnectionStatus"_s).isEmpty() &&
             status != call.value(u"ConnectionStatus"_s)) ||
            (!call.value(u"EndpointOwnerId"_s).isEmpty() &&
             owner != call.value(u"EndpointOwnerId"_s)))
            continue;
        QJsonArray zones;
        for (const QString &zone : strings(request.value("availabilityZoneIds"_L1))) {
            zones.append(QJsonObject{
                {u"ZoneId"_s, zone},
                {u"EniId"_s, hashed(u"eni-"_s, endpointId + zone, 20)},
                {u"VSwitchId"_s, hashed(u"vsw-"_s, endpointId + zone, 17)},
                {u"ZoneDomain"_s,
                 u"%1-%2.%3.%4.privatelink.aliyuncs.com"_s.arg(endpointId, zone, id, call.region)},
                {u"ZoneStatus"_s, status == "Connected"_L1 ? u"Connected"_s : u"Wait"_s},
                {u"ResourceId"_s, hashed(u"nlb-"_s, id, 20)}});
        }
        items.append(
            QJsonObject{{u"EndpointId"_s, endpointId},
                        {u"EndpointOwnerId"_s, owner.toLongLong()},
                        {u"EndpointVpcId"_s, hashed(u"vpc-"_s, endpointId, 17)},
                        {u"ServiceId"_s, id},
                        {u"ConnectionStatus"_s, status},
                        {u"ConnectionId"_s, hashed({}, endpointId, 8).toLongLong(nullptr, 16)},
                        {u"Bandwidth"_s, 3072},
                        {u"ModifiedTime"_s, request.value("createTime"_L1)},
                        {u"ResourceOwner"_s, false},
                        {u"ResourceGroupId"_s, hashed(u"rg-acfm"_s, id, 11)},
                        {u"Zones"_s, zones}});
    }
    // The caller's own endpoints to its own service.
    const QJsonArray own = m_endpoints->connectionsTo(call, id);
    for (const QJsonValue &value : own) {
        if ((!call.value(u"EndpointId"_s).isEmpty() &&
             value["EndpointId"_L1].toString() != call.value(u"EndpointId"_s)) ||
            (!call.value(u"ConnectionStatus"_s).isEmpty() &&
             value["ConnectionStatus"_L1].toString() != call.value(u"ConnectionStatus"_s)) ||
            (!call.value(u"EndpointOwnerId"_s).isEmpty() &&
             call.account != call.value(u"EndpointOwnerId"_s)))
            continue;
        items.append(value);
    }
    QJsonObject answer = call.answer();
    answer.insert(u"Connections"_s, page.of(items));
    page.write(answer, items.size());
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaPrivateLink::decide(const Call &call, bool allow)
{
    SandboxResponse refusal;
    const auto service = ownService(call, &refusal);
    if (!service)
        return refusal;
    const QString endpointId = call.value(u"EndpointId"_s);
    if (endpointId.isEmpty())
        return call.fail(400, u"MissingParameter"_s,
                         u"The input parameter \"EndpointId\" that is mandatory for processing "
                         "this request is not supplied."_s);
    if (call.value(u"DryRun"_s) == "true"_L1)
        return call.fail(400, u"DryRunOperation"_s,
                         u"Request validation has been passed with DryRun flag set."_s);
    const QString token = call.value(u"ClientToken"_s);
    if (!token.isEmpty() && m_clientTokens.contains(token))
        return SandboxResponse::ok({{u"RequestId"_s, m_clientTokens.value(token)}});
    if (auto own = m_endpoints->decide(call, serviceId(*service), endpointId, allow)) {
        if (own->status == 200 && !token.isEmpty())
            m_clientTokens.insert(token, call.requestId);
        return *own;
    }
    const SandboxResponse decided =
        m_simulation->decide(service->value("name"_L1).toString(), endpointId, allow);
    if (decided.status == 404)
        return call.fail(400, u"EndpointConnectionNotFound"_s,
                         u"The endpoint connection %1 does not exist."_s.arg(endpointId));
    if (decided.status != 200)
        return call.fail(400, u"EndpointConnectionOperationDenied"_s,
                         u"The endpoint connection operation is denied: the connection is not "
                         "Pending."_s);
    if (!token.isEmpty())
        m_clientTokens.insert(token, call.requestId);
    return SandboxResponse::ok(call.answer());
}

} // namespace plc::sandbox
