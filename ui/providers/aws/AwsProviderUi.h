#pragma once

#include "providers/aws/AwsAccount.h"
#include "ui/providers/ProviderUiOf.h"
#include "ui/providers/aws/AwsAccountEditor.h"
#include "ui/providers/aws/AwsChecksPage.h"
#include "ui/providers/aws/AwsDecisionDialog.h"
#include "ui/providers/aws/AwsDiagnosisDialog.h"
#include "ui/providers/aws/AwsEndpointPage.h"

#include <QCoreApplication>

namespace plc {

/// AWS in the windows: Accept on AWS…, the AWS account in the profile dialog, the create
/// wizard's live checks on AWS, and the decision and diagnosis dialogs.
class AwsProviderUi final
    : public ProviderUiOf<AwsAccount, AwsAccountEditor, AwsChecksPage, AwsEndpointPage,
                          AwsDecisionDialog, AwsDiagnosisDialog>
{
    Q_DECLARE_TR_FUNCTIONS(AwsProviderUi)

public:
    const Provider &core() const override;
    ProviderWords words() const override;
};

} // namespace plc
