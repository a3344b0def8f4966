#include "StallProbe.h"

#include <QFile>

#include <QCoreApplication>
#include <QEventLoop>

#include <cmath>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace plc::bench {

QString readStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qstrlen(field))).trimmed().section(u' ', 0, 0);
    }
    return {};
}

double readResidentMb()
{
    return readStatusKb("VmRSS:").toDouble() / 1024;
}

double readPeakResidentMb()
{
    return readStatusKb("VmHWM:").toDouble() / 1024;
}

HeapFigures readHeap()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 info = mallinfo2();
    constexpr double Mb = 1024.0 * 1024.0;
    return {double(info.uordblks + info.hblkhd) / Mb, double(info.fordblks) / Mb};
#else
    return {};
#endif
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

StallProbe::StallProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_maxGapNs = qMax(m_maxGapNs, now - m_lastNs);
        m_lastNs = now;
    });
}

void StallProbe::start()
{
    m_maxGapNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

double StallProbe::stop()
{
    // One more tick so that a stall just before stop() is counted.
    QCoreApplication::processEvents();
    const qint64 now = m_clock.nsecsElapsed();
    m_maxGapNs = qMax(m_maxGapNs, now - m_lastNs);
    m_timer.stop();
    return qMax(0.0, double(m_maxGapNs) / 1e6 - 1.0);
}

BusyMachine::BusyMachine(int threads)
{
    for (int i = 0; i < threads; ++i) {
        m_threads.emplace_back([this] {
            // Arithmetic the compiler cannot drop, checked against the flag now and then.
            volatile double sink = 1.0;
            while (!m_stop.load(std::memory_order_relaxed)) {
                for (int k = 0; k < 10'000; ++k)
                    sink = std::sqrt(sink + k);
            }
        });
    }
}

BusyMachine::~BusyMachine()
{
    m_stop = true;
    for (std::thread &thread : m_threads)
        thread.join();
}

} // namespace plc::bench
