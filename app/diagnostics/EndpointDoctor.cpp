#include "diagnostics/EndpointDoctor.h"

#include "diagnostics/EndpointProbe.h"

#include <QHostAddress>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

EndpointDoctor::EndpointDoctor(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    qRegisterMetaType<plc::EndpointCheckReport>();
    m_thread->setObjectName(u"EndpointDoctor"_s);
    m_thread->start();
}

EndpointDoctor::~EndpointDoctor()
{
    if (m_probe)
        QMetaObject::invokeMethod(m_probe, &EndpointProbe::cancel, Qt::QueuedConnection);
    m_thread->quit(); // deletes the probes left (QThread::finished -> deleteLater)
    m_thread->wait();
}

EndpointCheckJob *EndpointDoctor::check(const EndpointAddress &target)
{
    cancel();
    auto *job = new EndpointCheckJob(this);
    m_job = job;
    m_latest = EndpointCheckReport{};
    m_latest.target = target;
    m_latest.timeoutMs = m_timeoutMs;
    // A job cancelled from outside stops its probe; the doctor then has no check running.
    job->m_abort = [this, job] {
        if (m_job == job)
            dropProbe();
    };
    if (QHostAddress address; !m_standIns || address.setAddress(target.host)) {
        startProbe(job, std::nullopt);
        return job;
    }
    // Asked before DNS; whatever the answer, the check goes on (a failed question: DNS).
    ValueJob<EndpointStandIn> *lookup = m_standIns(target.host, job);
    if (!lookup) {
        startProbe(job, std::nullopt);
        return job;
    }
    m_lookup = lookup;
    // Within the step's time limit like DNS: a sandbox slow to answer leaves the check to DNS.
    QTimer::singleShot(m_timeoutMs, lookup, [lookup] { lookup->cancel(); });
    connect(lookup, &Job::finished, this, [this, job, lookup] {
        if (m_job != job || m_lookup != lookup)
            return;
        m_lookup = nullptr;
        startProbe(job, lookup->succeeded() ? std::optional(lookup->value()) : std::nullopt);
    });
    QMetaObject::invokeMethod(
        job,
        [this, job, report = m_latest] {
            if (m_job == job)
                Q_EMIT job->stepped(report);
        },
        Qt::QueuedConnection);
    return job;
}

void EndpointDoctor::startProbe(EndpointCheckJob *job,
                                const std::optional<EndpointStandIn> &standIn)
{
    auto *probe = new EndpointProbe(m_latest.target, m_timeoutMs);
    if (standIn)
        probe->setStandIn(*standIn);
    probe->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, probe, &QObject::deleteLater);
    m_probe = probe;
    // A probe that was cancelled (or replaced) still reports; only the current one is heard.
    connect(probe, &EndpointProbe::progress, job, [this, probe, job](const EndpointCheckReport &r) {
        if (probe != m_probe)
            return;
        m_latest = r;
        Q_EMIT job->stepped(r);
    });
    connect(probe, &EndpointProbe::finished, this,
            [this, probe, job](const EndpointCheckReport &r) {
                QMetaObject::invokeMethod(probe, &QObject::deleteLater, Qt::QueuedConnection);
                if (probe != m_probe)
                    return;
                m_probe = nullptr;
                m_job = nullptr;
                job->end(r);
            });
    QMetaObject::invokeMethod(probe, &EndpointProbe::start, Qt::QueuedConnection);
}

void EndpointDoctor::dropProbe()
{
    if (m_probe)
        QMetaObject::invokeMethod(m_probe, &EndpointProbe::cancel, Qt::QueuedConnection);
    const QPointer<Job> lookup = m_lookup;
    m_probe = nullptr;
    m_lookup = nullptr;
    m_job = nullptr;
    if (lookup)
        lookup->cancel();
}

void EndpointDoctor::cancel()
{
    if (!m_job)
        return;
    const QPointer<EndpointCheckJob> job = m_job;
    dropProbe();
    EndpointCheckReport cancelled = m_latest;
    cancelled.outcome = EndpointCheckReport::Outcome::Cancelled;
    if (job)
        job->end(cancelled);
}

} // namespace plc
