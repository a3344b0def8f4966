#pragma once

#include "providers/ProviderAccounts.h"
#include "shell/CommandLineOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace plc {

class ApiClient;
class ChangefeedService;
class ClusterService;
class LanguageManager;
class MainWindow;
class ProfileActivation;
class ProfileDialog;
class PrivateLinkService;
class ProfileStore;
class SandboxAdminService;
class ScreenshotHarness;
class Watcher;
class SecretStore;
class FleetSession;

/// The composition root of one run of the console: makes the services, the window and the
/// parts that act between them (ProfileActivation, ScreenshotHarness), and wires the window's
/// requests (choose a profile, manage profiles, try the sandbox again) to them.
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    explicit ConsoleSession(CommandLineOptions options, QObject *parent = nullptr);
    ~ConsoleSession() override;

    void start();
    MainWindow *mainWindow() const { return m_window.get(); }
    ApiClient *client() const { return m_client; }
    /// The active profile's account with each registered cloud provider.
    const ProviderAccounts &providerAccounts() const { return m_accounts; }
    QString activeProfile() const;
    FleetSession *fleet() const { return m_fleet; }

    /// Where the embedded sandbox keeps its data: the app data folder.
    static QString sandboxDataFile();

Q_SIGNALS:
    /// Only in --screenshot or --exit-when-ready mode: the process should exit with this code.
    void done(int exitCode);

private:
    void openProfileDialog();
    /// The fleet view's session, its menu and what opening a row does.
    void startFleet();

    CommandLineOptions m_options;
    LanguageManager *m_languages;
    ApiClient *m_client;
    ClusterService *m_clusters;
    PrivateLinkService *m_privateLinks;
    ChangefeedService *m_changefeeds;
    Watcher *m_watcher;
    SandboxAdminService *m_sandboxAdmin;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ProviderAccounts m_accounts;
    std::unique_ptr<MainWindow> m_window;
    ProfileActivation *m_activation = nullptr;
    FleetSession *m_fleet = nullptr;
    QPointer<ProfileDialog> m_profileDialog;
};

} // namespace plc
