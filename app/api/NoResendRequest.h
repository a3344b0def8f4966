#pragma once

#include <QByteArray>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace plc {

/// Sends a request that Qt must never send a second time on its own.
///
/// Qt 6.4's HTTP layer sends a request again, without telling anyone, when the server closes
/// the connection after the request went out and before a byte of the answer (a keep-alive
/// race it repairs for every method). For a change that means a second create or delete the
/// user never asked for (measured: the first POST on a connection was received twice when the
/// server closed without answering). Here the body goes through a device that cannot be
/// rewound, so Qt ends that reply with ContentReSendError instead; the caller reports that
/// the change may have arrived. Reads do not need this: sending them again is harmless.
///
/// Through such a device Qt reports a body as sent when it has taken it from the device, not
/// when it is on the wire, so the send limit cannot see a body stuck behind a full socket.
/// The API's changes are a few hundred bytes, which the socket takes at once; a body over
/// NoResendMaxBytes (none the console sends) goes the buffered way and keeps its send limit.
inline constexpr qsizetype NoResendMaxBytes = 256 * 1024;

QNetworkReply *sendWithoutResend(QNetworkAccessManager *manager, QNetworkRequest request,
                                 const QByteArray &method, const QByteArray &body);

} // namespace plc
