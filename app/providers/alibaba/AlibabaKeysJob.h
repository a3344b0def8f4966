#pragma once

#include "base/StepwiseJob.h"
#include "providers/alibaba/AlibabaProfileResolver.h"
#include "providers/alibaba/AlibabaResources.h"
#include "providers/alibaba/AlibabaRpcClient.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>

namespace plc {

class AlibabaStsClient;

/// Temporary keys for a profile in the RamRoleArn or ChainableRamRoleArn mode: each RAM role
/// of its chain assumed in order with the keys of the step before (STS AssumeRole), then STS
/// asked who the keys are (GetCallerIdentity). Ends with the last keys, their expiry and the
/// session's ARN. Keys and tokens stay in memory: never in a log, a file or a command line.
class AlibabaKeysJob final : public StepwiseJob<AlibabaAssumedRole>
{
    Q_OBJECT

public:
    AlibabaKeysJob(AlibabaCredentials sourceKeys, QList<AlibabaRoleStep> roles, AlibabaTarget sts,
                   AlibabaStsClient *client, QObject *parent);

    /// The session name given when a profile names none: `private-link-console-<unix time>`.
    static QString defaultSessionName();

private:
    void assumeNext(const AlibabaCredentials &keys, const QDateTime &expiration);
    ApiError atStep(const ApiError &error) const;

    QList<AlibabaRoleStep> m_roles;
    AlibabaTarget m_sts;
    AlibabaStsClient *m_client;
    qsizetype m_index = 0;
};

/// A call made once the keys it needs are fetched: `make` runs with `target`'s keys replaced by
/// the fetched ones; the job ends with the call's value or the first error.
template<typename T> class AlibabaTargetedJob final : public ValueJob<T>
{
public:
    using Make = std::function<ValueJob<T> *(const AlibabaTarget &)>;

    AlibabaTargetedJob(AlibabaKeysJob *fetch, AlibabaTarget target, Make make, QObject *parent)
        : ValueJob<T>(parent)
        , m_fetch(fetch)
    {
        QObject::connect(fetch, &Job::finished, this,
                         [this, fetch, target, make = std::move(make)]() mutable {
                             if (this->isFinished())
                                 return;
                             if (!fetch->succeeded()) {
                                 this->finishWithError(fetch->error());
                                 return;
                             }
                             target.credentials = fetch->value().keys;
                             ValueJob<T> *call = make(target);
                             m_call = call;
                             QObject::connect(call, &Job::finished, this, [this, call] {
                                 if (this->isFinished())
                                     return;
                                 if (call->succeeded())
                                     this->finishWithValue(call->value());
                                 else
                                     this->finishWithError(call->error());
                             });
                         });
    }

private:
    bool changeMayHaveLeft() const override { return m_call && m_call->changeMayHaveLeft(); }
    void abortWork() override
    {
        // The fetch may serve other callers: only this call is stopped.
        if (m_call)
            m_call->cancel();
    }

    QPointer<Job> m_fetch;
    QPointer<Job> m_call;
};

} // namespace plc
