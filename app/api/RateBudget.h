#pragma once

#include <QDateTime>

namespace plc {

/// What the API said about the key's rate limit on its last answer (`X-Ratelimit-*`).
/// Background work (the Watcher) asks allowsBackground() before each request so that the
/// user's own actions are never the ones refused.
struct RateBudget
{
    int limit = -1; ///< requests per minute; -1: not known yet
    int remaining = -1;
    QDateTime resetAt; ///< when the window starts again

    bool isKnown() const { return limit >= 0 && remaining >= 0; }
    /// Keeps a reserve — a fifth of the limit, at least 10 — for the user.
    int reserve() const { return limit < 0 ? 0 : qMax(10, limit / 5); }
    bool allowsBackground(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        if (!isKnown() || (resetAt.isValid() && now >= resetAt))
            return true;
        return remaining > reserve();
    }
};

} // namespace plc
