#include "shell/FleetSession.h"

#include "shell/FleetProviderSides.h"
#include "shell/SandboxLauncher.h"

#include "models/FleetFeed.h"
#include "services/DesktopNotifier.h"
#include "services/FleetSnapshotStore.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "services/Settings.h"
#include "ui/FleetAlerts.h"
#include "ui/FleetWindow.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace plc {

FleetSession::FleetSession(const CommandLineOptions &options, ProfileStore *profiles,
                           SecretStore *secrets, SandboxLauncher *sandbox, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_sandbox(sandbox)
    , m_store(new FleetSnapshotStore(FleetSnapshotStore::defaultDirectory(), this))
    , m_feed(new FleetFeed(m_store, this))
    , m_providerSides(new FleetProviderSides(m_feed, profiles, secrets, sandbox, this))
    , m_notifier(new DesktopNotifier(this))
{
    connect(m_sandbox, &SandboxLauncher::started, this, [this] {
        if (m_feed->profiles().contains(Profile::sandboxName()))
            giveKey(Profile::sandboxName());
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &reason) {
        m_feed->setProfileProblem(Profile::sandboxName(), reason);
    });
    for (const Profile &profile : m_profiles->profiles())
        m_knownNames.append(profile.name);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &FleetSession::profilesChanged);
    connect(m_feed, &FleetFeed::changed, this, &FleetSession::updateMenuText);
}

QString FleetSession::accountOf(const QString &profileName) const
{
    const auto profile = m_profiles->profile(profileName);
    if (!profile || profile->isSandbox())
        return {};
    // What makes the key and the account: the API, the public key and the keychain entry.
    return profile->apiUrl.toString() + u'\n' + profile->publicKey + u'\n' + profile->keyId;
}

void FleetSession::profilesChanged()
{
    QStringList names;
    for (const Profile &profile : m_profiles->profiles())
        names.append(profile.name);
    // A deleted (or renamed) profile's snapshot goes, chosen or not.
    for (const QString &name : std::as_const(m_knownNames)) {
        if (!names.contains(name)) {
            m_store->forget(name);
            m_given.remove(name);
        }
    }
    m_knownNames = names;
    if (!m_started)
        return;
    // A profile whose API, public key or key entry changed is another account: its reader
    // stops at once (no request goes out with the old key), its rows and snapshot go, and it
    // is read again with its key as it is now.
    QStringList kept = m_feed->profiles();
    for (const QString &name : m_feed->profiles()) {
        if (m_given.contains(name) && m_given.value(name) != accountOf(name)) {
            kept.removeAll(name);
            m_given.remove(name);
            m_store->forget(name);
        }
    }
    if (kept != m_feed->profiles())
        m_feed->setProfiles(kept);
    setChosenProfiles(Settings::fleetProfiles().value());
    // A profile that chose other provider accounts reads its provider side with them.
    m_providerSides->profilesChanged();
}

FleetSession::~FleetSession()
{
    delete m_window;
}

QStringList FleetSession::chosenProfiles() const
{
    QStringList names;
    for (const Profile &profile : m_profiles->profiles())
        names.append(profile.name);
    QStringList chosen;
    for (const QString &name : Settings::fleetProfiles().value()) {
        if (names.contains(name))
            chosen.append(name);
    }
    if (chosen.isEmpty()) {
        const QString active = m_profiles->activeProfileName();
        chosen.append(names.contains(active) ? active : Profile::sandboxName());
    }
    return chosen;
}

void FleetSession::setChosenProfiles(const QStringList &profiles)
{
    Settings::fleetProfiles().setValue(profiles);
    const QStringList chosen = chosenProfiles();
    const QStringList before = m_feed->profiles();
    // Each snapshot is the account's its profile names now.
    for (const QString &profile : chosen)
        m_store->setAccount(profile, accountOf(profile));
    m_feed->setProfiles(chosen);
    for (const QString &profile : before) {
        if (!chosen.contains(profile))
            m_providerSides->forget(profile);
    }
    for (const QString &profile : chosen) {
        if (!before.contains(profile) && giveKey(profile))
            m_providerSides->prepare(profile);
    }
    if (m_window) {
        QStringList names;
        for (const Profile &profile : m_profiles->profiles())
            names.append(profile.name);
        m_window->setProfiles(names, chosen);
    }
}

void FleetSession::start()
{
    m_started = true;
    setChosenProfiles(Settings::fleetProfiles().value());
}

