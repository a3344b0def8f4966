#pragma once

#include "ui/providers/ProviderUi.h"

#include <QCoreApplication>

namespace plc {

/// AWS in the windows: Accept on AWS…, the AWS account in the profile dialog, the create
/// wizard's live checks on AWS, and the decision and diagnosis dialogs.
class AwsProviderUi final : public ProviderUi
{
    Q_DECLARE_TR_FUNCTIONS(AwsProviderUi)

public:
    const Provider &core() const override;
    ProviderWords words() const override;
    CloudAccountEditor *newEditor(QWidget *parent) const override;
    QWizardPage *newChecksPage(CreateContext *context, QWidget *parent) const override;
    QWizardPage *newEndpointPage(EndpointContext *context, QWidget *parent) const override;
    LinkDecisionDialog *newDecisionDialog(ProviderAccount *account,
                                          const PrivateLinkConnection &connection, bool accept,
                                          QWidget *parent) const override;
    QDialog *newDiagnosisDialog(ProviderAccount *account, const PrivateLinkConnection &connection,
                                const QString &clusterRegion, const AvailabilityZones &zones,
                                QWidget *parent) const override;
};

} // namespace plc
