#pragma once

#include "providers/alibaba/AlibabaAccount.h"
#include "ui/providers/ProviderUiOf.h"
#include "ui/providers/alibaba/AlibabaAccountEditor.h"
#include "ui/providers/alibaba/AlibabaChecksPage.h"
#include "ui/providers/alibaba/AlibabaDecisionDialog.h"
#include "ui/providers/alibaba/AlibabaDiagnosisDialog.h"
#include "ui/providers/alibaba/AlibabaEndpointPage.h"

#include <QCoreApplication>

namespace plc {

/// Alibaba Cloud in the windows: Allow on Alibaba Cloud…, the Alibaba Cloud account in the profile
/// dialog, the create wizard's live checks on Alibaba Cloud, and the decision and diagnosis
/// dialogs.
class AlibabaProviderUi final
    : public ProviderUiOf<AlibabaAccount, AlibabaAccountEditor, AlibabaChecksPage,
                          AlibabaEndpointPage, AlibabaDecisionDialog, AlibabaDiagnosisDialog>
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaProviderUi)

public:
    const Provider &core() const override;
    ProviderWords words() const override;
};

} // namespace plc
