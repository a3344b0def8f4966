#include "shell/ProfileActivation.h"

#include "shell/SandboxLauncher.h"

#include "api/ApiClient.h"
#include "providers/Provider.h"
#include "providers/ProviderAccount.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "ui/EndpointActions.h"
#include "ui/MainWindow.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace plc {

ProfileActivation::ProfileActivation(const CommandLineOptions &options, ApiClient *client,
                                     ProviderAccounts accounts, ProfileStore *profiles,
                                     SecretStore *secrets, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(client)
    , m_accounts(std::move(accounts))
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_window(window)
    , m_sandbox(new SandboxLauncher(SandboxLauncher::defaultDataFile(), this))
{
    if (options.fleet)
        m_sandbox->setFleet(*options.fleet);
    connect(m_sandbox, &SandboxLauncher::started, this, [this] {
        if (isSandboxActive())
            useSandbox();
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &reason) {
        if (isSandboxActive())
            m_window->showBackendFailure(reason);
    });
}

bool ProfileActivation::isSandboxActive() const
{
    return m_options.apiUrl.isEmpty() && m_activeProfile == Profile::sandboxName();
}

void ProfileActivation::useApiUrl()
{
    m_activeProfile.clear();
    m_window->setProfiles({}, {});
    m_window->setProfileName(QUrl(m_options.apiUrl).host());
    for (ProviderAccount *account : m_accounts.all())
        account->clear();
    useEndpoint(QUrl(m_options.apiUrl), m_options.publicKey, m_options.privateKey);
}

void ProfileActivation::updateProfileMenu()
{
    if (!m_options.apiUrl.isEmpty())
        return;
    QStringList names;
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles)
        names.append(profile.name);
    m_window->setProfiles(names, m_activeProfile);
}

void ProfileActivation::activate(const QString &profileName)
{
    const int activation = ++m_activation;
    const auto profile = m_profiles->profile(profileName);
    m_activeProfile = profile ? profileName : Profile::sandboxName();
    // From here on nothing may go out with the previous profile's URL or key: calls under way
    // end as cancelled, and until this profile's key is in hand every call ends with NoKey.
    m_client->clearEndpoint();
    // The provider accounts follow: the sandbox's once it answers, else the profile's choice.
    for (ProviderAccount *account : m_accounts.all()) {
        account->clear();
        if (!profile || profile->isSandbox())
            continue;
        const CloudAccountChoice choice = CloudAccountChoice::fromSetting(
            profile->providerAccounts.value(account->provider().id()));
        if (choice.kind == CloudAccountChoice::Kind::KeychainKey)
            useKeychainKey(account, profile->keyId, activation);
        else
            account->actAs(choice);
    }
    m_window->endpointActions()->setProfile(m_activeProfile);
    updateProfileMenu();
    m_window->resetData();
    m_window->setSandboxMode(false); // until the sandbox answers
    m_window->setProfileName(profile && !profile->isSandbox() ? profile->name : tr("Sandbox"));
    if (!profile || profile->isSandbox()) {
        if (m_sandbox->isRunning())
            useSandbox();
        else
            m_sandbox->ensureStarted();
        return;
    }
    // TIDBCLOUD_PUBLIC_KEY / TIDBCLOUD_PRIVATE_KEY override the profile's key when set.
    if (m_options.hasEnvironmentKey()) {
        useEndpoint(profile->apiUrl, m_options.publicKey, m_options.privateKey);
        return;
    }
    // An answer for an older activation is stale: the user switched again meanwhile.
    m_secrets->readSecret(profile->keyId)
        ->onFinished(
            this,
            [this, activation, url = profile->apiUrl,
             publicKey = profile->publicKey](const QString &secret) {
                if (activation == m_activation)
                    useEndpoint(url, publicKey, secret);
            },
            [this, activation](const ApiError &error) {
                if (activation == m_activation)
                    m_window->showProfileProblem(error.userMessage());
            });
}

void ProfileActivation::useKeychainKey(ProviderAccount *account, const QString &keyId,
                                       int activation)
{
    account->awaitStoredKey();
    const QPointer<ProviderAccount> target(account);
    m_secrets->readSecret(account->provider().keychainEntry(keyId))
        ->onFinished(
            this,
            [this, activation, target](const QString &stored) {
                if (activation == m_activation && target)
                    target->useStoredKey(stored);
            },
            [this, activation, target](const ApiError &error) {
                if (activation == m_activation && target)
                    target->storedKeyUnreadable(error.userMessage());
            });
}

void ProfileActivation::useSandbox()
{
    actInSandbox();
    useEndpoint(m_sandbox->url(), m_sandbox->publicKey(), m_sandbox->privateKey());
}

void ProfileActivation::actInSandbox(const QString &providerId)
{
    // Each provider's emulation is mounted at /<id>/ with a key pair made for this start; the
    // key pair acts itself, or assumes the role chosen on the provider side.
    for (ProviderAccount *account : m_accounts.all()) {
        const QString id = account->provider().id();
        if (!providerId.isEmpty() && id != providerId)
            continue;
        m_sandbox->actIn(account);
    }
}

void ProfileActivation::sandboxRoleChosen(const QString &providerId)
{
    if (isSandboxActive() && m_sandbox->isRunning())
        actInSandbox(providerId);
}

void ProfileActivation::useEndpoint(const QUrl &url, const QString &publicKey,
                                    const QString &privateKey)
{
    m_client->setEndpoint(url, {publicKey, privateKey});
    m_window->setSandboxMode(isSandboxActive());
    m_window->refresh();
}

} // namespace plc
