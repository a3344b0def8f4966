#include "sandbox/SandboxDatabase.h"

#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

namespace plc::sandbox {

namespace {
// The handshake's capability flags: those of a TiDB server without TLS (CLIENT_SSL clear:
// the sandbox offers no TLS on this port).
constexpr quint32 DatabaseCapabilities =
    0x0001 /* LONG_PASSWORD */ | 0x0004 /* LONG_FLAG */ | 0x0008 /* CONNECT_WITH_DB */ |
    0x0200 /* PROTOCOL_41 */ | 0x2000 /* TRANSACTIONS */ | 0x8000 /* SECURE_CONNECTION */ |
    0x00080000 /* PLUGIN_AUTH */;
constexpr quint8 Utf8mb4BinCollation = 46;
constexpr quint16 AutocommitStatus = 0x0002;

void appendLittleEndian(QByteArray &bytes, quint32 value, int size)
{
    for (int i = 0; i < size; ++i)
        bytes.append(char((value >> (8 * i)) & 0xff));
}
} // namespace

SandboxDatabase::SandboxDatabase(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &SandboxDatabase::greet);
}

bool SandboxDatabase::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QByteArray SandboxDatabase::greeting(quint32 connectionId)
{
    // The scramble only has to be 20 bytes without NUL; nobody logs in with it.
    const QByteArray scramble = QByteArrayLiteral("sandbox-scramble-20b");
    QByteArray payload;
    payload.append(char(10)); // protocol version
    payload.append(ServerVersion);
    payload.append('\0');
    appendLittleEndian(payload, connectionId, 4);
    payload.append(scramble.left(8));
    payload.append('\0');
    appendLittleEndian(payload, DatabaseCapabilities & 0xffff, 2);
    payload.append(char(Utf8mb4BinCollation));
    appendLittleEndian(payload, AutocommitStatus, 2);
    appendLittleEndian(payload, DatabaseCapabilities >> 16, 2);
    payload.append(char(scramble.size() + 1));
    payload.append(QByteArray(10, '\0'));
    payload.append(scramble.mid(8));
    payload.append('\0');
    payload.append("mysql_native_password");
    payload.append('\0');
    QByteArray packet;
    appendLittleEndian(packet, quint32(payload.size()), 3);
    packet.append('\0'); // sequence
    return packet + payload;
}

void SandboxDatabase::greet()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // What the client says is not read: whatever it is, the answer would be a login.
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        QTimer::singleShot(IdleLimitMs, socket, [socket] { socket->abort(); });
        socket->write(greeting(++m_connections));
    }
}

} // namespace plc::sandbox