bool FleetSession::giveKey(const QString &profileName)
{
    const auto profile = m_profiles->profile(profileName);
    if (!profile || profile->isSandbox()) {
        if (m_sandbox->isRunning())
            m_feed->setEndpoint(profileName, m_sandbox->url(),
                                {m_sandbox->publicKey(), m_sandbox->privateKey()});
        else
            m_sandbox->ensureStarted();
        return true;
    }
    const QString account = accountOf(profileName);
    m_given.insert(profileName, account);
    if (m_options.hasEnvironmentKey()) {
        // The environment's key stands for the active profile's only (as in the main window):
        // it is never sent to another profile's API.
        if (profileName == m_profiles->activeProfileName())
            m_feed->setEndpoint(profileName, profile->apiUrl,
                                {m_options.publicKey, m_options.privateKey});
        else
            m_feed->setProfileProblem(
                profileName,
                tr("Profile %1 is not read: TIDBCLOUD_PUBLIC_KEY and TIDBCLOUD_PRIVATE_KEY are "
                   "set, and they stand for the active profile only.")
                    .arg(profileName));
        return profileName == m_profiles->activeProfileName();
    }
    // Only the answer to the latest request, for the profile as it still is, is used: an older
    // answer (a keychain that was slow to unlock) never keys the reader.
    const int request = ++m_keyRequests[profileName];
    m_secrets->readSecret(profile->keyId)
        ->onFinished(
            this,
            [this, request, profileName, account, url = profile->apiUrl,
             publicKey = profile->publicKey](const QString &secret) {
                if (m_keyRequests.value(profileName) != request ||
                    accountOf(profileName) != account || !m_feed->profiles().contains(profileName))
                    return;
                m_feed->setEndpoint(profileName, url, {publicKey, secret});
            },
            [this, request, profileName, account](const ApiError &error) {
                if (m_keyRequests.value(profileName) != request ||
                    accountOf(profileName) != account)
                    return;
                m_feed->setProfileProblem(profileName,
                                          tr("Profile %1: its API key could not be read: %2")
                                              .arg(profileName, error.userMessage()));
            });
    return true;
}

FleetWindow *FleetSession::window()
{
    if (!m_window) {
        m_window = new FleetWindow(m_feed);
        QStringList names;
        for (const Profile &profile : m_profiles->profiles())
            names.append(profile.name);
        m_window->setProfiles(names, m_feed->profiles());
        connect(m_window, &FleetWindow::profilesChosen, this, &FleetSession::setChosenProfiles);
        connect(m_window, &FleetWindow::openRequested, this, &FleetSession::openRequested);
        connect(m_window, &FleetWindow::closed, this,
                [] { Settings::fleetWindowOpen().setValue(false); });
        if (m_alerts)
            m_window->setOtherProblems(m_alerts->problems());
    }
    return m_window;
}

void FleetSession::openWindow()
{
    if (!m_started)
        start();
    Settings::fleetWindowOpen().setValue(true);
    FleetWindow *fleet = window();
    fleet->show();
    fleet->raise();
    fleet->activateWindow();
}

void FleetSession::showRow(const QString &key)
{
    openWindow();
    if (!key.isEmpty())
        m_window->selectRow(key);
}

void FleetSession::addMenuTo(QMainWindow *mainWindow)
{
    auto *menu = new QMenu(mainWindow);
    menu->setObjectName(u"menuView"_s);
    m_action = menu->addAction(QString());
    m_action->setObjectName(u"actionFleet"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_action, &QAction::triggered, this, &FleetSession::openWindow);
    QMenuBar *bar = mainWindow->menuBar();
    QAction *before = nullptr;
    if (auto *language = mainWindow->findChild<QMenu *>(u"menuLanguage"_s))
        before = language->menuAction();
    bar->insertMenu(before, menu);
    // The menu's words follow the language: retitled on every change of the feed and of
    // the language (a LanguageChange reaches the menu).
    struct Retitle final : QObject
    {
        using QObject::QObject;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::LanguageChange)
                static_cast<FleetSession *>(parent())->updateMenuText();
            return QObject::eventFilter(watched, event);
        }
    };
    menu->installEventFilter(new Retitle(this));
    updateMenuText();
    m_alerts = new FleetAlerts(m_feed, mainWindow, m_notifier, this);
    m_alerts->addActionsTo(menu);
    connect(m_alerts, &FleetAlerts::fleetWanted, this, &FleetSession::showRow);
    connect(m_alerts, &FleetAlerts::problemsChanged, this, [this] {
        if (m_window)
            m_window->setOtherProblems(m_alerts->problems());
        // Notifications and the tray watch the fleet with its window closed.
        if ((m_alerts->notificationsOn() || m_alerts->trayOn()) && !m_started)
            start();
    });
    if (m_alerts->notificationsOn() || Settings::keepRunningInTray().value())
        start();
}

void FleetSession::updateMenuText()
{
    if (!m_action)
        return;
    if (auto *menu = qobject_cast<QMenu *>(m_action->parent()))
        menu->setTitle(tr("&View"));
    const int attention = m_feed->attentionCount();
    m_action->setText(attention > 0 ? tr("&Fleet (%n need attention)", nullptr, attention)
                                    : tr("&Fleet"));
}

} // namespace plc
