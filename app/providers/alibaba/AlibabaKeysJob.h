#pragma once

#include "base/AfterJob.h"
#include "base/StepwiseJob.h"
#include "providers/alibaba/AlibabaProfileResolver.h"
#include "providers/alibaba/AlibabaResources.h"
#include "providers/alibaba/AlibabaRpcClient.h"

#include <QCoreApplication>

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

/// A call made once the keys it needs are fetched: `make` runs with `target`'s keys replaced
/// by the fetched ones. The fetch may serve other callers: cancelling the call leaves it be.
template<typename T>
ValueJob<T> *afterKeys(AlibabaKeysJob *fetch, AlibabaTarget target,
                       std::function<ValueJob<T> *(const AlibabaTarget &)> make, QObject *parent)
{
    return new AfterJob<T, AlibabaAssumedRole>(
        fetch,
        [target = std::move(target), make = std::move(make)](const AlibabaAssumedRole &role) {
            AlibabaTarget withKeys = target;
            withKeys.credentials = role.keys;
            return make(withKeys);
        },
        parent, true);
}

} // namespace plc
