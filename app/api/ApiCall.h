#pragma once

#include "api/AttemptLoop.h"
#include "base/Job.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

namespace plc {

class ApiClient;

/// One API operation, made by ApiClient: sends the request, answers a Digest challenge (and
/// no other), retries it when RetryPolicy allows, enforces the three limits of an attempt —
/// to send the body, of silence, and in all — and ends with finished(). On success json()
/// holds the response object; otherwise error() says what went wrong (and errorBody() has
/// the API's google.rpc.Status). cancel() aborts. The attempts, retries, limits and cancel
/// are the AttemptLoop's; the call builds each request and reads each answer.
class ApiCall final : public Job, private AttemptLoop::Caller
{
    Q_OBJECT

public:
    /// A change (any method but GET) handed to Qt's network stack may be on the wire.
    bool changeMayHaveLeft() const override { return m_attempts.changeMayHaveLeft(); }
    const QJsonObject &json() const { return m_json; }
    int httpStatus() const { return m_httpStatus; }
    int attempts() const { return m_attempts.attempts(); }
    QByteArray rawHeader(const QByteArray &name) const;
    const QList<QPair<QByteArray, QByteArray>> &rawHeaders() const { return m_headers; }
    /// The google.rpc.Status object of an error answer (empty when there was none).
    const QJsonObject &errorBody() const { return m_errorBody; }

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, const QByteArray &method, const QUrl &url, const QByteArray &body);
    /// A call refused before anything was sent (insecure URL); finishes on the next loop turn.
    ApiCall(const ApiError &error, QObject *parent);

    void abortWork() override { m_attempts.abort(); }
    // AttemptLoop::Caller
    QNetworkReply *sendAttempt(AttemptLimits *limits) override;
    AttemptVerdict classify(const AttemptReply &attempt) override;
    void logAttempt(const AttemptReply &attempt, const ApiError &error) override;
    RetryPolicy retryPolicy() const override;
    void attemptsSucceeded(const AttemptReply &attempt) override;
    void attemptsFailed(const ApiError &error) override { finishWithError(error); }

    ApiError errorFromReply(const AttemptReply &attempt) const;
    void readRetryTime(ApiError &error) const;

    QPointer<ApiClient> m_client;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    AttemptLoop m_attempts;
    QJsonObject m_json;
    QJsonObject m_errorBody;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_httpStatus = 0;
    bool m_authorized = false; ///< this attempt carried a Digest answer
    int m_challenges = 0;      ///< 401 challenges answered in this call
};

} // namespace plc
