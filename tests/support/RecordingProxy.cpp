#include "RecordingProxy.h"

#include <QTcpSocket>

namespace plc::test {

RecordingProxy::RecordingProxy(const QUrl &target, QObject *parent)
    : QTcpServer(parent)
    , m_target(target)
{
    connect(this, &QTcpServer::newConnection, this, &RecordingProxy::onNewConnection);
}

bool RecordingProxy::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl RecordingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

void RecordingProxy::onNewConnection()
{
    while (QTcpSocket *client = nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(m_target.host(), quint16(m_target.port()));
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] {
            const QByteArray bytes = client->readAll();
            m_clientBytes += bytes;
            upstream->write(bytes);
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

} // namespace plc::test
