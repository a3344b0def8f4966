#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QDBusMessage;
class QDBusPendingCall;
class QDBusServiceWatcher;

namespace plc {

/// Desktop notifications through the freedesktop Notifications interface
/// (`org.freedesktop.Notifications` at `/org/freedesktop/Notifications`) on one D-Bus
/// connection, the session bus unless given another.
///
/// Every call is asynchronous: nothing waits for the notification server, not the first call,
/// not a slow or absent server. At construction it asks `GetCapabilities`; its answer says
/// whether a server is there (unavailableReason()), whether the body may hold markup, and
/// whether clicking a notification can be reported (limitation()). Every change of either
/// emits availabilityChanged(). When a server takes the name later, it is asked again.
///
/// A notification belongs to a group (say, one connection's ID). While the last one of a group
/// is open, the next one of that group replaces it instead of stacking; one sent while the
/// group's previous call has not been answered yet waits for that answer (only the newest
/// waits), so it knows the id to replace. Notifications sent before the capabilities are known
/// wait for them the same way. Once the server says a notification was closed, its group
/// starts a new one.
///
/// The text may hold what a server sent, so it is data: control characters become visible
/// (OutsideText::visible; the body keeps its line feeds), the summary and body are cut to a
/// length a notification can show, and `&`, `<` and `>` in the body are escaped unless the
/// server said it shows no markup.
///
/// Clicking a notification (the server's `ActionInvoked` with the `default` action) for one of
/// ours emits activated() with its group; signals for other programs' notifications, or from
/// anything other than the server that answered, are ignored.
class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };

    /// The name the notifications give as their program, and the icon's and the installed
    /// .desktop file's name (PLC_APP_ID in the top CMakeLists.txt).
    static const QString AppName;
    static const QString AppId;
    /// Longest summary and body sent, in characters (the rest is cut, with an ellipsis).
    static constexpr qsizetype MaxSummaryLength = 120;
    static constexpr qsizetype MaxBodyLength = 1'000;
    /// How long a call to the server may take before it counts as not answering.
    static constexpr int CallTimeoutMs = 10'000;

    explicit DesktopNotifier(QObject *parent = nullptr);
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /// Shows `summary` and `body`, replacing the group's notification while it is open. Does
    /// nothing without a bus; with no server known it asks again first.
    void notify(const QString &group, const QString &summary, const QString &body,
                Urgency urgency = Urgency::Normal);

    /// True once a server has answered and until a call to it fails.
    bool isAvailable() const { return m_state == State::Available; }
    /// Why notifications cannot be shown, a sentence for the user; empty while they can, or
    /// while the first answer is awaited.
    QString unavailableReason() const;
    /// A sentence for the user when notifications are shown but clicking one will not open the
    /// row (the server supports no actions); empty otherwise.
    QString limitation() const;

Q_SIGNALS:
    /// The user clicked the group's notification.
    void activated(const QString &group);
    /// unavailableReason() or limitation() changed.
    void availabilityChanged();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action, const QDBusMessage &message);
    void onNotificationClosed(uint id, uint reason, const QDBusMessage &message);

private:
    enum class State { Asking, Available, NoBus, NoServer, NotAnswering, Failed };
    struct Message
    {
        QString summary;
        QString body;
        Urgency urgency = Urgency::Normal;
    };
    struct Group
    {
        uint id = 0;          ///< the open notification's id; 0: none
        bool sending = false; ///< a Notify call for it awaits its answer
        std::optional<Message> next;
    };

    void askCapabilities();
    void onCapabilities(const QDBusPendingCall &call);
    void sendWaiting();
    void send(const QString &group, Group &state, const Message &message);
    void onNotified(const QString &group, const QDBusPendingCall &call);
    void onServerChanged();
    void fail(const QDBusPendingCall &call);
    void setState(State state, const QString &detail = {});
    /// unavailableReason() and limitation() together, to tell whether either changed.
    QString availabilityText() const;
    void emitIfChanged(const QString &before);
    void forgetOpen();
    bool fromServer(const QDBusMessage &message) const;

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    State m_state = State::Asking;
    QString m_failure; ///< the error's name, for State::Failed
    QString m_server;  ///< the unique name of the server that answered
    QStringList m_capabilities;
    bool m_capabilitiesKnown = false;
    bool m_asking = false;
    bool m_askAgain = false; ///< the server changed while GetCapabilities was on its way
    QHash<QString, Group> m_groups;
    QHash<uint, QString> m_groupOfId;
};

} // namespace plc
