#include "AwsQueryClient.h"

#include "AwsErrorText.h"
#include "AwsSigner.h"
#include "api/ApiClient.h"
#include "api/ReplyLength.h"
#include "api/RequestLog.h"
#include "api/SendOnce.h"
#include "base/OutsideText.h"
#include "domain/Ec2Codec.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
bool isThrottling(const QString &code)
{
    return code == "RequestLimitExceeded"_L1 || code == "Throttling"_L1 ||
           code == "ThrottlingException"_L1 || code == "RequestThrottled"_L1;
}
} // namespace

AwsQueryClient::AwsQueryClient(RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_log(log)
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AwsQueryClient::~AwsQueryClient()
{
    cancelAll();
}

void AwsQueryClient::cancelAll()
{
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<AwsQueryCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

QByteArray AwsQueryClient::formBody(const QString &action, const QString &version,
                                    const AwsParams &params)
{
    QByteArrayList parts{"Action=" + AwsSigner::encode(action.toUtf8()),
                         "Version=" + AwsSigner::encode(version.toUtf8())};
    for (const auto &[name, value] : params)
        parts.append(AwsSigner::encode(name.toUtf8()) + '=' + AwsSigner::encode(value.toUtf8()));
    return parts.join('&');
}

AwsQueryCall *AwsQueryClient::call(const AwsTarget &target, const QString &action,
                                   const AwsParams &params, bool read)
{
    if (!ApiClient::isAllowedBaseUrl(target.endpoint) || target.endpoint.host().isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.host = target.endpoint.host();
        return new AwsQueryCall(error, this);
    }
    if (!target.credentials.isComplete()) {
        ApiError error;
        error.kind = ApiError::Kind::Provider;
        error.providerCode = u"NoCredentials"_s;
        error.detail = AwsErrorText::noCredentials();
        return new AwsQueryCall(error, this);
    }
    auto *call = new AwsQueryCall(this, target, action, params, read);
    m_calls.removeIf([](const QPointer<AwsQueryCall> &c) { return c.isNull(); });
    m_calls.append(call);
    return call;
}

QNetworkReply *AwsQueryClient::send(const AwsTarget &target, const QByteArray &body, bool read)
{
    QUrl url = target.endpoint;
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    SignableRequest request;
    request.method = "POST";
    request.path = url.path(QUrl::FullyEncoded).toLatin1();
    const int defaultPort = url.scheme() == "https"_L1 ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    request.headers = {{"Host", host},
                       {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    request.body = body;
    // Signed for this URL's host: the keys sign nothing meant for another.
    AwsSigner::sign(request, target.credentials, target.region, target.service,
                    QDateTime::currentDateTimeUtc());
    QNetworkRequest http(url);
    for (const auto &[name, value] : std::as_const(request.headers)) {
        if (name != "Host") // Qt writes the same Host itself
            http.setRawHeader(name, value);
    }
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QByteArrayLiteral("privatelink-console/" PLC_VERSION));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    return read || body.size() > SendOnceMaxBytes ? m_nam->post(http, body)
                                                  : sendOnce(m_nam, http, "POST", body);
}

AwsQueryCall::AwsQueryCall(AwsQueryClient *client, const AwsTarget &target, const QString &action,
                           const AwsParams &params, bool read)
    : ValueJob<QByteArray>(client)
    , m_client(client)
    , m_target(target)
    , m_action(action)
    , m_body(AwsQueryClient::formBody(action, target.version, params))
    , m_read(read)
{
    m_totalTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &AwsQueryCall::startAttempt);
    m_sinceFirst.start();
    QTimer::singleShot(0, this, &AwsQueryCall::startAttempt);
}

AwsQueryCall::AwsQueryCall(const ApiError &error, QObject *parent)
    : ValueJob<QByteArray>(parent)
{
    QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
}

void AwsQueryCall::startAttempt()
{
    if (!m_client) {
        finishWithError(ApiError::cancelled());
        return;
    }
    ++m_attempt;
    m_timedOut = false;
    m_tooLarge = false;
    m_attemptClock.start();
    m_reply = m_client->send(m_target, m_body, m_read);
    connect(m_reply, &QNetworkReply::finished, this, &AwsQueryCall::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > AwsQueryClient::MaxBodyBytes && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_totalTimer.start(m_client->timeoutMs());
}

void AwsQueryCall::abortWork()
{
    m_retryTimer.stop();
    m_totalTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ApiError AwsQueryCall::errorOf(QNetworkReply *reply, const QByteArray &body) const
{
    ApiError error;
    error.host = m_target.endpoint.host();
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
    if (error.httpStatus >= 300 && error.httpStatus < 400) {
        error.kind = ApiError::Kind::Redirect;
        error.detail = OutsideText::visible(QString::fromLatin1(reply->rawHeader("Location")));
        return error;
    }
    const auto answer = Ec2Codec::error(body);
    error.kind = ApiError::Kind::Provider;
    if (answer) {
        error.providerCode = answer->code;
        error.apiMessage = answer->message;
        error.traceId = answer->requestId;
    }
    error.detail =
        AwsErrorText::sentence(m_action, error.httpStatus, error.providerCode, error.apiMessage);
    return error;
}

void AwsQueryCall::log(int status, qint64 bytes, const ApiError &error)
{
    if (!m_client || !m_client->requestLog())
        return;
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.method = "POST";
    // The action only: parameters can name accounts and services, and never a key.
    entry.path = OutsideText::visible(m_target.endpoint.host() + m_target.endpoint.path() + u" "_s +
                                      m_action);
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

void AwsQueryCall::onFinished()
{
    if (!m_reply)
        return;
    m_totalTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->deleteLater();
    const QByteArray body = m_tooLarge ? QByteArray() : reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A body shorter than announced is a connection that broke off, whatever Qt says.
    const bool brokeOff = !m_tooLarge && bodyBrokeOff(reply, body.size());
    const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300 &&
                    !m_tooLarge && !m_timedOut && !brokeOff;
    ApiError error = ok ? ApiError() : errorOf(reply, body);
    if (brokeOff && !m_timedOut && reply->error() == QNetworkReply::NoError) {
        error = ApiError();
        error.kind = ApiError::Kind::Network;
        error.httpStatus = status;
        error.host = reply->url().host();
        error.detail = u"the body ended after %1 of the %2 bytes announced"_s.arg(body.size())
                           .arg(QString::fromLatin1(reply->rawHeader("Content-Length").trimmed()));
    }
    log(status, body.size(), error);
    if (ok) {
        finishWithValue(body);
        return;
    }
    // Sent again: a read after throttling, a 5xx or a network failure; a change only when it
    // can never have reached AWS.
    const bool neverLeft =
        status == 0 && (reply->error() == QNetworkReply::ConnectionRefusedError ||
                        reply->error() == QNetworkReply::HostNotFoundError);
    if (error.kind == ApiError::Kind::Network && !m_read && !neverLeft)
        error.mayHaveArrived = true;
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
