#pragma once

#include <QHash>
#include <QString>

namespace plc::sandbox {

/// The API's rate limit: a number of requests per minute per API key, in fixed one-minute
/// windows that start with a key's first request. Every decision carries what the
/// `X-Ratelimit-*` headers report.
class RateLimiter final
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 0; ///< until the window ends, rounded up
    };

    /// Counts one request for `key` when it is allowed.
    Decision take(const QString &key, qint64 nowMs, int limitPerMinute);
    /// What the headers say for `key` without counting (for refused, unauthenticated requests).
    Decision peek(const QString &key, qint64 nowMs, int limitPerMinute) const;

private:
    struct Window
    {
        qint64 startMs = 0;
        int used = 0;
    };
    static constexpr qint64 WindowMs = 60'000;

    QHash<QString, Window> m_windows;
};

} // namespace plc::sandbox
