#include "api/ApiCall.h"

#include "api/ApiClient.h"
#include "api/ReplyLength.h"
#include "api/RequestLog.h"
#include "api/RetryPolicy.h"
#include "base/OutsideText.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace plc {

ApiCall::ApiCall(ApiClient *client, const QByteArray &method, const QUrl &url,
                 const QByteArray &body)
    : Job(client)
    , m_client(client)
    , m_method(method)
    , m_url(url)
    , m_body(body)
{
    for (QTimer *timer : {&m_sendTimer, &m_silenceTimer, &m_totalTimer, &m_retryTimer})
        timer->setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this,
            [this] { onTimeout(u"send"_s, m_sendTimer.interval()); });
    connect(&m_silenceTimer, &QTimer::timeout, this,
            [this] { onTimeout(u"silence"_s, m_silenceTimer.interval()); });
    connect(&m_totalTimer, &QTimer::timeout, this,
            [this] { onTimeout(u"total"_s, m_totalTimer.interval()); });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::startAttempt);
    m_sinceFirst.start();
    startAttempt();
}

ApiCall::ApiCall(const ApiError &error, QObject *parent)
    : Job(parent)
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

void ApiCall::startAttempt()
{
    if (!m_client) {
        finishWithError(ApiError::cancelled());
        return;
    }
    ++m_attempt;
    m_requestSent = false;
    m_tooLarge = false;
    m_timeoutWhich.clear();
    m_sslErrors.clear();
    m_attemptClock.start();
    QNetworkReply *reply = m_client->startReply(m_method, m_url, m_body, &m_authorized);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        // Qt says this once the headers are out (with a body's first bytes): the body may
        // still be on its way, so only uploadProgress ends the send limit of a body.
        m_requestSent = true;
        heardFrom();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent == total) {
            m_requestSent = true;
            m_sendTimer.stop();
        }
        heardFrom();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        heardFrom();
        // A declared length over the cap is refused before the body is read at all.
        const qint64 length =
            m_reply ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() : 0;
        if (m_client && length > m_client->maxBodyBytes() && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        heardFrom();
        // The cap protects memory against a broken or hostile server; stop reading at once.
        if (m_client && received > m_client->maxBodyBytes() && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    // Qt 6.4 reports when a body has been written, but nothing at all for a request without
    // one until its answer begins (measured: no requestSent, no uploadProgress): the send
    // limit can only be held for a body. The silence limit, counted from the start, covers
    // the connecting of every request.
    if (!m_body.isEmpty())
        m_sendTimer.start(m_client->connectTimeoutMs());
    m_silenceTimer.start(m_client->transferTimeoutMs());
    m_totalTimer.start(m_client->requestTimeoutMs());
}

void ApiCall::heardFrom()
{
    if (m_silenceTimer.isActive())
        m_silenceTimer.start(); // the same interval, from now
}

void ApiCall::onTimeout(const QString &which, int limitMs)
{
    if (!m_reply)
        return;
    m_timeoutWhich = which;
    m_timeoutLimitMs = limitMs;
    m_reply->abort(); // onReplyFinished reports it as a timeout
}

void ApiCall::abortWork()
{
    m_retryTimer.stop();
    m_sendTimer.stop();
    m_silenceTimer.stop();
    m_totalTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
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

ApiError ApiCall::errorFromReply() const
{
    ApiError error;
    error.host = m_reply->url().host();
    error.traceId = OutsideText::visible(QString::fromLatin1(rawHeader("X-Debug-Trace-Id")));
    if (m_tooLarge) {
        error.kind = ApiError::Kind::TooLarge;
        return error;
    }
    if (!m_timeoutWhich.isEmpty()) {
        ApiError timeout = ApiError::timeout(m_timeoutWhich, m_timeoutLimitMs, error.host);
        timeout.traceId = error.traceId;
        return timeout;
    }
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    error.httpStatus = statusAttribute.toInt();
    // Codes below 200 are transport failures; they win over a status line that did arrive
    // (a connection that broke off in the middle of the body).
    const bool transportFailure =
        m_reply->error() != QNetworkReply::NoError && m_reply->error() < 200;
    if (!statusAttribute.isValid() || transportFailure) {
        error.detail = m_reply->errorString();
        switch (m_reply->error()) {
        case QNetworkReply::HostNotFoundError:
            error.kind = ApiError::Kind::HostNotFound;
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
            error.kind = ApiError::Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            if (!m_sslErrors.isEmpty())
                error.detail = m_sslErrors.join(u"; "_s);
            break;
        default:
            error.kind = m_sslErrors.isEmpty() ? ApiError::Kind::Network : ApiError::Kind::Tls;
            if (!m_sslErrors.isEmpty())
                error.detail = m_sslErrors.join(u"; "_s);
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

void ApiCall::logAttempt(const ApiError &error, qint64 bytes)
{
    if (!m_client)
        return;
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.method = m_method;
    entry.path =
        OutsideText::visible(m_url.path() + (m_url.hasQuery() ? u'?' + m_url.query() : QString()));
    entry.status = m_httpStatus;
    entry.durationMs = m_attemptClock.elapsed();
    entry.bytesReceived = bytes;
    entry.traceId = OutsideText::visible(QString::fromLatin1(rawHeader("X-Debug-Trace-Id")));
    entry.attempt = m_attempt;
    if (error.isError())
        entry.outcome = error.kind == ApiError::Kind::Http
                            ? u"HTTP %1"_s.arg(error.httpStatus)
                            : QString::fromLatin1(QMetaEnum::fromType<ApiError::Kind>().valueToKey(
                                  int(error.kind)));
    m_client->requestLog()->add(entry);
}

void ApiCall::onReplyFinished()
{
    if (!m_reply)
        return;
    m_sendTimer.stop();
    m_silenceTimer.stop();
    m_totalTimer.stop();
    m_headers = m_reply->rawHeaderPairs();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_tooLarge || !m_reply->isOpen() ? QByteArray() : m_reply->readAll();
    const QNetworkReply::NetworkError transportError = m_reply->error();
    // A body shorter than announced is a connection that broke off, whatever Qt says.
    const bool brokeOff = !m_tooLarge && bodyBrokeOff(m_reply, body.size());
    const bool transportOk = transportError == QNetworkReply::NoError && !brokeOff;
    // Whether the request can have reached the server. Qt does not report requestSent for
    // every request (not for a DELETE without a body), so anything but a connection that was
    // never made counts as "it may have arrived": a change is never sent twice.
    const bool neverLeft = !m_requestSent && m_httpStatus == 0 &&
                           (transportError == QNetworkReply::ConnectionRefusedError ||
                            transportError == QNetworkReply::HostNotFoundError);
    if (m_client)
        m_client->noteRateLimitHeaders(m_headers);

    if (m_httpStatus == 401 && !m_tooLarge && m_client) {
        // The key answers a Digest challenge and nothing else. A first challenge (or a stale
        // nonce) is answered once by sending the request again with the digest; the server
        // did not act on a request it refused.
        const DigestClient::Challenge challenge = DigestClient::parse(m_headers);
        if (!challenge.usable && !challenge.offered.isEmpty()) {
            m_reply->deleteLater();
            m_reply.clear();
            ApiError error;
            error.kind = ApiError::Kind::AuthScheme;
            error.host = m_url.host();
            error.detail = OutsideText::visible(challenge.offered);
            logAttempt(error, body.size());
            finishWithError(error);
            return;
        }
        // Later calls use the newest nonce, also when this one ends with the 401. A 401 with
        // no challenge at all is a plain refusal, reported below.
        m_client->takeChallenge(challenge);
        if (challenge.usable && (!m_authorized || challenge.stale) && m_challenges < 2) {
            ++m_challenges;
            m_reply->deleteLater();
            m_reply.clear();
            --m_attempt; // the same attempt, now with the key's answer
            startAttempt();
            return;
        }
    }

    ApiError error;
    if (m_tooLarge || !transportOk || m_httpStatus < 200 || m_httpStatus >= 300) {
        error = errorFromReply();
        if (brokeOff && transportError == QNetworkReply::NoError) {
            error.kind = ApiError::Kind::Network;
            error.detail =
                u"the body ended after %1 of the %2 bytes announced"_s.arg(body.size())
                    .arg(QString::fromLatin1(m_reply->rawHeader("Content-Length").trimmed()));
        }
        if (error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::RateLimited) {
            // google.rpc.Status: {"code", "message", "details"}; a non-JSON error body is
            // still an HTTP error, reported by its status alone.
            m_errorBody = QJsonDocument::fromJson(body).object();
            error.apiCode = m_errorBody.value("code"_L1).toInt();
            error.apiMessage = OutsideText::visible(m_errorBody.value("message"_L1).toString());
        }
    }
    m_reply->deleteLater();
    m_reply.clear();
    logAttempt(error, body.size());

    if (error.kind == ApiError::Kind::Network && m_method != "GET" && !neverLeft)
        error.mayHaveArrived = true;
    if (error.isError()) {
        const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy();
        const int delay =
            policy.delayMs(m_attempt, error, QRandomGenerator::global()->generateDouble());
        if (RetryPolicy::isRetryable(m_method, error, !neverLeft) &&
            m_attempt < policy.maxAttempts && m_sinceFirst.elapsed() + delay < policy.maxTotalMs) {
            m_retryTimer.start(delay);
            return;
        }
        finishWithError(error);
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
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
