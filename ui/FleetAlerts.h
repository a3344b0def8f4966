#pragma once

#include "domain/FleetChange.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;

namespace plc {

class DesktopNotifier;
class FleetFeed;

/// What the fleet tells the administrator outside its window, both opt-in (View menu):
/// - desktop notifications (freedesktop, over D-Bus): the changes a pass finds that matter (a
///   connection becoming ACTIVE or FAILED, a request waiting for acceptance, a changefeed
///   failing, domains done changing) in one notification per batch, which replaces the last
///   while it is open; clicking it opens the fleet at the first change's row;
/// - the tray icon, where the desktop has one: the count needing attention on the icon and
///   in its tooltip, and closing the main window hides it there instead of quitting (File ›
///   Quit still quits). Without a tray, closing quits, as it always did, and the menu says so.
class FleetAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetAlerts)

public:
    /// `notifier`: where notifications go (the session bus's server by default).
    FleetAlerts(FleetFeed *feed, QMainWindow *mainWindow, DesktopNotifier *notifier,
                QObject *parent = nullptr);
    ~FleetAlerts() override;

    /// Adds the two choices to `menu`.
    void addActionsTo(QMenu *menu);
    bool notificationsOn() const;
    bool trayOn() const;
    QSystemTrayIcon *tray() const { return m_tray; }
    /// The summary and body of the notification for `changes`.
    static std::pair<QString, QString> notificationText(const QList<FleetChange> &changes);
    /// What stops notifications or the tray, in sentences (empty: nothing).
    QStringList problems() const;

Q_SIGNALS:
    /// A notification was clicked, or the tray icon asked for the fleet: `key` is the row to
    /// select (empty: none).
    void fleetWanted(const QString &key);
    void problemsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void notify(const QList<FleetChange> &changes);
    void updateTray();
    void retranslate();

    FleetFeed *m_feed;
    QPointer<QMainWindow> m_window;
    const QObject *m_windowObject; ///< compared with, never used: the window as it was given
    DesktopNotifier *m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QAction *m_notifyAction;
    QAction *m_trayAction;
    QAction *m_showFleet = nullptr;
    QAction *m_showWindow = nullptr;
    QAction *m_quit = nullptr;
    QString m_lastKey; ///< the first row of the last notification
    int m_shownCount = -1;
    bool m_quitting = false;
};

} // namespace plc
