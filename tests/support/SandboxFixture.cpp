#include "SandboxFixture.h"

#include <QSignalSpy>
#include <QtDebug>

namespace plc::test {

SandboxFixture::SandboxFixture(const QString &dataFile)
    : m_config(sandbox::SandboxConfig::withRandomKeys(dataFile))
{}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start()
{
    m_sandbox = std::make_unique<sandbox::EmbeddedSandbox>(m_config);
    QSignalSpy started(m_sandbox.get(), &sandbox::EmbeddedSandbox::started);
    QSignalSpy failed(m_sandbox.get(), &sandbox::EmbeddedSandbox::failed);
    m_sandbox->start();
    for (int i = 0; i < 100 && started.isEmpty() && failed.isEmpty(); ++i)
        started.wait(100);
    if (!failed.isEmpty())
        qWarning() << "sandbox failed to start:" << failed.constFirst().constFirst().toString();
    return !started.isEmpty();
}

void SandboxFixture::stop()
{
    m_sandbox.reset();
}

} // namespace plc::test
