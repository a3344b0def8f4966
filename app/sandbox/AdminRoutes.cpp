#include "sandbox/AdminRoutes.h"

#include "sandbox/FaultInjector.h"
#include "sandbox/ProviderSimulation.h"
#include "sandbox/RequestBody.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxStore.h"

#include "sandbox/RequestRules.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

SandboxResponse methodNotAllowed(const SandboxRequest &request)
{
    return SandboxResponse::error(
        405, RpcCode::Unimplemented,
        u"method %1 is not allowed on %2"_s.arg(QString::fromLatin1(request.method), request.path));
}

SandboxResponse serviceNotFound(const QString &name)
{
    return SandboxResponse::error(404, RpcCode::NotFound,
                                  u"endpoint service %1 not found"_s.arg(name));
}

std::optional<QStringList> stringArray(const QJsonObject &json, const QString &key, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray()) {
        *error = key + u": must be an array of strings"_s;
        return std::nullopt;
    }
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            *error = key + u": must be an array of strings"_s;
            return std::nullopt;
        }
        list.append(item.toString());
    }
    return list;
}

bool validPrincipal(RequestRules::Provider provider, const QString &principal)
{
    static const QRegularExpression awsPrincipal(
        u"^(\\*|[0-9]{12}|arn:aws:iam::[0-9]{12}:(root|user/[\\w+=,.@/-]+|role/[\\w+=,.@/-]+))$"_s);
    static const QRegularExpression alibabaPrincipal(u"^(\\*|[0-9]{10,20})$"_s);
    return (provider == RequestRules::Provider::Aws ? awsPrincipal : alibabaPrincipal)
        .match(principal)
        .hasMatch();
}

bool validZone(RequestRules::Provider provider, const QString &region, const QString &zone)
{
    static const QRegularExpression awsZone(u"^[a-z]{2,5}[0-9]-az[0-9]{1,2}$"_s);
    if (provider == RequestRules::Provider::Aws)
        return awsZone.match(zone).hasMatch();
    const QRegularExpression alibabaZone(u"^"_s + QRegularExpression::escape(region) +
                                         u"-[a-z]$"_s);
    return alibabaZone.match(zone).hasMatch();
}

/// `ports`: the TCP ports the service serves, each 1–65535, no repeats.
std::optional<QJsonArray> ports(const QJsonObject &json, QString *error)
{
    const QJsonValue value = json.value("ports"_L1);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    QJsonArray result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const double port = item.toDouble(-1);
        if (!item.isDouble() || port < 1 || port > 65535 || port != double(int(port)) ||
            result.contains(QJsonValue(int(port)))) {
            *error = u"ports: must be an array of distinct TCP ports from 1 to 65535"_s;
            return std::nullopt;
        }
        result.append(int(port));
    }
    if (!value.isArray()) {
        *error = u"ports: must be an array of distinct TCP ports from 1 to 65535"_s;
        return std::nullopt;
    }
    return result;
}

std::optional<QStringList> principals(RequestRules::Provider provider, const QJsonObject &json,
                                      QString *error)
{
    auto list = stringArray(json, u"allowedPrincipals"_s, error);
    if (!list)
        return std::nullopt;
    for (const QString &principal : std::as_const(*list)) {
        if (!validPrincipal(provider, principal)) {
            *error = provider == RequestRules::Provider::Aws
                         ? u"allowedPrincipals: %1 is not *, an AWS account ID or an IAM ARN"_s.arg(
                               principal)
                         : u"allowedPrincipals: %1 is not * or an Alibaba Cloud account ID"_s.arg(
                               principal);
            return std::nullopt;
        }
    }
    return list;
}
} // namespace

