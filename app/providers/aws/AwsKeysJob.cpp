#include "providers/aws/AwsKeysJob.h"

#include "base/OutsideText.h"
#include "providers/aws/AwsIdentityCenter.h"
#include "providers/aws/CredentialProcessJob.h"
#include "providers/aws/Ec2Client.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

AwsKeysJob::AwsKeysJob(Plan plan, AwsQueryClient *client, StsClient *sts,
                       ProviderAccount::CodeAsker asker, QObject *parent)
    : StepwiseJob<AwsAssumedRole>(parent)
    , m_plan(std::move(plan))
    , m_sts(sts)
    , m_asker(std::move(asker))
{
    if (m_plan.identityCenter) {
        start<AwsAssumedRole>(
            new AwsRoleCredentialsJob(client, m_plan.sso, this),
            [this](const AwsAssumedRole &role) { assumeNext(role.keys); },
            [this](const ApiError &error) { finishWithError(error); });
        return;
    }
    if (!m_plan.processCommand.isEmpty()) {
        start<AwsCredentials>(
            new CredentialProcessJob(m_plan.processCommand, m_plan.processProfile, this),
            [this](const AwsCredentials &keys) { assumeNext(keys); },
            [this](const ApiError &error) { finishWithError(error); });
        return;
    }
    QTimer::singleShot(0, this, [this] {
        if (!isFinished())
            assumeNext(m_plan.sourceKeys);
    });
}

QString AwsKeysJob::defaultSessionName()
{
    return u"private-link-console-%1"_s.arg(QDateTime::currentSecsSinceEpoch());
}

void AwsKeysJob::assumeNext(const AwsCredentials &keys)
{
    if (m_index >= m_plan.roles.size()) {
        if (m_plan.roles.isEmpty() && !m_plan.identityCenter)
            finishWithValue({keys, {}});
        else
            identify(keys);
        return;
    }
    const AwsRoleStep &step = m_plan.roles.at(m_index);
    if (step.mfaSerial.isEmpty()) {
        assume(keys, {});
        return;
    }
    if (!m_asker) {
        finishWithError(ApiError::provider(
            u"MfaCodeNeeded"_s,
            tr("Role %1 needs a code from MFA device %2, and nothing here can ask for it.")
                .arg(OutsideText::visible(step.roleArn), OutsideText::visible(step.mfaSerial))));
        return;
    }
    start<QString>(
        m_asker({step.mfaSerial, step.roleArn, m_plan.accountText}),
        [this, keys](const QString &code) { assume(keys, code); },
        [this](const ApiError &error) { finishWithError(error); });
}

void AwsKeysJob::assume(const AwsCredentials &keys, const QString &code)
{
    const AwsRoleStep &step = m_plan.roles.at(m_index);
    AwsTarget target = m_plan.sts;
    target.credentials = keys;
    const QString session = step.sessionName.isEmpty() ? defaultSessionName() : step.sessionName;
    start<AwsAssumedRole>(
        m_sts->assumeRole(target, step, session, code),
        [this](const AwsAssumedRole &role) {
            AwsCredentials next = role.keys;
            next.source = m_plan.roles.at(m_index).roleArn;
            ++m_index;
            assumeNext(next);
        },
        [this](const ApiError &error) { finishWithError(atStep(error)); });
}

void AwsKeysJob::identify(const AwsCredentials &keys)
{
    AwsTarget target = m_plan.sts;
    target.credentials = keys;
    start<AwsCallerIdentity>(
        m_sts->callerIdentity(target),
        [this, keys](const AwsCallerIdentity &identity) {
            finishWithValue({keys, identity.arn});
        },
        [this](const ApiError &error) { finishWithError(atStep(error)); });
}

ApiError AwsKeysJob::atStep(const ApiError &error) const
{
    if (error.kind != ApiError::Kind::Provider || m_plan.roles.isEmpty())
        return error;
    ApiError named = error;
    const AwsRoleStep &step = m_plan.roles.at(qMin(m_index, m_plan.roles.size() - 1));
    named.sentence = tr("Assuming role %1 for AWS profile %2: %3")
                         .arg(OutsideText::visible(step.roleArn),
                              OutsideText::visible(step.profileName), error.userMessage());
    return named;
}

} // namespace plc
