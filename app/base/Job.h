#pragma once

#include "base/ApiError.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>

namespace plc {

/// A one-shot asynchronous piece of work: an API call, a keychain operation, a file saved in
/// the background. It emits finished() exactly once — with a value (in the subclass), an
/// error, or Kind::Cancelled after cancel() — and then deletes itself (deleteLater). Callers
/// use onFinished(), which makes the cancelled check once for everyone: a cancel is the
/// caller's own doing (a newer load, a switch of account), so nobody is told of it.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    ~Job() override;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    bool isCancelled() const { return m_error.kind == ApiError::Kind::Cancelled; }
    const ApiError &error() const { return m_error; }

    /// Stops the work; finished() follows at once with Kind::Cancelled unless it already came.
    void cancel();
    /// True when a request that changes something has started to leave the machine, so that
    /// stopping it now leaves open whether the server acted on it: cancel() then ends with
    /// Kind::Cancelled and `mayHaveArrived`, and a change is never reported as "not made".
    /// A job made of others asks the one under way.
    virtual bool changeMayHaveLeft() const { return false; }

    /// Calls `onOk()` or `onError(error)` once, when the job finishes, unless it was cancelled
    /// or `context` is gone by then. `context` lives in the job's thread; without one (null)
    /// the call is made all the same.
    void onFinished(const QObject *context, std::function<void()> onOk,
                    std::function<void(const ApiError &)> onError = {});
    /// Calls `onCancel()` once if the job ends cancelled — for an owner that must notice a
    /// cancel from outside (a switch of account) to stop saying it is loading.
    void onCancelled(const QObject *context, std::function<void()> onCancel);

Q_SIGNALS:
    void finished();
    /// For calls made of several requests (all pages of a list): pages and items so far.
    void progress(int pages, qint64 items);

protected:
    explicit Job(QObject *parent = nullptr);

    void finishWithError(const ApiError &error);
    void finishOk();
    /// Subclasses stop their requests here (called once, by cancel()).
    virtual void abortWork() {}

private:
    void finish();

    ApiError m_error;
    bool m_finished = false;
};

/// A Job carrying a value of type T when it succeeds.
template<typename T> class ValueJob : public Job
{
public:
    using Value = T;

    const T &value() const { return m_value; }

    /// As Job::onFinished, with the value.
    void onFinished(const QObject *context, std::function<void(const T &)> onValue,
                    std::function<void(const ApiError &)> onError = {})
    {
        Job::onFinished(
            context, [this, onValue = std::move(onValue)] { onValue(m_value); },
            std::move(onError));
    }

protected:
    using Job::Job;
    void finishWithValue(T value)
    {
        m_value = std::move(value);
        finishOk();
    }

private:
    T m_value{};
};

/// A job whose outcome is known when it is made — a value (keys already at hand), or an error
/// (a call that cannot be made) — and that ends with it on the next turn of the event loop,
/// for callers that wait for finished() like any other.
template<typename T> class ReadyJob final : public ValueJob<T>
{
public:
    /// Ends with `error` when it is one, else with `value`.
    ReadyJob(T value, const ApiError &error, QObject *parent)
        : ValueJob<T>(parent)
    {
        QTimer::singleShot(0, this, [this, value = std::move(value), error]() mutable {
            if (this->isFinished())
                return;
            if (error.isError())
                this->finishWithError(error);
            else
                this->finishWithValue(std::move(value));
        });
    }
};

} // namespace plc
