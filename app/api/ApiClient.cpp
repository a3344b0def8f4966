#include "api/ApiClient.h"
#include "api/NoResendRequest.h"

#include "api/ApiCall.h"
#include "api/RequestLog.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// True when a path has a `.` or `..` segment (also percent-encoded), which would make the
/// request name another resource than the one meant.
bool hasDotSegment(const QString &path)
{
    const QStringList segments = path.split(u'/');
    for (const QString &segment : segments) {
        const QString decoded = QUrl::fromPercentEncoding(segment.toUtf8());
        if (decoded == "."_L1 || decoded == ".."_L1)
            return true;
    }
    return false;
}
} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_log(new RequestLog(this))
{
    setEndpoint({}, {});
}

ApiClient::~ApiClient() = default;

bool ApiClient::isAllowedBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == "https"_L1)
        return true;
    return url.scheme() == "http"_L1 && isLoopbackHost(url.host());
}

QString ApiClient::pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

void ApiClient::setEndpoint(const QUrl &baseUrl, const ApiCredentials &credentials)
{
    // Calls made for the previous endpoint end here, as cancelled: none may finish, retry or
    // be answered against the new one. Each removes itself from m_calls as it finishes.
    const QList<ApiCall *> calls = m_calls;
    for (ApiCall *call : calls)
        call->cancel();
    m_baseUrl = baseUrl;
    m_credentials = credentials;
    m_digest.setCredentials(credentials.publicKey, credentials.privateKey);
    m_budget = {};
    // A fresh manager drops pooled connections of the previous key.
    if (m_nam)
        m_nam->deleteLater();
    m_nam = new QNetworkAccessManager(this);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    Q_EMIT rateBudgetChanged();
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, query, {});
}

ApiCall *ApiClient::post(const QString &path, const QByteArray &jsonBody)
{
    return send("POST", path, {}, jsonBody);
}

ApiCall *ApiClient::deleteResource(const QString &path)
{
    return send("DELETE", path, {}, {});
}

ApiCall *ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                         const QByteArray &body)
{
    if (m_baseUrl.isEmpty() || m_credentials.publicKey.isEmpty() ||
        m_credentials.privateKey.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::NoKey;
        return new ApiCall(error, this);
    }
    if (!isAllowedBaseUrl(m_baseUrl)) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.host = m_baseUrl.host();
        return new ApiCall(error, this);
    }
    if (hasDotSegment(path)) {
        ApiError error;
        error.kind = ApiError::Kind::BadPath;
        error.host = m_baseUrl.host();
        error.detail = path;
        return new ApiCall(error, this);
    }
    QUrl url = m_baseUrl;
    QString basePath = m_baseUrl.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    url.setQuery(query);
    auto *call = new ApiCall(this, method, url, body);
    trackInFlight(call);
    return call;
}

QNetworkReply *ApiClient::startReply(const QByteArray &method, const QUrl &url,
                                     const QByteArray &body, bool *authorized)
{
    QNetworkRequest request(url);
    // The URI exactly as Qt writes it on the request line, which the digest covers.
    QByteArray uri = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority |
                                   QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (uri.isEmpty() || uri.at(0) != '/')
        uri.prepend('/');
    const QByteArray authorization = m_digest.authorization(method, uri);
    *authorized = !authorization.isEmpty();
    if (*authorized)
        request.setRawHeader("Authorization", authorization);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("privatelink-console/" PLC_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // A read may be sent again by Qt after a dropped keep-alive connection; a change never.
    if (method == "GET" || method == "HEAD" || body.size() > NoResendMaxBytes)
        return m_nam->sendCustomRequest(request, method, body);
    return sendWithoutResend(m_nam, request, method, body);
}

void ApiClient::noteRateLimitHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    RateBudget next = m_budget;
    bool seen = false;
    for (const auto &[name, value] : headers) {
        bool ok = false;
        const int number = value.trimmed().toInt(&ok);
        if (!ok)
            continue;
        if (name.compare("X-Ratelimit-Limit-Minute", Qt::CaseInsensitive) == 0) {
            next.limit = number;
            seen = true;
        } else if (name.compare("X-Ratelimit-Remaining-Minute", Qt::CaseInsensitive) == 0) {
            next.remaining = number;
            seen = true;
        } else if (name.compare("X-Ratelimit-Reset", Qt::CaseInsensitive) == 0) {
            next.resetAt = QDateTime::currentDateTimeUtc().addSecs(number);
        }
    }
    if (!seen)
        return;
    m_budget = next;
    Q_EMIT rateBudgetChanged();
}

bool ApiClient::takeChallenge(const DigestClient::Challenge &challenge)
{
    if (!challenge.usable)
        return false;
    m_digest.accept(challenge);
    return true;
}

void ApiClient::trackInFlight(ApiCall *call)
{
    ++m_inFlight;
    m_calls.append(call);
    Q_EMIT requestsInFlightChanged(m_inFlight);
    connect(call, &Job::finished, this, [this, call] {
        m_calls.removeOne(call);
        --m_inFlight;
        Q_EMIT requestsInFlightChanged(m_inFlight);
    });
}

} // namespace plc
