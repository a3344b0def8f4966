#include "sandbox/HttpResponseWriter.h"

#include <QTcpSocket>

namespace plc::sandbox {

QByteArray HttpResponseWriter::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

void HttpResponseWriter::write(QTcpSocket *socket, int status,
                               const QList<QPair<QByteArray, QByteArray>> &headers,
                               const QByteArray &body, Breakage breakage,
                               const QByteArray &contentType)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";

    switch (breakage) {
    case Breakage::None:
        socket->write(head + body);
        return;
    case Breakage::TruncateBody:
        // The length promises the whole body; half of it arrives, then an orderly close.
        socket->write(head + body.left(body.size() / 2));
        socket->disconnectFromHost();
        return;
    case Breakage::DropAnswer:
        // The request was acted on; the connection ends before a byte of the answer, as when
        // a proxy or a load balancer drops it.
        socket->disconnectFromHost();
        return;
    case Breakage::CloseMidResponse:
        socket->write(head + body.left(qMin<qsizetype>(8, body.size() / 4)));
        socket->flush();
        socket->abort();
        return;
    }
}

} // namespace plc::sandbox
