#include "ui/providers/alibaba/AlibabaProviderUi.h"

#include "providers/alibaba/AlibabaProvider.h"

using namespace Qt::StringLiterals;

namespace plc {

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

} // namespace plc
