#pragma once

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace plc::sandbox {

/// What one client may hold of the sandbox, which runs inside the console: any local process —
/// or a web page posting to the port — reaches it before any authentication.
struct ConnectionLimits
{
    qint64 maxBodyBytes = 1024 * 1024; ///< a request body; larger ones are answered 413
    qint64 maxHeaderBytes = 64 * 1024; ///< the request line and headers; 431 beyond
    int idleTimeoutMs = 30'000;        ///< silence from a client before its connection closes
    int maxConnections = 128;          ///< open at once, in all
    int maxConnectionsPerPeer = 64;    ///< open at once from one address
};

/// Watches one connection, ahead of QAbstractHttpServer (which buffers a whole request before
/// it hands it over): counts the bytes of each request as they arrive and answers 413 (or 431)
/// as soon as the declared or received size passes the limit, then reads and drops what the
/// client still sends for a moment and closes; closes a connection that stays silent for the
/// idle limit while no answer of the sandbox is pending. A child of its socket.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits);

    /// The server calls these around each answer: the client is not idle while it waits.
    static void requestStarted(QTcpSocket *socket);
    static void answerWritten(QTcpSocket *socket);

private:
    void onReadyRead();
    void refuse(int status, const QByteArray &message);
    void startNextRequest();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    QTimer m_idle;
    QByteArray m_head;        ///< the current request's bytes until its headers end
    qint64 m_headLength = -1; ///< where the headers end (-1: not yet)
    qint64 m_bodyReceived = 0;
    qint64 m_declaredLength = -1;
    bool m_chunked = false;
    bool m_busy = false;
    bool m_refused = false;
};

/// A QTcpServer whose connections each get a ConnectionGuard, and that answers 503 (and
/// closes) a connection beyond the limits of open connections in all and per address.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(const ConnectionLimits &limits, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    ConnectionLimits m_limits;
    int m_open = 0;
    QHash<QHostAddress, int> m_openByPeer;
};

} // namespace plc::sandbox
