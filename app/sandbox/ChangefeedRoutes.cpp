#include "sandbox/ChangefeedRoutes.h"

#include "sandbox/ClusterRoutes.h"
#include "sandbox/PrivateLinkRoutes.h"
#include "sandbox/ProviderSimulation.h"
#include "sandbox/RequestBody.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
const QStringList SinkTypes{u"KAFKA"_s, u"MYSQL"_s};
const QStringList NetworkTypes{u"PUBLIC"_s, u"PRIVATE_LINK"_s};
const QStringList KafkaAuthTypes{u"DISABLE"_s, u"SASL_PLAIN"_s, u"SASL_SCRAM_SHA_256"_s,
                                 u"SASL_SCRAM_SHA_512"_s};
const QStringList TableModes{u"IGNORE_NOT_SUPPORT_TABLE"_s, u"FORCE_SYNC"_s};
const QStringList StartModes{u"FROM_NOW"_s, u"FROM_TSO"_s, u"FROM_TIME"_s};

SandboxResponse unreachableSink(const QString &message)
{
    return SandboxResponse::error(400, RpcCode::FailedPrecondition, message);
}

QString changefeedId()
{
    // As the service writes them: "cfd-" and 20 lowercase letters and digits.
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = u"cfd-"_s;
    for (int i = 0; i < 20; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    return id;
}

bool oneOf(RequestBody &body, const QString &key, const QStringList &allowed, bool required)
{
    const auto value = body.string(key, required);
    if (!body.ok())
        return false;
    if (value && !allowed.contains(*value)) {
        body.fail(key,
                  u"unknown value %1; expected one of %2"_s.arg(*value, allowed.join(u", "_s)));
        return false;
    }
    return true;
}
} // namespace

struct ChangefeedRoutes::Sink
{
    QString type;
    QString networkType;
    QString connectionId;
    int port = 0;
    QString userName;
    QString password;
    bool hasPassword = false;
    QJsonObject stored; ///< the sink as sent, every password taken out
};

ChangefeedRoutes::ChangefeedRoutes(SandboxStore *store, const SandboxSettings *settings)
    : m_store(store)
    , m_settings(settings)
{}

QString ChangefeedRoutes::tsoFor(qint64 msSinceEpoch)
{
    return QString::number(quint64(msSinceEpoch) << 18);
}

QJsonObject ChangefeedRoutes::view(const QJsonObject &stored, qint64 nowMs)
{
    QJsonObject body = ProviderSimulation::publicView(stored);
    const QString state = stored.value("state"_L1).toString();
    if (state == "RUNNING"_L1 || state == "WARNING"_L1) {
        const qint64 at =
            nowMs - qint64(stored.value(QLatin1StringView(ChangefeedField::LagMs)).toDouble(1500));
        body.insert(
            u"checkpoint"_s,
            QJsonObject{{u"tso"_s, tsoFor(at)},
                        {u"time"_s,
                         QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs)}});
    }
    return body;
}

