#include "api/ApiCall.h"

#include "api/ApiClient.h"
#include "api/RequestLog.h"
#include "api/RetryPolicy.h"
#include "base/OutsideText.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

ApiCall::ApiCall(ApiClient *client, const QByteArray &method, const QUrl &url,
                 const QByteArray &body)
    : Job(client)
    , m_client(client)
    , m_method(method)
    , m_url(url)
    , m_body(body)
    , m_attempts(this, method != "GET")
{
    m_attempts.start();
}

ApiCall::ApiCall(const ApiError &error, QObject *parent)
    : Job(parent)
    , m_attempts(this, false)
{
    QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
}

QByteArray ApiCall::rawHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QNetworkReply *ApiCall::sendAttempt(AttemptLimits *limits)
{
    if (!m_client)
        return nullptr;
    // A send limit only for a body (see AttemptLoop); the silence limit covers connecting.
    if (!m_body.isEmpty())
        limits->sendMs = m_client->connectTimeoutMs();
    limits->silenceMs = m_client->transferTimeoutMs();
    limits->totalMs = m_client->requestTimeoutMs();
    limits->maxBodyBytes = m_client->maxBodyBytes();
    return m_client->startReply(m_method, m_url, m_body, &m_authorized);
}

RetryPolicy ApiCall::retryPolicy() const
{
    return m_client ? m_client->retryPolicy() : RetryPolicy();
}

void ApiCall::readRetryTime(ApiError &error) const
{
    bool ok = false;
    const qint64 retryAfter = rawHeader("Retry-After").trimmed().toLongLong(&ok);
    if (ok && retryAfter >= 0) {
        error.retryAt = QDateTime::currentDateTimeUtc().addSecs(retryAfter);
        return;
    }
    if (error.kind != ApiError::Kind::RateLimited)
        return;
    const qint64 reset = rawHeader("X-Ratelimit-Reset").trimmed().toLongLong(&ok);
    if (ok && reset >= 0) {
        // Seconds until the window resets; a value that large can only be a Unix time.
        error.retryAt = reset > 1'000'000'000 ? QDateTime::fromSecsSinceEpoch(reset, Qt::UTC)
                                              : QDateTime::currentDateTimeUtc().addSecs(reset);
    }
}

ApiError ApiCall::errorFromReply(const AttemptReply &attempt) const
{
    QNetworkReply *reply = attempt.reply;
    ApiError error;
    error.host = reply->url().host();
    error.traceId = OutsideText::visible(QString::fromLatin1(rawHeader("X-Debug-Trace-Id")));
    if (attempt.tooLarge) {
        error.kind = ApiError::Kind::TooLarge;
        return error;
    }
    if (!attempt.timedOut.isEmpty()) {
        ApiError timeout = ApiError::timeout(attempt.timedOut, attempt.timeoutLimitMs, error.host);
        timeout.traceId = error.traceId;
        return timeout;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    error.httpStatus = statusAttribute.toInt();
    // A transport failure wins over a status line that did arrive (a connection that broke
    // off in the middle of the body).
    if (!statusAttribute.isValid() || attempt.transportFailed) {
        error.detail = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::HostNotFoundError:
            error.kind = ApiError::Kind::HostNotFound;
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
            error.kind = ApiError::Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            if (!attempt.sslErrors.isEmpty())
                error.detail = attempt.sslErrors.join(u"; "_s);
            break;
        default:
            error.kind =
                attempt.sslErrors.isEmpty() ? ApiError::Kind::Network : ApiError::Kind::Tls;
            if (!attempt.sslErrors.isEmpty())
                error.detail = attempt.sslErrors.join(u"; "_s);
            break;
        }
        return error;
    }
    if (error.httpStatus >= 300 && error.httpStatus < 400) {
        error.kind = ApiError::Kind::Redirect;
        error.detail = OutsideText::visible(QString::fromLatin1(rawHeader("Location")));
        return error;
    }
    error.kind = error.httpStatus == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::Http;
    readRetryTime(error);
    return error;
}

