#pragma once

#include "base/Job.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <type_traits>

namespace plc {

/// Sends one request that changes something (create, attach, detach, delete) so that it is
/// never sent twice by accident. Only run() sends, and only when nothing is on its way. When
/// the answer is lost in a way that leaves the outcome open (a timeout, a connection that
/// broke off, an unreadable answer, a 5xx), it does not offer to send again: it first asks the
/// server, with a read, whether the change was made. Only when the read shows it was not may
/// run() send again; if the read fails too, run() repeats the read, never the change. A change
/// cancelled after it started to leave the machine is such an open outcome too: it is reported
/// as "may have been made" (failed with `outcomeUnknown`), and the next run() reads first.
class SendOnce final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendOnce)

public:
    enum class Outcome { Done, NotDone, Unknown };

    /// Where a change goes: which account (a key that is the same only for the same account)
    /// and its name for the user.
    struct Target
    {
        QString key;
        QString name;
    };

    /// `send()` starts the change and returns its job; `sent(job)` reads it when it succeeded.
    /// `check()` starts the read that finds out whether a change whose answer was lost was
    /// made; `checked(job)` reads it, succeeded or not, and says. The jobs keep their types:
    /// `sent` and `checked` take the job types `send` and `check` return.
    template<typename SendFn, typename SentFn, typename CheckFn, typename CheckedFn>
    static SendOnce *make(SendFn send, SentFn sent, CheckFn check, CheckedFn checked,
                          QObject *parent)
    {
        using SendJob = std::remove_pointer_t<std::invoke_result_t<SendFn>>;
        using CheckJob = std::remove_pointer_t<std::invoke_result_t<CheckFn>>;
        static_assert(std::is_base_of_v<Job, SendJob> && std::is_base_of_v<Job, CheckJob>);
        static_assert(std::is_invocable_v<SentFn, const SendJob &>);
        static_assert(std::is_invocable_r_v<Outcome, CheckedFn, const CheckJob &>);
        // The one place the jobs are seen as plain Jobs: each cast is back to the type the
        // same function object just returned.
        return new SendOnce([send]() -> Job * { return send(); },
                            [sent](Job *job) { sent(*static_cast<SendJob *>(job)); },
                            [check]() -> Job * { return check(); },
                            [checked](Job *job) { return checked(*static_cast<CheckJob *>(job)); },
                            parent);
    }

    /// Says where the change goes now. A change whose outcome is unknown is then checked only
    /// under the target it was sent to: while another account is chosen, run() reads nothing
    /// (the read would ask the wrong account, and "not made" there would let it be sent again)
    /// and says which account to go back to.
    void setTarget(std::function<Target()> current) { m_target = std::move(current); }
    /// What the change needs before it is sent, started by run() first: keys that last through
    /// it, renewed now (and a code asked for now) rather than between its parts. When it fails
    /// nothing is sent, and the change is reported as not made.
    void setPrepare(std::function<Job *()> prepare) { m_prepare = std::move(prepare); }

    /// Sends the change, or repeats the check when the last outcome was unknown. Does nothing
    /// while a request is on its way or once the change is done.
    void run();
    /// Forgets its work: the request under way, if any, ends unheard, and nothing more is sent
    /// or read (the owner dropped the change).
    void abandon();

    bool isRunning() const { return m_job != nullptr; }
    bool isDone() const { return m_done; }
    /// True after a failure whose outcome the check could not establish: run() checks again.
    bool isOutcomeUnknown() const { return m_unknown; }
    /// How many times the change itself was sent.
    int sendCount() const { return m_sends; }

    /// True when an error of a changing request leaves open whether the server acted on it.
    static bool leavesOutcomeOpen(const ApiError &error);

Q_SIGNALS:
    void runningChanged(bool running);
    /// The change was made; `foundByCheck` when its answer was lost and a read found it.
    void done(bool foundByCheck);
    /// The change was not made (`outcomeUnknown` false: run() may send again) or it is not
    /// known whether it was (true: run() checks again).
    void failed(const plc::ApiError &error, bool outcomeUnknown);

private:
    using Start = std::function<Job *()>;
    using TakeSent = std::function<void(Job *)>;
    using ReadCheck = std::function<Outcome(Job *)>;

    SendOnce(Start send, TakeSent sent, Start check, ReadCheck checked, QObject *parent);

    void startJob(Job *job, bool isCheck);
    void send();
    void onSent(Job *job);
    void onChecked(Job *job);

    std::function<Target()> m_target;
    std::function<Job *()> m_prepare;
    Target m_sentTo;
    Start m_send;
    TakeSent m_sent;
    Start m_check;
    ReadCheck m_checked;
    QPointer<Job> m_job;
    ApiError m_lastError;
    int m_sends = 0;
    bool m_done = false;
    bool m_unknown = false;
};

} // namespace plc
