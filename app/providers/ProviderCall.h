#pragma once

#include "api/AttemptLoop.h"
#include "api/RetryPolicy.h"
#include "base/Job.h"
#include "base/PagedJob.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace plc {

class ProviderClient;
class RequestLog;

/// One call to a cloud provider's API (EC2, STS, Alibaba Cloud's PrivateLink…) with the
/// user's own keys: what every provider's call shares. Each attempt is signed and sent anew
/// (send()); the answer's body is the value. A read is retried on throttling, 5xx and network
/// failures with backoff and jitter; a change is sent again only when it can never have left
/// this machine. An answer over the size cap, a body shorter than announced, the time limit:
/// each becomes its ApiError. What a provider's error answer says is the subclass's to read
/// (providerError()), as ApiError::Kind::Provider with the provider's code and a sentence. The
/// attempts, retries, the limit and cancel are the AttemptLoop's, as for the TiDB Cloud API.
class ProviderCall : public ValueJob<QByteArray>, private AttemptLoop::Caller
{
    Q_OBJECT

public:
    /// A change handed to Qt's network stack may be on the wire.
    bool changeMayHaveLeft() const override { return m_attempts.changeMayHaveLeft(); }
    QString action() const { return m_action; }
    int attempts() const { return m_attempts.attempts(); }

protected:
    ProviderCall(ProviderClient *client, const QString &action, bool read, const QString &host);
    ProviderCall(const ApiError &error, QObject *parent);

    /// Signs and sends one attempt (through ProviderClient::send()).
    virtual QNetworkReply *send(ProviderClient *client) = 0;
    /// The provider's error answer (`status` 300 and up, or a 2xx its API calls an error).
    virtual ApiError providerError(int status, const QByteArray &body) const = 0;
    virtual bool isThrottling(const QString &code) const = 0;
    /// A 2xx answer whose body is an error all the same (some gateways answer so).
    virtual bool isErrorAnswer(const QByteArray &body) const
    {
        Q_UNUSED(body);
        return false;
    }
    /// The method the request log shows (the calls send POST, the portal a GET).
    virtual QByteArray logMethod() const { return QByteArrayLiteral("POST"); }
    /// What the request log shows: the host, path and action, never a parameter or a key.
    virtual QString logPath() const = 0;

    QPointer<ProviderClient> client() const { return m_client; }
    bool isRead() const { return m_read; }

private:
    void abortWork() override { m_attempts.abort(); }
    // AttemptLoop::Caller
    QNetworkReply *sendAttempt(AttemptLimits *limits) override;
    AttemptVerdict classify(const AttemptReply &attempt) override;
    void logAttempt(const AttemptReply &attempt, const ApiError &error) override;
    RetryPolicy retryPolicy() const override;
    void attemptsSucceeded(const AttemptReply &attempt) override { finishWithValue(attempt.body); }
    void attemptsFailed(const ApiError &error) override { finishWithError(error); }

    ApiError transportError(const AttemptReply &attempt) const;

    QPointer<ProviderClient> m_client;
    QString m_action;
    QString m_host;
    bool m_read = true;
    AttemptLoop m_attempts;
};

/// The door to one provider's APIs: one QNetworkAccessManager, no redirect ever followed, a
/// size cap on answers, a time limit, retries of reads, the request log, and changes sent
/// through SendOnce (never again by Qt itself).
class ProviderClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderClient)

public:
    static constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30'000;

    ~ProviderClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    RequestLog *requestLog() const { return m_log; }
    /// Ends every call under way as cancelled (a switch of profile or account).
    void cancelAll();

    /// Sends a POST; a change through SendOnce.
    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &body, bool read);
    /// Sends a GET (a read: a REST API's, such as IAM Identity Center's portal).
    QNetworkReply *get(const QNetworkRequest &request);

protected:
    explicit ProviderClient(RequestLog *log, QObject *parent = nullptr);
    /// Keeps `call` for cancelAll().
    void track(ProviderCall *call);

private:
    QNetworkAccessManager *m_nam;
    RequestLog *m_log;
    RetryPolicy m_retryPolicy;
    int m_timeoutMs = DefaultTimeoutMs;
    QList<QPointer<ProviderCall>> m_calls;
};

/// One operation of a provider's API whose answer becomes a value of type T, read over every
/// page (PagedJob) when the decoder hands back a next-page token, sent as `NextToken`.
/// `AwsCallJob<T>` and `AlibabaCallJob<T>` name it per provider.
template<typename T> using ProviderCallJob = PagedJob<ProviderCall, T>;

/// Decodes one answer's body: its value, and the token of the next page (empty: none).
template<typename T>
using ProviderDecoder =
    std::function<std::optional<T>(const QByteArray &, QString *next, QString *error)>;

/// Calls `action` of `client`'s API (AwsQueryClient, AlibabaRpcClient) and reads every page.
template<typename T, typename Client>
ProviderCallJob<T> *callEveryPage(Client *client, typename Client::Target target, QString action,
                                  typename Client::Params params, bool read,
                                  ProviderDecoder<T> decoder, QObject *parent)
{
    using Page = typename ProviderCallJob<T>::Page;
    const QString host = target.endpoint.host();
    auto request = [client, target = std::move(target), action = std::move(action),
                    params = std::move(params), read](const QString &token) -> ProviderCall * {
        typename Client::Params pageParams = params;
        if (!token.isEmpty())
            pageParams.append({QStringLiteral("NextToken"), token});
        return client->call(target, action, pageParams, read);
    };
    auto readPage = [decoder = std::move(decoder), host](ProviderCall &call,
                                                         ApiError *error) -> std::optional<Page> {
        Page page;
        QString detail;
        std::optional<T> value = decoder(call.value(), &page.nextToken, &detail);
        if (!value) {
            *error = ApiError::decode(detail);
            error->host = host;
            return std::nullopt;
        }
        page.items = std::move(*value);
        return page;
    };
    return new ProviderCallJob<T>(std::move(request), std::move(readPage), host,
                                  EmptyPages::MayComeBetween, parent);
}

/// A callEveryPage decoder for a codec's page reader (Ec2Codec, AlibabaCodec): a `Page` with
/// its `items` and the `nextToken` of the next page.
template<typename Page> auto pageDecoder(std::optional<Page> (*read)(const QByteArray &, QString *))
{
    using Items = decltype(Page::items);
    return [read](const QByteArray &body, QString *next, QString *error) -> std::optional<Items> {
        auto page = read(body, error);
        if (!page)
            return std::nullopt;
        *next = page->nextToken;
        return std::move(page->items);
    };
}

/// A callEveryPage decoder for an answer of one page.
template<typename T> auto wholeDecoder(std::optional<T> (*read)(const QByteArray &, QString *))
{
    return [read](const QByteArray &body, QString *, QString *error) {
        return read(body, error);
    };
}

} // namespace plc
