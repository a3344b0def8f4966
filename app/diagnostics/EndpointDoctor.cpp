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

void EndpointDoctor::check(const EndpointAddress &target)
{
    cancel();
    auto *probe = new EndpointProbe(target, m_timeoutMs);
    probe->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, probe, &QObject::deleteLater);
    m_probe = probe;
    m_latest = EndpointCheckReport{};
    m_latest.target = target;
    m_latest.timeoutMs = m_timeoutMs;
    // A probe that was cancelled (or replaced) still reports; only the current one is heard.
    connect(probe, &EndpointProbe::progress, this, [this, probe](const EndpointCheckReport &r) {
        if (probe != m_probe)
            return;
        m_latest = r;
        Q_EMIT progress(r);
    });
    connect(probe, &EndpointProbe::finished, this, [this, probe](const EndpointCheckReport &r) {
        QMetaObject::invokeMethod(probe, &QObject::deleteLater, Qt::QueuedConnection);
        if (probe != m_probe)
            return;
        m_probe = nullptr;
        Q_EMIT finished(r);
    });
    QMetaObject::invokeMethod(probe, &EndpointProbe::start, Qt::QueuedConnection);
}

void EndpointDoctor::cancel()
{
    if (!m_probe)
        return;
    QMetaObject::invokeMethod(m_probe, &EndpointProbe::cancel, Qt::QueuedConnection);
    m_probe = nullptr;
    EndpointCheckReport cancelled = m_latest;
    cancelled.outcome = EndpointCheckReport::Outcome::Cancelled;
    Q_EMIT finished(cancelled);
}

} // namespace plc
