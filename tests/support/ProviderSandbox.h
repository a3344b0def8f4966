#pragma once

// The sandbox a cloud provider's client test talks to, and the targets and accounts that act
// on its emulation of that provider.
#include "SandboxFixture.h"

#include "api/RequestLog.h"
#include "providers/ProviderAccounts.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/alibaba/AlibabaRpcClient.h"
#include "providers/aws/AwsAccount.h"
#include "services/FleetSideReader.h"

#include <QJsonObject>

#include <memory>

namespace plc::test {

/// A sandbox started with the fast lifecycle, counting the requests that reach one provider's
/// mount (`/aws`, `/alibaba`): what a test of "sent once" counts.
class ProviderSandbox final
{
public:
    explicit ProviderSandbox(QString mount)
        : m_mount(std::move(mount))
    {}

    bool start()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        if (!m_sandbox->start())
            return false;
        m_requests = 0;
        QObject::connect(m_sandbox->sandbox(), &sandbox::EmbeddedSandbox::requestHandled,
                         m_sandbox->sandbox(), [this](const QByteArray &, const QString &path) {
                             if (path.startsWith(m_mount))
                                 ++m_requests;
                         });
        return true;
    }
    void stop() { m_sandbox.reset(); }

    SandboxFixture *operator->() const { return m_sandbox.get(); }
    SandboxFixture &fixture() const { return *m_sandbox; }
    /// The provider's mount, as a client is given it (`http://127.0.0.1:<port>/aws/`).
    QUrl mountUrl() const { return m_sandbox->url().resolved(QUrl(m_mount + u'/')); }
    /// Requests that reached the mount since start() or the last resetRequests().
    int requests() const { return m_requests; }
    void resetRequests() { m_requests = 0; }
    /// A fault rule for the mount's requests only.
    bool setFault(QJsonObject rule) const
    {
        rule.insert(QStringLiteral("pathPrefix"), m_mount + u'/');
        return m_sandbox->request("PUT", QStringLiteral("/sandbox/v1/faults"), rule).ok();
    }

private:
    QString m_mount;
    std::unique_ptr<SandboxFixture> m_sandbox;
    int m_requests = 0;
};

/// EC2 or STS in `region` of the sandbox, with its AWS key pair.
inline AwsTarget sandboxAwsTarget(const SandboxFixture &sandbox,
                                  const QByteArray &region = QByteArrayLiteral("us-east-1"))
{
    AwsTarget t;
    t.endpoint = sandbox.url().resolved(QUrl(QStringLiteral("/aws/")));
    t.region = region;
    t.credentials.accessKeyId = sandbox.config().awsAccessKeyId;
    t.credentials.secretAccessKey = sandbox.config().awsSecretAccessKey;
    return t;
}

/// Alibaba Cloud's API of `version` in `region` of the sandbox, with its AccessKey.
inline AlibabaTarget sandboxAlibabaTarget(const SandboxFixture &sandbox, const QString &region,
                                          const QString &version)
{
    AlibabaTarget t;
    t.endpoint = sandbox.url().resolved(QUrl(QStringLiteral("/alibaba/")));
    t.region = region;
    t.version = version;
    t.credentials.accessKeyId = sandbox.config().alibabaAccessKeyId;
    t.credentials.accessKeySecret = sandbox.config().alibabaAccessKeySecret;
    return t;
}

/// Makes `account` act on the sandbox's AWS account, as the console does in sandbox mode.
inline void actOnSandbox(AwsAccount &account, const SandboxFixture &sandbox)
{
    account.useSandbox(sandbox.url().resolved(QUrl(QStringLiteral("/aws/"))),
                       {sandbox.config().awsAccessKeyId,
                        sandbox.config().awsSecretAccessKey,
                        {},
                        {},
                        QStringLiteral("sandbox")});
}

/// A profile's accounts with the sandbox's AWS and Alibaba Cloud, logging to their own log, and
/// the fleet's side source made of them (as the shell's FleetProviderSides makes it).
struct SandboxSideAccounts
{
    RequestLog log;
    AwsAccount aws{&log};
    AlibabaAccount alibaba{&log};

    explicit SandboxSideAccounts(const SandboxFixture &sandbox)
    {
        actOnSandbox(aws, sandbox);
        alibaba.useSandbox(
            sandbox.url().resolved(QUrl(QStringLiteral("/alibaba/"))),
            {sandbox.config().alibabaAccessKeyId, sandbox.config().alibabaAccessKeySecret, {}, {}});
    }

    /// Without accounts: the profile has none with either provider.
    FleetSideReader::Source source(bool withAccounts = true)
    {
        const ProviderAccounts byType(withAccounts ? QList<ProviderAccount *>{&aws, &alibaba}
                                                   : QList<ProviderAccount *>{});
        FleetSideReader::Source source;
        source.hasAccount = [byType](const FleetRow &row) {
            return byType.forType(row.connection.type.value) != nullptr;
        };
        source.read = [byType](const FleetRow &row, const QString &tidb, QObject *parent) {
            return byType.forType(row.connection.type.value)
                ->readSide({row.connection, tidb}, parent);
        };
        return source;
    }
};

} // namespace plc::test
