#pragma once

#include "api/ApiClient.h"
#include "base/ApiError.h"
#include "sandbox/EmbeddedSandbox.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace plc::test {

/// What a test request got back.
struct Reply
{
    int status = 0;   ///< HTTP status (0: no HTTP answer)
    QJsonObject json; ///< the body: the value on success, google.rpc.Status otherwise
    ApiError error;
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool ok() const { return status == 200 && !error.isError(); }
};

/// A real sandbox on an ephemeral loopback port, on its own thread, with a fresh random key
/// pair — what every integration test talks to over real HTTP. Every answer the sandbox sends
/// is checked against the API contract; tests assert contractViolations() is empty.
class SandboxFixture final
{
public:
    explicit SandboxFixture(const QString &dataFile = QStringLiteral(":memory:"));
    ~SandboxFixture();

    /// Settings for the next start() (tests use millisecond delays).
    sandbox::SandboxConfig &config() { return m_config; }
    const sandbox::SandboxConfig &config() const { return m_config; }

    /// Starts and waits (event loop running) until it listens; false with the reason logged.
    bool start();
    void stop();

    QUrl url() const { return m_sandbox ? m_sandbox->url() : QUrl(); }
    sandbox::EmbeddedSandbox *sandbox() const { return m_sandbox.get(); }
    ApiClient *client() { return &m_client; }

    /// Sends one request with the sandbox's key and waits for the answer.
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QUrlQuery &query = {});
    Reply request(const QByteArray &method, const QString &path, const QJsonObject &body);

    /// On by default; the load test turns it off so that it measures the server, not valijson.
    void setContractChecks(bool on) { m_checkContract = on; }
    QStringList contractViolations() const { return m_violations; }
    int checkedResponses() const { return m_checked; }

private:
    sandbox::SandboxConfig m_config;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    ApiClient m_client;
    QStringList m_violations;
    int m_checked = 0;
    bool m_checkContract = true;
};

/// Millisecond lifecycle delays and no rate limit: what most sandbox tests want.
sandbox::SandboxSettings fastSettings();

/// A new TiDB Cloud connection of the seeded cluster HzPayments to one of the user's Alibaba
/// Cloud services in cn-hangzhou (`epsrv-…`), once it waits for the owner's decision: its
/// privateLinkConnectionId (empty when it could not be made).
QString pendingAlibabaConnection(SandboxFixture &sandbox, const QString &serviceId,
                                 const QString &name);
/// The TiDB Cloud state of a connection of HzPayments.
QString hzPaymentsConnectionState(SandboxFixture &sandbox, const QString &id);

} // namespace plc::test
