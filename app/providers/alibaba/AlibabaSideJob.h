#pragma once

#include "base/StepwiseJob.h"
#include "providers/ProviderAccount.h"
#include "providers/alibaba/AlibabaRpcClient.h"

namespace plc {

class AlibabaAccount;

/// The Alibaba Cloud side of one connection, for the fleet (ProviderAccount::readSide): the
/// AccessKey first (a failure there is the account's, not the connection's), then the service
/// among the account's own (ListVpcEndpointServices), then its Service Whitelist for a FAILED
/// connection (ListVpcEndpointServiceUsers) or TiDB Cloud's request for one
/// PENDING_ACCEPTANCE (ListVpcEndpointConnections): two requests once the keys are in hand. A
/// request is TiDB Cloud's by the endpoint TiDB Cloud names, or else by its owner, TiDB Cloud's
/// account: never another party's.
class AlibabaSideJob final : public StepwiseJob<ProviderSide>
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaSideJob)

public:
    AlibabaSideJob(AlibabaAccount *account, ProviderAccount::SideQuestion question,
                   QObject *parent);

private:
    void readService();
    void readWhitelist();
    void readRequest();
    QString notOurs() const;
    void finishAs(ProviderSide::Finding finding, const QString &sentence,
                  bool accountProblem = false);

    AlibabaAccount *m_account;
    ProviderAccount::SideQuestion m_question;
    QString m_region;
    QString m_serviceId;
    AlibabaTarget m_target;
};

} // namespace plc
