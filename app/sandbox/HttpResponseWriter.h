#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QTcpSocket;

namespace plc::sandbox {

/// Writes an HTTP/1.1 answer straight to the client's socket — also the broken ones fault
/// injection asks for (a body cut short, a connection reset mid-answer).
namespace HttpResponseWriter {

enum class Breakage { None, TruncateBody, CloseMidResponse, DropAnswer };

void write(QTcpSocket *socket, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
           const QByteArray &body, Breakage breakage = Breakage::None,
           const QByteArray &contentType = "application/json");
QByteArray reasonPhrase(int status);

} // namespace HttpResponseWriter

} // namespace plc::sandbox
