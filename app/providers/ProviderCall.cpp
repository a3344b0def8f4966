#include "providers/ProviderCall.h"

#include "api/NoResendRequest.h"
#include "api/RequestLog.h"
#include "base/OutsideText.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

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

QNetworkReply *ProviderClient::get(const QNetworkRequest &request)
{
    QNetworkRequest http = request;
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QByteArrayLiteral("privatelink-console/" PLC_VERSION));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    return m_nam->get(http);
}

ProviderCall::ProviderCall(ProviderClient *client, const QString &action, bool read,
                           const QString &host)
    : ValueJob<QByteArray>(client)
    , m_client(client)
    , m_action(action)
    , m_host(host)
    , m_read(read)
    , m_attempts(this, !read)
{
    // After the subclass is made: send() is its.
    QTimer::singleShot(0, &m_attempts, &AttemptLoop::start);
}

ProviderCall::ProviderCall(const ApiError &error, QObject *parent)
    : ValueJob<QByteArray>(parent)
    , m_attempts(this, false)
{
    QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
}

QNetworkReply *ProviderCall::sendAttempt(AttemptLimits *limits)
{
    if (!m_client)
        return nullptr;
    limits->totalMs = m_client->timeoutMs();
    limits->maxBodyBytes = ProviderClient::MaxBodyBytes;
    return send(m_client);
}

RetryPolicy ProviderCall::retryPolicy() const
{
    return m_client ? m_client->retryPolicy() : RetryPolicy();
}

ApiError ProviderCall::transportError(const AttemptReply &attempt) const
{
    QNetworkReply *reply = attempt.reply;
    ApiError error;
    error.host = m_host;
    if (attempt.tooLarge) {
        error.kind = ApiError::Kind::TooLarge;
        return error;
    }
    if (!attempt.timedOut.isEmpty())
        return ApiError::timeout(attempt.timedOut, attempt.timeoutLimitMs, error.host);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    error.httpStatus = status.toInt();
    if (!status.isValid() || attempt.transportFailed) {
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
    if (attempt.brokeOff) {
        // A body shorter than announced is a connection that broke off, whatever Qt says.
        error.kind = ApiError::Kind::Network;
        error.detail =
            u"the body ended after %1 of the %2 bytes announced"_s.arg(attempt.body.size())
                .arg(QString::fromLatin1(reply->rawHeader("Content-Length").trimmed()));
        return error;
    }
    if (error.httpStatus >= 300 && error.httpStatus < 400) {
        error.kind = ApiError::Kind::Redirect;
        error.detail = OutsideText::visible(QString::fromLatin1(reply->rawHeader("Location")));
        return error;
    }
    ApiError provider = providerError(error.httpStatus, attempt.body);
    provider.host = m_host;
    provider.httpStatus = error.httpStatus;
    return provider;
}

void ProviderCall::logAttempt(const AttemptReply &attempt, const ApiError &error)
{
    if (!m_client || !m_client->requestLog())
        return;
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.method = logMethod();
    entry.path = OutsideText::visible(logPath());
    entry.status = attempt.status;
    entry.durationMs = attempt.durationMs;
    entry.bytesReceived = attempt.body.size();
    entry.traceId = error.traceId;
    entry.attempt = attempt.attempt;
    if (error.isError())
        entry.outcome = !error.providerCode.isEmpty()
                            ? error.providerCode
                            : QString::fromLatin1(QMetaEnum::fromType<ApiError::Kind>().valueToKey(
                                  int(error.kind)));
    m_client->requestLog()->add(entry);
}

AttemptVerdict ProviderCall::classify(const AttemptReply &attempt)
{
    const int status = attempt.status;
    const bool ok = attempt.reply->error() == QNetworkReply::NoError && status >= 200 &&
                    status < 300 && !attempt.tooLarge && attempt.timedOut.isEmpty() &&
                    !attempt.brokeOff && !isErrorAnswer(attempt.body);
    if (ok)
        return AttemptVerdict::done();
    const ApiError error = transportError(attempt);
    // Sent again: a read after throttling, a 5xx or a network failure; a change only when it
    // can never have reached the provider.
    const bool retryable =
        attempt.neverLeft || (m_read && (isThrottling(error.providerCode) || status >= 500 ||
                                         error.kind == ApiError::Kind::Network ||
                                         error.kind == ApiError::Kind::Timeout));
    return retryable && m_client ? AttemptVerdict::retry(error) : AttemptVerdict::fail(error);
}

} // namespace plc
