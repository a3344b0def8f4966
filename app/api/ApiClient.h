#pragma once

#include "api/DigestClient.h"
#include "api/RateBudget.h"
#include "api/RetryPolicy.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace plc {

class ApiCall;
class RequestLog;

/// An API key pair. The private key stays in memory only; it answers HTTP Digest challenges
/// (DigestClient) and is never put in a header, a log or a URL.
struct ApiCredentials
{
    QString publicKey;
    QString privateKey;
};

/// The console's single door to the TiDB Cloud Serverless API (or the sandbox): owns the
/// QNetworkAccessManager, answers Digest challenges (and nothing else) for the configured host
/// only, refuses plain HTTP except to loopback, never follows redirects, caps response size,
/// applies the timeouts and retry policy, keeps the request log and reads the rate-limit
/// headers into rateBudget(). Every call returns an ApiCall that ends with finished(); a change
/// of endpoint ends every call still under way as cancelled, so nothing meant for one account
/// is ever sent to another.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr qint64 DefaultMaxBodyBytes = 32 * 1024 * 1024;
    /// To send a request's body (Qt 6.4 reports nothing while a body-less request connects:
    /// for those the silence limit, counted from the start, covers connecting).
    static constexpr int DefaultConnectTimeoutMs = 15'000;
    /// For one attempt, from start to the whole answer.
    static constexpr int DefaultRequestTimeoutMs = 60'000;
    /// Longest silence: nothing sent or received.
    static constexpr int DefaultTransferTimeoutMs = 30'000;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// Switches to another API and key. Every call still under way (in flight or waiting to
    /// retry) ends at once with Kind::Cancelled and is never sent again; the old key's Digest
    /// state and pooled connections are dropped.
    void setEndpoint(const QUrl &baseUrl, const ApiCredentials &credentials);
    /// No endpoint and no key: every call ends with Kind::NoKey until setEndpoint().
    void clearEndpoint() { setEndpoint({}, {}); }
    QUrl baseUrl() const { return m_baseUrl; }

    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    /// Longest silence while a response is being received.
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    int connectTimeoutMs() const { return m_connectTimeoutMs; }
    int requestTimeoutMs() const { return m_requestTimeoutMs; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
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
    /// `authorize`: with the Digest Authorization header of the nonce in hand, if any.
    QNetworkReply *startReply(const QByteArray &method, const QUrl &url, const QByteArray &body,
                              bool *authorized);
    void noteRateLimitHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    /// A 401's challenge: true when it was a usable Digest challenge, now taken.
    bool takeChallenge(const DigestClient::Challenge &challenge);
    void trackInFlight(ApiCall *call);

    QNetworkAccessManager *m_nam = nullptr;
    RequestLog *m_log;
    QUrl m_baseUrl;
    ApiCredentials m_credentials;
    DigestClient m_digest;
    QList<ApiCall *> m_calls; ///< under way: ended by setEndpoint()
    RetryPolicy m_retryPolicy;
    RateBudget m_budget;
    int m_connectTimeoutMs = DefaultConnectTimeoutMs;
    int m_requestTimeoutMs = DefaultRequestTimeoutMs;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    int m_inFlight = 0;
};

} // namespace plc
