#pragma once

#include <QtGlobal>

#include <algorithm>

namespace plc {

/// The fleet's share of one API key's requests: a token bucket that refills at `perMinute`
/// and holds at most `burst` requests. A list whose pages went out back to back spends more
/// than it had (the bucket goes into debt), so the next request waits until the average is
/// back within the share: over any long stretch the fleet sends at most perMinute a minute,
/// plus one burst. Time is given in milliseconds of a monotonic clock, so tests can drive it.
class FleetPacer
{
public:
    /// TiDB Cloud allows 100 requests a minute per key. The fleet takes 40; the per-cluster
    /// view's polling (the Watcher) takes at most 30; at least 30 are left for what the user
    /// does, and the fleet also stops while the key's remaining requests are low.
    static constexpr int DefaultPerMinute = 40;
    static constexpr int DefaultBurst = 4;

    explicit FleetPacer(int perMinute = DefaultPerMinute, int burst = DefaultBurst)
        : m_perMinute(std::max(1, perMinute))
        , m_burst(std::max(1, burst))
        , m_tokens(m_burst)
    {}

    int perMinute() const { return m_perMinute; }
    void setPerMinute(int perMinute) { m_perMinute = std::max(1, perMinute); }

    /// How long to wait at `nowMs` before the next request may be sent.
    qint64 delayMs(qint64 nowMs) const
    {
        const double tokens = tokensAt(nowMs);
        qint64 wait = tokens >= 1.0 ? 0 : qint64((1.0 - tokens) / ratePerMs() + 0.999);
        return std::max(wait, m_holdUntilMs - nowMs);
    }
    /// `requests` went out at `nowMs`.
    void spend(qint64 nowMs, int requests = 1)
    {
        m_tokens = tokensAt(nowMs) - requests;
        m_lastMs = nowMs;
    }
    /// The API refused for the rate limit: nothing more before `untilMs`.
    void holdUntil(qint64 untilMs) { m_holdUntilMs = std::max(m_holdUntilMs, untilMs); }
    qint64 heldUntilMs() const { return m_holdUntilMs; }
    /// How long `requests` more take at this pace, from an empty bucket.
    qint64 durationMs(qint64 requests) const
    {
        return qint64(double(std::max<qint64>(0, requests)) / ratePerMs());
    }

private:
    double ratePerMs() const { return m_perMinute / 60000.0; }
    double tokensAt(qint64 nowMs) const
    {
        if (m_lastMs < 0)
            return m_tokens;
        return std::min<double>(m_burst, m_tokens + double(nowMs - m_lastMs) * ratePerMs());
    }

    int m_perMinute;
    int m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
    qint64 m_holdUntilMs = 0;
};

} // namespace plc
