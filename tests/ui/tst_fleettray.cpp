// The fleet's tray on a desktop that has one: an X server (Xvfb) and a StatusNotifierWatcher
// of the test's own on the test's session bus, as a desktop's panel provides (KDE, GNOME with
// its AppIndicator extension, XFCE…). Qt then finds a tray, the choice is offered, the console
// registers its icon with the watcher, the icon carries the count needing attention, and
// closing the main window hides it to the tray instead of quitting.
#include "models/FleetFeed.h"
#include "models/FleetTableModel.h"
#include "services/DesktopNotifier.h"
#include "services/FleetSnapshotStore.h"
#include "services/Settings.h"
#include "ui/FleetAlerts.h"

#include "ConsoleFixture.h"
#include "SandboxFixture.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QImage>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {

/// org.kde.StatusNotifierWatcher, as a desktop's panel serves it: a host is there, and the
/// items that register are kept. It lives in a thread of its own, so that Qt's blocking
/// question ("is a host registered?") from the GUI thread is answered.
class FakeWatcher final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)

public:
    bool hostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const
    {
        QMutexLocker lock(&m_mutex);
        return m_items;
    }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString &service)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_items.append(service);
        }
        Q_EMIT StatusNotifierItemRegistered(service);
    }
    void RegisterStatusNotifierHost(const QString &) {}

Q_SIGNALS:
    void StatusNotifierItemRegistered(const QString &service);
    void StatusNotifierItemUnregistered(const QString &service);
    void StatusNotifierHostRegistered();

private:
    mutable QMutex m_mutex;
    QStringList m_items;
};

const QString WatcherConnection = u"tst_fleettray_watcher"_s;

} // namespace

class TestFleetTray final : public QObject
{
    Q_OBJECT

private:
    QThread m_thread;
    FakeWatcher *m_watcher = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings(u"tst_fleettray"_s);
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus");
        m_thread.start();
        m_watcher = new FakeWatcher;
        m_watcher->moveToThread(&m_thread);
        bool registered = false;
        QMetaObject::invokeMethod(
            m_watcher,
            [&] {
                QDBusConnection bus =
                    QDBusConnection::connectToBus(QDBusConnection::SessionBus, WatcherConnection);
                registered = bus.registerObject(u"/StatusNotifierWatcher"_s, m_watcher,
                                                QDBusConnection::ExportAllSlots |
                                                    QDBusConnection::ExportAllProperties |
                                                    QDBusConnection::ExportAllSignals) &&
                             bus.registerService(u"org.kde.StatusNotifierWatcher"_s);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(registered);
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(
            m_watcher,
            [this] {
                QDBusConnection::disconnectFromBus(WatcherConnection);
                delete m_watcher;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void theTrayIsOfferedAndTheIconCarriesTheCount()
    {
        QVERIFY2(QGuiApplication::platformName() == "xcb"_L1,
                 qPrintable(QGuiApplication::platformName()));
        // Qt asks the watcher whether a host is there: there is one now.
        QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());

        test::SandboxFixture sandbox;
        sandbox.config().settings = test::fastSettings();
        QVERIFY(sandbox.start());
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        FleetFeed feed(&store);
        feed.setSharePerMinute(6000);
        feed.setPassInterval(3'600'000);
        feed.setProfiles({u"prod"_s});

        QMainWindow main;
        auto *file = main.menuBar()->addMenu(u"&File"_s);
        QAction *quit = file->addAction(u"&Quit"_s);
        quit->setObjectName(u"actionQuit"_s);
        connect(quit, &QAction::triggered, &main, &QMainWindow::close);
        DesktopNotifier notifier;
        FleetAlerts alerts(&feed, &main, &notifier);
        auto *keep = alerts.findChild<QAction *>(u"actionKeepRunningInTray"_s);
        QVERIFY(keep->isEnabled());
        QVERIFY2(keep->toolTip().contains(u"keeps the console watching"_s),
                 qPrintable(keep->toolTip()));

        // Turned on: the icon is shown and registered with the desktop's watcher.
        keep->setChecked(true);
        auto *tray = alerts.findChild<QSystemTrayIcon *>(u"fleetTray"_s);
        QVERIFY(tray);
        QVERIFY(tray->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->items().size(), 1, 10'000);
        // The item is this process's, on the bus (Qt names it by a connection of its own).
        const QString item = m_watcher->items().constFirst();
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        QVERIFY(bus->isServiceRegistered(item));
        QCOMPARE(qint64(bus->servicePid(item).value()), QCoreApplication::applicationPid());
        QCOMPARE(tray->toolTip(), u"Private Link Console: no connection needs attention"_s);
        const QImage quiet = tray->icon().pixmap(32).toImage();

        // The fleet is read: the count is on the icon and in its tooltip.
        QSignalSpy finished(feed.reader(u"prod"_s), &FleetReader::passFinished);
        feed.setEndpoint(u"prod"_s, sandbox.url(),
                         {sandbox.config().publicKey, sandbox.config().privateKey});
        QVERIFY(finished.wait(30'000));
        const int count = feed.attentionCount();
        QVERIFY(count > 0);
        QTRY_COMPARE(tray->toolTip(),
                     u"Private Link Console: %1 connection(s) need attention"_s.arg(count));
        QVERIFY(tray->icon().pixmap(32).toImage() != quiet);

        // Closing the main window hides it to the tray; the console goes on.
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QVERIFY(!main.close());
        QVERIFY(!main.isVisible());
        QVERIFY(tray->isVisible());

        // Turned off: the icon goes, and closing quits again.
        keep->setChecked(false);
        QVERIFY(!tray->isVisible());
        QVERIFY(QApplication::quitOnLastWindowClosed());
        QVERIFY(Settings::keepRunningInTray().setValue(false));
    }
};

QTEST_MAIN(TestFleetTray)
#include "tst_fleettray.moc"
