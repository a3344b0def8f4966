#include "providers/alibaba/AlibabaErrorText.h"

#include "base/OutsideText.h"

using namespace Qt::StringLiterals;

namespace plc {

QString AlibabaErrorText::notARegion(const QString &region)
{
    return region.isEmpty()
               ? tr("No Alibaba Cloud region is known: set region_id in the aliyun CLI profile, "
                    "or ALIBABA_CLOUD_REGION_ID.")
               : tr("“%1” is not an Alibaba Cloud region ID; expected one such as cn-hangzhou.")
                     .arg(OutsideText::visible(region));
}

ApiError AlibabaErrorText::regionRefused(const QString &region)
{
    return ApiError::provider(u"NoRegion"_s, notARegion(region));
}

QString AlibabaErrorText::noCredentials()
{
    return tr("No Alibaba Cloud AccessKey was found for this profile, so nothing was sent to "
              "Alibaba Cloud. Choose an aliyun CLI profile, or set ALIBABA_CLOUD_ACCESS_KEY_ID "
              "and ALIBABA_CLOUD_ACCESS_KEY_SECRET.");
}

QString AlibabaErrorText::sentence(const QString &action, int httpStatus, const QString &code,
                                   const QString &message, const QString &ramService)
{
    QString what;
    if (code == "SignatureDoesNotMatch"_L1 || code == "InvalidAccessKeyId.NotFound"_L1 ||
        code == "InvalidAccessKeyId.Inactive"_L1 || code.startsWith("InvalidSecurityToken"_L1) ||
        code == "IncompleteSignature"_L1 || code == "MissingAccessKeyId"_L1) {
        what = tr("Alibaba Cloud did not accept this AccessKey (%1). Check the AccessKey ID and "
                  "its secret, or renew the STS token if the keys are temporary.")
                   .arg(code);
    } else if (code.startsWith("InvalidTimeStamp"_L1)) {
        what = tr("Alibaba Cloud refused the request as expired: this computer's clock is more "
                  "than 15 minutes off. Set the clock right and try again.");
    } else if (code == "Forbidden.RAM"_L1 || code == "NoPermission"_L1 ||
               code.startsWith("Forbidden"_L1)) {
        what = tr("This AccessKey may not call %1. Add %2 to its RAM policy (the user guide "
                  "lists the minimal policy).")
                   .arg(action, ramService + u':' + action);
    } else if (code.startsWith("Throttling"_L1)) {
        what = tr("Alibaba Cloud is throttling the requests of this account (%1). Wait a minute "
                  "and try again.")
                   .arg(code);
    } else if (code == "EndpointServiceNotFound"_L1) {
        what = tr("Alibaba Cloud has no endpoint service with this ID in the account and region "
                  "of this AccessKey. Check that the profile belongs to the service's owner and "
                  "that the region is the service's.");
    } else if (code == "EndpointConnectionOperationDenied"_L1) {
        what = tr("The endpoint connection is no longer waiting to be allowed: refresh to see "
                  "its state.");
    } else if (code == "DryRunOperation"_L1) {
        what = tr("Alibaba Cloud says the change would succeed (dry run); nothing was changed.");
    } else if (httpStatus >= 500) {
        what = tr("Alibaba Cloud could not answer %1 (HTTP %2). Try again in a moment.")
                   .arg(action)
                   .arg(httpStatus);
    } else {
        what = code.isEmpty()
                   ? tr("Alibaba Cloud refused %1 (HTTP %2).").arg(action).arg(httpStatus)
                   : tr("Alibaba Cloud refused %1 (%2).").arg(action, code);
    }
    if (message.isEmpty())
        return what;
    return tr("%1 Alibaba Cloud said: %2").arg(what, message);
}

} // namespace plc
