#include "sandbox/SandboxServer.h"

#include "sandbox/alibaba/AlibabaNetwork.h"
#include "sandbox/alibaba/AlibabaNetworkSeed.h"
#include "sandbox/alibaba/AlibabaStsApi.h"
#include "sandbox/aws/Ec2Network.h"
#include "sandbox/aws/Ec2NetworkSeed.h"
#include "sandbox/aws/IamRoles.h"

#include "sandbox/ConnectionGuard.h"
#include "sandbox/HttpResponseWriter.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxStore.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

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

/// Whether the request's Connection header has the "close" option (a list, any case).
bool asksToClose(const QHttpServerRequest &request)
{
    const QList<QByteArray> options = header(request, "Connection").split(',');
    return std::any_of(options.begin(), options.end(), [](const QByteArray &option) {
        return option.trimmed().compare("close", Qt::CaseInsensitive) == 0;
    });
}

int rpcCodeForStatus(int status)
{
    if (status == 429)
        return RpcCode::RateLimited;
    if (status == 503)
        return RpcCode::Unavailable;
    if (status == 504)
        return RpcCode::DeadlineExceeded;
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
    , m_changefeeds(store, &m_settings)
    , m_admin(store, &m_simulation, &m_settings, &m_faults, &m_stats)
    , m_aws(store, &m_simulation, &m_settings)
    , m_alibaba(store, &m_simulation, &m_settings)
{
    mountTidbCloudApi();
    mountAdminApi();
    mountAwsApi();
    mountAlibabaApi();
}

void SandboxServer::mountAlibabaApi()
{
    ApiMount alibaba;
    alibaba.prefix = {u"alibaba"_s};
    alibaba.metered = true;
    alibaba.authenticate = [this](const QHttpServerRequest &http, SandboxRequest &request) {
        return m_alibaba.authenticate(http, request);
    };
    alibaba.handler = [this](const SandboxRequest &request) {
        return m_alibaba.handle(request);
    };
    alibaba.refuse = [this](const SandboxRequest &request, int status) {
        return m_alibaba.refuse(request, status);
    };
    m_mounts.append(std::move(alibaba));
}

void SandboxServer::mountAwsApi()
{
    ApiMount aws;
    aws.prefix = {u"aws"_s};
    aws.metered = true;
    aws.authenticate = [this](const QHttpServerRequest &http, SandboxRequest &request) {
        return m_aws.authenticate(http, request);
    };
    aws.handler = [this](const SandboxRequest &request) {
        // One URL: anything below /aws/ is not an AWS endpoint, but the Identity Center
        // portal's.
        if (request.segments.size() != 1 && !AwsApi::isPortal(request.segments.mid(1)))
            return AwsErrors::ec2(
                404, u"InvalidAction"_s,
                u"no AWS API at %1; the endpoint URL is /aws/"_s.arg(request.path), QString());
        return m_aws.handle(request);
    };
    aws.refuse = [this](const SandboxRequest &request, int status) {
        return m_aws.refuse(request, status);
    };
    m_mounts.append(std::move(aws));
}

void SandboxServer::mountTidbCloudApi()
{
    ApiMount api;
    api.prefix = {u"v1beta1"_s};
    api.metered = true;
    api.notFoundText = u"no API at %1"_s;
    api.authenticate = [this](const QHttpServerRequest &http, SandboxRequest &request) {
        return authenticateDigest(http, request, true);
    };
    RouteTable &t = api.routes;
    using P = RouteParams;
    using R = SandboxRequest;
    const QString plcs = u"clusters/{clusterId}/privateLinkConnections"_s;
    t.add("GET", u"clusters"_s, [this](const R &r, const P &) { return m_clusters.list(r.query); });
    t.add("GET", u"clusters/{clusterId}"_s,
          [this](const R &, const P &p) { return m_clusters.get(p[u"clusterId"_s]); });
    t.add("GET", plcs, [this](const R &r, const P &p) {
        return m_privateLinks.list(p[u"clusterId"_s], r.query);
    });
    t.add("POST", plcs,
          [this](const R &r, const P &p) { return m_privateLinks.create(p[u"clusterId"_s], r); });
    t.add("GET", u"clusters/{clusterId}/privateLinkConnections:getAvailabilityZones"_s,
          [this](const R &, const P &p) {
              return m_privateLinks.availabilityZones(p[u"clusterId"_s]);
          });
    t.add("GET", plcs + u"/{privateLinkConnectionId}"_s, [this](const R &, const P &p) {
        return m_privateLinks.get(p[u"clusterId"_s], p[u"privateLinkConnectionId"_s]);
    });
    t.add("DELETE", plcs + u"/{privateLinkConnectionId}"_s, [this](const R &, const P &p) {
        return m_privateLinks.remove(p[u"clusterId"_s], p[u"privateLinkConnectionId"_s]);
    });
    t.add("POST", plcs + u"/{privateLinkConnectionId}:attachDomains"_s,
          [this](const R &r, const P &p) {
              return m_domains.attach(p[u"clusterId"_s], p[u"privateLinkConnectionId"_s], r);
          });
    t.add("POST", plcs + u"/{privateLinkConnectionId}:detachDomains"_s,
          [this](const R &r, const P &p) {
              return m_domains.detach(p[u"clusterId"_s], p[u"privateLinkConnectionId"_s], r);
          });
    const QString feeds = u"clusters/{clusterId}/changefeeds"_s;
    t.add("GET", feeds, [this](const R &r, const P &p) {
        return m_changefeeds.list(p[u"clusterId"_s], r.query);
    });
    t.add("POST", feeds,
          [this](const R &r, const P &p) { return m_changefeeds.create(p[u"clusterId"_s], r); });
    t.add("POST", feeds + u":test"_s,
          [this](const R &r, const P &p) { return m_changefeeds.test(p[u"clusterId"_s], r); });
    t.add("GET", feeds + u"/{changefeedId}"_s, [this](const R &, const P &p) {
        return m_changefeeds.get(p[u"clusterId"_s], p[u"changefeedId"_s]);
    });
    m_mounts.append(std::move(api));
}

void SandboxServer::mountAdminApi()
{
    ApiMount admin;
    admin.prefix = {u"sandbox"_s, u"v1"_s};
    admin.notFoundText = u"no admin API at %1"_s;
    admin.authenticate = [this](const QHttpServerRequest &http, SandboxRequest &request) {
        return authenticateDigest(http, request, false);
    };
    m_admin.addTo(admin.routes);
    admin.routes.add(
        "GET", u"names/{host}"_s,
        [this](const SandboxRequest &, const RouteParams &p) { return nameOf(p[u"host"_s]); });
    admin.routes.add("POST", u"sso/tokens"_s, [this](const SandboxRequest &r, const RouteParams &) {
        return m_aws.portal().issueFromJson(r.body);
    });
    admin.routes.add("GET", u"roles"_s, [](const SandboxRequest &, const RouteParams &) {
        QJsonArray roles = IamRoles::toJson();
        for (const QJsonValue &role : AlibabaStsApi::rolesJson())
            roles.append(role);
        return SandboxResponse::ok({{u"roles"_s, roles}});
    });
    admin.routes.add("GET", u"fleet"_s, [this](const SandboxRequest &, const RouteParams &) {
        if (!m_fleet)
            return SandboxResponse::error(404, RpcCode::NotFound,
                                          u"this sandbox holds no generated fleet (--fleet)"_s);
        return SandboxResponse::ok(m_fleet->toJson(m_settings.fleetTransitionMs));
    });
    m_mounts.append(std::move(admin));
}

void SandboxServer::setFleet(const FleetSize &size)
{
    m_fleet = std::make_unique<FleetTransitions>(m_store, &m_simulation, size);
    // The first transition is one interval after the start.
    m_fleet->advance(SandboxIds::nowMs(), m_settings.fleetTransitionMs, m_settings.fleetSteady);
}

SandboxResponse SandboxServer::nameOf(const QString &host)
{
    static const QRegularExpression hostName(u"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"_s);
    if (!hostName.match(host).hasMatch())
        return SandboxResponse::badRequest(
            u"names/{host} takes a host name (letters, digits, dots and hyphens, up to 253)"_s);
    std::optional<QString> endpoint = m_aws.usableEndpointNamed(host);
    if (!endpoint)
        endpoint = m_alibaba.usableEndpointNamed(host);
    if (!endpoint)
        return SandboxResponse::error(
            404, RpcCode::NotFound,
            u"no endpoint the sandbox made answers to %1 (none is named so, or it cannot be used "
            "yet)"_s.arg(host));
    if (!m_database.isListening() && !m_database.start())
        return SandboxResponse::error(503, RpcCode::Unavailable,
                                      u"the sandbox's database cannot listen on loopback: %1"_s.arg(
                                          m_database.errorString()));
    return SandboxResponse::ok({{u"host"_s, host},
                                {u"endpointId"_s, *endpoint},
                                {u"address"_s, m_database.address().toString()},
                                {u"port"_s, int(m_database.port())}});
}

QStringList SandboxServer::routes() const
{
    QStringList lines;
    for (const ApiMount &mount : m_mounts) {
        const QString prefix = u'/' + mount.prefix.join(u'/') + u'/';
        if (mount.handler) {
            lines.append(u"POST "_s + prefix);
            continue;
        }
        for (const QString &line : mount.routes.describe()) {
            const qsizetype space = line.indexOf(u' ');
            lines.append(line.left(space + 1) + prefix + line.mid(space + 1));
        }
    }
    return lines;
}

const ApiMount *SandboxServer::mountFor(const QStringList &segments) const
{
    for (const ApiMount &mount : m_mounts) {
        if (segments.size() >= mount.prefix.size() &&
            segments.first(mount.prefix.size()) == mount.prefix)
            return &mount;
    }
    return nullptr;
}

SandboxServer::~SandboxServer() = default;

QList<SandboxSeed::NetworkSeed> SandboxServer::networkSeeds()
{
    return {{Ec2Network::Cloud, &Ec2NetworkSeed::seed},
            {AlibabaNetwork::Cloud, &AlibabaNetworkSeed::seed}};
}

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

std::optional<SandboxResponse>
SandboxServer::authenticateDigest(const QHttpServerRequest &httpRequest, SandboxRequest &request,
                                  bool metered)
{
    const auto verdict =
        m_auth.verify(header(httpRequest, "Authorization"), request.method,
                      httpRequest.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    if (verdict.outcome == DigestAuthenticator::Outcome::Ok) {
        request.publicKey = verdict.user;
        return std::nullopt;
    }
    auto response = SandboxResponse::error(401, RpcCode::Unauthenticated, verdict.reason);
    response.headers.append(
        {"WWW-Authenticate",
         m_auth.challenge(verdict.outcome == DigestAuthenticator::Outcome::Stale)});
    if (metered)
        rateLimitHeaders(response, m_rateLimiter.peek(verdict.user, SandboxIds::nowMs(),
                                                      m_settings.rateLimitPerMinute));
    return response;
}

std::optional<SandboxResponse> SandboxServer::limitRate(const ApiMount &mount,
                                                        const SandboxRequest &request,
                                                        RateLimiter::Decision *decision)
{
    const int limit = m_settings.rateLimitPerMinute;
    *decision = limit > 0 ? m_rateLimiter.take(request.publicKey, SandboxIds::nowMs(), limit)
                          : RateLimiter::Decision{};
    if (decision->allowed)
        return std::nullopt;
    auto response =
        mount.refuse ? mount.refuse(request, 429)
                     : SandboxResponse::error(
                           429, RpcCode::RateLimited,
                           u"rate limit exceeded: %1 requests per minute; retry after %2 seconds"_s
                               .arg(limit)
                               .arg(decision->resetSeconds));
    response.headers.append({"Retry-After", QByteArray::number(decision->resetSeconds)});
    return response;
}

std::optional<SandboxResponse>
SandboxServer::injectFault(const ApiMount &mount, const SandboxRequest &request, FaultPlan *fault)
{
    *fault = m_faults.plan(request.method, request.path);
    if (fault->status == 0)
        return std::nullopt;
    // The fault answers instead of the API: nothing was acted on.
    auto response = mount.refuse
                        ? mount.refuse(request, fault->status)
                        : SandboxResponse::error(fault->status, rpcCodeForStatus(fault->status),
                                                 u"injected fault: HTTP %1"_s.arg(fault->status));
    if (fault->retryAfterSeconds >= 0)
        response.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSeconds)});
    return response;
}

