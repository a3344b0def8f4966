#include "ApiCall.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

ApiCall::ApiCall(QNetworkReply *reply, qint64 maxBodyBytes, QObject *parent)
    : Job(parent)
    , m_reply(reply)
    , m_maxBodyBytes(maxBodyBytes)
{
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        // The cap protects memory against a broken or hostile server; stop reading at once.
        if (received > m_maxBodyBytes && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
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

void ApiCall::abortWork()
{
    m_cancelling = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::readRateLimit(ApiError &error) const
{
    bool ok = false;
    const qint64 retryAfter = rawHeader("Retry-After").trimmed().toLongLong(&ok);
    if (ok && retryAfter >= 0) {
        error.retryAt = QDateTime::currentDateTimeUtc().addSecs(retryAfter);
        return;
    }
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
    error.traceId = QString::fromLatin1(rawHeader("X-Debug-Trace-Id"));

    if (m_tooLarge) {
        error.kind = ApiError::Kind::TooLarge;
        return error;
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
        case QNetworkReply::UnknownNetworkError:
            if (!m_sslErrors.isEmpty() ||
                m_reply->error() == QNetworkReply::SslHandshakeFailedError) {
                error.kind = ApiError::Kind::Tls;
                if (!m_sslErrors.isEmpty())
                    error.detail = m_sslErrors.join(u"; "_s);
                break;
            }
            Q_FALLTHROUGH();
        default:
            error.kind = ApiError::Kind::Network;
            break;
        }
        return error;
    }

    if (error.httpStatus >= 300 && error.httpStatus < 400) {
        error.kind = ApiError::Kind::Redirect;
        error.detail = QString::fromLatin1(rawHeader("Location"));
        return error;
    }
    error.kind = error.httpStatus == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::Http;
    readRateLimit(error);
    return error;
}

void ApiCall::onReplyFinished()
{
    if (m_cancelling || !m_reply)
        return;
    m_headers = m_reply->rawHeaderPairs();
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_tooLarge || !m_reply->isOpen() ? QByteArray() : m_reply->readAll();
    const bool transportOk = m_reply->error() == QNetworkReply::NoError;
    m_reply->deleteLater();

    if (!transportOk || m_httpStatus < 200 || m_httpStatus >= 300) {
        ApiError error = errorFromReply();
        if (error.kind == ApiError::Kind::Http || error.kind == ApiError::Kind::RateLimited) {
            // google.rpc.Status: {"code", "message", "details"}; a non-JSON error body is
            // still an HTTP error, reported by its status alone.
            const QJsonDocument document = QJsonDocument::fromJson(body);
            const QJsonObject status = document.object();
            m_errorBody = status;
            error.apiCode = status.value("code"_L1).toInt();
            error.apiMessage = status.value("message"_L1).toString();
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
