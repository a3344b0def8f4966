#pragma once

#include "services/CommandLineOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace plc {

class ApiClient;
class ClusterService;
class LanguageManager;
class MainWindow;
class ProfileDialog;
class PrivateLinkService;
class ProfileStore;
class SandboxAdminService;
class Watcher;
class SecretStore;
namespace sandbox {
class EmbeddedSandbox;
}

/// One run of the console: picks the language, resolves the active profile — the embedded
/// sandbox (started on first use), a saved profile whose private key comes from the keychain
/// (or TIDBCLOUD_PUBLIC_KEY / TIDBCLOUD_PRIVATE_KEY), or `--api-url` with the environment's key
/// — points the API client at it and shows the main window. In --screenshot mode it saves the
/// window after the first load and ends with done().
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
    QString activeProfile() const { return m_activeProfile; }

    /// Where the embedded sandbox keeps its data: the app data folder.
    static QString sandboxDataFile();

Q_SIGNALS:
    /// Only in --screenshot mode: the process should exit with this code.
    void done(int exitCode);

private:
    void activate(const QString &profileName);
    void useEndpoint(const QUrl &url, const QString &publicKey, const QString &privateKey);
    void startSandbox();
    void updateProfileMenu();
    void openProfileDialog();
    void onFirstLoad(bool ok, const QString &errorText);
    void saveScreenshot();

    CommandLineOptions m_options;
    LanguageManager *m_languages;
    ApiClient *m_client;
    ClusterService *m_clusters;
    PrivateLinkService *m_privateLinks;
    Watcher *m_watcher;
    SandboxAdminService *m_sandboxAdmin;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ProfileDialog> m_profileDialog;
    sandbox::EmbeddedSandbox *m_sandbox = nullptr;
    bool m_sandboxFailed = false; ///< its start failed: the next choice of Sandbox starts anew
    QString m_activeProfile;
    int m_activation = 0; ///< a newer activation makes older keychain answers stale
    bool m_firstLoadSeen = false;
    bool m_screenshotSaved = false;
};

} // namespace plc
