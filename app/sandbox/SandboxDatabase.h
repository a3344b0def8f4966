#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>

namespace plc::sandbox {

/// The database behind the sandbox's interface endpoints: a loopback TCP server that greets
/// every client as a TiDB Cloud cluster does (a MySQL protocol 10 handshake, announcing
/// `ServerVersion`), then waits for the client to hang up. It logs nobody in: the
/// connectivity doctor needs only the greeting, and that is all it emulates. The admin API
/// names this address for a host the sandbox made (GET /sandbox/v1/names/{host}), so the
/// doctor's check of an endpoint made in sandbox mode ends with the database answering.
class SandboxDatabase final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxDatabase)

public:
    static constexpr auto ServerVersion = "8.0.11-TiDB-v7.5.2-serverless";
    /// A client that neither hangs up nor sends anything is let go after this long.
    static constexpr int IdleLimitMs = 10'000;

    explicit SandboxDatabase(QObject *parent = nullptr);

    /// Listens on 127.0.0.1, on a port of the system's choosing.
    bool start();
    QHostAddress address() const { return serverAddress(); }
    quint16 port() const { return serverPort(); }

    /// The handshake packet sent to the `connectionId`th client (its first four bytes the
    /// packet header: length and sequence 0).
    static QByteArray greeting(quint32 connectionId);

private:
    void greet();

    quint32 m_connections = 0;
};

} // namespace plc::sandbox
