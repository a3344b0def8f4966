#pragma once

#include "ClusterRoutes.h"
#include "DigestAuthenticator.h"
#include "SandboxResponse.h"

#include <QAbstractHttpServer>

namespace plc::sandbox {

class SandboxStore;

/// The sandbox's HTTP front: authenticates every request with Digest, routes it to the
/// resource handlers and writes JSON answers. Runs on whatever thread it was created on (the
/// sandbox thread in the console); handlers never touch the UI thread.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    SandboxServer(SandboxStore *store, QObject *parent = nullptr);
    ~SandboxServer() override;

    void setKeys(const QHash<QString, QString> &privateKeyByPublicKey);

Q_SIGNALS:
    /// After each answer: for logs and for tests that count what the server received.
    void requestHandled(const QByteArray &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxResponse dispatch(const QHttpServerRequest &request);
    SandboxResponse route(const QHttpServerRequest &request, const QStringList &segments);
    void write(const QHttpServerRequest &request, QTcpSocket *socket,
               const SandboxResponse &response);

    SandboxStore *m_store;
    DigestAuthenticator m_auth;
    ClusterRoutes m_clusters;
};

} // namespace plc::sandbox
