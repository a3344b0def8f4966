#include "sandbox/alibaba/AlibabaEndpoints.h"

#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/alibaba/AlibabaEndpointRules.h"
#include "sandbox/alibaba/AlibabaNetwork.h"

#include <QHostAddress>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

/// The parameters a list's NextToken is bound to.
const QStringList &endpointFilters()
{
    static const QStringList filters{u"EndpointId"_s,  u"EndpointName"_s,   u"VpcId"_s,
                                     u"ServiceName"_s, u"EndpointStatus"_s, u"ConnectionStatus"_s,
                                     u"EndpointType"_s};
    return filters;
}

/// An address of the vSwitch's block for the endpoint's network interface there.
QString eniAddress(const QString &cidr, int salt)
{
    const auto [network, length] = QHostAddress::parseSubnet(cidr);
    if (network.isNull() || length > 28)
        return {};
    return QHostAddress(network.toIPv4Address() + 10 + quint32(salt % 200)).toString();
}

} // namespace

bool AlibabaEndpoints::handles(const QString &action)
{
    static const QStringList actions{
        u"CreateVpcEndpoint"_s,    u"GetVpcEndpointAttribute"_s,       u"ListVpcEndpoints"_s,
        u"ListVpcEndpointZones"_s, u"ListVpcEndpointSecurityGroups"_s, u"DeleteVpcEndpoint"_s};
    return actions.contains(action);
}

int AlibabaEndpoints::creatingDelayMs() const
{
    return m_settings->creatingDelayMs;
}

int AlibabaEndpoints::deletingDelayMs() const
{
    return m_settings->deletingDelayMs;
}

SandboxResponse AlibabaEndpoints::handle(const SandboxRequest &request)
{
    const AlibabaCall call = AlibabaCall::from(request, u"privatelink"_s);
    if (auto refusal = call.refuseVersionOrRegion(u"2020-04-15"_s))
        return *refusal;
    const QString &a = call.action;
    if (a == "CreateVpcEndpoint"_L1)
        return create(call);
    if (a == "GetVpcEndpointAttribute"_L1)
        return attribute(call);
    if (a == "ListVpcEndpoints"_L1)
        return list(call);
    if (a == "ListVpcEndpointZones"_L1)
        return zones(call);
    if (a == "ListVpcEndpointSecurityGroups"_L1)
        return securityGroups(call);
    if (a == "DeleteVpcEndpoint"_L1)
        return remove(call);
    return call.unknownAction();
}

QJsonObject AlibabaEndpoints::view(const QJsonObject &body, qint64 nowMs)
{
    const bool deleting = body.value("_deleteAtMs"_L1).toInteger() > 0;
    const bool ready = nowMs >= body.value("_readyAtMs"_L1).toInteger();
    const bool automatic = body.value("_autoAccept"_L1).toBool();
    QJsonObject out;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!it.key().startsWith(u'_'))
            out.insert(it.key(), it.value());
    }
    const QString decided = body.value("_decision"_L1).toString();
    QString endpoint = u"Active"_s;
    QString connection = automatic ? u"Connected"_s : decided.isEmpty() ? u"Pending"_s : decided;
    if (deleting) {
        endpoint = u"Deleting"_s;
        connection = u"Deleting"_s;
    } else if (!ready) {
        endpoint = u"Creating"_s;
        connection = automatic || decided == "Connected"_L1 ? u"Connecting"_s : u"Pending"_s;
    }
    out.insert(u"EndpointStatus"_s, endpoint);
    out.insert(u"ConnectionStatus"_s, connection);
    out.insert(u"EndpointBusinessStatus"_s, u"Normal"_s);
    return out;
}

std::optional<QString> AlibabaEndpoints::usableNamed(const QString &host)
{
    const qint64 now = SandboxIds::nowMs();
    const QList<NetworkScope> scopes =
        m_networks.scopes(QString(AlibabaNetwork::Cloud), QString(AlibabaNetwork::Endpoint));
    for (const NetworkScope &scope : scopes) {
        const QList<QJsonObject> stored = m_networks.list(scope, AlibabaNetwork::Endpoint);
        for (const QJsonObject &body : stored) {
            const QJsonObject shown = view(body, now);
            if (shown.value("EndpointStatus"_L1).toString() != "Active"_L1 ||
                shown.value("ConnectionStatus"_L1).toString() != "Connected"_L1)
                continue;
            QStringList names{body.value("EndpointDomain"_L1).toString()};
            for (const QJsonValue &zone : body.value("_zones"_L1).toArray())
                names.append(zone["ZoneDomain"_L1].toString());
            if (names.contains(host, Qt::CaseInsensitive))
                return body.value("EndpointId"_L1).toString();
        }
    }
    return std::nullopt;
}

