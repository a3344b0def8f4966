#pragma once

// What the doctor finds behind a name the sandbox made: the admin API's answer for the name
// (GET /sandbox/v1/names/{host}) and the first packet of the database at that address, read
// over real TCP as any MySQL client reads it.
#include "SandboxFixture.h"

#include "diagnostics/MysqlGreeting.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QUrl>

namespace plc::test {

inline Reply sandboxName(SandboxFixture &sandbox, const QString &host)
{
    return sandbox.request("GET", QStringLiteral("/sandbox/v1/names/") +
                                      QString::fromLatin1(QUrl::toPercentEncoding(host)));
}

/// The greeting the database at `address`:`port` sends first (Incomplete when none came in
/// 5 s). Blocking is fine here: the sandbox answers on its own thread.
inline MysqlGreeting greetingAt(const QString &address, int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(address), quint16(port));
    if (!socket.waitForConnected(5000))
        return {};
    QByteArray received;
    MysqlGreeting greeting;
    while (greeting.status == MysqlGreeting::Status::Incomplete && socket.waitForReadyRead(5000)) {
        received += socket.readAll();
        greeting = MysqlGreeting::parse(received);
    }
    return greeting;
}

} // namespace plc::test
