#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace plc::test {

/// A minimal HTTP(S) server on 127.0.0.1 that answers every request with one canned raw
/// response — for the faults the sandbox cannot produce by design (a self-signed
/// certificate, a redirect to another host, a server that repeats page tokens, JSON of the
/// wrong shape). Records every request it received.
class CannedServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit CannedServer(QObject *parent = nullptr);

    /// Serve TLS with the tests' self-signed certificate.
    void useSelfSignedTls() { m_tls = true; }
    void setResponse(int status, const QByteArray &body,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /// Answers each request with what `responder` makes of it (a whole raw HTTP response),
    /// instead of the one canned response: for servers whose answers change (page tokens).
    void setResponder(std::function<QByteArray(const QByteArray &request)> responder)
    {
        m_responder = std::move(responder);
    }
    /// Makes a raw HTTP/1.1 response.
    static QByteArray response(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    QUrl url() const;
    QList<QByteArray> requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void serve(QTcpSocket *socket);

    QByteArray m_response;
    std::function<QByteArray(const QByteArray &)> m_responder;
    QList<QByteArray> m_requests;
    bool m_tls = false;
};

} // namespace plc::test
