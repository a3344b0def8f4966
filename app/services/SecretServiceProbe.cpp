#include "services/SecretServiceProbe.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
const auto SecretsName = u"org.freedesktop.secrets"_s;

QDBusMessage busCall(const QString &method)
{
    return QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                          u"org.freedesktop.DBus"_s, method);
}

/// Calls `method` without waiting and hands its reply to `then` on `context`'s thread.
void ask(QDBusConnection bus, const QDBusMessage &message, int timeoutMs, QObject *context,
         std::function<void(const QDBusPendingCall &)> then)
{
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, timeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, then = std::move(then)] {
                         watcher->deleteLater();
                         then(*watcher);
                     });
}
} // namespace

void SecretServiceProbe::check(const QDBusConnection &bus, QObject *context,
                               std::function<void(bool)> answer, int timeoutMs)
{
    if (!bus.isConnected()) {
        QTimer::singleShot(0, context, [answer] { answer(false); });
        return;
    }
    QDBusMessage hasOwner = busCall(u"NameHasOwner"_s);
    hasOwner << SecretsName;
    ask(bus, hasOwner, timeoutMs, context,
        [bus, context, answer, timeoutMs](const QDBusPendingCall &call) {
            const QDBusPendingReply<bool> owned = call;
            if (owned.isValid() && owned.value()) {
                answer(true);
                return;
            }
            if (owned.isError() && owned.error().type() == QDBusError::NoReply) {
                answer(false); // the bus did not answer in time: nothing to reach
                return;
            }
            ask(bus, busCall(u"ListActivatableNames"_s), timeoutMs, context,
                [answer](const QDBusPendingCall &listed) {
                    const QDBusPendingReply<QStringList> names = listed;
                    answer(names.isValid() && names.value().contains(SecretsName));
                });
        });
}

} // namespace plc
