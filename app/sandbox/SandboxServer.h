#pragma once

#include "AdminRoutes.h"
#include "ClusterRoutes.h"
#include "DigestAuthenticator.h"
#include "DomainRoutes.h"
#include "FaultInjector.h"
#include "PrivateLinkRoutes.h"
#include "ProviderSimulation.h"
#include "RateLimiter.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "SandboxSettings.h"

#include <QAbstractHttpServer>

namespace plc::sandbox {

class SandboxStore;

/// The sandbox's HTTP front. For every request: size cap, Digest authentication, the API
/// key's rate limit, fault injection, the lifecycle steps now due, then the route — the API
/// under `/v1beta1`, the admin API under `/sandbox/v1` — and the JSON answer, written straight
/// to the socket (possibly late or broken, when a fault says so). Runs on the thread it was
/// created on; nothing here ever runs on the console's UI thread.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    SandboxServer(SandboxStore *store, const SandboxSettings &settings, QObject *parent = nullptr);
    ~SandboxServer() override;

    void setKeys(const QHash<QString, QString> &privateKeyByPublicKey);
    void setFaultRule(std::optional<FaultRule> rule) { m_faults.setRule(std::move(rule)); }

Q_SIGNALS:
    /// After each answer, with the body as sent; `intact` is false when a fault changed it.
    void requestHandled(const QByteArray &method, const QString &path, int status,
                        const QByteArray &body, bool intact);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxResponse dispatch(const SandboxRequest &request);
    SandboxResponse routeApi(const SandboxRequest &request);
    void rateLimitHeaders(SandboxResponse &response, const RateLimiter::Decision &decision) const;

    SandboxStore *m_store;
    SandboxSettings m_settings;
    DigestAuthenticator m_auth;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    RequestStats m_stats;
    ProviderSimulation m_simulation;
    ClusterRoutes m_clusters;
    PrivateLinkRoutes m_privateLinks;
    DomainRoutes m_domains;
    AdminRoutes m_admin;
};

} // namespace plc::sandbox
