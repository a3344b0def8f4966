#include "ConsoleSession.h"

#include "ConnectionsPanel.h"
#include "MainWindow.h"
#include "ProfileDialog.h"

#include "EndpointActions.h"
#include "api/ApiClient.h"
#include "sandbox/EmbeddedSandbox.h"
#include "services/ClusterService.h"
#include "services/LanguageManager.h"
#include "services/PrivateLinkService.h"
#include "services/ProfileStore.h"
#include "services/SandboxAdminService.h"
#include "services/SecretStore.h"
#include "services/Watcher.h"

#include <QDir>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr int ScreenshotTimeoutMs = 60'000;
}

ConsoleSession::ConsoleSession(CommandLineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_languages(new LanguageManager(this))
    , m_client(new ApiClient(this))
    , m_clusters(new ClusterService(m_client, this))
    , m_privateLinks(new PrivateLinkService(m_client, this))
    , m_watcher(new Watcher(m_privateLinks, m_client, this))
    , m_sandboxAdmin(new SandboxAdminService(m_client, this))
    , m_profiles(new ProfileStore(this))
    , m_secrets(new SecretStore(this))
{}

ConsoleSession::~ConsoleSession()
{
    // The window's jobs are cancelled before the services they belong to go away.
    m_window.reset();
}

QString ConsoleSession::sandboxDataFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"sandbox.sqlite"_s);
}

void ConsoleSession::start()
{
    const QString language =
        m_options.language.isEmpty() ? m_languages->preferredLanguage() : m_options.language;
    if (!m_languages->setLanguage(language))
        m_languages->setLanguage(u"en"_s);

    m_window = std::make_unique<MainWindow>(m_clusters, m_privateLinks, m_watcher, m_languages);
    m_window->setApiClient(m_client);
    m_window->setSandboxAdmin(m_sandboxAdmin);
    connect(m_window.get(), &MainWindow::clustersLoaded, this, &ConsoleSession::onFirstLoad);
    connect(m_window.get(), &MainWindow::profileChosen, this, [this](const QString &name) {
        m_profiles->setActiveProfileName(name);
        activate(name);
    });
    connect(m_window.get(), &MainWindow::manageProfilesRequested, this,
            &ConsoleSession::openProfileDialog);
    connect(m_window.get(), &MainWindow::backendRetryRequested, this, [this] {
        if (m_activeProfile == Profile::sandboxName())
            activate(m_activeProfile);
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ConsoleSession::updateProfileMenu);
    connect(m_languages, &LanguageManager::languageChanged, this, [this] {
        if (m_activeProfile == Profile::sandboxName())
            m_window->setProfileName(tr("Sandbox"));
    });
    m_window->show();

    if (!m_options.screenshotFile.isEmpty() || m_options.exitWhenReady) {
        QTimer::singleShot(ScreenshotTimeoutMs, this, [this] {
            if (!m_firstLoadSeen)
                onFirstLoad(false, tr("the first load did not finish within %1 seconds")
                                       .arg(ScreenshotTimeoutMs / 1000));
        });
    }

    if (!m_options.apiUrl.isEmpty()) {
        // Scripts, CI and support: any API with the environment's key; nothing is saved.
        m_activeProfile.clear();
        m_window->setProfiles({}, {});
        m_window->setProfileName(QUrl(m_options.apiUrl).host());
        useEndpoint(QUrl(m_options.apiUrl), m_options.publicKey, m_options.privateKey);
        return;
    }
    updateProfileMenu();
    activate(m_options.profile.isEmpty() ? m_profiles->activeProfileName() : m_options.profile);
}

void ConsoleSession::updateProfileMenu()
{
    if (!m_options.apiUrl.isEmpty())
        return;
    QStringList names;
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles)
        names.append(profile.name);
    m_window->setProfiles(names, m_activeProfile);
}