SandboxResponse SandboxServer::route(const ApiMount &mount, const SandboxRequest &request)
{
    const qint64 now = SandboxIds::nowMs();
    if (m_fleet)
        m_fleet->advance(now, m_settings.fleetTransitionMs, m_settings.fleetSteady);
    m_simulation.advance(now);
    if (mount.handler)
        return mount.handler(request);
    return mount.routes.dispatch(request, request.segments.mid(mount.prefix.size()),
                                 mount.notFoundText);
}

void SandboxServer::count(const SandboxRequest &request)
{
    ++m_stats.total;
    ++m_stats.byRoute[QString::fromLatin1(request.method) + u' ' + request.path];
}

SandboxResponse SandboxServer::process(const QHttpServerRequest &httpRequest,
                                       SandboxRequest &request, FaultPlan *fault)
{
    // The guard refuses a larger body as it arrives; this stays for a guard with other limits.
    if (request.body.size() > MaxBodyBytes)
        return SandboxResponse::error(
            413, RpcCode::InvalidArgument,
            u"the request body is larger than %1 bytes"_s.arg(MaxBodyBytes));
    const ApiMount *mount = mountFor(request.segments);
    if (!mount) {
        // Nothing is mounted here; the caller still proves its key before learning so.
        if (auto refused = authenticateDigest(httpRequest, request, false))
            return *refused;
        return SandboxResponse::error(404, RpcCode::NotFound, u"no API at %1"_s.arg(request.path));
    }
    if (auto refused = mount->authenticate(httpRequest, request))
        return *refused;
    if (!mount->metered)
        return route(*mount, request);
    RateLimiter::Decision decision;
    SandboxResponse response;
    if (auto limited = limitRate(*mount, request, &decision)) {
        response = *limited;
    } else if (auto injected = injectFault(*mount, request, fault)) {
        response = *injected;
    } else {
        response = route(*mount, request);
        count(request);
    }
    if (!mount->refuse) // TiDB Cloud's headers; AWS sends none of them
        rateLimitHeaders(response, decision);
    return response;
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

    FaultPlan fault;
    const SandboxResponse response = process(httpRequest, request, &fault);

    const bool raw = !response.contentType.isEmpty();
    QByteArray body =
        raw ? response.rawBody : QJsonDocument(response.body).toJson(QJsonDocument::Compact);
    const QByteArray contentType = raw ? response.contentType : QByteArray("application/json");
    const bool intact =
        !fault.malformedJson && !fault.truncateBody && !fault.closeMidResponse && !fault.dropAnswer;
    if (fault.malformedJson)
        body = body.left(body.size() / 2) + "\x01<not json";
    const auto breakage = fault.dropAnswer         ? HttpResponseWriter::Breakage::DropAnswer
                          : fault.closeMidResponse ? HttpResponseWriter::Breakage::CloseMidResponse
                          : fault.truncateBody     ? HttpResponseWriter::Breakage::TruncateBody
                                                   : HttpResponseWriter::Breakage::None;
    // RFC 9112, 9.6: a client that sends "close" reads until the connection ends, so the
    // server closes it after the answer (and says so).
    auto headers = response.headers;
    const bool closeAfter = asksToClose(httpRequest);
    if (closeAfter)
        headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
    auto send = [this, socket = QPointer<QTcpSocket>(socket), status = response.status, headers,
                 body, breakage, method = request.method, path = request.path, intact, contentType,
                 closeAfter] {
        HttpResponseWriter::write(socket, status, headers, body, breakage, contentType);
        ConnectionGuard::answerWritten(socket);
        if (closeAfter && socket)
            socket->disconnectFromHost();
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

} // namespace plc::sandbox
