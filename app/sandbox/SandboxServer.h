#pragma once

#include "sandbox/AdminRoutes.h"
#include "sandbox/ChangefeedRoutes.h"
#include "sandbox/ClusterRoutes.h"
#include "sandbox/DigestAuthenticator.h"
#include "sandbox/DomainRoutes.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/FleetTransitions.h"
#include "sandbox/PrivateLinkRoutes.h"
#include "sandbox/ProviderSimulation.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RouteTable.h"
#include "sandbox/SandboxDatabase.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/alibaba/AlibabaApi.h"
#include "sandbox/aws/AwsApi.h"

#include <QAbstractHttpServer>

#include <functional>
#include <memory>
#include <optional>

namespace plc::sandbox {

class SandboxStore;

/// One API the sandbox emulates, mounted on its own path with its own authentication and its
/// own routes. A metered mount is the emulated cloud API: the rate limit, fault injection and
/// request counts apply to it; the sandbox's admin API is not metered.
struct ApiMount
{
    QStringList prefix; ///< path segments: {"v1beta1"}, {"sandbox", "v1"}
    bool metered = false;
    QString notFoundText; ///< the 404 message; %1 is the path
    /// A refusal (401 with its challenge), or nothing when the request may go on; sets
    /// request.publicKey to the caller's key.
    std::function<std::optional<SandboxResponse>(const QHttpServerRequest &, SandboxRequest &)>
        authenticate;
    RouteTable routes;
    /// Instead of `routes`, for an API with one URL (AWS's Query APIs).
    std::function<SandboxResponse(const SandboxRequest &)> handler;
    /// The API's own words for a request over the rate limit (429) or an injected failure;
    /// without it, a google.rpc.Status.
    std::function<SandboxResponse(const SandboxRequest &, int status)> refuse;
};

/// The sandbox's HTTP front. Every request goes through the same stages — size cap, the
/// mount's authentication, then for a metered mount the API key's rate limit and fault
/// injection, the route (after the lifecycle steps now due) and the request count — and the
/// JSON answer is written straight to the socket (late or broken, when a fault says so). Runs
/// on the thread it was created on; nothing here ever runs on the console's UI thread.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    /// Each emulated cloud's seeded networks (the one place the sandbox names its clouds).
    static QList<SandboxSeed::NetworkSeed> networkSeeds();

    SandboxServer(SandboxStore *store, const SandboxSettings &settings, QObject *parent = nullptr);
    ~SandboxServer() override;

    void setKeys(const QHash<QString, QString> &privateKeyByPublicKey);
    /// The AWS key pair of the user's account, for the `/aws/` mount.
    void setAwsKey(const QString &accessKeyId, const QString &secretAccessKey)
    {
        m_aws.setUserKey(accessKeyId, secretAccessKey);
    }
    /// The AccessKey of the user's Alibaba Cloud account, for the `/alibaba/` mount.
    void setAlibabaKey(const QString &accessKeyId, const QString &accessKeySecret)
    {
        m_alibaba.setUserKey(accessKeyId, accessKeySecret);
    }
    void setFaultRule(std::optional<FaultRule> rule) { m_faults.setRule(std::move(rule)); }
    /// The store holds a generated fleet of this size: it moves by itself from now on.
    void setFleet(const FleetSize &size);
    /// "METHOD /prefix/pattern" for every route of every mount.
    QStringList routes() const;

Q_SIGNALS:
    /// After each answer, with the body as sent; `intact` is false when a fault changed it.
    void requestHandled(const QByteArray &method, const QString &path, int status,
                        const QByteArray &body, bool intact);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void mountTidbCloudApi();
    void mountAdminApi();
    void mountAwsApi();
    void mountAlibabaApi();
    /// GET /sandbox/v1/names/{host}: where the database behind an endpoint the sandbox made
    /// listens (SandboxDatabase, started on the first such question).
    SandboxResponse nameOf(const QString &host);
    std::optional<SandboxResponse> authenticateDigest(const QHttpServerRequest &httpRequest,
                                                      SandboxRequest &request, bool metered);
    /// The stages; each returns the answer when it ends the request.
    SandboxResponse process(const QHttpServerRequest &httpRequest, SandboxRequest &request,
                            FaultPlan *fault);
    std::optional<SandboxResponse> limitRate(const ApiMount &mount, const SandboxRequest &request,
                                             RateLimiter::Decision *decision);
    std::optional<SandboxResponse> injectFault(const ApiMount &mount, const SandboxRequest &request,
                                               FaultPlan *fault);
    SandboxResponse route(const ApiMount &mount, const SandboxRequest &request);
    void count(const SandboxRequest &request);
    void rateLimitHeaders(SandboxResponse &response, const RateLimiter::Decision &decision) const;
    const ApiMount *mountFor(const QStringList &segments) const;

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
    ChangefeedRoutes m_changefeeds;
    AdminRoutes m_admin;
    AwsApi m_aws;
    AlibabaApi m_alibaba;
    /// No child of this server: QAbstractHttpServer counts its QTcpServer children as its own.
    SandboxDatabase m_database;
    QList<ApiMount> m_mounts;
    std::unique_ptr<FleetTransitions> m_fleet; ///< with a generated fleet only
};

} // namespace plc::sandbox