QList<QJsonObject> AlibabaEndpoints::endpoints(const AlibabaCall &call)
{
    const NetworkScope scope = AlibabaNetwork::scope(call.account, call.region);
    const qint64 now = SandboxIds::nowMs();
    QList<QJsonObject> alive;
    const QList<QJsonObject> stored = m_networks.list(scope, AlibabaNetwork::Endpoint);
    for (const QJsonObject &body : stored) {
        const qint64 gone = body.value("_deleteAtMs"_L1).toInteger();
        if (gone > 0 && now >= gone)
            m_networks.remove(scope, AlibabaNetwork::Endpoint,
                              body.value("EndpointId"_L1).toString());
        else
            alive.append(body);
    }
    return alive;
}

std::optional<QJsonObject> AlibabaEndpoints::endpoint(const AlibabaCall &call, const QString &id,
                                                      SandboxResponse *refusal)
{
    if (id.isEmpty()) {
        *refusal = call.missing(u"EndpointId"_s);
        return std::nullopt;
    }
    const QList<QJsonObject> alive = endpoints(call);
    for (const QJsonObject &body : alive) {
        if (body.value("EndpointId"_L1).toString() == id)
            return body;
    }
    *refusal = call.fail(400, u"EndpointNotFound"_s,
                         u"The endpoint %1 does not exist in region %2."_s.arg(id, call.region));
    return std::nullopt;
}

