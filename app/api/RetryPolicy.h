#pragma once

#include "base/ApiError.h"

#include <QByteArray>

namespace plc {

/// When and how often a failed call is sent again. GETs are retried on network failures,
/// timeouts, 5xx and 429. A POST or DELETE is retried only when the server cannot have acted
/// on it: a 429, or a failure before the request left the machine — never after, so no
/// retry can create a second connection.
struct RetryPolicy
{
    int maxAttempts = 4;
    int baseDelayMs = 400;
    int maxDelayMs = 8000;
    int maxTotalMs = 30'000; ///< no retry is started past this since the first attempt

    static bool isRetryable(const QByteArray &method, const ApiError &error, bool requestSent);
    /// Exponential backoff with jitter, or the server's Retry-After / X-Ratelimit-Reset.
    int delayMs(int attempt, const ApiError &error, double jitter) const;
};

} // namespace plc
