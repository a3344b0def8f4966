#pragma once

#include "base/Job.h"

#include <QPointer>
#include <QTimer>

#include <functional>

namespace plc {

/// A read made once more, `delayMs` later, when its first answer is too early to tell
/// (`tooEarly`): a service that applies a change a moment after it answered (EC2's
/// ModifyVpcEndpoint) may not show it yet. It ends with the last read's value, error or
/// cancellation. Cancelling it, or deleting it, cancels the read under way. For the check
/// of a change whose answer was lost: a first read that shows nothing of the change must not
/// alone let the change be sent again.
template<typename T> class ReadTwiceJob final : public ValueJob<T>
{
public:
    ReadTwiceJob(std::function<ValueJob<T> *()> read, std::function<bool(const T &)> tooEarly,
                 int delayMs, QObject *parent)
        : ValueJob<T>(parent)
        , m_read(std::move(read))
        , m_tooEarly(std::move(tooEarly))
        , m_delayMs(delayMs)
    {
        start();
    }

    ~ReadTwiceJob() override { dropInner(); }

    /// How many reads were started.
    int reads() const { return m_reads; }

protected:
    void abortWork() override
    {
        m_timer.stop();
        dropInner();
    }

private:
    void start()
    {
        ValueJob<T> *job = m_read();
        ++m_reads;
        m_inner = job;
        QObject::connect(job, &Job::finished, this, [this, job] {
            m_inner.clear();
            if (this->isFinished())
                return;
            if (job->succeeded() && m_reads == 1 && m_tooEarly(job->value())) {
                m_timer.setSingleShot(true);
                QObject::connect(
                    &m_timer, &QTimer::timeout, this, [this] { start(); },
                    Qt::SingleShotConnection);
                m_timer.start(m_delayMs);
            } else if (job->succeeded()) {
                this->finishWithValue(job->value());
            } else if (job->isCancelled()) {
                this->cancel();
            } else {
                this->finishWithError(job->error());
            }
        });
    }

    void dropInner()
    {
        if (m_inner && !m_inner->isFinished()) {
            QObject::disconnect(m_inner, nullptr, this, nullptr);
            m_inner->cancel();
        }
        m_inner.clear();
    }

    std::function<ValueJob<T> *()> m_read;
    std::function<bool(const T &)> m_tooEarly;
    int m_delayMs;
    int m_reads = 0;
    QTimer m_timer;
    QPointer<ValueJob<T>> m_inner;
};

} // namespace plc