std::optional<SandboxResponse> ChangefeedRoutes::readSink(const QJsonObject &json,
                                                          const QString &path, Sink *sink) const
{
    QString error;
    RequestBody body(json, path, &error);
    body.allowOnly({u"type"_s, u"kafka"_s, u"mysql"_s});
    if (!oneOf(body, u"type"_s, SinkTypes, true))
        return SandboxResponse::badRequest(error);
    sink->type = body.object().value("type"_L1).toString();
    const bool mysql = sink->type == "MYSQL"_L1;
    const QString key = mysql ? u"mysql"_s : u"kafka"_s;
    if (body.has(mysql ? u"kafka"_s : u"mysql"_s))
        body.fail(mysql ? u"kafka"_s : u"mysql"_s, u"not allowed for type %1"_s.arg(sink->type));
    auto own = body.object(key, true);
    if (!body.ok())
        return SandboxResponse::badRequest(error);
    own->allowOnly(mysql ? QSet<QString>{u"network"_s, u"authentication"_s}
                         : QSet<QString>{u"network"_s, u"broker"_s, u"authentication"_s,
                                         u"dataFormat"_s, u"topicPartitionConfig"_s,
                                         u"columnSelectors"_s, u"outputRawChangeEvent"_s});
    auto network = own->object(u"network"_s, true);
    auto authentication = own->object(u"authentication"_s, mysql);
    if (!own->ok())
        return SandboxResponse::badRequest(error);
    network->allowOnly(
        mysql ? QSet<QString>{u"networkType"_s, u"publicEndpoint"_s, u"privateLink"_s}
              : QSet<QString>{u"networkType"_s, u"publicEndpoints"_s, u"privateLink"_s});
    if (!oneOf(*network, u"networkType"_s, NetworkTypes, true))
        return SandboxResponse::badRequest(error);
    sink->networkType = network->object().value("networkType"_L1).toString();
    if (sink->networkType == "PRIVATE_LINK"_L1) {
        auto link = network->object(u"privateLink"_s, true);
        if (!network->ok())
            return SandboxResponse::badRequest(error);
        link->allowOnly({u"privateLinkConnectionId"_s, u"port"_s});
        const auto id = link->string(u"privateLinkConnectionId"_s, true);
        const auto port = link->integer(u"port"_s, true);
        if (!link->ok())
            return SandboxResponse::badRequest(error);
        if (*port < 1 || *port > 65535)
            link->fail(u"port"_s, u"must be a TCP port from 1 to 65535"_s);
        if (!link->ok())
            return SandboxResponse::badRequest(error);
        sink->connectionId = *id;
        sink->port = int(*port);
    } else {
        const QString endpointKey = mysql ? u"publicEndpoint"_s : u"publicEndpoints"_s;
        const auto endpoint = network->string(endpointKey, true);
        if (network->ok() && endpoint->trimmed().isEmpty())
            network->fail(endpointKey, u"must not be empty"_s);
        if (!network->ok())
            return SandboxResponse::badRequest(error);
    }
    QJsonObject storedAuth;
    if (authentication) {
        if (mysql) {
            authentication->allowOnly({u"userName"_s, u"password"_s, u"enableTls"_s});
            const auto user = authentication->string(u"userName"_s, true);
            const auto password = authentication->string(u"password"_s, true);
            authentication->boolean(u"enableTls"_s);
            if (!authentication->ok())
                return SandboxResponse::badRequest(error);
            sink->userName = *user;
            sink->password = *password;
        } else {
            authentication->allowOnly(
                {u"authType"_s, u"username"_s, u"password"_s, u"enableTls"_s, u"serverName"_s});
            if (!oneOf(*authentication, u"authType"_s, KafkaAuthTypes, false))
                return SandboxResponse::badRequest(error);
            const auto user = authentication->string(u"username"_s, false);
            const auto password = authentication->string(u"password"_s, false);
            authentication->boolean(u"enableTls"_s);
            authentication->string(u"serverName"_s, false);
            if (!authentication->ok())
                return SandboxResponse::badRequest(error);
            sink->userName = user.value_or(QString());
            sink->password = password.value_or(QString());
        }
        sink->hasPassword = !sink->password.isEmpty();
        storedAuth = authentication->object();
        // Never answered: MySQL's contract requires the field, so it is there, empty.
        storedAuth.remove(u"password"_s);
        if (mysql)
            storedAuth.insert(u"password"_s, QString());
    }
    QJsonObject ownStored = own->object();
    if (authentication)
        ownStored.insert(u"authentication"_s, storedAuth);
    sink->stored = QJsonObject{{u"type"_s, sink->type}, {key, ownStored}};
    return std::nullopt;
}

