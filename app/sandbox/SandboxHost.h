#pragma once

#include "sandbox/ConnectionGuard.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/FleetSeed.h"
#include "sandbox/SandboxSettings.h"

#include <QObject>
#include <QString>

#include <memory>
#include <utility>

namespace plc::sandbox {

class SandboxServer;
class SandboxStore;

/// How a sandbox is started: where its data lives, which port and which API key it accepts.
struct SandboxConfig
{
    QString dataFile = QStringLiteral(":memory:");
    quint16 port = 0; ///< 0: an ephemeral port
    QString publicKey;
    QString privateKey;
    /// The key pair of the emulated user's AWS account (`/aws/`); none: AWS refuses everyone.
    QString awsAccessKeyId;
    QString awsSecretAccessKey;
    /// The AccessKey of the emulated user's Alibaba Cloud account (`/alibaba/`); none:
    /// Alibaba Cloud refuses everyone.
    QString alibabaAccessKeyId;
    QString alibabaAccessKeySecret;
    bool reset = false; ///< delete the data file first
    SandboxSettings settings;
    ConnectionLimits limits;
    std::optional<FaultRule> fault;
    /// A generated fleet instead of the seed: the data file's content is replaced by it at
    /// each start, and it moves by itself (SandboxSettings::fleetTransitionMs).
    std::optional<FleetSize> fleet;

    /// A fresh random key pair, for the console's embedded sandbox and for tests.
    static SandboxConfig withRandomKeys(const QString &dataFile);
    /// The key pair of the provider emulation mounted at `/<mount>/` (`aws`, `alibaba`);
    /// empty for a mount the sandbox does not have.
    std::pair<QString, QString> providerKey(const QString &mount) const;
};

/// Owns one running sandbox — store, seed and HTTP server — on the thread it lives on.
/// start() ends with listening() or failed().
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxHost() override;

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void listening(quint16 port);
    void failed(const QString &reason);
    void requestHandled(const QByteArray &method, const QString &path, int status,
                        const QByteArray &body, bool intact);

private:
    SandboxConfig m_config;
    std::unique_ptr<SandboxStore> m_store;
    SandboxServer *m_server = nullptr;
};

} // namespace plc::sandbox
