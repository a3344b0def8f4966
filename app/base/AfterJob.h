#pragma once

#include "base/Job.h"

#include <QPointer>

#include <functional>

namespace plc {

/// A job made once another has its value: `make` runs with the first job's value and the
/// job ends with the second's value or the first error. Cancelling it cancels the second job,
/// and the first unless it serves others too (`sharedFirst`: keys being fetched for whoever
/// waits for them).
template<typename T, typename First> class AfterJob final : public ValueJob<T>
{
public:
    using Make = std::function<ValueJob<T> *(const First &)>;

    AfterJob(ValueJob<First> *first, Make make, QObject *parent, bool sharedFirst = false)
        : ValueJob<T>(parent)
        , m_first(first)
        , m_sharedFirst(sharedFirst)
    {
        QObject::connect(first, &Job::finished, this, [this, first, make = std::move(make)] {
            if (this->isFinished())
                return;
            if (!first->succeeded()) {
                this->finishWithError(first->error());
                return;
            }
            ValueJob<T> *second = make(first->value());
            m_second = second;
            QObject::connect(second, &Job::finished, this, [this, second] {
                if (this->isFinished())
                    return;
                if (second->succeeded())
                    this->finishWithValue(second->value());
                else
                    this->finishWithError(second->error());
            });
        });
    }

private:
    bool changeMayHaveLeft() const override { return m_second && m_second->changeMayHaveLeft(); }
    void abortWork() override
    {
        if (m_first && !m_sharedFirst)
            m_first->cancel();
        if (m_second)
            m_second->cancel();
    }

    QPointer<Job> m_first;
    QPointer<Job> m_second;
    bool m_sharedFirst;
};

} // namespace plc
