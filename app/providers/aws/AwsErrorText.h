#pragma once

#include "base/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace plc {

/// The sentences for AWS's error answers: what went wrong and what to do, followed by AWS's
/// own words. The one place they are written.
class AwsErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(AwsErrorText)

public:
    /// `action` as called (`DescribeVpcEndpointServicePermissions`), the HTTP status and
    /// AWS's `<Code>` and `<Message>` (either may be empty).
    static QString sentence(const QString &action, int httpStatus, const QString &code,
                            const QString &message);
    static QString noCredentials();
    /// `region` (shown with its control characters made visible) is not an AWS region.
    static QString notARegion(const QString &region);
    /// The error of a call refused because `region` is not an AWS region: nothing is sent.
    static ApiError regionRefused(const QString &region);
};

} // namespace plc
