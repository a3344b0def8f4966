#include "ui/providers/ProviderSideDialogs.h"

#include "ui/providers/alibaba/AlibabaDecisionDialog.h"
#include "ui/providers/alibaba/AlibabaDiagnosisDialog.h"
#include "ui/providers/aws/AwsDecisionDialog.h"
#include "ui/providers/aws/AwsDiagnosisDialog.h"

namespace plc {

namespace {

QDialog *shown(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace

QDialog *ProviderSideDialogs::decision(const ProviderAccounts &accounts,
                                       const PrivateLinkConnection &connection, bool accept,
                                       const std::function<void()> &decided, QWidget *parent)
{
    if (!accounts.actsOn(connection.type.value))
        return nullptr;
    LinkDecisionDialog *dialog = nullptr;
    if (connection.type.value == ConnectionType::AwsEndpointService)
        dialog = new AwsDecisionDialog(accounts.aws, connection, accept, parent);
    else
        dialog = new AlibabaDecisionDialog(accounts.alibaba, connection, accept, parent);
    if (decided)
        QObject::connect(dialog, &LinkDecisionDialog::decided, dialog, decided);
    return shown(dialog);
}

QDialog *ProviderSideDialogs::diagnosis(const ProviderAccounts &accounts,
                                        const PrivateLinkConnection &connection,
                                        const QString &clusterRegion,
                                        const AvailabilityZones &zones, QWidget *parent)
{
    if (!accounts.actsOn(connection.type.value))
        return nullptr;
    if (connection.type.value == ConnectionType::AwsEndpointService)
        return shown(
            new AwsDiagnosisDialog(accounts.aws, connection, clusterRegion, zones, parent));
    return shown(
        new AlibabaDiagnosisDialog(accounts.alibaba, connection, clusterRegion, zones, parent));
}

QString ProviderSideDialogs::decisionText(ConnectionType type, bool accept)
{
    if (type == ConnectionType::AlibabaCloudEndpointService)
        return accept ? tr("Allow on Alibaba Cloud…") : tr("Reject on Alibaba Cloud…");
    return accept ? tr("Accept on AWS…") : tr("Reject on AWS…");
}

QString ProviderSideDialogs::diagnosisText(ConnectionType type)
{
    return type == ConnectionType::AlibabaCloudEndpointService ? tr("Diagnose on Alibaba Cloud…")
                                                               : tr("Diagnose on AWS…");
}

} // namespace plc
