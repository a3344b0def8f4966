#pragma once
// A freedesktop notification server of the tests' own, for the session bus of a test run
// (the suite runs under dbus-run-session): what the console sends is recorded, and the
// signals a desktop's server sends (ActionInvoked, NotificationClosed) are the test's to send.

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <utility>

namespace plc::test {

/// A notification server as the specification describes it, recording every Notify.
class FakeNotificationServer final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notification
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
        uint id = 0; ///< what the server answered
    };

    QList<Notification> received;
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body"),
                             QStringLiteral("body-markup")};
    QString refuseWith;       ///< an error name Notify answers with; empty: it shows them
    bool holdReplies = false; ///< Notify answers only on release()

    void release()
    {
        for (const QDBusMessage &reply : std::exchange(m_held, {}))
            QDBusConnection(m_connectionName).send(reply);
    }

    explicit FakeNotificationServer(QString connectionName)
        : m_connectionName(std::move(connectionName))
    {}

public Q_SLOTS:
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expire_timeout)
    {
        if (!refuseWith.isEmpty()) {
            sendErrorReply(refuseWith, QStringLiteral("refused by the test"));
            return 0;
        }
        // As the specification says: a replaced notification keeps its id.
        const uint id = replaces_id != 0 ? replaces_id : m_nextId++;
        received.append(
            {app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout, id});
        if (holdReplies) {
            setDelayedReply(true);
            m_held.append(message().createReply(QVariant::fromValue(id)));
        }
        return id;
    }
    QStringList GetCapabilities() { return capabilities; }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }
    QString GetServerInformation(QString &vendor, QString &version, QString &spec_version)
    {
        vendor = QStringLiteral("tests");
        version = QStringLiteral("1");
        spec_version = QStringLiteral("1.2");
        return QStringLiteral("FakeNotificationServer");
    }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &action_key);

private:
    QString m_connectionName;
    QList<QDBusMessage> m_held;
    uint m_nextId = 41;
};

/// Puts `server` on the bus connection `connectionName` (one of the test's own, as a desktop's
/// server is another process) under the notification service's name.
inline bool startNotificationServer(FakeNotificationServer &server, const QString &connectionName)
{
    QDBusConnection bus(connectionName);
    return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                              QDBusConnection::ExportAllSlots |
                                  QDBusConnection::ExportAllSignals) &&
           bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
}

} // namespace plc::test
