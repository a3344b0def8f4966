#pragma once

#include "base/Job.h"
#include "diagnostics/EndpointCheckReport.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

namespace plc {

class EndpointProbe;

/// Asks, for a host name, what stands in for DNS (the sandbox, for the names it made); the
/// job belongs to `parent` and ends with an error when nothing does. No job: nothing does.
using StandInLookup =
    std::function<ValueJob<EndpointStandIn> *(const QString &host, QObject *parent)>;

/// One connectivity check of a private endpoint, as a job: stepped() follows each step
/// (resolving, connecting, the greeting), and it ends with the whole report. A check stopped by
/// the doctor (EndpointDoctor::cancel, or a newer check) ends with its report so far, its
/// outcome Cancelled, for the window to show; cancel() on the job itself ends it as any job.
class EndpointCheckJob final : public ValueJob<EndpointCheckReport>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointCheckJob)

Q_SIGNALS:
    void stepped(const plc::EndpointCheckReport &report);

private:
    friend class EndpointDoctor;
    explicit EndpointCheckJob(QObject *parent)
        : ValueJob(parent)
    {}
    void end(const EndpointCheckReport &report) { finishWithValue(report); }
    void abortWork() override
    {
        if (m_abort)
            m_abort();
    }

    std::function<void()> m_abort; ///< stops the probe (set by the doctor)
};

/// Runs connectivity checks of private endpoints off the UI thread: each check is an
/// EndpointProbe living in the doctor's own worker thread, so name resolution, connecting and
/// reading never hold up the window. check() starts one (ending any running check) and returns
/// its job, which ends exactly once, also when it is cancelled.
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

    /// In sandbox mode, a host name is first looked up here: a stand-in is checked instead
    /// of what DNS says (the report says so); without one, DNS as always. None by default.
    void setStandInLookup(StandInLookup lookup) { m_standIns = std::move(lookup); }
    bool hasStandInLookup() const { return bool(m_standIns); }

    /// The job belongs to the doctor.
    EndpointCheckJob *check(const EndpointAddress &target);
    /// Ends the running check with its report so far, its outcome Cancelled.
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

private:
    void startProbe(EndpointCheckJob *job, const std::optional<EndpointStandIn> &standIn);
    /// Tells the running probe to stop and forgets it (and a stand-in lookup under way): its
    /// own last report is not heard.
    void dropProbe();

    QThread *m_thread;
    EndpointProbe *m_probe = nullptr; ///< lives in m_thread; only ever invoked, never touched
    QPointer<EndpointCheckJob> m_job; ///< of the running check
    EndpointCheckReport m_latest;     ///< of the running check, for its cancellation
    QPointer<Job> m_lookup;           ///< the stand-in lookup of the running check
    StandInLookup m_standIns;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace plc
