#include "SandboxServer.h"

#include "SandboxStore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>

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

SandboxResponse methodNotAllowed(const QByteArray &method, const QString &path)
{
    return SandboxResponse::error(
        405, RpcCode::Unimplemented,
        u"method %1 is not allowed on %2"_s.arg(QString::fromLatin1(method), path));
}
} // namespace

SandboxServer::SandboxServer(SandboxStore *store, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_clusters(store)
{}

SandboxServer::~SandboxServer() = default;

void SandboxServer::setKeys(const QHash<QString, QString> &privateKeyByPublicKey)
{
    m_auth.setKeys(privateKeyByPublicKey);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxResponse response = dispatch(request);
    write(request, socket, response);
    Q_EMIT requestHandled(methodName(request.method()), request.url().path(), response.status);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, SandboxResponse::error(404, RpcCode::NotFound, u"not found"_s));
}

SandboxResponse SandboxServer::dispatch(const QHttpServerRequest &request)
{
    if (request.body().size() > MaxBodyBytes) {
        return SandboxResponse::error(
            413, RpcCode::InvalidArgument,
            u"the request body is larger than %1 bytes"_s.arg(MaxBodyBytes));
    }
    const QByteArray method = methodName(request.method());
    const QByteArray target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const auto verdict = m_auth.verify(header(request, "Authorization"), method, target);
    if (verdict.outcome != DigestAuthenticator::Outcome::Ok) {
        SandboxResponse response =
            SandboxResponse::error(401, RpcCode::Unauthenticated, verdict.reason);
        response.headers.append(
            {"WWW-Authenticate",
             m_auth.challenge(verdict.outcome == DigestAuthenticator::Outcome::Stale)});
        return response;
    }

    const QString path = request.url().path();
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.constFirst() != "v1beta1"_L1)
        return SandboxResponse::error(404, RpcCode::NotFound, u"no API at %1"_s.arg(path));
    segments.removeFirst();
    return route(request, segments);
}

SandboxResponse SandboxServer::route(const QHttpServerRequest &request, const QStringList &segments)
{
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    if (segments.size() >= 1 && segments[0] == "clusters"_L1) {
        if (segments.size() == 1) {
            if (method != "GET")
                return methodNotAllowed(method, path);
            return m_clusters.list(request.query());
        }
        if (segments.size() == 2) {
            if (method != "GET")
                return methodNotAllowed(method, path);
            return m_clusters.get(segments[1]);
        }
    }
    return SandboxResponse::error(404, RpcCode::NotFound, u"no API at %1"_s.arg(path));
}

void SandboxServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                          const SandboxResponse &response)
{
    QHttpServerResponse reply(QByteArrayLiteral("application/json"),
                              QJsonDocument(response.body).toJson(QJsonDocument::Compact),
                              static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        reply.addHeader(name, value);
    reply.write(makeResponder(request, socket));
}

} // namespace plc::sandbox
