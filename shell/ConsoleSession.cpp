#include "shell/ConsoleSession.h"

#include "shell/FleetProviderSides.h"
#include "shell/FleetSession.h"
#include "shell/ProfileActivation.h"
#include "shell/SandboxLauncher.h"
#include "shell/ScreenshotHarness.h"

#include "api/ApiClient.h"
#include "providers/Provider.h"
#include "services/ChangefeedService.h"
#include "services/ClusterService.h"
#include "services/LanguageManager.h"
#include "services/PrivateLinkService.h"
#include "services/ProfileStore.h"
#include "services/SandboxAdminService.h"
#include "services/SecretStore.h"
#include "services/Settings.h"
#include "services/Watcher.h"
#include "ui/MainWindow.h"
#include "ui/ProfileDialog.h"
#include "ui/SandboxProviderPanel.h"
#include "ui/providers/BuiltInProviders.h"
#include "ui/providers/CodeQuestionDialog.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"

using namespace Qt::StringLiterals;

namespace plc {

ConsoleSession::ConsoleSession(CommandLineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_languages(new LanguageManager(this))
    , m_client(new ApiClient(this))
    , m_clusters(new ClusterService(m_client, this))
    , m_privateLinks(new PrivateLinkService(m_client, this))
    , m_changefeeds(new ChangefeedService(m_client, this))
    , m_watcher(new Watcher(m_privateLinks, m_client, this))
    , m_sandboxAdmin(new SandboxAdminService(m_client, this))
    , m_profiles(new ProfileStore(this))
    , m_secrets(new SecretStore(this))
{
    m_watcher->setChangefeedService(m_changefeeds);
    // One account per registered cloud provider, which follows the active profile.
    BuiltInProviders::install();
    QList<ProviderAccount *> accounts;
    for (const auto &provider : ProviderUis::all())
        accounts.append(provider->core().newAccount(m_client->requestLog(), this));
    m_accounts = ProviderAccounts(accounts);
}

ConsoleSession::~ConsoleSession()
{
    // The window's jobs are cancelled before the services they belong to and the sandbox
    // they talk to go away; the activation, which points at the window, goes right after it.
    m_window.reset();
    delete m_activation;
}

QString ConsoleSession::sandboxDataFile()
{
    return SandboxLauncher::defaultDataFile();
}

QString ConsoleSession::activeProfile() const
{
    return m_activation ? m_activation->activeProfile() : QString();
}

void ConsoleSession::start()
{
    const QString language =
        m_options.language.isEmpty() ? m_languages->preferredLanguage() : m_options.language;
    if (!m_languages->setLanguage(language))
        m_languages->setLanguage(u"en"_s);

    m_window = std::make_unique<MainWindow>(WindowServices{m_client, m_clusters, m_privateLinks,
                                                           m_changefeeds, m_watcher, m_languages,
                                                           m_sandboxAdmin, m_accounts});
    m_activation = new ProfileActivation(m_options, m_client, m_accounts, m_profiles, m_secrets,
                                         m_window.get(), this);

    connect(m_window.get(), &MainWindow::profileChosen, this, [this](const QString &name) {
        m_profiles->setActiveProfileName(name);
        m_activation->activate(name);
    });
    connect(m_window.get(), &MainWindow::manageProfilesRequested, this,
            &ConsoleSession::openProfileDialog);
    // The provider side's choice of a sandbox role: that provider's account follows.
    if (SandboxProviderPanel *panel = m_window->providerPanel())
        connect(panel, &SandboxProviderPanel::roleChosen, m_activation,
                &ProfileActivation::sandboxRoleChosen);
    // A role's MFA code is asked for in a dialog on the window in front, when keys are needed.
    for (ProviderAccount *account : m_accounts.all())
        account->setCodeAsker(CodeQuestionDialog::asker(m_window.get()));
    connect(m_window.get(), &MainWindow::backendRetryRequested, this, [this] {
        if (m_activation->isSandboxActive())
            m_activation->activate(m_activation->activeProfile());
    });
    connect(m_profiles, &ProfileStore::profilesChanged, m_activation,
            &ProfileActivation::updateProfileMenu);
    connect(m_languages, &LanguageManager::languageChanged, this, [this] {
        if (m_activation->isSandboxActive())
            m_window->setProfileName(ProfileActivation::tr("Sandbox"));
    });
    if (ScreenshotHarness::isWanted(m_options)) {
        auto *harness = new ScreenshotHarness(m_options, m_window.get(), this);
        connect(harness, &ScreenshotHarness::done, this, &ConsoleSession::done);
    }
    m_window->show();

    if (!m_options.apiUrl.isEmpty()) {
        m_activation->useApiUrl();
        return;
    }
    startFleet();
    m_activation->updateProfileMenu();
    m_activation->activate(m_options.profile.isEmpty() ? m_profiles->activeProfileName()
                                                       : m_options.profile);
}

void ConsoleSession::startFleet()
{
    m_fleet = new FleetSession(m_options, m_profiles, m_secrets, m_activation->sandbox(), this);
    m_fleet->addMenuTo(m_window.get());
    // A sandbox role chosen on the provider side: the fleet's sandbox accounts act as it too.
    if (SandboxProviderPanel *panel = m_window->providerPanel())
        connect(panel, &SandboxProviderPanel::roleChosen, m_fleet->providerSides(),
                &FleetProviderSides::sandboxRoleChosen);
    // A row opened in the fleet: its profile becomes the active one, then its cluster and
    // connection are selected in the main window.
    connect(m_fleet, &FleetSession::openRequested, this,
            [this](const QString &profile, const QString &clusterId, const QString &connectionId) {
                if (profile != m_activation->activeProfile()) {
                    m_profiles->setActiveProfileName(profile);
                    m_activation->activate(profile);
                }
                m_window->showConnection(clusterId, connectionId);
            });
    if (Settings::fleetWindowOpen().value() && !ScreenshotHarness::isWanted(m_options))
        m_fleet->openWindow();
}

void ConsoleSession::openProfileDialog()
{
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_profiles, m_secrets, m_window.get());
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profileDialog, &ProfileDialog::profileUpdated, this, [this](const QString &name) {
            if (name == m_activation->activeProfile() ||
                !m_profiles->profile(m_activation->activeProfile()))
                m_activation->activate(m_profiles->activeProfileName());
        });
    }
    m_profileDialog->selectProfile(m_activation->activeProfile());
    m_profileDialog->open();
}

} // namespace plc
