#pragma once

#include "base/StepwiseJob.h"
#include "providers/ProviderAccount.h"

namespace plc {

class AwsAccount;

/// The AWS side of one connection, for the fleet (ProviderAccount::readSide): the service
/// among the account's own (DescribeVpcEndpointServiceConfigurations), then its Allow
/// principals for a FAILED connection (DescribeVpcEndpointServicePermissions) or TiDB Cloud's
/// request for one PENDING_ACCEPTANCE (DescribeVpcEndpointConnections). Two requests at most
/// once the keys are in hand.
class AwsSideJob final : public StepwiseJob<ProviderSide>
{
    Q_DECLARE_TR_FUNCTIONS(AwsSideJob)

public:
    AwsSideJob(AwsAccount *account, ProviderAccount::SideQuestion question, QObject *parent);

private:
    void readPrincipals();
    void readRequest();
    void finishAs(ProviderSide::Finding finding, const QString &sentence);

    AwsAccount *m_account;
    ProviderAccount::SideQuestion m_question;
    QString m_region;
    QString m_serviceId;
};

} // namespace plc