std::optional<QJsonObject> validateEndpointService(const QJsonObject &json, QString *error)
{
    static const QSet<QString> known{u"name"_s,
                                     u"availabilityZoneIds"_s,
                                     u"allowedPrincipals"_s,
                                     u"acceptanceRequired"_s,
                                     u"owner"_s,
                                     u"description"_s,
                                     u"provider"_s,
                                     u"region"_s,
                                     u"createTime"_s,
                                     u"ports"_s,
                                     u"mysqlAccounts"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = it.key() + u": unknown field"_s;
            return std::nullopt;
        }
    }
    const QString name = json.value("name"_L1).toString();
    const RequestRules::ServiceName parsed = RequestRules::serviceName(name);
    if (!parsed.problem.isEmpty()) {
        *error = u"name: "_s + parsed.problem;
        return std::nullopt;
    }
    const auto zones = stringArray(json, u"availabilityZoneIds"_s, error);
    if (!zones)
        return std::nullopt;
    if (zones->isEmpty()) {
        *error = u"availabilityZoneIds: at least one availability zone is required"_s;
        return std::nullopt;
    }
    for (const QString &zone : *zones) {
        if (!validZone(parsed.provider, parsed.region, zone)) {
            *error =
                parsed.provider == RequestRules::Provider::Aws
                    ? u"availabilityZoneIds: %1 is not an AWS AZ ID such as use1-az1"_s.arg(zone)
                    : u"availabilityZoneIds: %1 is not a zone of %2 such as %2-j"_s.arg(
                          zone, parsed.region);
            return std::nullopt;
        }
    }
    const auto allowed = principals(parsed.provider, json, error);
    if (!allowed)
        return std::nullopt;
    const QJsonValue acceptance = json.value("acceptanceRequired"_L1);
    if (!acceptance.isUndefined() && !acceptance.isBool()) {
        *error = u"acceptanceRequired: must be true or false"_s;
        return std::nullopt;
    }
    const QString owner = json.value("owner"_L1).toString(u"USER"_s);
    if (owner != "USER"_L1 && owner != "CONFLUENT"_L1) {
        *error = u"owner: must be USER or CONFLUENT"_s;
        return std::nullopt;
    }
    if (owner == "CONFLUENT"_L1 && parsed.provider != RequestRules::Provider::Aws) {
        *error = u"owner: Confluent Cloud endpoint services are on AWS only"_s;
        return std::nullopt;
    }
    const auto served = ports(json, error);
    if (!served)
        return std::nullopt;
    const QJsonValue accounts = json.value("mysqlAccounts"_L1);
    if (!accounts.isUndefined() && !accounts.isNull()) {
        const QJsonObject map = accounts.toObject();
        bool strings = accounts.isObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            strings = strings && it.value().isString() && !it.key().isEmpty();
        if (!strings) {
            *error = u"mysqlAccounts: must be an object of user names and passwords"_s;
            return std::nullopt;
        }
    }
    return QJsonObject{
        {u"ports"_s, *served},
        {QLatin1StringView(EndpointServiceField::MysqlAccounts), accounts.toObject()},
        {u"name"_s, name},
        {u"provider"_s, parsed.provider == RequestRules::Provider::Aws ? u"aws"_s : u"alicloud"_s},
        {u"region"_s, parsed.region},
        {u"availabilityZoneIds"_s, QJsonArray::fromStringList(*zones)},
        {u"allowedPrincipals"_s, QJsonArray::fromStringList(*allowed)},
        {u"acceptanceRequired"_s, acceptance.toBool(true)},
        {u"owner"_s, owner},
        {u"description"_s, json.value("description"_L1).toString()},
        {u"createTime"_s, json.value("createTime"_L1).toString(SandboxIds::nowRfc3339())},
    };
}

AdminRoutes::AdminRoutes(SandboxStore *store, ProviderSimulation *simulation,
                         SandboxSettings *settings, FaultInjector *faults, RequestStats *stats)
    : m_store(store)
    , m_simulation(simulation)
    , m_settings(settings)
    , m_faults(faults)
    , m_stats(stats)
{}

