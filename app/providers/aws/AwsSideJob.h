#pragma once

#include "base/StepwiseJob.h"
#include "providers/ProviderAccount.h"
#include "providers/aws/AwsQueryClient.h"

namespace plc {

class AwsAccount;

/// The AWS side of one connection, for the fleet (ProviderAccount::readSide): the account's
/// keys first (a failure there is the account's, not the connection's), then the service
/// among the account's own (DescribeVpcEndpointServiceConfigurations), then its Allow
/// principals for a FAILED connection (DescribeVpcEndpointServicePermissions) or TiDB Cloud's
/// request for one PENDING_ACCEPTANCE (DescribeVpcEndpointConnections): two requests once the
/// keys are in hand. A request is TiDB Cloud's by the endpoint TiDB Cloud names, or else by
/// its owner, TiDB Cloud's account: never another party's.
class AwsSideJob final : public StepwiseJob<ProviderSide>
{
    Q_DECLARE_TR_FUNCTIONS(AwsSideJob)

public:
    AwsSideJob(AwsAccount *account, ProviderAccount::SideQuestion question, QObject *parent);

private:
    void readService();
    void readPrincipals();
    void readRequest();
    QString notOurs() const;
    void finishAs(ProviderSide::Finding finding, const QString &sentence,
                  bool accountProblem = false);

    AwsAccount *m_account;
    ProviderAccount::SideQuestion m_question;
    QString m_region;
    QString m_serviceId;
    AwsTarget m_target;
};

} // namespace plc
