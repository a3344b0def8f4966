#include "base/SendOnce.h"

using namespace Qt::StringLiterals;

namespace plc {

SendOnce::SendOnce(Start send, TakeSent sent, Start check, ReadCheck checked, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
    , m_sent(std::move(sent))
    , m_check(std::move(check))
    , m_checked(std::move(checked))
{}

bool SendOnce::leavesOutcomeOpen(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::Decode:
    case ApiError::Kind::TooLarge:
    // A server that answers a change with a redirect may have made the change before it
    // answered: a redirect is no refusal.
    case ApiError::Kind::Redirect:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus >= 500;
    case ApiError::Kind::Provider:
        // A cloud provider's 5xx (InternalError, Unavailable) may come after it acted; its
        // throttling (RequestLimitExceeded is a 503 on EC2) says the request was not taken.
        return error.httpStatus >= 500 && error.providerCode != "RequestLimitExceeded"_L1 &&
               !error.providerCode.startsWith("Throttling"_L1);
    case ApiError::Kind::Cancelled:
        // Stopped after it had started to leave the machine: it may have arrived.
        return error.mayHaveArrived;
    default:
        // A refusal (4xx, 429), or a request that never left (TLS, insecure URL, unknown host,
        // no key, cancelled before sending).
        return false;
    }
}

void SendOnce::run()
{
    if (m_job || m_done || !m_send)
        return;
    if (m_unknown) {
        if (m_target && m_target().key != m_sentTo.key) {
            const ApiError elsewhere =
                ApiError::provider(u"AnotherAccount"_s,
                                   tr("It was sent with %1, which is no longer the account chosen: "
                                      "choose it again to find out whether it was made.")
                                       .arg(m_sentTo.name));
            Q_EMIT failed(elsewhere, true);
            return;
        }
        startJob(m_check(), true);
        return;
    }
    if (!m_prepare) {
        send();
        return;
    }
    Job *prepare = m_prepare();
    m_job = prepare;
    connect(prepare, &Job::finished, this, [this, prepare] {
        if (m_job != prepare)
            return; // abandoned meanwhile
        m_job = nullptr;
        if (prepare->succeeded() && m_send) {
            send();
            return;
        }
        Q_EMIT runningChanged(false);
        if (!prepare->succeeded())
            Q_EMIT failed(prepare->error(), false);
    });
    Q_EMIT runningChanged(true);
}

void SendOnce::send()
{
    if (m_target)
        m_sentTo = m_target();
    ++m_sends;
    startJob(m_send(), false);
}

void SendOnce::abandon()
{
    if (m_job)
        m_job->disconnect(this);
    m_job = nullptr;
    m_send = {};
    m_sent = {};
    m_check = {};
    m_checked = {};
}

void SendOnce::startJob(Job *job, bool isCheck)
{
    m_job = job;
    connect(job, &Job::finished, this, [this, job, isCheck] {
        m_job = nullptr;
        Q_EMIT runningChanged(false);
        if (isCheck)
            onChecked(job);
        else
            onSent(job);
    });
    Q_EMIT runningChanged(true);
}

void SendOnce::onSent(Job *job)
{
    if (job->succeeded()) {
        m_sent(job);
        m_done = true;
        Q_EMIT done(false);
        return;
    }
    m_lastError = job->error();
    if (m_lastError.kind == ApiError::Kind::Cancelled && m_lastError.mayHaveArrived) {
        // Stopped after it left (a switch of account, a closed window): it may have been
        // made. Nothing is read now — the account it went to may no longer be the one shown —
        // and the next run() reads before it sends anything.
        m_unknown = true;
        Q_EMIT failed(m_lastError, true);
        return;
    }
    if (m_check && leavesOutcomeOpen(m_lastError)) {
        startJob(m_check(), true);
        return;
    }
    Q_EMIT failed(m_lastError, false);
}

void SendOnce::onChecked(Job *job)
{
    switch (m_checked(job)) {
    case Outcome::Done:
        m_unknown = false;
        m_done = true;
        Q_EMIT done(true);
        return;
    case Outcome::NotDone:
        m_unknown = false;
        Q_EMIT failed(m_lastError, false);
        return;
    case Outcome::Unknown:
        m_unknown = true;
        Q_EMIT failed(m_lastError, true);
        return;
    }
}

} // namespace plc