void AdminRoutes::addTo(RouteTable &table)
{
    // Settings, faults and stats take GET, PUT and DELETE; they answer the method themselves.
    table.add("*", u"settings"_s,
              [this](const SandboxRequest &r, const RouteParams &) { return settings(r); });
    table.add("*", u"faults"_s,
              [this](const SandboxRequest &r, const RouteParams &) { return faults(r); });
    table.add("*", u"stats"_s,
              [this](const SandboxRequest &r, const RouteParams &) { return stats(r); });
    table.add("GET", u"endpointServices"_s,
              [this](const SandboxRequest &, const RouteParams &) { return listServices(); });
    table.add("POST", u"endpointServices"_s,
              [this](const SandboxRequest &r, const RouteParams &) { return createService(r); });
    table.add("GET", u"endpointServices/{name}"_s,
              [this](const SandboxRequest &, const RouteParams &p) {
                  return getService(p.value(u"name"_s));
              });
    table.add("DELETE", u"endpointServices/{name}"_s,
              [this](const SandboxRequest &, const RouteParams &p) {
                  return deleteService(p.value(u"name"_s));
              });
    table.add("POST", u"endpointServices/{name}:setAllowedPrincipals"_s,
              [this](const SandboxRequest &r, const RouteParams &p) {
                  return setAllowedPrincipals(p.value(u"name"_s), r);
              });
    table.add("POST", u"endpointServices/{name}:setPorts"_s,
              [this](const SandboxRequest &r, const RouteParams &p) {
                  return setPorts(p.value(u"name"_s), r);
              });
    table.add("GET", u"endpointServices/{name}/connectionRequests"_s,
              [this](const SandboxRequest &, const RouteParams &p) {
                  return connectionRequests(p.value(u"name"_s));
              });
    for (const bool accept : {true, false}) {
        table.add("POST",
                  accept ? u"endpointServices/{name}/connectionRequests/{endpointId}:accept"_s
                         : u"endpointServices/{name}/connectionRequests/{endpointId}:reject"_s,
                  [this, accept](const SandboxRequest &, const RouteParams &p) {
                      const QString name = p.value(u"name"_s);
                      if (!m_store->endpointService(name))
                          return serviceNotFound(name);
                      return m_simulation->decide(name, p.value(u"endpointId"_s), accept);
                  });
    }
}

SandboxResponse AdminRoutes::listServices() const
{
    QJsonArray services;
    const QList<QJsonObject> all = m_store->endpointServices();
    for (const QJsonObject &service : all)
        services.append(ProviderSimulation::publicView(service));
    return SandboxResponse::ok({{u"endpointServices"_s, services}});
}

SandboxResponse AdminRoutes::getService(const QString &name) const
{
    auto service = m_store->endpointService(name);
    if (!service)
        return serviceNotFound(name);
    QJsonObject body = ProviderSimulation::publicView(*service);
    body.insert(u"connectionRequests"_s,
                connectionRequests(name).body.value("connectionRequests"_L1));
    return SandboxResponse::ok(body);
}

SandboxResponse AdminRoutes::createService(const SandboxRequest &request)
{
    RequestBody body(request.body);
    if (!body.ok())
        return SandboxResponse::badRequest(body.error());
    QString error;
    const auto service = validateEndpointService(body.object(), &error);
    if (!service)
        return SandboxResponse::badRequest(error);
    const QString name = service->value("name"_L1).toString();
    if (m_store->endpointService(name)) {
        return SandboxResponse::error(409, RpcCode::AlreadyExists,
                                      u"endpoint service %1 already exists"_s.arg(name));
    }
    if (!m_store->putEndpointService(*service))
        return SandboxResponse::error(500, RpcCode::Internal,
                                      u"cannot store the endpoint service"_s);
    return SandboxResponse::ok(ProviderSimulation::publicView(*service));
}

SandboxResponse AdminRoutes::deleteService(const QString &name)
{
    const auto service = m_store->endpointService(name);
    if (!service)
        return serviceNotFound(name);
    StoreTransaction transaction(*m_store);
    m_simulation->endpointServiceDeleted(name);
    m_store->deleteEndpointService(name);
    if (!transaction.commit())
        return SandboxResponse::error(500, RpcCode::Internal,
                                      u"cannot delete the endpoint service"_s);
    return SandboxResponse::ok(ProviderSimulation::publicView(*service));
}

