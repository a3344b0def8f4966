#include "api/RetryPolicy.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace plc {

bool RetryPolicy::isRetryable(const QByteArray &method, const ApiError &error, bool requestSent)
{
    using Kind = ApiError::Kind;
    if (error.kind == Kind::RateLimited)
        return true; // refused before anything was done
    const bool idempotent = method == "GET" || method == "HEAD";
    const bool transient =
        error.kind == Kind::Network || error.kind == Kind::HostNotFound ||
        error.kind == Kind::Timeout ||
        (error.kind == Kind::Http && (error.httpStatus == 500 || error.httpStatus == 502 ||
                                      error.httpStatus == 503 || error.httpStatus == 504));
    if (!transient)
        return false;
    if (idempotent)
        return true;
    // A POST/DELETE only when it never left: a network failure before the request was sent.
    return !requestSent && error.kind != Kind::Http && error.kind != Kind::Timeout;
}

int RetryPolicy::delayMs(int attempt, const ApiError &error, double jitter) const
{
    if (error.retryAt.isValid()) {
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(error.retryAt);
        // Not capped: a wait longer than the budget must end the call now, not be shortened.
        return int(std::clamp<qint64>(wait, baseDelayMs, std::numeric_limits<int>::max()));
    }
    const double exponential = baseDelayMs * std::pow(2.0, attempt - 1);
    // "Equal jitter": half fixed, half random, so retries of many clients spread out.
    const double capped = std::min<double>(exponential, maxDelayMs);
    return int(capped / 2 + capped / 2 * qBound(0.0, jitter, 1.0));
}

} // namespace plc
