#include "services/DesktopNotifier.h"

#include "base/OutsideText.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>

#include <utility>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
const auto NotificationsService = u"org.freedesktop.Notifications"_s;
const auto NotificationsPath = u"/org/freedesktop/Notifications"_s;
const auto NotificationsInterface = u"org.freedesktop.Notifications"_s;
const auto DefaultAction = u"default"_s;

/// `text` cut to `limit` characters, the last of them an ellipsis, never between the two
/// halves of a surrogate pair.
QString cutToLength(QString text, qsizetype limit)
{
    if (text.size() <= limit) {
        return text;
    }
    qsizetype keep = limit - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate()) {
        --keep;
    }
    text.truncate(keep);
    return text + QChar(0x2026);
}

/// Every line of `text` with its control characters made visible; the line feeds stay.
QString visibleLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        line = OutsideText::visible(line);
    }
    return lines.join(u'\n');
}

QString markupEscaped(QString text)
{
    return text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
}

/// Calls `message` without waiting; `then` gets the answer on `receiver`'s thread unless the
/// receiver is gone.
template<typename Then>
void callLater(const QDBusConnection &bus, const QDBusMessage &message, QObject *receiver,
               Then then)
{
    auto *watcher = new QDBusPendingCallWatcher(
        bus.asyncCall(message, DesktopNotifier::CallTimeoutMs), receiver);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, receiver,
                     [watcher, then = std::move(then)] {
                         watcher->deleteLater();
                         then(*watcher);
                     });
}

QDBusMessage notificationsCall(const QString &method)
{
    return QDBusMessage::createMethodCall(NotificationsService, NotificationsPath,
                                          NotificationsInterface, method);
}
} // namespace

const QString DesktopNotifier::AppName = u"Private Link Console"_s;
const QString DesktopNotifier::AppId = u"io.github.privatelink_console.PrivateLinkConsole"_s;

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        m_state = State::NoBus;
        return;
    }
    // No sender named: naming the service would make Qt ask the bus for its owner and wait.
    // fromServer() checks the sender instead.
    m_bus.connect(QString(), NotificationsPath, NotificationsInterface, u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString, QDBusMessage)));
    m_bus.connect(QString(), NotificationsPath, NotificationsInterface, u"NotificationClosed"_s,
                  this, SLOT(onNotificationClosed(uint, uint, QDBusMessage)));
    m_watcher = new QDBusServiceWatcher(NotificationsService, m_bus,
                                        QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            &DesktopNotifier::onServerChanged);
    askCapabilities();
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notify(const QString &group, const QString &summary, const QString &body,
                             Urgency urgency)
{
    if (m_state == State::NoBus) {
        return;
    }
    m_groups[group].next = Message{summary, body, urgency};
    if (m_state == State::Available && m_capabilitiesKnown) {
        sendWaiting();
    } else {
        askCapabilities(); // what waits is sent once a server answers
    }
}

QString DesktopNotifier::unavailableReason() const
{
    switch (m_state) {
    case State::Asking:
    case State::Available:
        return {};
    case State::NoBus:
        return tr("No D-Bus session bus, so desktop notifications cannot be shown. They need a "
                  "desktop session with a notification server.");
    case State::NoServer:
        return tr("No notification server answers on the D-Bus session bus, so desktop "
                  "notifications cannot be shown.");
    case State::NotAnswering:
        return tr("The desktop's notification server did not answer in time, so desktop "
                  "notifications may not be shown.");
    case State::Failed:
        return tr("The desktop's notification server refused the call (%1), so desktop "
                  "notifications may not be shown.")
            .arg(m_failure);
    }
    return {};
}

QString DesktopNotifier::limitation() const
{
    if (m_state != State::Available || !m_capabilitiesKnown ||
        m_capabilities.contains(u"actions"_s)) {
        return {};
    }
    return tr("The desktop's notification server does not support actions, so clicking a "
              "notification will not open its connection.");
}

void DesktopNotifier::askCapabilities()
{
    if (m_asking || m_state == State::NoBus) {
        return;
    }
    m_asking = true;
    callLater(m_bus, notificationsCall(u"GetCapabilities"_s), this,
              [this](const QDBusPendingCall &call) { onCapabilities(call); });
}

void DesktopNotifier::onCapabilities(const QDBusPendingCall &call)
{
    m_asking = false;
    if (std::exchange(m_askAgain, false)) {
        askCapabilities();
        return;
    }
    const QDBusPendingReply<QStringList> reply = call;
    if (reply.isError()) {
        fail(call);
        return;
    }
    const QString before = availabilityText();
    m_server = reply.reply().service();
    m_capabilities = reply.value();
    m_capabilitiesKnown = true;
    m_state = State::Available;
    emitIfChanged(before);
    sendWaiting();
}

