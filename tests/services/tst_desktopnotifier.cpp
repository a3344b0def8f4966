// Desktop notifications through the freedesktop Notifications interface, against a
// notification server of the test's own on the test's session bus (the suite runs under
// dbus-run-session). The server has a connection of its own, as a desktop's server is another
// process: the notifier's calls and the server's signals cross the bus daemon.
#include "services/DesktopNotifier.h"

#include "FakeNotificationServer.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using plc::test::FakeNotificationServer;

namespace {
const auto ServiceName = u"org.freedesktop.Notifications"_s;
const auto ObjectPath = u"/org/freedesktop/Notifications"_s;
const auto ServerConnectionName = u"tst_desktopnotifier_server"_s;
constexpr int ReplyWaitMs = 20'000; // generous: only an answer that never comes waits this long

/// The Icon= of the committed .desktop file.
QString desktopFileIcon()
{
    QFile file(qEnvironmentVariable("PLC_TEST_SOURCE_DIR") +
               u"/resources/privatelink-console.desktop"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Icon=")) {
            return QString::fromUtf8(line.mid(5)).trimmed();
        }
    }
    return {};
}
} // namespace

class TestDesktopNotifier final : public QObject
{
    Q_OBJECT

    QDBusConnection serverBus() const { return QDBusConnection(ServerConnectionName); }

    /// Puts `server` on the session bus under the notification service's name.
    bool startServer(FakeNotificationServer &server)
    {
        QDBusConnection bus = serverBus();
        return bus.registerObject(ObjectPath, &server,
                                  QDBusConnection::ExportAllSlots |
                                      QDBusConnection::ExportAllSignals) &&
               bus.registerService(ServiceName);
    }

