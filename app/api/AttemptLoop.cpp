#include "api/AttemptLoop.h"

#include "api/ReplyBreakage.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace plc {

AttemptLoop::AttemptLoop(Caller *caller, bool change)
    : m_caller(caller)
    , m_change(change)
{
    for (QTimer *timer : {&m_sendTimer, &m_silenceTimer, &m_totalTimer, &m_retryTimer})
        timer->setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this,
            [this] { onTimeout(u"send"_s, m_sendTimer.interval()); });
    connect(&m_silenceTimer, &QTimer::timeout, this,
            [this] { onTimeout(u"silence"_s, m_silenceTimer.interval()); });
    connect(&m_totalTimer, &QTimer::timeout, this,
            [this] { onTimeout(u"total"_s, m_totalTimer.interval()); });
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { startAttempt(true); });
    m_sinceFirst.start();
}

AttemptLoop::~AttemptLoop() = default;

void AttemptLoop::start()
{
    startAttempt(true);
}

void AttemptLoop::abort()
{
    m_aborted = true;
    m_retryTimer.stop();
    stopTimers();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
}

void AttemptLoop::stopTimers()
{
    m_sendTimer.stop();
    m_silenceTimer.stop();
    m_totalTimer.stop();
}

void AttemptLoop::startAttempt(bool counted)
{
    // A call cancelled before its first attempt (or while it waited to retry) sends nothing.
    if (m_aborted)
        return;
    if (counted)
        ++m_attempt;
    m_requestSent = false;
    m_tooLarge = false;
    m_timedOut.clear();
    m_timeoutLimitMs = 0;
    m_sslErrors.clear();
    m_limits = {};
    m_attemptClock.start();
    QNetworkReply *reply = m_caller->sendAttempt(&m_limits);
    if (!reply) {
        m_caller->attemptsFailed(ApiError::cancelled());
        return;
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &AttemptLoop::onReplyFinished);
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
        if (m_reply && m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() >
                           m_limits.maxBodyBytes)
            overCap();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        heardFrom();
        // The cap protects memory against a broken or hostile server; stop reading at once.
        if (received > m_limits.maxBodyBytes)
            overCap();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
    // Qt 6.4 reports when a body has been written, but nothing at all for a request without
    // one until its answer begins (measured: no requestSent, no uploadProgress): a send limit
    // can only be held for a body. A silence limit, counted from the start, covers the
    // connecting of every request.
    if (m_limits.sendMs >= 0)
        m_sendTimer.start(m_limits.sendMs);
    if (m_limits.silenceMs >= 0)
        m_silenceTimer.start(m_limits.silenceMs);
    if (m_limits.totalMs >= 0)
        m_totalTimer.start(m_limits.totalMs);
}

void AttemptLoop::heardFrom()
{
    if (m_silenceTimer.isActive())
        m_silenceTimer.start(); // the same interval, from now
}

void AttemptLoop::overCap()
{
    if (m_reply && !m_tooLarge) {
        m_tooLarge = true;
        m_reply->abort(); // onReplyFinished reports it as too large
    }
}

void AttemptLoop::onTimeout(const QString &which, int limitMs)
{
    if (!m_reply)
        return;
    m_timedOut = which;
    m_timeoutLimitMs = limitMs;
    m_reply->abort(); // onReplyFinished reports it as a timeout
}

void AttemptLoop::onReplyFinished()
{
    if (!m_reply)
        return;
    stopTimers();
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->deleteLater();

    AttemptReply attempt;
    attempt.reply = reply;
    attempt.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.body = m_tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();
    attempt.attempt = m_attempt;
    attempt.durationMs = m_attemptClock.elapsed();
    attempt.tooLarge = m_tooLarge;
    // A body shorter than announced is a connection that broke off, whatever Qt says.
    attempt.brokeOff = !m_tooLarge && bodyBrokeOff(reply, attempt.body.size());
    attempt.transportFailed = transportFailed(reply);
    // Qt does not report requestSent for every request (not for a DELETE without a body), so
    // anything but a connection that was never made counts as "it may have arrived".
    attempt.neverLeft = !m_requestSent && attempt.status == 0 &&
                        (reply->error() == QNetworkReply::ConnectionRefusedError ||
                         reply->error() == QNetworkReply::HostNotFoundError);
    attempt.timedOut = m_timedOut;
    attempt.timeoutLimitMs = m_timeoutLimitMs;
    attempt.sslErrors = m_sslErrors;

    const AttemptVerdict verdict = m_caller->classify(attempt);
    if (verdict.next == AttemptVerdict::Next::Resend) {
        startAttempt(false);
        return;
    }
    ApiError error = verdict.next == AttemptVerdict::Next::Done ? ApiError() : verdict.error;
    // A change whose request may have reached the server: whether it was made is open, and it
    // is never sent again.
    if (error.kind == ApiError::Kind::Network && m_change && !attempt.neverLeft)
        error.mayHaveArrived = true;
    m_caller->logAttempt(attempt, error);
    if (verdict.next == AttemptVerdict::Next::Done) {
        m_caller->attemptsSucceeded(attempt);
        return;
    }
    if (verdict.next == AttemptVerdict::Next::Retry && !error.mayHaveArrived) {
        const RetryPolicy policy = m_caller->retryPolicy();
        const int delay =
            policy.delayMs(m_attempt, error, QRandomGenerator::global()->generateDouble());
        if (m_attempt < policy.maxAttempts && m_sinceFirst.elapsed() + delay < policy.maxTotalMs) {
            m_retryTimer.start(delay);
            return;
        }
    }
    m_caller->attemptsFailed(error);
}

} // namespace plc
