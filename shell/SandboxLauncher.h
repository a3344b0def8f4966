#pragma once

#include "sandbox/FleetSeed.h"

#include <QObject>
#include <QUrl>

#include <optional>

namespace plc {

class ProviderAccount;
namespace sandbox {
class EmbeddedSandbox;
}

/// The embedded sandbox's lifecycle for one run of the console: started the first time the
/// Sandbox profile is chosen, kept running while the console runs, and started anew when it
/// is chosen again after a start that failed.
class SandboxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)

public:
    explicit SandboxLauncher(QString dataFile, QObject *parent = nullptr);
    ~SandboxLauncher() override;

    /// Where the embedded sandbox keeps its data: the app data folder.
    static QString defaultDataFile();
    /// Where it keeps a generated fleet: beside defaultDataFile(), `sandbox-fleet-C-N.sqlite`,
    /// so the user's own sandbox data is never replaced.
    static QString fleetDataFile(const sandbox::FleetSize &size);

    /// From the next start on, the sandbox generates this fleet (anew at each start) in
    /// fleetDataFile() instead of using the data file it was given.
    void setFleet(const sandbox::FleetSize &size);

    bool isRunning() const;
    QUrl url() const;
    QString publicKey() const;
    QString privateKey() const;
    struct KeyPair
    {
        QString id;
        QString secret; ///< in memory only
    };
    /// The key pair the sandbox's emulation of the provider `providerId` (mounted at
    /// `/<providerId>/`) accepts for this start; empty when it has none.
    KeyPair providerKeys(const QString &providerId) const;
    /// Makes `account` act on this sandbox's emulation of its provider (mounted at `/<id>/`),
    /// with that key pair itself, or as the role chosen on the provider side (its setting).
    void actIn(ProviderAccount *account) const;

    /// Starts it unless it runs or is starting; after a failed start, starts a new one.
    void ensureStarted();

Q_SIGNALS:
    void started();
    void failed(const QString &reason);

private:
    QString m_dataFile;
    std::optional<sandbox::FleetSize> m_fleet;
    sandbox::EmbeddedSandbox *m_sandbox = nullptr;
    bool m_failed = false;
};

} // namespace plc
