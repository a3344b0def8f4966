#include "base/Job.h"

namespace plc {

Job::Job(QObject *parent)
    : QObject(parent)
{}

Job::~Job() = default;

void Job::cancel()
{
    if (m_finished)
        return;
    ApiError error = ApiError::cancelled();
    error.mayHaveArrived = changeMayHaveLeft();
    abortWork();
    finishWithError(error);
}

void Job::onFinished(const QObject *context, std::function<void()> onOk,
                     std::function<void(const ApiError &)> onError)
{
    Q_ASSERT(!context || context->thread() == thread());
    // finished() is delivered directly (one thread), so the job is still alive in the slot.
    // Without a context the job itself is one: a null receiver would make connect() fail
    // without a word, and the caller would wait for ever (it once hung the benchmark).
    connect(this, &Job::finished, context ? context : this,
            [this, onOk = std::move(onOk), onError = std::move(onError)] {
                if (isCancelled())
                    return;
                if (!m_error.isError())
                    onOk();
                else if (onError)
                    onError(m_error);
            });
}

void Job::onCancelled(const QObject *context, std::function<void()> onCancel)
{
    Q_ASSERT(!context || context->thread() == thread());
    connect(this, &Job::finished, context ? context : this, [this, onCancel = std::move(onCancel)] {
        if (isCancelled())
            onCancel();
    });
}

void Job::finishWithError(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    finish();
}

void Job::finishOk()
{
    if (m_finished)
        return;
    finish();
}

void Job::finish()
{
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace plc
