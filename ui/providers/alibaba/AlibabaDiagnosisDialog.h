#pragma once

#include "ui/providers/LinkDiagnosisDialog.h"

#include "domain/PrivateLink.h"
#include "providers/alibaba/AlibabaLinkChecks.h"

namespace plc {

class AlibabaAccount;

/// Diagnose on Alibaba Cloud…: the create wizard's Alibaba Cloud checks for an existing
/// connection (its endpoint service, the cluster's zones, TiDB Cloud's account).
class AlibabaDiagnosisDialog final : public LinkDiagnosisDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaDiagnosisDialog)

public:
    AlibabaDiagnosisDialog(AlibabaAccount *account, const PrivateLinkConnection &connection,
                           const QString &clusterRegion, const AvailabilityZones &zones,
                           QWidget *parent = nullptr);

protected:
    Job *startCheck() override;
    SendOnce *makeFix() override;

private:
    AlibabaAccount *m_account;
    AlibabaLinkFacts m_facts;
    AlibabaLinkFacts m_read; ///< what the last check read
};

} // namespace plc