SandboxResponse AlibabaEndpoints::create(const AlibabaCall &call)
{
    QJsonObject first;
    const auto seen = call.dryRun() ? AlibabaClientTokens::Seen::No : m_tokens.look(call, &first);
    if (seen == AlibabaClientTokens::Seen::Other)
        return AlibabaClientTokens::mismatch(call);
    if (seen == AlibabaClientTokens::Seen::Same) {
        // Sent again: the endpoint the first request made, nothing made twice.
        SandboxResponse refusal;
        const auto made = endpoint(call, first.value("ResourceId"_L1).toString(), &refusal);
        if (!made)
            return refusal;
        QJsonObject answer = view(*made, SandboxIds::nowMs());
        answer.insert(u"RequestId"_s, first.value("RequestId"_L1));
        return SandboxResponse::ok(answer);
    }
    SandboxResponse refusal;
    auto body = AlibabaEndpointRules::checked(m_networks, m_services, call, &refusal);
    if (!body)
        return refusal;
    if (call.dryRun())
        return call.dryRunPassed();
    const QString id = SandboxIds::alibabaEndpointId();
    const QString epsrvId = body->value("ServiceId"_L1).toString();
    const qint64 now = SandboxIds::nowMs();
    QJsonArray zones;
    int salt = int(m_networks.count(QString(AlibabaNetwork::Cloud), AlibabaNetwork::Endpoint));
    for (const QJsonValue &value : body->value("_zones"_L1).toArray()) {
        const QString zone = value["ZoneId"_L1].toString();
        zones.append(QJsonObject{{u"ZoneId"_s, zone},
                                 {u"VSwitchId"_s, value["VSwitchId"_L1]},
                                 {u"EniId"_s, u"eni-"_s + SandboxIds::alibabaEndpointId().mid(3)},
                                 {u"EniIp"_s, eniAddress(value["_cidr"_L1].toString(), salt++)},
                                 {u"ZoneDomain"_s, u"%1-%2.%3.%4.privatelink.aliyuncs.com"_s.arg(
                                                       id, zone, epsrvId, call.region)},
                                 {u"RegionId"_s, call.region}});
    }
    body->insert(u"_zones"_s, zones);
    body->insert(u"EndpointId"_s, id);
    body->insert(u"EndpointName"_s, call.value(u"EndpointName"_s));
    body->insert(u"EndpointDescription"_s, call.value(u"EndpointDescription"_s));
    body->insert(u"EndpointType"_s, u"Interface"_s);
    body->insert(u"VpcId"_s, call.value(u"VpcId"_s));
    body->insert(u"RegionId"_s, call.region);
    body->insert(u"EndpointDomain"_s,
                 u"%1.%2.%3.privatelink.aliyuncs.com"_s.arg(id, epsrvId, call.region));
    body->insert(u"CreateTime"_s, SandboxIds::nowRfc3339());
    body->insert(u"Bandwidth"_s, 3072);
    body->insert(u"Payer"_s, u"Endpoint"_s);
    body->insert(u"ZonePrivateIpAddressCount"_s, 1);
    body->insert(u"ZoneAffinityEnabled"_s, false);
    body->insert(u"AddressIpVersion"_s, u"IPv4"_s);
    body->insert(u"ResourceGroupId"_s, u"rg-acfm%1"_s.arg(call.account.right(7)));
    body->insert(u"_readyAtMs"_s, now + creatingDelayMs());
    body->insert(u"_deleteAtMs"_s, 0);
    if (!m_networks.put(AlibabaNetwork::scope(call.account, call.region), AlibabaNetwork::Endpoint,
                        id, call.value(u"VpcId"_s), *body) ||
        !m_tokens.remember(call, id))
        return call.fail(500, u"InternalError"_s, u"The endpoint could not be stored."_s);
    QJsonObject answer = view(*body, now);
    answer.insert(u"RequestId"_s, call.requestId);
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaEndpoints::attribute(const AlibabaCall &call)
{
    SandboxResponse refusal;
    const auto found = endpoint(call, call.value(u"EndpointId"_s), &refusal);
    if (!found)
        return refusal;
    QJsonObject answer = view(*found, SandboxIds::nowMs());
    answer.insert(u"RequestId"_s, call.requestId);
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaEndpoints::list(const AlibabaCall &call)
{
    AlibabaTokenPage page;
    QString problem;
    if (!page.read(call, endpointFilters(), 1000, &problem))
        return call.fail(400, u"InvalidParameter"_s, problem);
    const qint64 now = SandboxIds::nowMs();
    QJsonArray items;
    const QList<QJsonObject> alive = endpoints(call);
    for (const QJsonObject &body : alive) {
        QJsonObject shown = view(body, now);
        bool keep = true;
        for (const QString &filter : endpointFilters())
            keep = keep && (call.value(filter).isEmpty() ||
                            shown.value(filter).toString() == call.value(filter));
        if (!keep)
            continue;
        shown.insert(u"Tags"_s, QJsonArray());
        items.append(shown);
    }
    QJsonObject answer = call.answer();
    answer.insert(u"Endpoints"_s, page.of(items));
    answer.insert(u"TotalCount"_s, QString::number(items.size()));
    page.write(answer, items.size());
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaEndpoints::zones(const AlibabaCall &call)
{
    SandboxResponse refusal;
    const auto found = endpoint(call, call.value(u"EndpointId"_s), &refusal);
    if (!found)
        return refusal;
    AlibabaTokenPage page;
    QString problem;
    if (!page.read(call, {u"EndpointId"_s}, 50, &problem))
        return call.fail(400, u"InvalidParameter"_s, problem);
    const QJsonObject shown = view(*found, SandboxIds::nowMs());
    const QString endpointStatus = shown.value("EndpointStatus"_L1).toString();
    const QString connection = shown.value("ConnectionStatus"_L1).toString();
    QString zoneStatus = connection == "Connected"_L1      ? u"Connected"_s
                         : connection == "Disconnected"_L1 ? u"Disconnected"_s
                                                           : u"Wait"_s;
    if (endpointStatus != "Active"_L1)
        zoneStatus = endpointStatus; // Creating, Deleting
    QJsonArray items;
    for (const QJsonValue &value : found->value("_zones"_L1).toArray()) {
        QJsonObject zone = value.toObject();
        zone.insert(u"ZoneStatus"_s, zoneStatus);
        zone.insert(u"ServiceStatus"_s, u"Active"_s);
        items.append(zone);
    }
    QJsonObject answer = call.answer();
    answer.insert(u"Zones"_s, page.of(items));
    page.write(answer, items.size());
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaEndpoints::securityGroups(const AlibabaCall &call)
{
    SandboxResponse refusal;
    const auto found = endpoint(call, call.value(u"EndpointId"_s), &refusal);
    if (!found)
        return refusal;
    AlibabaTokenPage page;
    QString problem;
    if (!page.read(call, {u"EndpointId"_s}, 50, &problem))
        return call.fail(400, u"InvalidParameter"_s, problem);
    QJsonArray items;
    for (const QJsonValue &id : found->value("_securityGroupIds"_L1).toArray())
        items.append(QJsonObject{{u"SecurityGroupId"_s, id}});
    QJsonObject answer = call.answer();
    answer.insert(u"SecurityGroups"_s, page.of(items));
    page.write(answer, items.size());
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaEndpoints::remove(const AlibabaCall &call)
{
    QJsonObject first;
    const auto seen = call.dryRun() ? AlibabaClientTokens::Seen::No : m_tokens.look(call, &first);
    if (seen == AlibabaClientTokens::Seen::Other)
        return AlibabaClientTokens::mismatch(call);
    if (seen == AlibabaClientTokens::Seen::Same)
        return SandboxResponse::ok({{u"RequestId"_s, first.value("RequestId"_L1)}});
    SandboxResponse refusal;
    auto found = endpoint(call, call.value(u"EndpointId"_s), &refusal);
    if (!found)
        return refusal;
    if (found->value("_deleteAtMs"_L1).toInteger() > 0)
        return call.fail(400, u"EndpointOperationDenied"_s,
                         u"The endpoint %1 is already being deleted."_s.arg(
                             found->value("EndpointId"_L1).toString()));
    if (call.dryRun())
        return call.dryRunPassed();
    found->insert(u"_deleteAtMs"_s, SandboxIds::nowMs() + qMax(1, deletingDelayMs()));
    if (!m_networks.put(AlibabaNetwork::scope(call.account, call.region), AlibabaNetwork::Endpoint,
                        found->value("EndpointId"_L1).toString(),
                        found->value("VpcId"_L1).toString(), *found) ||
        !m_tokens.remember(call, found->value("EndpointId"_L1).toString()))
        return call.fail(500, u"InternalError"_s, u"The endpoint could not be stored."_s);
    return SandboxResponse::ok(call.answer());
}

QJsonArray AlibabaEndpoints::connectionsTo(const AlibabaCall &call, const QString &serviceId)
{
    const qint64 now = SandboxIds::nowMs();
    QJsonArray items;
    const QList<QJsonObject> alive = endpoints(call);
    for (const QJsonObject &body : alive) {
        if (body.value("ServiceId"_L1).toString() != serviceId)
            continue;
        const QJsonObject shown = view(body, now);
        const QString status = shown.value("ConnectionStatus"_L1).toString();
        QJsonArray zones;
        for (const QJsonValue &value : body.value("_zones"_L1).toArray()) {
            QJsonObject zone = value.toObject();
            zone.remove(u"RegionId"_s);
            zone.insert(u"ZoneStatus"_s, status == "Connected"_L1      ? u"Connected"_s
                                         : status == "Disconnected"_L1 ? u"Disconnected"_s
                                                                       : u"Wait"_s);
            zones.append(zone);
        }
        items.append(QJsonObject{{u"EndpointId"_s, shown.value("EndpointId"_L1)},
                                 {u"EndpointOwnerId"_s, call.account.toLongLong()},
                                 {u"EndpointVpcId"_s, shown.value("VpcId"_L1)},
                                 {u"ServiceId"_s, serviceId},
                                 {u"ConnectionStatus"_s, status},
                                 {u"Bandwidth"_s, shown.value("Bandwidth"_L1)},
                                 {u"ModifiedTime"_s, shown.value("CreateTime"_L1)},
                                 {u"ResourceOwner"_s, true},
                                 {u"ResourceGroupId"_s, shown.value("ResourceGroupId"_L1)},
                                 {u"Zones"_s, zones}});
    }
    return items;
}

std::optional<SandboxResponse> AlibabaEndpoints::decide(const AlibabaCall &call,
                                                        const QString &serviceId,
                                                        const QString &endpointId, bool allow)
{
    const QList<QJsonObject> alive = endpoints(call);
    for (QJsonObject body : alive) {
        if (body.value("EndpointId"_L1).toString() != endpointId ||
            body.value("ServiceId"_L1).toString() != serviceId)
            continue;
        if (view(body, SandboxIds::nowMs()).value("ConnectionStatus"_L1).toString() != "Pending"_L1)
            return call.fail(400, u"EndpointConnectionOperationDenied"_s,
                             u"The endpoint connection operation is denied: the connection is "
                             "not Pending."_s);
        body.insert(u"_decision"_s, allow ? u"Connected"_s : u"Disconnected"_s);
        if (!m_networks.put(AlibabaNetwork::scope(call.account, call.region),
                            AlibabaNetwork::Endpoint, endpointId, body.value("VpcId"_L1).toString(),
                            body))
            return call.fail(500, u"InternalError"_s, u"The endpoint could not be stored."_s);
        return SandboxResponse::ok(call.answer());
    }
    return std::nullopt;
}

} // namespace plc::sandbox
