#include "diagnostics/EndpointDoctor.h"

#include "diagnostics/EndpointProbe.h"

#include <QThread>

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
    auto *probe = new EndpointProbe(target, m_timeoutMs);
    probe->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, probe, &QObject::deleteLater);
    m_probe = probe;
    m_job = job;
    m_latest = EndpointCheckReport{};
    m_latest.target = target;
    m_latest.timeoutMs = m_timeoutMs;
    // A job cancelled from outside stops its probe; the doctor then has no check running.
    job->m_abort = [this, job] {
        if (m_job == job)
            dropProbe();
    };
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
    return job;
}

void EndpointDoctor::dropProbe()
{
    if (!m_probe)
        return;
    QMetaObject::invokeMethod(m_probe, &EndpointProbe::cancel, Qt::QueuedConnection);
    m_probe = nullptr;
    m_job = nullptr;
}

void EndpointDoctor::cancel()
{
    if (!m_probe)
        return;
    const QPointer<EndpointCheckJob> job = m_job;
    dropProbe();
    EndpointCheckReport cancelled = m_latest;
    cancelled.outcome = EndpointCheckReport::Outcome::Cancelled;
    if (job)
        job->end(cancelled);
}

} // namespace plc
