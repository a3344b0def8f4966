#pragma once

#include "ui/providers/ProviderUi.h"

#include <QCoreApplication>

namespace plc {

/// Alibaba Cloud in the windows: Allow on Alibaba Cloud…, the Alibaba Cloud account in the profile
/// dialog, the create wizard's live checks on Alibaba Cloud, and the decision and diagnosis
/// dialogs.
class AlibabaProviderUi final : public ProviderUi
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaProviderUi)

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