void ApiCall::logAttempt(const AttemptReply &attempt, const ApiError &error)
{
    if (!m_client)
        return;
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.method = m_method;
    entry.path =
        OutsideText::visible(m_url.path() + (m_url.hasQuery() ? u'?' + m_url.query() : QString()));
    entry.status = m_httpStatus;
    entry.durationMs = attempt.durationMs;
    entry.bytesReceived = attempt.body.size();
    entry.traceId = OutsideText::visible(QString::fromLatin1(rawHeader("X-Debug-Trace-Id")));
    entry.attempt = attempt.attempt;
    if (error.isError())
        entry.outcome = error.kind == ApiError::Kind::Http
                            ? u"HTTP %1"_s.arg(error.httpStatus)
                            : QString::fromLatin1(QMetaEnum::fromType<ApiError::Kind>().valueToKey(
                                  int(error.kind)));
    m_client->requestLog()->add(entry);
}

AttemptVerdict ApiCall::classify(const AttemptReply &attempt)
{
    QNetworkReply *reply = attempt.reply;
    m_headers = reply->rawHeaderPairs();
    m_httpStatus = attempt.status;
    const QNetworkReply::NetworkError transportError = reply->error();
    const bool transportOk = transportError == QNetworkReply::NoError && !attempt.brokeOff;
    if (m_client)
        m_client->noteRateLimitHeaders(m_headers);

    if (m_httpStatus == 401 && !attempt.tooLarge && m_client) {
        // The key answers a Digest challenge and nothing else. A first challenge (or a stale
        // nonce) is answered once by sending the request again with the digest; the server
        // did not act on a request it refused.
        const DigestClient::Challenge challenge = DigestClient::parse(m_headers);
        if (!challenge.usable && !challenge.offered.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::AuthScheme;
            error.host = m_url.host();
            error.detail = OutsideText::visible(challenge.offered);
            return AttemptVerdict::fail(error);
        }
        // Later calls use the newest nonce, also when this one ends with the 401. A 401 with
        // no challenge at all is a plain refusal, reported below.
        m_client->takeChallenge(challenge);
        if (challenge.usable && (!m_authorized || challenge.stale) && m_challenges < 2) {
            ++m_challenges;
            return AttemptVerdict::resend(); // the same attempt, now with the key's answer
        }
    }

    if (!attempt.tooLarge && transportOk && m_httpStatus >= 200 && m_httpStatus < 300)
        return AttemptVerdict::done();
    ApiError error = errorFromReply(attempt);
    if (attempt.brokeOff &&
        (transportError == QNetworkReply::NoError || error.kind == ApiError::Kind::Network)) {
        error.kind = ApiError::Kind::Network;
        error.detail =
            u"the body ended after %1 of the %2 bytes announced"_s.arg(attempt.body.size())
                .arg(QString::fromLatin1(reply->rawHeader("Content-Length").trimmed()));
    }
    if (error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::RateLimited) {
        // google.rpc.Status: {"code", "message", "details"}; a non-JSON error body is
        // still an HTTP error, reported by its status alone.
        m_errorBody = QJsonDocument::fromJson(attempt.body).object();
        error.apiCode = m_errorBody.value("code"_L1).toInt();
        error.apiMessage = OutsideText::visible(m_errorBody.value("message"_L1).toString());
    }
    return RetryPolicy::isRetryable(m_method, error, !attempt.neverLeft)
               ? AttemptVerdict::retry(error)
               : AttemptVerdict::fail(error);
}

void ApiCall::attemptsSucceeded(const AttemptReply &attempt)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(attempt.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        finishWithError(ApiError::decode(
            u"%1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset)));
        return;
    }
    if (!document.isObject()) {
        finishWithError(ApiError::decode(u"the body is not a JSON object"_s));
        return;
    }
    m_json = document.object();
    finishOk();
}

} // namespace plc
