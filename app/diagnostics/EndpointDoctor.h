#pragma once

#include "diagnostics/EndpointCheckReport.h"

#include <QObject>

class QThread;

namespace plc {

class EndpointProbe;

/// Runs connectivity checks of private endpoints off the UI thread: each check is an
/// EndpointProbe living in the doctor's own worker thread, so name resolution, connecting and
/// reading never hold up the window. check() starts one (cancelling any running check);
/// progress() follows each step and finished() ends every check exactly once, also a
/// cancelled one.
class EndpointDoctor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointDoctor)

public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit EndpointDoctor(QObject *parent = nullptr);
    ~EndpointDoctor() override;

    /// The time limit of each step (resolving, connecting, waiting for the greeting).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    void check(const EndpointAddress &target);
    void cancel();
    bool isRunning() const { return m_probe != nullptr; }

Q_SIGNALS:
    void progress(const plc::EndpointCheckReport &report);
    void finished(const plc::EndpointCheckReport &report);

private:
    QThread *m_thread;
    EndpointProbe *m_probe = nullptr; ///< lives in m_thread; only ever invoked, never touched
    EndpointCheckReport m_latest;     ///< of the running check, for its cancellation
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace plc
