#include "sandbox/ConnectionGuard.h"

#include "sandbox/HttpResponseWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
/// How long a refused client may go on sending (read and dropped) before the connection is
/// closed: closing at once, with its bytes unread, would reset the connection before the
/// client has read the answer.
constexpr int LingerMs = 1'000;

QByteArray statusBody(int status, const QByteArray &message)
{
    const int code = status == 503 ? 14 : 3; // UNAVAILABLE, INVALID_ARGUMENT
    return QJsonDocument(QJsonObject{{u"code"_s, code},
                                     {u"message"_s, QString::fromLatin1(message)},
                                     {u"details"_s, QJsonArray()}})
        .toJson(QJsonDocument::Compact);
}

void writeRefusal(QTcpSocket *socket, int status, const QByteArray &message)
{
    HttpResponseWriter::write(socket, status, {{"Connection", "close"}},
                              statusBody(status, message));
}

ConnectionGuard *guardOf(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_busy)
            m_socket->abort();
    });
    // Connected before QAbstractHttpServer connects its own: this sees each arrival first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    m_idle.start();
}

void ConnectionGuard::requestStarted(QTcpSocket *socket)
{
    if (ConnectionGuard *guard = guardOf(socket)) {
        guard->m_busy = true;
        guard->m_idle.stop();
        guard->startNextRequest();
    }
}

void ConnectionGuard::answerWritten(QTcpSocket *socket)
{
    if (ConnectionGuard *guard = guardOf(socket)) {
        guard->m_busy = false;
        guard->m_idle.start();
    }
}

void ConnectionGuard::startNextRequest()
{
    m_head.clear();
    m_headLength = -1;
    m_bodyReceived = 0;
    m_declaredLength = -1;
    m_chunked = false;
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        m_socket->readAll(); // dropped: the answer has been given
        return;
    }
    if (!m_busy)
        m_idle.start();
    // QAbstractHttpServer reads all that is there on each arrival, so what is available now
    // has arrived since the last call.
    const QByteArray arrived = m_socket->peek(m_socket->bytesAvailable());
    if (m_headLength < 0) {
        m_head += arrived;
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes)
                refuse(431, "the request line and headers are larger than " +
                                QByteArray::number(m_limits.maxHeaderBytes) + " bytes");
            return;
        }
        m_headLength = end + 4;
        m_bodyReceived = m_head.size() - m_headLength;
        const QList<QByteArray> lines = m_head.left(end).split('\n');
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                m_declaredLength = value.toLongLong(&ok);
                if (!ok || m_declaredLength < 0)
                    m_declaredLength = m_limits.maxBodyBytes + 1; // unreadable: too large
            } else if (name == "transfer-encoding") {
                m_chunked = value.toLower().contains("chunked");
            }
        }
        m_head.clear();
    } else {
        m_bodyReceived += arrived.size();
    }
    // A chunked body carries a few bytes of framing per chunk: allow for them.
    const qint64 framing = m_chunked ? m_limits.maxBodyBytes / 16 + 1024 : 0;
    if (m_declaredLength > m_limits.maxBodyBytes ||
        m_bodyReceived > m_limits.maxBodyBytes + framing) {
        refuse(413, "the request body is larger than " + QByteArray::number(m_limits.maxBodyBytes) +
                        " bytes");
    }
}

void ConnectionGuard::refuse(int status, const QByteArray &message)
{
    m_refused = true;
    m_idle.stop();
    // Taken from QAbstractHttpServer's reach: it reads nothing more of this request.
    m_socket->readAll();
    writeRefusal(m_socket, status, message);
    QTimer::singleShot(LingerMs, m_socket, [socket = m_socket] { socket->abort(); });
}

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (m_open >= m_limits.maxConnections ||
        m_openByPeer.value(peer) >= m_limits.maxConnectionsPerPeer) {
        // Beyond the limits: answered and closed here, never handed to the HTTP server.
        // What it sends is read and dropped until it is closed (see LingerMs).
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        writeRefusal(socket, 503, "too many connections to the sandbox; try again later");
        QTimer::singleShot(LingerMs, socket, [socket] { socket->abort(); });
        return;
    }
    ++m_open;
    ++m_openByPeer[peer];
    connect(socket, &QObject::destroyed, this, [this, peer] {
        --m_open;
        if (--m_openByPeer[peer] <= 0)
            m_openByPeer.remove(peer);
    });
    new ConnectionGuard(socket, m_limits);
    addPendingConnection(socket);
}

} // namespace plc::sandbox
