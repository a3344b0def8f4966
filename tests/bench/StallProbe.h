#pragma once

// The UI thread's stalls, measured, and a machine kept busy on purpose to measure them again.
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <thread>
#include <vector>

namespace plc::bench {

/// A figure in ms to one decimal, as the benchmark prints them.
double round1(double v);
/// A field of /proc/self/status in kB (`VmRSS:`, `VmHWM:`), as text; empty when unknown.
QString readStatusKb(const char *field);
/// Resident memory now, and its peak, in MB.
double readResidentMb();
double readPeakResidentMb();
/// The C library's heap (glibc's mallinfo2, every arena): what the program holds, and what it
/// freed but the allocator keeps, in MB; -1 each elsewhere. Tells a growth of what is kept
/// apart from one of memory freed and not given back.
struct HeapFigures
{
    double inUseMb = -1;
    double freeMb = -1;
};
HeapFigures readHeap();
/// Lets the event loop run for `ms` (idle work, timers) before the next measurement.
void idle(int ms);

/// The longest gap between ticks of a 1 ms timer on this (the UI) thread.
class StallProbe final : public QObject
{
public:
    StallProbe();
    void start();
    /// The longest gap so far, minus the timer's own interval, in ms.
    double stop();

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
};

/// One thread per core spinning at normal priority, as a compile keeps a machine busy: the
/// UI thread then shares the cores with them. Started and stopped by the benchmark itself.
class BusyMachine final
{
public:
    explicit BusyMachine(int threads);
    ~BusyMachine();
    BusyMachine(const BusyMachine &) = delete;
    BusyMachine &operator=(const BusyMachine &) = delete;

    int threads() const { return int(m_threads.size()); }

private:
    std::atomic<bool> m_stop{false};
    std::vector<std::thread> m_threads;
};

} // namespace plc::bench
