#pragma once

#include "ui/providers/LinkDiagnosisDialog.h"

#include "domain/PrivateLink.h"
#include "providers/aws/AwsLinkChecks.h"

namespace plc {

class AwsAccount;

/// Diagnose on AWS…: the create wizard's AWS checks for an existing connection (its endpoint
/// service, the cluster's zones, TiDB Cloud's account).
class AwsDiagnosisDialog final : public LinkDiagnosisDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsDiagnosisDialog)

public:
    AwsDiagnosisDialog(AwsAccount *account, const PrivateLinkConnection &connection,
                       const QString &clusterRegion, const AvailabilityZones &zones,
                       QWidget *parent = nullptr);

protected:
    Job *startCheck() override;
    SendOnce *makeFix() override;

private:
    AwsAccount *m_account;
    AwsLinkFacts m_facts;
    AwsLinkFacts m_read; ///< what the last check read
};

} // namespace plc
