#include "ApiClient.h"

#include "ApiCall.h"
#include "RequestLog.h"

#include <QAuthenticator>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
const char *const AuthAttemptsProperty = "plcAuthAttempts";

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
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
    m_baseUrl = baseUrl;
    m_credentials = credentials;
    m_budget = {};
    // A fresh manager drops cached Digest nonces and pooled connections of the previous key.
    if (m_nam)
        m_nam->deleteLater();
    m_nam = new QNetworkAccessManager(this);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_nam, &QNetworkAccessManager::authenticationRequired, this,
            &ApiClient::onAuthenticationRequired);
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
    if (!isAllowedBaseUrl(m_baseUrl)) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.host = m_baseUrl.host();
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
                                     const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("privatelink-console/" PLC_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return m_nam->sendCustomRequest(request, method, body);
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

void ApiClient::trackInFlight(ApiCall *call)
{
    ++m_inFlight;
    Q_EMIT requestsInFlightChanged(m_inFlight);
    connect(call, &Job::finished, this, [this] {
        --m_inFlight;
        Q_EMIT requestsInFlightChanged(m_inFlight);
    });
}

void ApiClient::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    // Answer a challenge once per request, and only from the configured host: a second
    // challenge means the key was rejected, and leaving the authenticator empty ends the
    // request with 401 instead of looping.
    const QUrl url = reply->url();
    if (url.host() != m_baseUrl.host() || url.port(0) != m_baseUrl.port(0) ||
        url.scheme() != m_baseUrl.scheme()) {
        return;
    }
    const int attempts = reply->property(AuthAttemptsProperty).toInt();
    reply->setProperty(AuthAttemptsProperty, attempts + 1);
    if (attempts > 0 || m_credentials.publicKey.isEmpty())
        return;
    authenticator->setUser(m_credentials.publicKey);
    authenticator->setPassword(m_credentials.privateKey);
}

} // namespace plc
