#pragma once

#include "shell/CommandLineOptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace plc {

class DesktopNotifier;
class FleetAlerts;
class FleetFeed;
class FleetProviderSides;
class FleetSnapshotStore;
class FleetWindow;
class ProfileStore;
class SandboxLauncher;
class SecretStore;

/// The fleet for one run of the console: its snapshot store and feed, the chosen profiles
/// (saved in the settings) with each one's key (keychain, environment, or the embedded
/// sandbox's own), the fleet window opened from the main window's View menu, and what
/// opening a row asks of the main window.
class FleetSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSession)

public:
    FleetSession(const CommandLineOptions &options, ProfileStore *profiles, SecretStore *secrets,
                 SandboxLauncher *sandbox, QObject *parent = nullptr);
    ~FleetSession() override;

    FleetFeed *feed() const { return m_feed; }
    FleetProviderSides *providerSides() const { return m_providerSides; }
    /// The window, made on first use.
    FleetWindow *window();
    /// Adds View › Fleet (Ctrl+Shift+F) to `mainWindow`'s menu bar, with the choices of
    /// notifications and the tray (FleetAlerts).
    void addMenuTo(QMainWindow *mainWindow);
    FleetAlerts *alerts() const { return m_alerts; }
    /// Starts reading the chosen profiles: their snapshots at once, then their passes. The
    /// fleet reads only once asked: its window opened (now, or at the last run's end).
    void start();
    void openWindow();
    /// Opens the window at the row of `key` (FleetRow::key()), or as it was.
    void showRow(const QString &key);
    /// The profiles the fleet reads: those chosen, or the active one when none is.
    QStringList chosenProfiles() const;
    void setChosenProfiles(const QStringList &profiles);

Q_SIGNALS:
    void openRequested(const QString &profile, const QString &clusterId,
                       const QString &connectionId);

private:
    /// Keys the profile's reader; false when it is not read (the environment's key stands
    /// for another profile).
    bool giveKey(const QString &profile);
    void profilesChanged();
    /// The profile's API, public key and keychain entry, in one string (empty: the sandbox).
    QString accountOf(const QString &profile) const;
    void updateMenuText();

    const CommandLineOptions &m_options;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    SandboxLauncher *m_sandbox;
    FleetSnapshotStore *m_store;
    FleetFeed *m_feed;
    FleetProviderSides *m_providerSides;
    QPointer<FleetWindow> m_window;
    QPointer<QAction> m_action;
    DesktopNotifier *m_notifier;
    FleetAlerts *m_alerts = nullptr;
    bool m_started = false;
    QStringList m_knownNames;          ///< every profile, at the last look
    QHash<QString, QString> m_given;   ///< the account each reader was keyed for
    QHash<QString, int> m_keyRequests; ///< the latest keychain read of each profile
};

} // namespace plc
