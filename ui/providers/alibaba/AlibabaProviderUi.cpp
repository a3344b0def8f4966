#include "ui/providers/alibaba/AlibabaProviderUi.h"

#include "providers/alibaba/AlibabaAccount.h"
#include "providers/alibaba/AlibabaProvider.h"
#include "ui/providers/alibaba/AlibabaAccountEditor.h"
#include "ui/providers/alibaba/AlibabaChecksPage.h"
#include "ui/providers/alibaba/AlibabaDecisionDialog.h"
#include "ui/providers/alibaba/AlibabaDiagnosisDialog.h"
#include "ui/providers/alibaba/AlibabaEndpointPage.h"
#include "ui/wizards/CreateConnectionWizard.h"

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// Only AlibabaProvider makes the accounts this provider's windows get.
AlibabaAccount *alibabaAccount(ProviderAccount *account)
{
    auto *alibaba = qobject_cast<AlibabaAccount *>(account);
    Q_ASSERT(alibaba);
    return alibaba;
}
} // namespace

const Provider &AlibabaProviderUi::core() const
{
    return AlibabaProvider::instance();
}

ProviderWords AlibabaProviderUi::words() const
{
    ProviderWords words;
    words.accept = tr("Allow on Alibaba Cloud…");
    words.reject = tr("Reject on Alibaba Cloud…");
    words.diagnose = tr("Diagnose on Alibaba Cloud…");
    words.acceptToolTip =
        tr("Allow the endpoint connection request on the endpoint service, on Alibaba Cloud");
    words.rejectToolTip =
        tr("Reject the endpoint connection request on the endpoint service, on Alibaba Cloud");
    words.diagnoseToolTip =
        tr("Check the endpoint service on Alibaba Cloud and find why the connection fails");
    words.noAccount = tr("Choose an Alibaba Cloud account for this profile (Profiles…) to act on "
                         "the Alibaba Cloud side.");
    words.openConsole = tr("Open in Alibaba Cloud Console");
    words.openConsoleToolTip = tr("Open the Alibaba Cloud VPC console in the endpoint service's "
                                  "region; the endpoint service ID is copied for the search box");
    words.openedConsole = tr("Opened the Alibaba Cloud VPC console; the endpoint service ID is on "
                             "the clipboard for its search box.");
    words.runCommand = tr("Or run the aliyun CLI command below. The connection becomes Active a "
                          "few moments after the request is allowed.");
    words.allowListItem =
        tr("TiDB Cloud's account ID is in the endpoint service's Service Whitelist.");
    words.checkedLive = tr("With %1, the console checks each item on Alibaba Cloud once you have "
                           "entered the endpoint service:");
    words.connectionType =
        tr("The cluster runs on Alibaba Cloud, so the connection goes to an Alibaba Cloud "
           "endpoint service; AWS Endpoint Service is for clusters on AWS.");
    words.serviceNameExample = u"com.aliyuncs.privatelink.%1.epsrv-xxxxxxxxxxxxxxxxx"_s;
    words.endpointSubTitle = tr("Over Alibaba Cloud PrivateLink, never the public internet.");
    words.zoneIdLabel = tr("Zone ID:");
    words.endpointNote = tr("The endpoint must be in the same region as the service, %1, with a "
                            "vSwitch in the zone listed above.");
    words.securityGroupWhere = tr("in the Alibaba Cloud console, the endpoint's security group");
    words.endpointTrouble = tr("The name does not resolve: add the hosts line of the previous step "
                               "on the host, with the endpoint's IP address.");
    return words;
}

CloudAccountEditor *AlibabaProviderUi::newEditor(QWidget *parent) const
{
    return new AlibabaAccountEditor(parent);
}

QWizardPage *AlibabaProviderUi::newChecksPage(CreateContext *context, QWidget *parent) const
{
    return new AlibabaChecksPage(alibabaAccount(context->checkingAccount()), context, parent);
}

QWizardPage *AlibabaProviderUi::newEndpointPage(EndpointContext *context, QWidget *parent) const
{
    return new AlibabaEndpointPage(context, parent);
}

LinkDecisionDialog *AlibabaProviderUi::newDecisionDialog(ProviderAccount *account,
                                                         const PrivateLinkConnection &connection,
                                                         bool accept, QWidget *parent) const
{
    return new AlibabaDecisionDialog(alibabaAccount(account), connection, accept, parent);
}

QDialog *AlibabaProviderUi::newDiagnosisDialog(ProviderAccount *account,
                                               const PrivateLinkConnection &connection,
                                               const QString &clusterRegion,
                                               const AvailabilityZones &zones,
                                               QWidget *parent) const
{
    return new AlibabaDiagnosisDialog(alibabaAccount(account), connection, clusterRegion, zones,
                                      parent);
}

} // namespace plc
