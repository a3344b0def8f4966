#include "sandbox/RateLimiter.h"

namespace plc::sandbox {

RateLimiter::Decision RateLimiter::peek(const QString &key, qint64 nowMs, int limitPerMinute) const
{
    Window window = m_windows.value(key);
    if (nowMs - window.startMs >= WindowMs)
        window = {nowMs, 0};
    Decision decision;
    decision.limit = limitPerMinute;
    decision.remaining = qMax(0, limitPerMinute - window.used);
    decision.allowed = window.used < limitPerMinute;
    decision.resetSeconds = int((window.startMs + WindowMs - nowMs + 999) / 1000);
    return decision;
}

RateLimiter::Decision RateLimiter::take(const QString &key, qint64 nowMs, int limitPerMinute)
{
    Window &window = m_windows[key];
    if (nowMs - window.startMs >= WindowMs)
        window = {nowMs, 0};
    Decision decision;
    decision.limit = limitPerMinute;
    decision.allowed = window.used < limitPerMinute;
    if (decision.allowed)
        ++window.used;
    decision.remaining = qMax(0, limitPerMinute - window.used);
    decision.resetSeconds = int((window.startMs + WindowMs - nowMs + 999) / 1000);
    return decision;
}

} // namespace plc::sandbox
