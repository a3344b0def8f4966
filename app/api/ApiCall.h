#pragma once

#include "base/Job.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace plc {

class ApiClient;

/// One API operation, made by ApiClient: sends the request, answers a Digest challenge (and
/// no other), retries it when RetryPolicy allows, enforces the three limits of an attempt —
/// to send the body, of silence, and in all — and ends with finished(). On success json()
/// holds the response object; otherwise error() says what went wrong (and errorBody() has
/// the API's google.rpc.Status). cancel() aborts.
class ApiCall final : public Job
{
    Q_OBJECT

public:
    /// A change (any method but GET) handed to Qt's network stack may be on the wire.
    bool changeMayHaveLeft() const override { return m_method != "GET" && !m_reply.isNull(); }
    const QJsonObject &json() const { return m_json; }
    int httpStatus() const { return m_httpStatus; }
    int attempts() const { return m_attempt; }
    QByteArray rawHeader(const QByteArray &name) const;
    const QList<QPair<QByteArray, QByteArray>> &rawHeaders() const { return m_headers; }
    /// The google.rpc.Status object of an error answer (empty when there was none).
    const QJsonObject &errorBody() const { return m_errorBody; }

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, const QByteArray &method, const QUrl &url, const QByteArray &body);
    /// A call refused before anything was sent (insecure URL); finishes on the next loop turn.
    ApiCall(const ApiError &error, QObject *parent);

    void startAttempt();
    void abortWork() override;
    void onReplyFinished();
    void onTimeout(const QString &which, int limitMs);
    void heardFrom();
    ApiError errorFromReply() const;
    void readRetryTime(ApiError &error) const;
    void logAttempt(const ApiError &error, qint64 bytes);

    QPointer<ApiClient> m_client;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QTimer m_sendTimer;
    QTimer m_silenceTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_sinceFirst;
    QElapsedTimer m_attemptClock;
    QJsonObject m_json;
    QJsonObject m_errorBody;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QStringList m_sslErrors;
    QString m_timeoutWhich;
    int m_timeoutLimitMs = 0;
    int m_httpStatus = 0;
    int m_attempt = 0;
    bool m_requestSent = false;
    bool m_authorized = false; ///< this attempt carried a Digest answer
    int m_challenges = 0;      ///< 401 challenges answered in this call
    bool m_tooLarge = false;
};

} // namespace plc
