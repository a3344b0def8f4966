#pragma once

#include <QDBusConnection>
#include <QObject>

#include <functional>

namespace plc {

/// Asks a D-Bus bus, without ever blocking, whether anything provides the Secret Service
/// (`org.freedesktop.secrets`, running or activatable). QtKeychain reports a missing Secret
/// Service as a plain error; this tells it apart. Both questions are asynchronous calls with a
/// time limit of their own, so a hung bus costs the caller nothing but the wait: the answer
/// (false on a timeout) arrives on `context`'s thread, once, unless `context` is gone.
namespace SecretServiceProbe {
constexpr int DefaultTimeoutMs = 3'000;
void check(const QDBusConnection &bus, QObject *context, std::function<void(bool)> answer,
           int timeoutMs = DefaultTimeoutMs);
} // namespace SecretServiceProbe

} // namespace plc