void DesktopNotifier::sendWaiting()
{
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it) {
        if (!it->sending && it->next) {
            const Message message = *std::exchange(it->next, std::nullopt);
            send(it.key(), *it, message);
        }
    }
}

void DesktopNotifier::send(const QString &group, Group &state, const Message &message)
{
    state.sending = true;
    // A server that says nothing of markup shows the body as it is: escaping would show "&amp;".
    const bool markup = !m_capabilitiesKnown || m_capabilities.contains(u"body-markup"_s);
    QString body = cutToLength(visibleLines(message.body), MaxBodyLength);
    if (markup) {
        body = markupEscaped(body);
    }
    const QVariantMap hints{
        {u"desktop-entry"_s, AppId},
        {u"urgency"_s, QVariant::fromValue(static_cast<uchar>(message.urgency))},
    };
    QDBusMessage call = notificationsCall(u"Notify"_s);
    call.setArguments({AppName, QVariant::fromValue(state.id), AppId,
                       cutToLength(OutsideText::visible(message.summary), MaxSummaryLength), body,
                       QStringList{DefaultAction, tr("Open")}, hints, -1});
    callLater(m_bus, call, this,
              [this, group](const QDBusPendingCall &answer) { onNotified(group, answer); });
}

void DesktopNotifier::onNotified(const QString &group, const QDBusPendingCall &call)
{
    const QDBusPendingReply<uint> reply = call;
    Group &state = m_groups[group];
    state.sending = false;
    if (reply.isError()) {
        fail(call);
        return;
    }
    const uint id = reply.value();
    if (state.id != 0 && state.id != id) {
        m_groupOfId.remove(state.id);
    }
    state.id = id;
    m_groupOfId.insert(id, group);
    if (m_server.isEmpty()) {
        m_server = reply.reply().service();
    }
    setState(State::Available);
    if (state.next) {
        const Message message = *std::exchange(state.next, std::nullopt);
        send(group, state, message);
    }
}

void DesktopNotifier::onServerChanged()
{
    // The ids were the previous server's; a new server knows none of them. Whether a server
    // is there now is the next answer's to say (a late signal may tell of an older change).
    const QString before = availabilityText();
    forgetOpen();
    m_server.clear();
    m_capabilitiesKnown = false;
    if (m_asking) {
        m_askAgain = true; // the answer on its way may be the previous server's
    } else {
        askCapabilities();
    }
    emitIfChanged(before);
}

void DesktopNotifier::fail(const QDBusPendingCall &call)
{
    // What waited is dropped: the next notify() asks again and sends only newer text.
    for (Group &group : m_groups) {
        group.next.reset();
    }
    const QDBusError error = call.error();
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
        forgetOpen();
        setState(State::NoServer);
        break;
    case QDBusError::Disconnected:
        forgetOpen();
        setState(State::NoBus);
        break;
    case QDBusError::NoReply:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
        setState(State::NotAnswering);
        break;
    default:
        setState(State::Failed, cutToLength(OutsideText::visible(error.name()), 200));
        break;
    }
}

void DesktopNotifier::setState(State state, const QString &detail)
{
    const QString before = availabilityText();
    m_state = state;
    m_failure = detail;
    emitIfChanged(before);
}

QString DesktopNotifier::availabilityText() const
{
    return unavailableReason() + u'\n' + limitation();
}

void DesktopNotifier::emitIfChanged(const QString &before)
{
    if (availabilityText() != before) {
        Q_EMIT availabilityChanged();
    }
}

void DesktopNotifier::forgetOpen()
{
    m_groupOfId.clear();
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        it->id = 0;
        it = it->sending || it->next ? std::next(it) : m_groups.erase(it);
    }
}

bool DesktopNotifier::fromServer(const QDBusMessage &message) const
{
    return !m_server.isEmpty() && message.service() == m_server;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action, const QDBusMessage &message)
{
    if (action != DefaultAction || !fromServer(message)) {
        return;
    }
    const auto it = m_groupOfId.constFind(id);
    if (it != m_groupOfId.constEnd()) {
        Q_EMIT activated(*it);
    }
}

void DesktopNotifier::onNotificationClosed(uint id, uint, const QDBusMessage &message)
{
    if (!fromServer(message)) {
        return;
    }
    const auto known = m_groupOfId.constFind(id);
    if (known == m_groupOfId.constEnd()) {
        return;
    }
    const auto it = m_groups.find(*known);
    m_groupOfId.erase(known);
    if (it == m_groups.end() || it->id != id) {
        return;
    }
    it->id = 0;
    if (!it->sending && !it->next) {
        m_groups.erase(it);
    }
}

} // namespace plc
