#pragma once

#include "providers/ProviderAccounts.h"
#include "shell/CommandLineOptions.h"

#include <QObject>

namespace plc {

class ApiClient;
class MainWindow;
class ProfileStore;
class SandboxLauncher;
class SecretStore;

/// Makes one profile the one the window acts on: ends the previous profile's calls, clears
/// the window, finds the key (keychain, session, environment, or the embedded sandbox's own)
/// and only then points the API client at the profile's URL. The profile's cloud provider
/// accounts follow it. A newer activation makes the answers of older keychain reads
/// stale.
class ProfileActivation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileActivation)

public:
    ProfileActivation(const CommandLineOptions &options, ApiClient *client,
                      ProviderAccounts accounts, ProfileStore *profiles, SecretStore *secrets,
                      MainWindow *window, QObject *parent = nullptr);

    QString activeProfile() const { return m_activeProfile; }
    SandboxLauncher *sandbox() const { return m_sandbox; }
    bool isSandboxActive() const;

    /// `--api-url`: any API with the environment's key; nothing is saved.
    void useApiUrl();
    void activate(const QString &profileName);
    /// The profile list in the window's menu, the active one ticked.
    void updateProfileMenu();
    /// The role the sandbox's key pair assumes with `providerId` was chosen again: that
    /// provider's account follows, the others are left as they are.
    void sandboxRoleChosen(const QString &providerId);

private:
    void useEndpoint(const QUrl &url, const QString &publicKey, const QString &privateKey);
    void useSandbox();
    /// Every provider's account acts on the sandbox, or only `providerId`'s.
    void actInSandbox(const QString &providerId = {});
    /// The key the profile typed for `account`'s provider, from the keychain; an older
    /// activation's answer is dropped.
    void useKeychainKey(ProviderAccount *account, const QString &keyId, int activation);

    const CommandLineOptions &m_options;
    ApiClient *m_client;
    ProviderAccounts m_accounts;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    MainWindow *m_window;
    SandboxLauncher *m_sandbox;
    QString m_activeProfile;
    int m_activation = 0;
};

} // namespace plc
