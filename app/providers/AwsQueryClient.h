#pragma once

#include "AwsCredentials.h"
#include "api/Job.h"
#include "api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace plc {

class RequestLog;
class AwsQueryClient;

/// Where one AWS Query API call goes and with which keys.
struct AwsTarget
{
    QUrl endpoint;      ///< `https://ec2.us-east-1.amazonaws.com/`, or a sandbox's `/aws/`
    QByteArray region;  ///< signs the request: `us-east-1`
    QByteArray service; ///< `ec2`, `sts`
    QString version;    ///< `2016-11-15`, `2011-06-15`
    AwsCredentials credentials;
};

using AwsParams = QList<QPair<QString, QString>>;

/// One Query API call: signed anew for every attempt, sent as a form POST, its XML answer in
/// value(). A read is retried on throttling, 5xx and network failures with backoff and
/// jitter; a change is sent again only when it never left this machine. An error answer
/// becomes ApiError::Kind::Provider with EC2's or STS's code, message and request ID, and a
/// sentence for the user (AwsErrorText).
class AwsQueryCall final : public ValueJob<QByteArray>
{
    Q_OBJECT

public:
    QString action() const { return m_action; }
    int attempts() const { return m_attempt; }

private:
    friend class AwsQueryClient;
    AwsQueryCall(AwsQueryClient *client, const AwsTarget &target, const QString &action,
                 const AwsParams &params, bool read);
    AwsQueryCall(const ApiError &error, QObject *parent);

    void startAttempt();
    void onFinished();
    void abortWork() override;
    ApiError errorOf(QNetworkReply *reply, const QByteArray &body) const;
    void log(int status, qint64 bytes, const ApiError &error);

    QPointer<AwsQueryClient> m_client;
    AwsTarget m_target;
    QString m_action;
    QByteArray m_body;
    bool m_read = true;
    QPointer<QNetworkReply> m_reply;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_sinceFirst;
    QElapsedTimer m_attemptClock;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
};

/// The door to AWS's Query APIs (EC2, STS) with the user's own keys: one
/// QNetworkAccessManager, https only (plain http to loopback, for the sandbox), no redirect
/// ever followed, a size cap on answers, time limits, retries of reads, and the request log —
/// which shows the action, never a parameter, a header or a key.
class AwsQueryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsQueryClient)

public:
    static constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30'000;

    explicit AwsQueryClient(RequestLog *log, QObject *parent = nullptr);
    ~AwsQueryClient() override;

    /// `read`: the call changes nothing, so it may be sent again after a failure.
    AwsQueryCall *call(const AwsTarget &target, const QString &action, const AwsParams &params,
                       bool read);

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    RequestLog *requestLog() const { return m_log; }
    /// Ends every call under way as cancelled (a switch of profile or account).
    void cancelAll();

    /// `Action=…&Version=…&Name=value…`, each name and value encoded as AWS's SDKs do.
    static QByteArray formBody(const QString &action, const QString &version,
                               const AwsParams &params);

private:
    friend class AwsQueryCall;
    /// `read`: Qt may send it again on its own after a dropped connection; a change never.
    QNetworkReply *send(const AwsTarget &target, const QByteArray &body, bool read);

    QNetworkAccessManager *m_nam;
    RequestLog *m_log;
    RetryPolicy m_retryPolicy;
    int m_timeoutMs = DefaultTimeoutMs;
    QList<QPointer<AwsQueryCall>> m_calls;
};

} // namespace plc
