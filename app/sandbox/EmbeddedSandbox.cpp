#include "sandbox/EmbeddedSandbox.h"

using namespace Qt::StringLiterals;

namespace plc::sandbox {

EmbeddedSandbox::EmbeddedSandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_thread.setObjectName(u"sandbox"_s);
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedSandbox::start()
{
    if (m_host)
        return;
    m_host = new SandboxHost(m_config);
    m_host->moveToThread(&m_thread);
    // The host and everything it made are destroyed on the sandbox thread as it ends.
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    connect(m_host, &SandboxHost::listening, this, [this](quint16 port) {
        m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        Q_EMIT started(m_url);
    });
    connect(m_host, &SandboxHost::failed, this, &EmbeddedSandbox::failed);
    connect(m_host, &SandboxHost::requestHandled, this, &EmbeddedSandbox::requestHandled);
    m_thread.start();
    QMetaObject::invokeMethod(m_host, &SandboxHost::start, Qt::QueuedConnection);
}

} // namespace plc::sandbox
