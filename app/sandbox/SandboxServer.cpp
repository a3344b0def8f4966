#include "SandboxServer.h"

#include "ConnectionGuard.h"
#include "HttpResponseWriter.h"
#include "SandboxIds.h"
#include "SandboxStore.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxResponse methodNotAllowed(const SandboxRequest &request)
{
    return SandboxResponse::error(
        405, RpcCode::Unimplemented,
        u"method %1 is not allowed on %2"_s.arg(QString::fromLatin1(request.method), request.path));
}

SandboxResponse notFound(const QString &path)
{
    return SandboxResponse::error(404, RpcCode::NotFound, u"no API at %1"_s.arg(path));
}

int rpcCodeForStatus(int status)
{
    if (status == 429)
        return RpcCode::RateLimited;
    if (status == 503)
        return 14; // UNAVAILABLE
    if (status == 504)
        return 4; // DEADLINE_EXCEEDED
    return status >= 500 ? RpcCode::Internal : RpcCode::InvalidArgument;
}
} // namespace

SandboxServer::SandboxServer(SandboxStore *store, const SandboxSettings &settings, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_settings(settings)
    , m_simulation(store)
    , m_clusters(store)
    , m_privateLinks(store, &m_settings)
    , m_domains(store, &m_settings)
    , m_admin(store, &m_simulation, &m_settings, &m_faults, &m_stats)
{}

SandboxServer::~SandboxServer() = default;

void SandboxServer::setKeys(const QHash<QString, QString> &privateKeyByPublicKey)
{
    m_auth.setKeys(privateKeyByPublicKey);
}

void SandboxServer::rateLimitHeaders(SandboxResponse &response,
                                     const RateLimiter::Decision &decision) const
{
    if (m_settings.rateLimitPerMinute <= 0)
        return; // unlimited: no limit to report
    response.headers.append({"X-Ratelimit-Limit-Minute", QByteArray::number(decision.limit)});
    response.headers.append(
        {"X-Ratelimit-Remaining-Minute", QByteArray::number(decision.remaining)});
    response.headers.append({"X-Ratelimit-Reset", QByteArray::number(decision.resetSeconds)});
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    ConnectionGuard::requestStarted(socket); // the client waits for us now, not idle
    SandboxRequest request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.segments = request.path.split(u'/', Qt::SkipEmptyParts);
    request.query = httpRequest.query();
    request.body = httpRequest.body();
    const qint64 now = SandboxIds::nowMs();
    const bool isApi = !request.segments.isEmpty() && request.segments[0] == "v1beta1"_L1;

    SandboxResponse response;
    FaultPlan fault;
    const auto verdict =
        m_auth.verify(header(httpRequest, "Authorization"), request.method,
                      httpRequest.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    // The guard refuses a larger body as it arrives; this stays for a guard with other limits.
    if (request.body.size() > MaxBodyBytes) {
        response =
            SandboxResponse::error(413, RpcCode::InvalidArgument,
                                   u"the request body is larger than %1 bytes"_s.arg(MaxBodyBytes));
    } else if (verdict.outcome != DigestAuthenticator::Outcome::Ok) {
        response = SandboxResponse::error(401, RpcCode::Unauthenticated, verdict.reason);
        response.headers.append(
            {"WWW-Authenticate",
             m_auth.challenge(verdict.outcome == DigestAuthenticator::Outcome::Stale)});
        if (isApi)
            rateLimitHeaders(response,
                             m_rateLimiter.peek(verdict.user, now, m_settings.rateLimitPerMinute));
    } else {
        request.publicKey = verdict.user;
        if (isApi) {
            const int limit = m_settings.rateLimitPerMinute;
            const auto decision = limit > 0 ? m_rateLimiter.take(request.publicKey, now, limit)
                                            : RateLimiter::Decision{};
            fault = m_faults.plan(request.method, request.path);
            if (!decision.allowed) {
                response = SandboxResponse::error(
                    429, RpcCode::RateLimited,
                    u"rate limit exceeded: %1 requests per minute; retry after %2 seconds"_s
                        .arg(limit)
                        .arg(decision.resetSeconds));
                response.headers.append({"Retry-After", QByteArray::number(decision.resetSeconds)});
            } else if (fault.status != 0) {
                // The fault answers instead of the API: nothing was acted on.
                response = SandboxResponse::error(fault.status, rpcCodeForStatus(fault.status),
                                                  u"injected fault: HTTP %1"_s.arg(fault.status));
                if (fault.retryAfterSeconds >= 0)
                    response.headers.append(
                        {"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
            } else {
                response = dispatch(request);
                ++m_stats.total;
                ++m_stats.byRoute[QString::fromLatin1(request.method) + u' ' + request.path];
            }
            rateLimitHeaders(response, decision);
        } else {
            response = dispatch(request);
        }
    }

    QByteArray body = QJsonDocument(response.body).toJson(QJsonDocument::Compact);
    const bool intact = !fault.malformedJson && !fault.truncateBody && !fault.closeMidResponse;
    if (fault.malformedJson)
        body = body.left(body.size() / 2) + "\x01<not json";
    const auto breakage = fault.closeMidResponse ? HttpResponseWriter::Breakage::CloseMidResponse
                          : fault.truncateBody   ? HttpResponseWriter::Breakage::TruncateBody
                                                 : HttpResponseWriter::Breakage::None;
    auto send = [this, socket = QPointer<QTcpSocket>(socket), status = response.status,
                 headers = response.headers, body, breakage, method = request.method,
                 path = request.path, intact] {
        HttpResponseWriter::write(socket, status, headers, body, breakage);
        ConnectionGuard::answerWritten(socket);
        Q_EMIT requestHandled(method, path, status, body, intact);
    };
    if (fault.latencyMs > 0)
        QTimer::singleShot(fault.latencyMs, this, send);
    else
        send();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    HttpResponseWriter::write(socket, 404, {}, R"({"code":5,"message":"not found","details":[]})");
    ConnectionGuard::answerWritten(socket);
}

SandboxResponse SandboxServer::dispatch(const SandboxRequest &request)
{
    const QStringList &segments = request.segments;
    m_simulation.advance(SandboxIds::nowMs());
    if (!segments.isEmpty() && segments[0] == "v1beta1"_L1)
        return routeApi(request);
    if (segments.size() >= 2 && segments[0] == "sandbox"_L1 && segments[1] == "v1"_L1)
        return m_admin.route(request, segments.mid(2));
    return notFound(request.path);
}

SandboxResponse SandboxServer::routeApi(const SandboxRequest &request)
{
    // /v1beta1/clusters[/{id}[/privateLinkConnections[:action][/{plcId}[:action]]]]
    const QStringList s = request.segments.mid(1);
    const QByteArray &method = request.method;
    if (s.isEmpty() || s[0] != "clusters"_L1)
        return notFound(request.path);
    if (s.size() == 1)
        return method == "GET" ? m_clusters.list(request.query) : methodNotAllowed(request);
    const QString clusterId = s[1];
    if (s.size() == 2)
        return method == "GET" ? m_clusters.get(clusterId) : methodNotAllowed(request);

    const qsizetype colon = s[2].indexOf(u':');
    const QString collection = colon < 0 ? s[2] : s[2].left(colon);
    const QString collectionAction = colon < 0 ? QString() : s[2].mid(colon + 1);
    if (collection != "privateLinkConnections"_L1)
        return notFound(request.path);
    if (s.size() == 3) {
        if (collectionAction == "getAvailabilityZones"_L1)
            return method == "GET" ? m_privateLinks.availabilityZones(clusterId)
                                   : methodNotAllowed(request);
        if (!collectionAction.isEmpty())
            return notFound(request.path);
        if (method == "GET")
            return m_privateLinks.list(clusterId, request.query);
        if (method == "POST")
            return m_privateLinks.create(clusterId, request);
        return methodNotAllowed(request);
    }
    if (s.size() != 4 || !collectionAction.isEmpty())
        return notFound(request.path);
    const qsizetype idColon = s[3].indexOf(u':');
    const QString connectionId = idColon < 0 ? s[3] : s[3].left(idColon);
    const QString action = idColon < 0 ? QString() : s[3].mid(idColon + 1);
    if (action.isEmpty()) {
        if (method == "GET")
            return m_privateLinks.get(clusterId, connectionId);
        if (method == "DELETE")
            return m_privateLinks.remove(clusterId, connectionId);
        return methodNotAllowed(request);
    }
    if (action == "attachDomains"_L1)
        return method == "POST" ? m_domains.attach(clusterId, connectionId, request)
                                : methodNotAllowed(request);
    if (action == "detachDomains"_L1)
        return method == "POST" ? m_domains.detach(clusterId, connectionId, request)
                                : methodNotAllowed(request);
    return notFound(request.path);
}

} // namespace plc::sandbox
