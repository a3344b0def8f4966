#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QUrl>

namespace plc::test {

/// A TCP relay on 127.0.0.1 in front of a server that keeps every byte the client sent, so
/// tests can assert what did (and did not) cross the wire.
class RecordingProxy final : public QTcpServer
{
    Q_OBJECT

public:
    explicit RecordingProxy(const QUrl &target, QObject *parent = nullptr);

    bool start();
    QUrl url() const;
    QByteArray clientBytes() const { return m_clientBytes; }

private:
    void onNewConnection();

    QUrl m_target;
    QByteArray m_clientBytes;
};

} // namespace plc::test
