#pragma once

#include "base/Job.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace plc {

/// Another job's value, turned into type T by `map` when it arrives: a provider's own shapes
/// become the shapes the windows share. Its error and its cancellation are the other job's,
/// except an error `recover` turns into a value (a provider's "not found" for a thing that is
/// gone); cancelling this one cancels it. For reads: a change's job is a SendOnce.
template<typename T, typename S> class MappedJob final : public ValueJob<T>
{
public:
    MappedJob(ValueJob<S> *job, std::function<T(const S &)> map, QObject *parent,
              std::function<std::optional<T>(const ApiError &)> recover = {})
        : ValueJob<T>(parent)
        , m_job(job)
    {
        QObject::connect(job, &Job::finished, this,
                         [this, job, map = std::move(map), recover = std::move(recover)] {
                             if (this->isFinished())
                                 return;
                             if (job->succeeded())
                                 this->finishWithValue(map(job->value()));
                             else if (job->isCancelled())
                                 this->cancel();
                             else if (auto value = recover ? recover(job->error()) : std::nullopt)
                                 this->finishWithValue(std::move(*value));
                             else
                                 this->finishWithError(job->error());
                         });
    }

    ~MappedJob() override
    {
        // Gone before its answer (its owner went): the other job is not left running.
        if (m_job && !m_job->isFinished()) {
            QObject::disconnect(m_job, nullptr, this, nullptr);
            m_job->cancel();
        }
    }

private:
    void abortWork() override
    {
        if (m_job)
            m_job->cancel();
    }

    QPointer<ValueJob<S>> m_job;
};

} // namespace plc
