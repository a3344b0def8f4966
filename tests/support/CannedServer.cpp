#include "CannedServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace plc::test {

CannedServer::CannedServer(QObject *parent)
    : QTcpServer(parent)
{
    setResponse(200, "{}");
}

QByteArray CannedServer::response(int status, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) +
                     " Canned\r\nContent-Type: application/json\r\n" +
                     "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        raw += name + ": " + value + "\r\n";
    return raw + "\r\n" + body;
}

void CannedServer::setResponse(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_response = response(status, body, headers);
}

bool CannedServer::start(const QHostAddress &address)
{
    return listen(address, 0);
}

QUrl CannedServer::url() const
{
    return QUrl(QStringLiteral("%1://%2:%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"),
                         serverAddress().toString())
                    .arg(serverPort()));
}

void CannedServer::incomingConnection(qintptr socketDescriptor)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(socketDescriptor);
        serve(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(socketDescriptor);
    QFile certificate(QStringLiteral(PLC_TEST_CERT_DIR "/selfsigned.crt"));
    QFile key(QStringLiteral(PLC_TEST_CERT_DIR "/selfsigned.key"));
    certificate.open(QIODevice::ReadOnly);
    key.open(QIODevice::ReadOnly);
    socket->setLocalCertificate(QSslCertificate(certificate.readAll()));
    socket->setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    serve(socket);
    socket->startServerEncryption();
}

void CannedServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        const QByteArray request = socket->readAll();
        m_requests.append(request);
        if (request.contains("\r\n\r\n"))
            socket->write(m_responder ? m_responder(request) : m_response);
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace plc::test
