#pragma once

#include <QNetworkReply>

namespace plc {

/// Whether an answer's body arrived shorter than its `Content-Length` announced.
///
/// Qt 6.4 can finish such a reply without any error: when the server closes the connection in
/// the middle of the body and Qt notices the closed socket before the reset, it takes the end
/// of the connection for the end of the body. Which of the two Qt sees first depends on
/// timing, so a client that trusts `NoError` reads a cut-off body as a whole one. A body of
/// another encoding (Qt unpacks gzip and deflate) has no length to compare with.
inline bool bodyBrokeOff(const QNetworkReply *reply, qsizetype received)
{
    if (!reply->hasRawHeader("Content-Length"))
        return false;
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return false;
    bool ok = false;
    const qint64 declared = reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    return ok && declared > received;
}

} // namespace plc
