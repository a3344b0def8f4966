#include "providers/ProviderCall.h"

#include "api/NoResendRequest.h"
#include "api/ReplyLength.h"
#include "api/RequestLog.h"
#include "base/OutsideText.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace plc {

ProviderClient::ProviderClient(RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_log(log)
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ProviderClient::~ProviderClient()
{
    cancelAll();
}

void ProviderClient::cancelAll()
{
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ProviderCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void ProviderClient::track(ProviderCall *call)
{
    m_calls.removeIf([](const QPointer<ProviderCall> &c) { return c.isNull(); });
    m_calls.append(call);
}

QNetworkReply *ProviderClient::send(const QNetworkRequest &request, const QByteArray &body,
                                    bool read)
{
    QNetworkRequest http = request;
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QByteArrayLiteral("privatelink-console/" PLC_VERSION));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    // A read may be sent again by Qt after a dropped connection; a change never.
    return read || body.size() > NoResendMaxBytes ? m_nam->post(http, body)
                                                  : sendWithoutResend(m_nam, http, "POST", body);
}

ProviderCall::ProviderCall(ProviderClient *client, const QString &action, bool read,
                           const QString &host)
    : ValueJob<QByteArray>(client)
    , m_client(client)
    , m_action(action)
    , m_host(host)
    , m_read(read)
{
    m_totalTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ProviderCall::startAttempt);
    m_sinceFirst.start();
    // After the subclass is made: send() is its.
    QTimer::singleShot(0, this, &ProviderCall::startAttempt);
}

ProviderCall::ProviderCall(const ApiError &error, QObject *parent)
    : ValueJob<QByteArray>(parent)
{
    QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
}

void ProviderCall::startAttempt()
{
    if (!m_client) {
        finishWithError(ApiError::cancelled());
        return;
    }
    ++m_attempt;
    m_timedOut = false;
    m_tooLarge = false;
    m_attemptClock.start();
    m_reply = send(m_client);
    connect(m_reply, &QNetworkReply::finished, this, &ProviderCall::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > ProviderClient::MaxBodyBytes && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_totalTimer.start(m_client->timeoutMs());
}

void ProviderCall::abortWork()
{
    m_retryTimer.stop();
    m_totalTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ApiError ProviderCall::transportError(QNetworkReply *reply, const QByteArray &body) const
{
    ApiError error;
    error.host = m_host;
    if (m_tooLarge) {
        error.kind = ApiError::Kind::TooLarge;
        return error;
    }
    if (m_timedOut)
        return ApiError::timeout(u"total"_s, m_client ? m_client->timeoutMs() : 0, error.host);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    error.httpStatus = status.toInt();
    if (!status.isValid() || (reply->error() != QNetworkReply::NoError && reply->error() < 200)) {
        error.detail = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::HostNotFoundError:
            error.kind = ApiError::Kind::HostNotFound;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            break;
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            break;
        default:
            error.kind = ApiError::Kind::Network;
            break;
        }
        return error;
    }
    if (bodyBrokeOff(reply, body.size())) {
        // A body shorter than announced is a connection that broke off, whatever Qt says.
        error.kind = ApiError::Kind::Network;
        error.detail = u"the body ended after %1 of the %2 bytes announced"_s.arg(body.size())
                           .arg(QString::fromLatin1(reply->rawHeader("Content-Length").trimmed()));
        return error;
    }
    if (error.httpStatus >= 300 && error.httpStatus < 400) {
        error.kind = ApiError::Kind::Redirect;
        error.detail = OutsideText::visible(QString::fromLatin1(reply->rawHeader("Location")));
        return error;
    }
    ApiError provider = providerError(error.httpStatus, body);
    provider.host = m_host;
    provider.httpStatus = error.httpStatus;
    return provider;
}

void ProviderCall::log(int status, qint64 bytes, const ApiError &error)
{
    if (!m_client || !m_client->requestLog())
        return;
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.method = "POST";
    entry.path = OutsideText::visible(logPath());
    entry.status = status;
    entry.durationMs = m_attemptClock.elapsed();
    entry.bytesReceived = bytes;
    entry.traceId = error.traceId;
    entry.attempt = m_attempt;
    if (error.isError())
        entry.outcome = !error.providerCode.isEmpty()
                            ? error.providerCode
                            : QString::fromLatin1(QMetaEnum::fromType<ApiError::Kind>().valueToKey(
                                  int(error.kind)));
    m_client->requestLog()->add(entry);
}

void ProviderCall::onFinished()
{
    if (!m_reply)
        return;
    m_totalTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->deleteLater();
    const QByteArray body = m_tooLarge ? QByteArray() : reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300 &&
                    !m_tooLarge && !m_timedOut && !bodyBrokeOff(reply, body.size()) &&
                    !isErrorAnswer(body);
    ApiError error = ok ? ApiError() : transportError(reply, body);
    // Sent again: a read after throttling, a 5xx or a network failure; a change only when it
    // can never have reached the provider.
    const bool neverLeft =
        status == 0 && (reply->error() == QNetworkReply::ConnectionRefusedError ||
                        reply->error() == QNetworkReply::HostNotFoundError);
    if (error.kind == ApiError::Kind::Network && !m_read && !neverLeft)
        error.mayHaveArrived = true;
    log(status, body.size(), error);
    if (ok) {
        finishWithValue(body);
        return;
    }
    const bool retryable =
        neverLeft || (m_read && (isThrottling(error.providerCode) || status >= 500 ||
                                 error.kind == ApiError::Kind::Network ||
                                 error.kind == ApiError::Kind::Timeout));
    const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy();
    const int delay =
        policy.delayMs(m_attempt, error, QRandomGenerator::global()->generateDouble());
    if (retryable && m_client && m_attempt < policy.maxAttempts &&
        m_sinceFirst.elapsed() + delay < policy.maxTotalMs) {
        m_retryTimer.start(delay);
        return;
    }
    finishWithError(error);
}

} // namespace plc
