#pragma once

#include "base/Job.h"

#include <QPointer>

#include <functional>

namespace plc {

/// A job that reads in steps, one request at a time, each started when the one before has
/// answered (the AWS and Alibaba Cloud link checks). Cancelling it cancels the step under
/// way; a step's answer that comes after the job has finished is dropped.
template<typename V> class StepwiseJob : public ValueJob<V>
{
public:
    ~StepwiseJob() override
    {
        // Gone before its step answered (its window closed): the step is stopped, unheard, so
        // that nothing it would run next (a call made once keys are fetched) reaches this job.
        if (m_step && !m_step->isFinished()) {
            QObject::disconnect(m_step, nullptr, this, nullptr);
            m_step->cancel();
        }
    }

protected:
    using ValueJob<V>::ValueJob;

    /// Makes `job` the step under way: `ok` with its value, or `failed` with its error (not
    /// when it was cancelled).
    template<typename T>
    void start(ValueJob<T> *job, std::function<void(const T &)> ok,
               std::function<void(const ApiError &)> failed)
    {
        m_step = job;
        QObject::connect(job, &Job::finished, this, [this, job, ok, failed] {
            if (this->isFinished())
                return;
            if (job->succeeded())
                ok(job->value());
            else if (!job->isCancelled())
                failed(job->error());
            else // cancelled from outside (a switch of account): so is the whole job
                this->cancel();
        });
    }

    void abortWork() override
    {
        if (m_step)
            m_step->cancel();
    }

private:
    QPointer<Job> m_step;
};

} // namespace plc