    /// A notification of `group` sent and answered; its id.
    uint shown(DesktopNotifier &notifier, FakeNotificationServer &server, const QString &group)
    {
        const qsizetype before = server.received.size();
        notifier.notify(group, u"Summary"_s, u"Body"_s);
        if (!QTest::qWaitFor([&] { return server.received.size() == before + 1; }, ReplyWaitMs)) {
            return 0;
        }
        return server.received.constLast().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "run under dbus-run-session (see run_tests in scripts/plc.sh)");
        QVERIFY(QDBusConnection::connectToBus(QDBusConnection::SessionBus, ServerConnectionName)
                    .isConnected());
    }

    void cleanup()
    {
        QDBusConnection bus = serverBus();
        bus.unregisterObject(ObjectPath);
        bus.unregisterService(ServiceName);
    }

    void cleanupTestCase() { QDBusConnection::disconnectFromBus(ServerConnectionName); }

    void notifySendsTheSpecificationsArguments()
    {
        FakeNotificationServer server(ServerConnectionName);
        QVERIFY(startServer(server));
        DesktopNotifier notifier;
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isAvailable(), ReplyWaitMs);
        QCOMPARE(notifier.unavailableReason(), QString());
        QCOMPARE(notifier.limitation(), QString());

        notifier.notify(u"connection/plc-1"_s, u"plc-1\u001b[2J is ACTIVE"_s,
                        u"Service <b>a&b</b>\u202e\r\nsecond line"_s,
                        DesktopNotifier::Urgency::Critical);
        QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 1, ReplyWaitMs);
        const auto &sent = server.received.constFirst();
        QCOMPARE(sent.appName, u"Private Link Console"_s);
        QCOMPARE(sent.replacesId, 0u);
        QVERIFY(!desktopFileIcon().isEmpty());
        QCOMPARE(sent.appIcon, desktopFileIcon());
        QCOMPARE(sent.appIcon, QStringLiteral(PLC_APP_ID));
        // Control characters visible, markup escaped, the line feed kept.
        QCOMPARE(sent.summary, u"plc-1\u241b[2J is ACTIVE"_s);
        QCOMPARE(sent.body,
                 u"Service &lt;b&gt;a&amp;b&lt;/b&gt;&lt;U+202E&gt;\u240d\nsecond line"_s);
        QCOMPARE(sent.actions, (QStringList{u"default"_s, u"Open"_s}));
        // The installed .desktop file is named after the application's id (tst_package).
        QCOMPARE(sent.hints.value(u"desktop-entry"_s).toString(), QStringLiteral(PLC_APP_ID));
        const QVariant urgency = sent.hints.value(u"urgency"_s);
        QCOMPARE(urgency.metaType(), QMetaType::fromType<uchar>()); // a D-Bus byte
        QCOMPARE(urgency.value<uchar>(), uchar(2));
        QCOMPARE(sent.expireTimeout, -1);
    }

    void longTextIsCut()
    {
        FakeNotificationServer server(ServerConnectionName);
        QVERIFY(startServer(server));
        DesktopNotifier notifier;
        notifier.notify(u"g"_s, QString(500, u's'), QString(5'000, u'b'));
        QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 1, ReplyWaitMs);
        const auto &sent = server.received.constFirst();
        QCOMPARE(sent.summary.size(), DesktopNotifier::MaxSummaryLength);
        QVERIFY(sent.summary.endsWith(QChar(0x2026)));
        QCOMPARE(sent.body.size(), DesktopNotifier::MaxBodyLength);
        QVERIFY(sent.body.startsWith(u"bbb"_s));
    }

    void theSameGroupReplacesItsNotificationWhileItIsOpen()
    {
        FakeNotificationServer server(ServerConnectionName);
        QVERIFY(startServer(server));
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        const uint first = shown(notifier, server, u"connection/a"_s);
        QVERIFY(first != 0);
        QCOMPARE(shown(notifier, server, u"connection/a"_s), first);
        QCOMPARE(server.received.constLast().replacesId, first);

        const uint other = shown(notifier, server, u"connection/b"_s);
        QCOMPARE(server.received.constLast().replacesId, 0u);
        QVERIFY(other != first);

        // Closed: the group's next notification is a new one. The server's signals arrive in
        // the order sent, so once the click on the other one is seen, the close has been read.
        Q_EMIT server.NotificationClosed(first, 2);
        Q_EMIT server.ActionInvoked(other, u"default"_s);
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, ReplyWaitMs);
        const uint again = shown(notifier, server, u"connection/a"_s);
        QCOMPARE(server.received.constLast().replacesId, 0u);
        QVERIFY(again != first);
    }

    void aNotificationSentBeforeTheLastIsAnsweredWaitsForItsId()
    {
        FakeNotificationServer server(ServerConnectionName);
        QVERIFY(startServer(server));
        DesktopNotifier notifier;
        // Before the capabilities are known, and before the first Notify is answered: only
        // the newest text waits, and it replaces the first.
        server.holdReplies = true;
        notifier.notify(u"connection/a"_s, u"CREATING"_s, QString());
        notifier.notify(u"connection/a"_s, u"PENDING"_s, QString());
        QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 1, ReplyWaitMs);
        notifier.notify(u"connection/a"_s, u"ACTIVE"_s, QString());
        notifier.notify(u"connection/a"_s, u"FAILED"_s, QString());
        server.holdReplies = false;
        server.release();
        QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 2, ReplyWaitMs);
        QCOMPARE(server.received.at(0).summary, u"PENDING"_s);
        QCOMPARE(server.received.at(1).summary, u"FAILED"_s);
        QCOMPARE(server.received.at(1).replacesId, server.received.at(0).id);
        // Nothing else was waiting: one more answer shows nothing more was sent.
        shown(notifier, server, u"connection/b"_s);
        QCOMPARE(server.received.size(), 3);
    }

    void aClickOnOursActivatesItsGroupOnly()
    {
        FakeNotificationServer server(ServerConnectionName);
        QVERIFY(startServer(server));
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        const uint ours = shown(notifier, server, u"connection/a"_s);
        const uint marker = shown(notifier, server, u"connection/marker"_s);
        QVERIFY(ours != 0 && marker != 0);

        // Another program's notification, another action, and ours from a sender that is
        // not the server: none of them is a click on ours.
        Q_EMIT server.ActionInvoked(ours + 100, u"default"_s);
        Q_EMIT server.ActionInvoked(ours, u"other"_s);
        const auto impostorName = u"tst_desktopnotifier_impostor"_s;
        {
            QDBusConnection impostor =
                QDBusConnection::connectToBus(QDBusConnection::SessionBus, impostorName);
            QVERIFY(impostor.send(
                QDBusMessage::createSignal(ObjectPath, ServiceName, u"ActionInvoked"_s)
                << ours << u"default"_s));
            // A round trip: the bus has passed the signal on before the server's next one.
            QVERIFY(impostor.interface()->isServiceRegistered(ServiceName).value());
        }
        QDBusConnection::disconnectFromBus(impostorName);
        // Signals arrive in the order the bus passed them on: the click on the marker comes
        // after all of the above, so it is the first one reported.
        Q_EMIT server.ActionInvoked(marker, u"default"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!activated.isEmpty(), ReplyWaitMs);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().constFirst().toString(), u"connection/marker"_s);

        Q_EMIT server.ActionInvoked(ours, u"default"_s);
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 2, ReplyWaitMs);
        QCOMPARE(activated.at(1).constFirst().toString(), u"connection/a"_s);

        // Closed, it is forgotten: a late click on it is nobody's.
        Q_EMIT server.NotificationClosed(ours, 1);
        Q_EMIT server.ActionInvoked(ours, u"default"_s);
        Q_EMIT server.ActionInvoked(marker, u"default"_s);
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 3, ReplyWaitMs);
        QCOMPARE(activated.at(2).constFirst().toString(), u"connection/marker"_s);
    }

    void noServerOnTheBusIsSaidUntilOneComes()
    {
        DesktopNotifier notifier;
        QSignalSpy changed(&notifier, &DesktopNotifier::availabilityChanged);
        QTRY_COMPARE_WITH_TIMEOUT(notifier.unavailableReason(),
                                  u"No notification server answers on the D-Bus session bus, so "
                                  u"desktop notifications cannot be shown."_s,
                                  ReplyWaitMs);
        QVERIFY(!notifier.isAvailable());
        QCOMPARE(changed.size(), 1);

        FakeNotificationServer server(ServerConnectionName);
        QVERIFY(startServer(server));
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isAvailable(), ReplyWaitMs);
        QCOMPARE(notifier.unavailableReason(), QString());
        QCOMPARE(changed.size(), 2);
        QVERIFY(shown(notifier, server, u"g"_s) != 0);
    }

    void noBusIsSaid()
    {
        const auto name = u"tst_desktopnotifier_nobus"_s;
        const QDBusConnection bogus =
            QDBusConnection::connectToBus(u"unix:path=/nonexistent/plc-notifications-bus"_s, name);
        QVERIFY(!bogus.isConnected());
        {
            DesktopNotifier notifier(bogus);
            QVERIFY(!notifier.isAvailable());
            QTRY_COMPARE_WITH_TIMEOUT(notifier.unavailableReason(),
                                      u"No D-Bus session bus, so desktop notifications cannot be "
                                      u"shown. They need a desktop session with a notification "
                                      u"server."_s,
                                      ReplyWaitMs);
            notifier.notify(u"g"_s, u"s"_s, u"b"_s); // nothing to send it on, and no harm
            QVERIFY(!notifier.unavailableReason().isEmpty());
        }
        QDBusConnection::disconnectFromBus(name);
    }

    void aServerWithoutActionsOrMarkupIsSaidAndGetsPlainText()
    {
        FakeNotificationServer server(ServerConnectionName);
        server.capabilities = {u"body"_s};
        QVERIFY(startServer(server));
        DesktopNotifier notifier;
        QTRY_COMPARE_WITH_TIMEOUT(notifier.limitation(),
                                  u"The desktop's notification server does not support actions, "
                                  u"so clicking a notification will not open its connection."_s,
                                  ReplyWaitMs);
        QVERIFY(notifier.isAvailable());
        QCOMPARE(notifier.unavailableReason(), QString());
        notifier.notify(u"g"_s, u"s"_s, u"a & <b>"_s);
        QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 1, ReplyWaitMs);
        QCOMPARE(server.received.constFirst().body, u"a & <b>"_s); // shown as it is
    }

    void aServerThatRefusesIsSaid()
    {
        FakeNotificationServer server(ServerConnectionName);
        server.refuseWith = u"org.example.Error.Refused"_s;
        QVERIFY(startServer(server));
        DesktopNotifier notifier;
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isAvailable(), ReplyWaitMs);
        QSignalSpy changed(&notifier, &DesktopNotifier::availabilityChanged);
        notifier.notify(u"g"_s, u"s"_s, u"b"_s);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, ReplyWaitMs);
        QVERIFY(!notifier.isAvailable());
        QCOMPARE(notifier.unavailableReason(),
                 u"The desktop's notification server refused the call "
                 u"(org.example.Error.Refused), so desktop notifications may not be shown."_s);

        // The next notification asks again and, shown, makes it available again.
        server.refuseWith.clear();
        QVERIFY(shown(notifier, server, u"g"_s) != 0);
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isAvailable(), ReplyWaitMs);
        QCOMPARE(notifier.unavailableReason(), QString());
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
