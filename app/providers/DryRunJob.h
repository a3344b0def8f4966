#pragma once

#include "base/Job.h"

#include <QPointer>

namespace plc {

/// A cloud provider's dry run of a change, as a verdict: AWS and Alibaba Cloud both answer
/// `DryRunOperation` (an error) when the change would pass, and their refusal otherwise. The
/// call's value (type T) is never expected: a provider that made the change although asked
/// not to is not taken for a refusal.
template<typename T> class DryRunJob final : public ValueJob<bool>
{
public:
    DryRunJob(ValueJob<T> *call, QObject *parent)
        : ValueJob<bool>(parent)
        , m_call(call)
    {
        QObject::connect(call, &Job::finished, this, [this, call] {
            if (isFinished())
                return;
            if (call->error().providerCode == QLatin1StringView("DryRunOperation") ||
                call->succeeded())
                finishWithValue(true);
            else
                finishWithError(call->error());
        });
    }

private:
    void abortWork() override
    {
        if (m_call)
            m_call->cancel();
    }

    QPointer<ValueJob<T>> m_call;
};

} // namespace plc
