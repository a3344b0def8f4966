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
    QString publicKey; ///< the authenticated API key
};

} // namespace plc::sandbox
