#include "providers/aws/AwsErrorText.h"

#include "base/OutsideText.h"

using namespace Qt::StringLiterals;

namespace plc {

QString AwsErrorText::noCredentials()
{
    return tr("No AWS credentials were found for this profile, so nothing was sent to AWS. Choose "
              "an AWS profile, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or enter a key.");
}

QString AwsErrorText::notARegion(const QString &region)
{
    return tr("“%1” is not an AWS region; expected one such as us-east-1.")
        .arg(OutsideText::visible(region));
}

ApiError AwsErrorText::regionRefused(const QString &region)
{
    return ApiError::provider(u"NoRegion"_s, notARegion(region));
}

QString AwsErrorText::sentence(const QString &action, int httpStatus, const QString &code,
                               const QString &message)
{
    QString what;
    if (action == "AssumeRole"_L1 && (code == "AccessDenied"_L1 || code == "ValidationError"_L1)) {
        if (message.contains("invalid MFA one time pass code"_L1))
            what = tr("AWS did not accept the MFA code. Type the code the device shows now: each "
                      "code is good for about 30 seconds.");
        else if (message.contains("unable to validate MFA code"_L1))
            what = tr("AWS does not know this MFA device for the keys that assume the role. "
                      "mfa_serial must name the device of the IAM user whose keys these are.");
        else if (message.contains("DurationSeconds"_L1) || message.contains("durationSeconds"_L1))
            what = tr("The session asked for is longer than the role allows. Lower "
                      "duration_seconds: at most the role's maximum, and one hour when a role's "
                      "keys assume another role.");
        else if (code == "AccessDenied"_L1)
            what = tr("AWS did not let these keys assume the role. The role's trust policy does "
                      "not allow them, or it requires an external ID or MFA that the profile "
                      "does not give. Check role_arn, external_id and mfa_serial with the role's "
                      "owner.");
        else
            what = tr("AWS refused to assume the role (%1).").arg(code);
    } else if (code == "AuthFailure"_L1 || code == "InvalidClientTokenId"_L1 ||
               code == "SignatureDoesNotMatch"_L1 || code == "IncompleteSignature"_L1 ||
               code == "MissingAuthenticationToken"_L1 ||
               code == "UnrecognizedClientException"_L1 || code == "ExpiredToken"_L1 ||
               code == "InvalidToken"_L1) {
        what = message.startsWith("Signature expired"_L1)
                   ? tr("AWS refused the request as expired: this computer's clock is more "
                        "than 15 minutes off. Set the clock right and try again.")
                   : tr("AWS did not accept these credentials (%1). Check the access key and its "
                        "secret, or renew the session if the keys are temporary.")
                         .arg(code);
    } else if (code == "RequestExpired"_L1) {
        what = tr("AWS refused the request as expired: this computer's clock is more than 15 "
                  "minutes off. Set the clock right and try again.");
    } else if (code == "UnauthorizedOperation"_L1 || code == "AccessDenied"_L1 ||
               code == "AccessDeniedException"_L1) {
        what = tr("These AWS credentials may not call %1. Add ec2:%1 to their IAM policy (the "
                  "user guide lists the minimal policy).")
                   .arg(action);
    } else if (code == "RequestLimitExceeded"_L1 || code == "Throttling"_L1 ||
               code == "ThrottlingException"_L1) {
        what = tr("AWS is throttling the requests of this account (%1). Wait a minute and try "
                  "again.")
                   .arg(code);
    } else if (code == "InvalidVpcEndpointServiceId.NotFound"_L1) {
        what = tr("AWS has no endpoint service with this ID in the account and region of these "
                  "credentials. Check that the AWS profile belongs to the service's owner and "
                  "that the region is the service's.");
    } else if (code == "InvalidServiceName"_L1) {
        what = tr("The endpoint service does not exist in this region, or the account of these "
                  "credentials is not allowed to see it.");
    } else if (code == "InvalidPrincipal"_L1) {
        what = tr("AWS refused the principal: an Allow principal is an IAM ARN such as "
                  "arn:aws:iam::123456789012:root, or *.");
    } else if (code == "OptInRequired"_L1) {
        what = tr("This region is not enabled for the AWS account. Enable it in the AWS "
                  "console's account settings first.");
    } else if (code == "DryRunOperation"_L1) {
        what = tr("AWS says the change would succeed (dry run); nothing was changed.");
    } else if (httpStatus >= 500) {
        what = tr("AWS could not answer %1 (HTTP %2). Try again in a moment.")
                   .arg(action)
                   .arg(httpStatus);
    } else {
        what = code.isEmpty() ? tr("AWS refused %1 (HTTP %2).").arg(action).arg(httpStatus)
                              : tr("AWS refused %1 (%2).").arg(action, code);
    }
    if (message.isEmpty())
        return what;
    return tr("%1 AWS said: %2").arg(what, message);
}

} // namespace plc
