#include "ui/providers/aws/AwsProviderUi.h"

#include "providers/aws/AwsProvider.h"

using namespace Qt::StringLiterals;

namespace plc {

const Provider &AwsProviderUi::core() const
{
    return AwsProvider::instance();
}

ProviderWords AwsProviderUi::words() const
{
    ProviderWords words;
    words.accept = tr("Accept on AWS…");
    words.reject = tr("Reject on AWS…");
    words.diagnose = tr("Diagnose on AWS…");
    words.acceptToolTip = tr("Accept the connection request on the endpoint service, on AWS");
    words.rejectToolTip = tr("Reject the connection request on the endpoint service, on AWS");
    words.diagnoseToolTip =
        tr("Check the endpoint service on AWS and find why the connection fails");
    words.noAccount =
        tr("Choose an AWS account for this profile (Profiles…) to act on the AWS side.");
    words.openConsole = tr("Open in AWS Console");
    words.openConsoleToolTip = tr("Open the endpoint service in the AWS console");
    words.openedConsole = tr("Opened the endpoint service in the AWS console.");
    words.runCommand = tr("Or run the AWS CLI command below. The connection becomes Active a few "
                          "moments after the request is accepted.");
    words.allowListItem = tr("TiDB Cloud's account (arn:aws:iam::<account ID>:root) is in the "
                             "endpoint service's Allow principals list.");
    words.checkedLive = tr("With %1, the console checks each item on AWS once you have entered "
                           "the endpoint service:");
    words.connectionType =
        tr("The cluster runs on AWS, so the connection goes to an AWS endpoint service; "
           "Alibaba Cloud Endpoint Service is for clusters on Alibaba Cloud.");
    words.serviceNameExample = u"com.amazonaws.vpce.%1.vpce-svc-xxxxxxxxxxxxxxxxx"_s;
    words.endpointSubTitle = tr("Over AWS PrivateLink, never the public internet.");
    words.zoneIdLabel = tr("Availability Zone ID:");
    words.endpointNote = tr("Before you start, make sure DNS hostnames and DNS resolution are both "
                            "enabled in your VPC settings; they are off by default for a VPC "
                            "created in the AWS Management Console.");
    words.securityGroupWhere = tr("VPC > Endpoints > Manage security groups");
    words.endpointTrouble =
        tr("“private-dns-enabled cannot be set because there is already a conflicting DNS "
           "domain”: a private endpoint for this region already exists in the VPC; creating a new "
           "one is unnecessary.");
    return words;
}

} // namespace plc
