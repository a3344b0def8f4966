#pragma once

#include <QNetworkReply>

namespace plc {

// What a finished reply says about its connection, whatever Qt's error code suggests.

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

/// Whether a reply's error is the transport's (the connection failed or broke) rather than
/// the name Qt gives an HTTP error status.
///
/// Qt names a status of 400 or more with an error from 201 to 499 (ContentNotFoundError for
/// 404, InternalServerError for 500), so an error in that range is usually the server's
/// answer. Two of them are not: ContentReSendError, when Qt meant to send the request again
/// after the connection closed and could not (a change's body cannot be rewound), and
/// ProtocolFailure. Both were seen after a status line of 200 had already arrived (in CI: a
/// POST whose answer broke off read as an HTTP error instead of a broken connection). Any
/// error beside a status below 400 is the transport's as well.
inline bool transportFailed(const QNetworkReply *reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError)
        return false;
    if (error < 200 || error == QNetworkReply::ContentReSendError ||
        error == QNetworkReply::ProtocolFailure)
        return true;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    return !status.isValid() || status.toInt() < 400;
}

} // namespace plc
