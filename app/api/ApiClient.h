#pragma once

#include "RateBudget.h"
#include "RetryPolicy.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkReply;

namespace plc {

class ApiCall;
class RequestLog;

/// An API key pair. The private key stays in memory only; it is given to QAuthenticator for
/// HTTP Digest and never put in a header, a log or a URL.
struct ApiCredentials
{
    QString publicKey;
    QString privateKey;
};

/// The console's single door to the TiDB Cloud Serverless API (or the sandbox): owns the
/// QNetworkAccessManager, answers Digest challenges for the configured host only, refuses
/// plain HTTP except to loopback, never follows redirects, caps response size, applies the
/// timeouts and retry policy, keeps the request log and reads the rate-limit headers into
/// rateBudget(). Every call returns an ApiCall that ends with finished().
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr qint64 DefaultMaxBodyBytes = 32 * 1024 * 1024;
    static constexpr int DefaultConnectTimeoutMs = 15'000;
    static constexpr int DefaultRequestTimeoutMs = 60'000;
    static constexpr int DefaultTransferTimeoutMs = 30'000;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// Switches to another API and key. Requests in flight finish against the old one;
    /// cached Digest state is dropped so the old key is never reused.
    void setEndpoint(const QUrl &baseUrl, const ApiCredentials &credentials);
    QUrl baseUrl() const { return m_baseUrl; }

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    /// Longest silence while a response is being received.
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    int connectTimeoutMs() const { return m_connectTimeoutMs; }
    int requestTimeoutMs() const { return m_requestTimeoutMs; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    /// `path` is relative to the base URL, e.g. `/v1beta1/clusters`.
    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    ApiCall *post(const QString &path, const QByteArray &jsonBody);
    ApiCall *deleteResource(const QString &path);
    /// Any method, for the sandbox's admin API (PUT, DELETE with a body…).
    ApiCall *send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                  const QByteArray &body);

    int requestsInFlight() const { return m_inFlight; }
    RequestLog *requestLog() const { return m_log; }
    const RateBudget &rateBudget() const { return m_budget; }

    /// True for https URLs and for http URLs whose host is a loopback address.
    static bool isAllowedBaseUrl(const QUrl &url);
    /// An ID made safe to be one path segment (`/`, `?`, `#`, `:`… percent-encoded).
    static QString pathSegment(const QString &id);

Q_SIGNALS:
    void requestsInFlightChanged(int count);
    void rateBudgetChanged();

private:
    friend class ApiCall;
    QNetworkReply *startReply(const QByteArray &method, const QUrl &url, const QByteArray &body);
    void noteRateLimitHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
    void trackInFlight(ApiCall *call);

    QNetworkAccessManager *m_nam = nullptr;
    RequestLog *m_log;
    QUrl m_baseUrl;
    ApiCredentials m_credentials;
    RetryPolicy m_retryPolicy;
    RateBudget m_budget;
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    int m_requestTimeoutMs = DefaultRequestTimeoutMs;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    int m_inFlight = 0;
};

} // namespace plc
