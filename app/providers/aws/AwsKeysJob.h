#pragma once

#include "base/StepwiseJob.h"
#include "providers/ProviderAccount.h"
#include "providers/aws/AwsProfileResolver.h"
#include "providers/aws/AwsQueryClient.h"
#include "providers/aws/AwsResources.h"

#include <QCoreApplication>

namespace plc {

class StsClient;

/// Temporary keys for a profile that has to fetch them: runs its credential_process, asks IAM
/// Identity Center's portal, or takes its source's keys, then assumes each role of its chain in
/// order with the keys of the step before (STS AssumeRole), asking for an MFA code where a role
/// names a device, and at the end asks STS who the keys are (GetCallerIdentity). Ends with the last
/// keys and the ARN they act as. Keys, codes and tokens stay in memory: never in a log, a file or a
/// command line.
class AwsKeysJob final : public StepwiseJob<AwsAssumedRole>
{
    Q_OBJECT

public:
    struct Plan
    {
        AwsCredentials sourceKeys;  ///< the chain's first keys, unless a process gives them
        QStringList processCommand; ///< a credential_process to run first, or empty
        QString processProfile;     ///< its profile, as shown
        /// IAM Identity Center gives the first keys (the portal's GetRoleCredentials).
        bool identityCenter = false;
        AwsSsoSettings sso;
        QList<AwsRoleStep> roles;
        AwsTarget sts;       ///< STS's endpoint and signing region (keys are each step's)
        QString accountText; ///< the account asking, for the code question
    };

    AwsKeysJob(Plan plan, AwsQueryClient *client, StsClient *sts, ProviderAccount::CodeAsker asker,
               QObject *parent);

    /// The session name given when a profile names none: `private-link-console-<unix time>`,
    /// as the CLI gives `botocore-session-<unix time>`.
    static QString defaultSessionName();

private:
    void assumeNext(const AwsCredentials &keys);
    void assume(const AwsCredentials &keys, const QString &code);
    void identify(const AwsCredentials &keys);
    /// `error` with the step it ended on named, for the user.
    ApiError atStep(const ApiError &error) const;

    Plan m_plan;
    StsClient *m_sts;
    ProviderAccount::CodeAsker m_asker;
    qsizetype m_index = 0;
};

} // namespace plc