std::optional<SandboxResponse> ChangefeedRoutes::unreachable(const QString &clusterId,
                                                             const Sink &sink) const
{
    if (sink.networkType != "PRIVATE_LINK"_L1)
        return std::nullopt; // the sandbox has no public network to fail
    const auto connection = m_store->connection(clusterId, sink.connectionId);
    if (!connection) {
        return SandboxResponse::badRequest(
            u"sink.%1.network.privateLink.privateLinkConnectionId: private link "
            "connection %2 not found in cluster %3"_s.arg(sink.type.toLower(), sink.connectionId,
                                                          clusterId));
    }
    const QString name = connection->value("displayName"_L1).toString();
    const QString state = connection->value("state"_L1).toString();
    if (state != "ACTIVE"_L1) {
        return unreachableSink(
            u"private link connection %1 (%2) is %3, not ACTIVE: the sink "
            "cannot be reached through it"_s.arg(sink.connectionId, name, state));
    }
    const QJsonObject endpoint = connection->value("awsEndpointService"_L1).isObject()
                                     ? connection->value("awsEndpointService"_L1).toObject()
                                     : connection->value("alicloudEndpointService"_L1).toObject();
    const QString serviceName = endpoint.value("name"_L1).toString();
    const auto service = m_store->endpointService(serviceName);
    const QJsonArray ports = service ? service->value("ports"_L1).toArray() : QJsonArray();
    if (!ports.contains(QJsonValue(sink.port))) {
        return unreachableSink(
            u"dial tcp %1:%2: i/o timeout: nothing listens on port %2 behind endpoint service "
            "%3 of private link connection %4"_s.arg(endpoint.value("endpointId"_L1).toString())
                .arg(sink.port)
                .arg(serviceName, sink.connectionId));
    }
    if (sink.type == "KAFKA"_L1) {
        bool resolves = false;
        const QList<QJsonObject> groups = m_store->attachDomains(sink.connectionId);
        for (const QJsonObject &group : groups) {
            const QJsonArray domains = group.value("domains"_L1).toArray();
            for (const QJsonValue &domain : domains)
                resolves = resolves || domain.toObject().value("state"_L1) == "ACTIVE"_L1;
        }
        if (!resolves) {
            return unreachableSink(
                u"the Kafka bootstrap server answered through private link connection %1, but "
                "the brokers' advertised listeners do not resolve: no domain is attached to "
                "the connection"_s.arg(sink.connectionId));
        }
        return std::nullopt;
    }
    const QJsonObject accounts =
        service->value(QLatin1StringView(EndpointServiceField::MysqlAccounts)).toObject();
    if (!accounts.isEmpty() && (!accounts.contains(sink.userName) ||
                                accounts.value(sink.userName).toString() != sink.password)) {
        return unreachableSink(u"Error 1045 (28000): Access denied for user '%1'@'%2' (using "
                               "password: %3)"_s.arg(sink.userName,
                                                     endpoint.value("endpointId"_L1).toString(),
                                                     sink.hasPassword ? u"YES"_s : u"NO"_s));
    }
    return std::nullopt;
}

SandboxResponse ChangefeedRoutes::list(const QString &clusterId, const QUrlQuery &query) const
{
    if (auto missing = clusterMissing(*m_store, clusterId))
        return *missing;
    const QString type = query.queryItemValue(u"changefeedType"_s);
    if (!type.isEmpty() && !SinkTypes.contains(type)) {
        return SandboxResponse::badRequest(
            u"changefeedType: unknown value %1; expected one of %2"_s.arg(type,
                                                                          SinkTypes.join(u", "_s)));
    }
    const QString collection = u"changefeeds/%1/%2"_s.arg(clusterId, type);
    PageWindow page;
    if (auto refused = PageWindow::read(query, collection, DefaultPageSize, MaxPageSize, &page))
        return *refused;
    const int total = m_store->changefeedCount(clusterId, type);
    const qint64 now = SandboxIds::nowMs();
    QJsonArray items;
    const QList<QJsonObject> changefeeds =
        m_store->changefeeds(clusterId, type, page.offset, page.size);
    for (const QJsonObject &changefeed : changefeeds)
        items.append(view(changefeed, now));
    return SandboxResponse::ok(page.answer(u"changefeeds"_s, items, total, collection));
}

