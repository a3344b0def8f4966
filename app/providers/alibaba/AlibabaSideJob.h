#pragma once

#include "base/StepwiseJob.h"
#include "providers/ProviderAccount.h"

namespace plc {

class AlibabaAccount;

/// The Alibaba Cloud side of one connection, for the fleet (ProviderAccount::readSide): the
/// service among the AccessKey's own (ListVpcEndpointServices), then its Service Whitelist for
/// a FAILED connection (ListVpcEndpointServiceUsers) or TiDB Cloud's request for one
/// PENDING_ACCEPTANCE (ListVpcEndpointConnections). Two requests at most once the keys are in
/// hand.
class AlibabaSideJob final : public StepwiseJob<ProviderSide>
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaSideJob)

public:
    AlibabaSideJob(AlibabaAccount *account, ProviderAccount::SideQuestion question,
                   QObject *parent);

private:
    void readWhitelist();
    void readRequest();
    void finishAs(ProviderSide::Finding finding, const QString &sentence);
    QString notOurs() const;

    AlibabaAccount *m_account;
    ProviderAccount::SideQuestion m_question;
    QString m_region;
    QString m_serviceId;
};

} // namespace plc
