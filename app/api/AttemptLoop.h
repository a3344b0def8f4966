#pragma once

#include "api/RetryPolicy.h"
#include "base/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <limits>

class QNetworkReply;

namespace plc {

/// The limits of one attempt, in milliseconds (-1: not held), and the cap on its answer's size.
struct AttemptLimits
{
    int sendMs = -1;    ///< to send the request's body: stopped once the body is out
    int silenceMs = -1; ///< of silence: nothing sent or received
    int totalMs = -1;   ///< from the start to the whole answer
    qint64 maxBodyBytes = std::numeric_limits<qint64>::max();
};

/// What the loop saw of one attempt: the facts an API classifies.
struct AttemptReply
{
    QNetworkReply *reply = nullptr; ///< finished; deleted once control is back in the event loop
    QByteArray body;                ///< empty when the answer was over the cap
    int status = 0;                 ///< the HTTP status; 0 when none arrived
    int attempt = 0;                ///< from 1
    qint64 durationMs = 0;          ///< how long this attempt took
    bool tooLarge = false;          ///< stopped: its answer was over the cap
    bool brokeOff = false;          ///< the body is shorter than its `Content-Length`
    bool transportFailed = false;   ///< Qt's error is the connection's, not a status's
    /// The request cannot have reached the server: nothing was sent and the connection was
    /// refused or the host not found.
    bool neverLeft = false;
    QString timedOut; ///< the limit that ended it: `send`, `silence` or `total`; empty: none
    int timeoutLimitMs = 0;
    QStringList sslErrors;
};

/// What an API makes of one attempt's answer.
struct AttemptVerdict
{
    enum class Next {
        Done,   ///< the answer is the call's outcome
        Retry,  ///< `error`, unless the retry policy lets another attempt go
        Fail,   ///< `error`, now
        Resend, ///< the same attempt once more at once, not counted (a challenge answered)
    };
    Next next = Next::Done;
    ApiError error;

    static AttemptVerdict done() { return {}; }
    static AttemptVerdict retry(const ApiError &error) { return {Next::Retry, error}; }
    static AttemptVerdict fail(const ApiError &error) { return {Next::Fail, error}; }
    static AttemptVerdict resend() { return {Next::Resend, {}}; }
};

/// The attempts of one call to an HTTP API, written once for every API: ApiCall (TiDB Cloud)
/// and ProviderCall (AWS, Alibaba Cloud). The loop sends an attempt, holds its time limits and
/// the cap on its answer, hands the answer to the API to classify, and then finishes, or sends
/// it again after the retry policy's delay while attempts and time are left. It counts the
/// attempts, knows when a change's request is on its way (changeMayHaveLeft()), marks a network
/// failure of a change that may have reached the server (`mayHaveArrived`) and never sends such
/// a change again, and stops everything on abort(). What differs per API — how a request is
/// built and signed, how an answer becomes done, retry or fail with its ApiError, the request
/// log's line — is its Caller's.
class AttemptLoop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptLoop)

public:
    /// What differs per API: the call that owns the loop.
    class Caller
    {
    public:
        virtual ~Caller() = default;
        /// Builds, signs and sends one attempt and sets its limits; null when it cannot be
        /// sent (its client is gone): the call then ends cancelled.
        virtual QNetworkReply *sendAttempt(AttemptLimits *limits) = 0;
        virtual AttemptVerdict classify(const AttemptReply &reply) = 0;
        /// Notes one attempt in the request log (every attempt but a resend).
        virtual void logAttempt(const AttemptReply &reply, const ApiError &error) = 0;
        virtual RetryPolicy retryPolicy() const = 0;
        /// The call's outcome: one of the two, once; the loop does nothing after it.
        virtual void attemptsSucceeded(const AttemptReply &reply) = 0;
        virtual void attemptsFailed(const ApiError &error) = 0;
    };

    /// `change`: the request changes something on the server.
    AttemptLoop(Caller *caller, bool change);
    ~AttemptLoop() override;

    /// Sends the first attempt.
    void start();
    /// Stops the attempt under way and any retry to come; nothing is sent after it.
    void abort();

    int attempts() const { return m_attempt; }
    /// A change handed to Qt's network stack may be on the wire.
    bool changeMayHaveLeft() const { return m_change && !m_reply.isNull(); }

private:
    void startAttempt(bool counted);
    void onReplyFinished();
    void onTimeout(const QString &which, int limitMs);
    void heardFrom();
    void overCap();
    void stopTimers();

    Caller *m_caller;
    bool m_change;
    bool m_aborted = false;
    QPointer<QNetworkReply> m_reply;
    AttemptLimits m_limits;
    QTimer m_sendTimer;
    QTimer m_silenceTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_sinceFirst;
    QElapsedTimer m_attemptClock;
    QStringList m_sslErrors;
    QString m_timedOut;
    int m_timeoutLimitMs = 0;
    int m_attempt = 0;
    bool m_requestSent = false;
    bool m_tooLarge = false;
};

} // namespace plc