SandboxResponse ChangefeedRoutes::get(const QString &clusterId, const QString &changefeedId) const
{
    if (auto missing = clusterMissing(*m_store, clusterId))
        return *missing;
    const auto changefeed = m_store->changefeed(clusterId, changefeedId);
    if (!changefeed) {
        return SandboxResponse::error(404, RpcCode::NotFound,
                                      u"changefeed %1 not found"_s.arg(changefeedId));
    }
    return SandboxResponse::ok(view(*changefeed, SandboxIds::nowMs()));
}

SandboxResponse ChangefeedRoutes::create(const QString &clusterId, const SandboxRequest &request)
{
    const auto cluster = m_store->cluster(clusterId);
    if (!cluster)
        return *clusterMissing(*m_store, clusterId);
    RequestBody body(request.body);
    body.allowOnly({u"displayName"_s, u"sink"_s, u"filter"_s, u"startPosition"_s});
    const auto displayName = body.string(u"displayName"_s, false);
    auto sinkJson = body.object(u"sink"_s, true);
    auto filter = body.object(u"filter"_s, true);
    auto start = body.object(u"startPosition"_s, false);
    if (!body.ok())
        return SandboxResponse::badRequest(body.error());
    filter->allowOnly({u"filterRule"_s, u"mode"_s, u"eventFilterRule"_s, u"caseSensitive"_s});
    oneOf(*filter, u"mode"_s, TableModes, false);
    if (!filter->ok())
        return SandboxResponse::badRequest(filter->error());
    if (start) {
        start->allowOnly({u"mode"_s, u"tso"_s, u"time"_s});
        oneOf(*start, u"mode"_s, StartModes, false);
        if (!start->ok())
            return SandboxResponse::badRequest(start->error());
    }
    Sink sink;
    if (auto refused = readSink(sinkJson->object(), u"sink"_s, &sink))
        return *refused;
    if (cluster->value("state"_L1).toString() != "ACTIVE"_L1) {
        return SandboxResponse::error(
            400, RpcCode::FailedPrecondition,
            u"cluster %1 is %2; changefeeds can be created only for an "
            "ACTIVE cluster"_s.arg(clusterId, cluster->value("state"_L1).toString()));
    }
    const auto problem = unreachable(clusterId, sink);
    if (problem && problem->body.value("code"_L1).toInt() == RpcCode::InvalidArgument)
        return *problem; // a connection that does not exist is refused at once

    const QString now = SandboxIds::nowRfc3339();
    const QJsonObject changefeed{
        {u"changefeedId"_s, changefeedId()},
        {u"clusterId"_s, clusterId},
        {u"displayName"_s, displayName.value_or(QString())},
        {u"state"_s, u"CREATING"_s},
        {u"sink"_s, sink.stored},
        {u"filter"_s, filter->object()},
        {u"startPosition"_s, start ? start->object() : QJsonObject{{u"mode"_s, u"FROM_NOW"_s}}},
        {u"createTime"_s, now},
        {u"updateTime"_s, now},
        {QLatin1StringView(ChangefeedField::CreateOutcome),
         problem ? problem->body.value("message"_L1).toString() : QString()},
    };
    if (!m_store->putChangefeed(changefeed, SandboxIds::nowMs() + m_settings->creatingDelayMs))
        return SandboxResponse::error(500, RpcCode::Internal, u"cannot store the changefeed"_s);
    return SandboxResponse::ok(view(changefeed, SandboxIds::nowMs()));
}

SandboxResponse ChangefeedRoutes::test(const QString &clusterId,
                                       const SandboxRequest &request) const
{
    if (auto missing = clusterMissing(*m_store, clusterId))
        return *missing;
    RequestBody body(request.body);
    body.allowOnly({u"sink"_s});
    auto sinkJson = body.object(u"sink"_s, true);
    if (!body.ok())
        return SandboxResponse::badRequest(body.error());
    Sink sink;
    if (auto refused = readSink(sinkJson->object(), u"sink"_s, &sink))
        return *refused;
    if (auto problem = unreachable(clusterId, sink))
        return *problem;
    return SandboxResponse::ok({});
}

} // namespace plc::sandbox
