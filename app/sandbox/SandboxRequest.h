#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrlQuery>

namespace plc::sandbox {

/// One request as the routes see it: everything copied out of QHttpServerRequest, so an
/// answer can be written later (added latency) without holding on to the server's objects.
struct SandboxRequest
{
    QByteArray method;
    QString path;         ///< decoded path
    QStringList segments; ///< path split on '/', without empty parts
    QUrlQuery query;
    QByteArray body;
    QString publicKey; ///< the authenticated API key (AWS: the access key ID)
    /// AWS: the caller's account and the region and service of its signature's scope.
    QString awsAccount;
    QString awsRegion;
    QString awsService;
    /// Alibaba Cloud: the caller's account, the request's RegionId and every parameter of the
    /// signed request, decoded.
    QString providerAccount;
    QString providerRegion;
    QList<QPair<QString, QString>> rpcParams;
    /// IAM Identity Center's portal: the sign-in's token (`x-amz-sso_bearer_token`).
    QString bearerToken;
};

} // namespace plc::sandbox
