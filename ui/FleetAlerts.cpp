#include "ui/FleetAlerts.h"

#include "models/FleetFeed.h"
#include "services/DesktopNotifier.h"
#include "services/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace plc {

namespace {

/// The most changes a notification names one by one.
constexpr int ChangesNamed = 5;
constexpr int TrayIconSize = 64;

QIcon iconWithCount(int count)
{
    QPixmap pixmap = QIcon(u":/icons/privatelink-console.svg"_s).pixmap(TrayIconSize, TrayIconSize);
    if (count <= 0)
        return QIcon(pixmap);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(TrayIconSize * 0.42, 0, TrayIconSize * 0.58, TrayIconSize * 0.58);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xc5, 0x22, 0x1f));
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(badge.height() * (count > 99 ? 0.42 : 0.6)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, count > 99 ? u"99+"_s : QString::number(count));
    return QIcon(pixmap);
}

} // namespace

FleetAlerts::FleetAlerts(FleetFeed *feed, QMainWindow *mainWindow, DesktopNotifier *notifier,
                         QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_window(mainWindow)
    , m_windowObject(mainWindow)
    , m_notifier(notifier)
    , m_notifyAction(new QAction(this))
    , m_trayAction(new QAction(this))
{
    m_notifyAction->setObjectName(u"actionFleetNotifications"_s);
    m_notifyAction->setCheckable(true);
    m_notifyAction->setChecked(Settings::desktopNotifications().value());
    connect(m_notifyAction, &QAction::toggled, this, [this](bool on) {
        Settings::desktopNotifications().setValue(on);
        Q_EMIT problemsChanged();
    });
    m_trayAction->setObjectName(u"actionKeepRunningInTray"_s);
    m_trayAction->setCheckable(true);
    const bool trayExists = QSystemTrayIcon::isSystemTrayAvailable();
    m_trayAction->setEnabled(trayExists);
    m_trayAction->setChecked(trayExists && Settings::keepRunningInTray().value());
    connect(m_trayAction, &QAction::toggled, this, [this](bool on) {
        Settings::keepRunningInTray().setValue(on);
        updateTray();
        Q_EMIT problemsChanged();
    });
    connect(feed, &FleetFeed::notify, this, &FleetAlerts::notify);
    connect(feed, &FleetFeed::changed, this, &FleetAlerts::updateTray);
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString &group) {
        if (group == "fleet"_L1)
            Q_EMIT fleetWanted(m_lastKey);
    });
    connect(m_notifier, &DesktopNotifier::availabilityChanged, this, &FleetAlerts::problemsChanged);
    if (m_window) {
        m_window->installEventFilter(this);
        // File › Quit quits, tray or not: it is told apart from closing the window.
        if (auto *quit = m_window->findChild<QAction *>(u"actionQuit"_s)) {
            disconnect(quit, &QAction::triggered, m_window, nullptr);
            connect(quit, &QAction::triggered, this, [this] {
                m_quitting = true;
                if (m_window)
                    m_window->close();
            });
        }
    }
    retranslate();
    updateTray();
}

FleetAlerts::~FleetAlerts()
{
    delete m_trayMenu;
}

void FleetAlerts::addActionsTo(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_notifyAction);
    menu->addAction(m_trayAction);
    // The menu's words follow the language.
    menu->installEventFilter(this);
}

bool FleetAlerts::notificationsOn() const
{
    return m_notifyAction->isChecked();
}

bool FleetAlerts::trayOn() const
{
    return m_trayAction->isChecked() && m_tray && m_tray->isVisible();
}

QStringList FleetAlerts::problems() const
{
    QStringList sentences;
    if (notificationsOn()) {
        if (!m_notifier->unavailableReason().isEmpty())
            sentences.append(m_notifier->unavailableReason());
        else if (!m_notifier->limitation().isEmpty())
            sentences.append(m_notifier->limitation());
    }
    return sentences;
}

std::pair<QString, QString> FleetAlerts::notificationText(const QList<FleetChange> &changes)
{
    QStringList lines;
    for (qsizetype i = 0; i < changes.size() && i < ChangesNamed; ++i)
        lines.append(changes.at(i).sentence());
    if (changes.size() > ChangesNamed)
        lines.append(tr("…and %n more.", nullptr, int(changes.size() - ChangesNamed)));
    return {tr("%n private link connection change(s)", nullptr, int(changes.size())),
            lines.join(u'\n')};
}

void FleetAlerts::notify(const QList<FleetChange> &changes)
{
    if (!notificationsOn() || changes.isEmpty())
        return;
    m_lastKey = changes.constFirst().subject().key();
    const auto [summary, body] = notificationText(changes);
    bool urgent = false;
    for (const FleetChange &change : changes)
        urgent = urgent || change.after.state.value == ConnectionState::Failed ||
                 change.kind == FleetChange::Kind::ChangefeedTroubled;
    m_notifier->notify(u"fleet"_s, summary, body,
                       urgent ? DesktopNotifier::Urgency::Critical
                              : DesktopNotifier::Urgency::Normal);
}

void FleetAlerts::updateTray()
{
    const bool wanted = m_trayAction->isChecked() && QSystemTrayIcon::isSystemTrayAvailable();
    // In the tray, the console runs with no window open, until Quit.
    QApplication::setQuitOnLastWindowClosed(!wanted);
    if (!wanted) {
        if (m_tray)
            m_tray->hide();
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(u"fleetTray"_s);
        m_trayMenu = new QMenu;
        m_showWindow = m_trayMenu->addAction(QString(), this, [this] {
            if (m_window) {
                m_window->show();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        m_showFleet = m_trayMenu->addAction(QString(), this, [this] { Q_EMIT fleetWanted({}); });
        m_trayMenu->addSeparator();
        m_quit = m_trayMenu->addAction(QString(), this, [this] {
            m_quitting = true;
            if (m_window && m_window->isVisible())
                m_window->close();
            else
                QApplication::quit();
        });
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        Q_EMIT fleetWanted({});
                });
        retranslate();
    }
    const int count = m_feed->attentionCount();
    if (count != m_shownCount) {
        m_tray->setIcon(iconWithCount(count));
        m_shownCount = count;
    }
    m_tray->setToolTip(
        count > 0 ? tr("Private Link Console: %n connection(s) need attention", nullptr, count)
                  : tr("Private Link Console: no connection needs attention"));
    m_tray->show();
}

bool FleetAlerts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Only a Close is looked at: the window's other events come also while it is being
    // destroyed, when it is no longer a QMainWindow to look at.
    if (event->type() != QEvent::Close || watched != m_windowObject)
        return QObject::eventFilter(watched, event);
    if (!m_quitting && trayOn()) {
        // Closed to the tray: the window hides, the console goes on watching.
        event->ignore();
        m_window->hide();
        return true;
    }
    if (m_quitting)
        QApplication::quit(); // the fleet's window and the tray go with the main window
    return QObject::eventFilter(watched, event);
}

void FleetAlerts::retranslate()
{
    m_notifyAction->setText(tr("Desktop &Notifications of Fleet Changes"));
    m_trayAction->setText(tr("Keep Running in the &Tray When Closed"));
    m_trayAction->setToolTip(
        QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("Closing the window keeps the console watching the fleet in the tray")
            : tr("This desktop has no system tray, so closing the window quits the console."));
    if (m_showWindow) {
        m_showWindow->setText(tr("Show the &Console"));
        m_showFleet->setText(tr("Show the &Fleet"));
        m_quit->setText(tr("&Quit"));
        m_shownCount = -1;
        updateTray();
    }
}

} // namespace plc
