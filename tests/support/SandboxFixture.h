#pragma once

#include "sandbox/EmbeddedSandbox.h"

#include <QUrl>

#include <memory>

namespace plc::test {

/// A real sandbox on an ephemeral loopback port, on its own thread, with a fresh random key
/// pair — what every integration test talks to over real HTTP.
class SandboxFixture final
{
public:
    explicit SandboxFixture(const QString &dataFile = QStringLiteral(":memory:"));
    ~SandboxFixture();

    /// Starts and waits (event loop running) until it listens; false with the reason logged.
    bool start();
    void stop();

    QUrl url() const { return m_sandbox ? m_sandbox->url() : QUrl(); }
    const sandbox::SandboxConfig &config() const { return m_config; }
    sandbox::EmbeddedSandbox *sandbox() const { return m_sandbox.get(); }

private:
    sandbox::SandboxConfig m_config;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
};

} // namespace plc::test
