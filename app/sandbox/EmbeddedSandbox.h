#pragma once

#include "sandbox/SandboxHost.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace plc::sandbox {

/// The sandbox running on a thread of its own inside the console (and the tests), so no
/// server or SQL work ever runs on the UI thread. start() ends with started(url) or
/// failed(reason); the destructor stops the thread.
class EmbeddedSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedSandbox)

public:
    explicit EmbeddedSandbox(SandboxConfig config, QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    void start();
    const SandboxConfig &config() const { return m_config; }
    QUrl url() const { return m_url; }
    bool isRunning() const { return m_url.isValid(); }

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &reason);
    void requestHandled(const QByteArray &method, const QString &path, int status,
                        const QByteArray &body, bool intact);

private:
    SandboxConfig m_config;
    QThread m_thread;
    SandboxHost *m_host = nullptr;
    QUrl m_url;
};

} // namespace plc::sandbox