void ConsoleSession::activate(const QString &profileName)
{
    const int activation = ++m_activation;
    const auto profile = m_profiles->profile(profileName);
    m_activeProfile = profile ? profileName : Profile::sandboxName();
    // From here on nothing may go out with the previous profile's URL or key: calls under way
    // end as cancelled, and until this profile's key is in hand every call ends with NoKey.
    m_client->clearEndpoint();
    m_window->endpointActions()->setProfile(m_activeProfile);
    updateProfileMenu();
    m_window->resetData();
    m_window->setSandboxMode(false); // until the sandbox answers
    m_window->setProfileName(profile && !profile->isSandbox() ? profile->name : tr("Sandbox"));
    if (!profile || profile->isSandbox()) {
        if (m_sandbox && m_sandbox->isRunning()) {
            const auto &config = m_sandbox->config();
            useEndpoint(m_sandbox->url(), config.publicKey, config.privateKey);
            return;
        }
        if (m_sandbox && m_sandboxFailed) {
            // A failed start is tried again each time the sandbox is chosen.
            delete m_sandbox;
            m_sandbox = nullptr;
        }
        startSandbox();
        return;
    }
    // TIDBCLOUD_PUBLIC_KEY / TIDBCLOUD_PRIVATE_KEY override the profile's key when set.
    if (m_options.hasEnvironmentKey()) {
        useEndpoint(profile->apiUrl, m_options.publicKey, m_options.privateKey);
        return;
    }
    SecretJob *job = m_secrets->readSecret(profile->keyId);
    connect(job, &SecretJob::finished, this,
            [this, job, activation, url = profile->apiUrl, publicKey = profile->publicKey] {
                if (activation != m_activation)
                    return; // the user switched again meanwhile
                if (!job->succeeded()) {
                    m_window->showProfileProblem(job->userMessage());
                    return;
                }
                useEndpoint(url, publicKey, job->secret());
            });
}

void ConsoleSession::useEndpoint(const QUrl &url, const QString &publicKey,
                                 const QString &privateKey)
{
    m_client->setEndpoint(url, {publicKey, privateKey});
    m_window->setSandboxMode(m_options.apiUrl.isEmpty() &&
                             m_activeProfile == Profile::sandboxName());
    m_window->refresh();
}

void ConsoleSession::startSandbox()
{
    if (m_sandbox)
        return; // starting: started() will use it
    m_sandboxFailed = false;
    m_sandbox = new sandbox::EmbeddedSandbox(
        sandbox::SandboxConfig::withRandomKeys(sandboxDataFile()), this);
    connect(m_sandbox, &sandbox::EmbeddedSandbox::started, this, [this] {
        if (m_activeProfile != Profile::sandboxName())
            return;
        const auto &config = m_sandbox->config();
        useEndpoint(m_sandbox->url(), config.publicKey, config.privateKey);
    });
    connect(m_sandbox, &sandbox::EmbeddedSandbox::failed, this, [this](const QString &reason) {
        m_sandboxFailed = true;
        if (m_activeProfile == Profile::sandboxName())
            m_window->showBackendFailure(reason);
    });
    m_sandbox->start();
}

void ConsoleSession::openProfileDialog()
{
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_profiles, m_secrets, m_window.get());
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profileDialog, &ProfileDialog::profileUpdated, this, [this](const QString &name) {
            if (name == m_activeProfile || !m_profiles->profile(m_activeProfile))
                activate(m_profiles->activeProfileName());
        });
    }
    m_profileDialog->selectProfile(m_activeProfile);
    m_profileDialog->open();
}

void ConsoleSession::onFirstLoad(bool ok, const QString &errorText)
{
    if (m_firstLoadSeen || (m_options.screenshotFile.isEmpty() && !m_options.exitWhenReady))
        return;
    m_firstLoadSeen = true;
    QTextStream err(stderr);
    if (!ok) {
        err << "privatelink-console: "
            << (m_options.screenshotFile.isEmpty() ? tr("the first load failed: %1")
                                                   : tr("cannot take the screenshot: %1"))
                   .arg(errorText)
            << Qt::endl;
        Q_EMIT done(1);
        return;
    }
    // The window shows the selected cluster's connections too: wait for them (a few seconds
    // at most), then one more turn of the event loop so the tables have laid out their rows.
    auto *panel = m_window->connectionsPanel();
    auto grab = std::make_shared<QMetaObject::Connection>();
    auto shoot = [this, grab] {
        QObject::disconnect(*grab);
        QTimer::singleShot(0, this, [this] {
            if (m_options.screenshotFile.isEmpty()) {
                QTextStream(stdout) << "ready" << Qt::endl;
                Q_EMIT done(0);
                return;
            }
            saveScreenshot();
        });
    };
    *grab = connect(panel, &ConnectionsPanel::loaded, this, shoot);
    QTimer::singleShot(10'000, this, [grab, shoot] {
        if (*grab)
            shoot();
    });
}

void ConsoleSession::saveScreenshot()
{
    if (m_screenshotSaved)
        return;
    m_screenshotSaved = true;
    QTimer::singleShot(0, this, [this] {
        QTextStream errors(stderr);
        if (!m_window->grab().save(m_options.screenshotFile, "PNG")) {
            errors << "privatelink-console: "
                   << tr("cannot write the screenshot to %1").arg(m_options.screenshotFile)
                   << Qt::endl;
            Q_EMIT done(1);
            return;
        }
        Q_EMIT done(0);
    });
}

} // namespace plc
