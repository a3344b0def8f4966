#include "providers/alibaba/AlibabaKeysJob.h"

#include "base/OutsideText.h"
#include "providers/alibaba/AlibabaPrivateLinkClient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

AlibabaKeysJob::AlibabaKeysJob(AlibabaCredentials sourceKeys, QList<AlibabaRoleStep> roles,
                               AlibabaTarget sts, AlibabaStsClient *client, QObject *parent)
    : StepwiseJob<AlibabaAssumedRole>(parent)
    , m_roles(std::move(roles))
    , m_sts(std::move(sts))
    , m_client(client)
{
    QTimer::singleShot(0, this, [this, keys = std::move(sourceKeys)] {
        if (!isFinished())
            assumeNext(keys, {});
    });
}

QString AlibabaKeysJob::defaultSessionName()
{
    return u"private-link-console-%1"_s.arg(QDateTime::currentSecsSinceEpoch());
}

void AlibabaKeysJob::assumeNext(const AlibabaCredentials &keys, const QDateTime &expiration)
{
    AlibabaTarget target = m_sts;
    target.credentials = keys;
    if (m_index >= m_roles.size()) {
        start<AlibabaCallerIdentity>(
            m_client->callerIdentity(target),
            [this, keys, expiration](const AlibabaCallerIdentity &identity) {
                finishWithValue({keys, expiration, identity.arn});
            },
            [this](const ApiError &error) { finishWithError(atStep(error)); });
        return;
    }
    const AlibabaRoleStep &step = m_roles.at(m_index);
    const QString session = step.sessionName.isEmpty() ? defaultSessionName() : step.sessionName;
    start<AlibabaAssumedRole>(
        m_client->assumeRole(target, step, session),
        [this](const AlibabaAssumedRole &role) {
            AlibabaCredentials next = role.keys;
            next.source = m_roles.at(m_index).roleArn;
            ++m_index;
            assumeNext(next, role.expiration);
        },
        [this](const ApiError &error) { finishWithError(atStep(error)); });
}

ApiError AlibabaKeysJob::atStep(const ApiError &error) const
{
    if (error.kind != ApiError::Kind::Provider || m_roles.isEmpty())
        return error;
    ApiError named = error;
    const AlibabaRoleStep &step = m_roles.at(qMin(m_index, m_roles.size() - 1));
    named.sentence = tr("Assuming RAM role %1 for Alibaba Cloud profile %2: %3")
                         .arg(OutsideText::visible(step.roleArn),
                              OutsideText::visible(step.profileName), error.userMessage());
    return named;
}

} // namespace plc