SandboxResponse AdminRoutes::setAllowedPrincipals(const QString &name,
                                                  const SandboxRequest &request)
{
    auto service = m_store->endpointService(name);
    if (!service)
        return serviceNotFound(name);
    RequestBody body(request.body);
    body.allowOnly({u"allowedPrincipals"_s});
    if (!body.ok())
        return SandboxResponse::badRequest(body.error());
    QString error;
    const RequestRules::Provider provider = service->value("provider"_L1).toString() == "aws"_L1
                                                ? RequestRules::Provider::Aws
                                                : RequestRules::Provider::Alibaba;
    const auto allowed = principals(provider, body.object(), &error);
    if (!allowed)
        return SandboxResponse::badRequest(error);
    (*service)[u"allowedPrincipals"_s] = QJsonArray::fromStringList(*allowed);
    if (!m_store->putEndpointService(*service))
        return SandboxResponse::error(500, RpcCode::Internal,
                                      u"cannot store the endpoint service"_s);
    return SandboxResponse::ok(ProviderSimulation::publicView(*service));
}

SandboxResponse AdminRoutes::setPorts(const QString &name, const SandboxRequest &request)
{
    auto service = m_store->endpointService(name);
    if (!service)
        return serviceNotFound(name);
    RequestBody body(request.body);
    body.allowOnly({u"ports"_s});
    if (!body.ok())
        return SandboxResponse::badRequest(body.error());
    QString error;
    const auto served = ports(body.object(), &error);
    if (!served)
        return SandboxResponse::badRequest(error);
    (*service)[u"ports"_s] = *served;
    if (!m_store->putEndpointService(*service))
        return SandboxResponse::error(500, RpcCode::Internal,
                                      u"cannot store the endpoint service"_s);
    return SandboxResponse::ok(ProviderSimulation::publicView(*service));
}

SandboxResponse AdminRoutes::connectionRequests(const QString &name) const
{
    if (!m_store->endpointService(name))
        return serviceNotFound(name);
    QJsonArray requests;
    const QList<QJsonObject> connections = m_store->connectionsOfService(name);
    for (const QJsonObject &connection : connections) {
        const QJsonObject request = m_simulation->connectionRequest(connection);
        if (!request.isEmpty())
            requests.append(request);
    }
    return SandboxResponse::ok({{u"connectionRequests"_s, requests}});
}

SandboxResponse AdminRoutes::settings(const SandboxRequest &request)
{
    if (request.method == "PUT" || request.method == "PATCH") {
        RequestBody body(request.body);
        if (!body.ok())
            return SandboxResponse::badRequest(body.error());
        QString error;
        if (!m_settings->apply(body.object(), &error))
            return SandboxResponse::badRequest(error);
    } else if (request.method != "GET") {
        return methodNotAllowed(request);
    }
    return SandboxResponse::ok(m_settings->toJson());
}

SandboxResponse AdminRoutes::faults(const SandboxRequest &request)
{
    if (request.method == "PUT") {
        RequestBody body(request.body);
        if (!body.ok())
            return SandboxResponse::badRequest(body.error());
        QString error;
        auto rule = FaultRule::fromJson(body.object(), &error);
        if (!rule)
            return SandboxResponse::badRequest(error);
        m_faults->setRule(rule);
    } else if (request.method == "DELETE") {
        m_faults->setRule(std::nullopt);
    } else if (request.method != "GET") {
        return methodNotAllowed(request);
    }
    const auto &rule = m_faults->rule();
    return SandboxResponse::ok(rule ? QJsonObject{{u"fault"_s, rule->toJson()}} : QJsonObject());
}

SandboxResponse AdminRoutes::stats(const SandboxRequest &request)
{
    if (request.method == "DELETE") {
        *m_stats = {};
    } else if (request.method != "GET") {
        return methodNotAllowed(request);
    }
    QJsonObject routes;
    for (auto it = m_stats->byRoute.constBegin(); it != m_stats->byRoute.constEnd(); ++it)
        routes.insert(it.key(), it.value());
    return SandboxResponse::ok({{u"totalRequests"_s, m_stats->total}, {u"requests"_s, routes}});
}

} // namespace plc::sandbox
