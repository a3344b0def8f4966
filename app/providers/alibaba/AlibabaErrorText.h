#pragma once

#include "base/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace plc {

/// The sentences for Alibaba Cloud's error answers: what went wrong and what to do, followed
/// by Alibaba Cloud's own words. The one place they are written.
class AlibabaErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaErrorText)

public:
    /// `action` as called (`ListVpcEndpointServiceUsers`), the HTTP status and Alibaba
    /// Cloud's `Code` and `Message` (either may be empty); `ramService` is the product's name in
    /// a RAM policy's actions (`privatelink`, `vpc`, `ecs`).
    static QString sentence(const QString &action, int httpStatus, const QString &code,
                            const QString &message,
                            const QString &ramService = QStringLiteral("privatelink"));
    static QString noCredentials();
    /// `region` (shown with its control characters made visible) is not an Alibaba Cloud
    /// region ID; empty: none is known.
    static QString notARegion(const QString &region);
    /// The error of a call refused because `region` is not a region ID: nothing is sent.
    static ApiError regionRefused(const QString &region);
};

} // namespace plc
