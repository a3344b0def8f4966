#pragma once

#include "base/Job.h"
#include "domain/CliAccount.h"
#include "providers/CloudAccountChoice.h"
#include "providers/ProviderAccount.h"
#include "providers/alibaba/AlibabaKeysJob.h"
#include "providers/alibaba/AlibabaNetworkClient.h"
#include "providers/alibaba/AlibabaPrivateLinkClient.h"
#include "providers/alibaba/AlibabaProfileResolver.h"

#include <QObject>

#include <functional>

namespace plc {

class RequestLog;

/// The Alibaba Cloud account the active profile acts on, with the user's own AccessKey: where
/// its keys come from (resolved as Alibaba Cloud's own tools resolve them: the
/// ALIBABA_CLOUD_* variables, then the aliyun CLI's `~/.aliyun/config.json`), which endpoint
/// each API is reached at (`privatelink.<region>.aliyuncs.com`, `sts.aliyuncs.com`), and the
/// clients that call them. In sandbox mode it is the embedded sandbox's account, with the
/// AccessKey the sandbox made for this start. Keys are held in memory only.
class AlibabaAccount final : public ProviderAccount
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaAccount)

public:
    explicit AlibabaAccount(RequestLog *log, QObject *parent = nullptr);
    ~AlibabaAccount() override;

    /// Acts on the real cloud with `choice`; `environment` and the aliyun CLI's file are read
    /// now (`~/.aliyun/config.json` under the environment's HOME).
    void choose(const CloudAccountChoice &choice,
                const QHash<QString, QString> &environment = systemEnvironment());
    /// Acts on the real cloud with an AccessKey from the keychain (`keys` incomplete: not read
    /// yet, or not readable — `problem` says why).
    /// Region and endpoint come from the environment (ALIBABA_CLOUD_REGION_ID,
    /// ALIBABA_CLOUD_ENDPOINT).
    void useKeys(const AlibabaCredentials &keys, const QString &problem = {},
                 const QHash<QString, QString> &environment = systemEnvironment());
    /// Acts on a sandbox's `/alibaba/` with its AccessKey.
    void useSandbox(const QUrl &endpoint, const AlibabaCredentials &keys);

    /// The keychain entry of a profile's Alibaba Cloud AccessKey, and what it holds (ID and
    /// secret, as JSON).
    static QString keychainEntry(const QString &profileKeyId)
    {
        return profileKeyId + QStringLiteral("/alibaba");
    }
    static QString packKey(const QString &accessKeyId, const QString &accessKeySecret);
    static AlibabaCredentials unpackKey(const QString &stored);
    /// What is wrong with a typed AccessKey ID / secret (empty: nothing), for the user.
    static QString checkAccessKeyId(const QString &id);
    static QString checkAccessKeySecret(const QString &secret);

    // ProviderAccount
    const Provider &provider() const override;
    void actAs(const CloudAccountChoice &choice) override { choose(choice); }
    void awaitStoredKey() override;
    void useStoredKey(const QString &stored) override;
    void storedKeyUnreadable(const QString &problem) override { useKeys({}, problem); }
    void actInSandbox(const QUrl &mount, const QString &keyId, const QString &secret,
                      const SandboxRole &role) override;
    bool isConfigured() const override;
    bool isSandbox() const override { return m_sandbox; }
    CloudAccountChoice choice() const override { return m_choice; }
    /// "aliyun CLI profile prod", "the sandbox's Alibaba Cloud account"…
    QString description() const override;
    /// Which account the calls go to now, as a key that is the same only for the same account
    /// (kind of choice, profile, access key ID, endpoint; never a secret): a change sent to one
    /// is settled only while it is chosen (SendOnce::setTarget).
    QString actingKey() const override;
    /// The same account for a copied `aliyun` command: its profile, where its AccessKey comes
    /// from, its configured endpoint.
    CliAccount cliAccount() const override;
    /// Why no keys can be had (empty when they can).
    QString problem() const override;
    QString keysNote() const override;
    Job *prepareForChange(int minutes) override;
    ValueJob<ProviderSide> *readSide(const SideQuestion &question, QObject *parent) override;
    bool makesInboundEndpoints() const override { return true; }
    InboundSession *newInboundSession(const PrivateEndpointTarget &target,
                                      QObject *parent) override;
    /// The region of the profile or the environment (empty: none given).
    QString defaultRegion() const { return m_resolved.region; }

    /// Keys and endpoint for PrivateLink in `region` (empty: the profile's). A region that is
    /// not a region name (`cn-hangzhou`) gives no endpoint: it never becomes part of a host.
    AlibabaTarget privateLinkTarget(const QString &region) const
    {
        return productTarget(AlibabaProduct::PrivateLink, region);
    }
    /// The same for any product the console calls: each has its own host in a region
    /// (`vpc.<region>.aliyuncs.com`); the sandbox's `/alibaba/` and ALIBABA_CLOUD_ENDPOINT serve
    /// them all.
    AlibabaTarget productTarget(AlibabaProduct product, const QString &region) const;
    AlibabaTarget stsTarget() const;

    /// `make` runs with the target at once when there are keys; a RAM role's keys are
    /// fetched first when there are none that last five more minutes; otherwise the job ends
    /// with the reason.
    template<typename T>
    ValueJob<T> *run(AlibabaTarget target,
                     const std::function<ValueJob<T> *(const AlibabaTarget &)> &make)
    {
        if (const ApiError error = cannotCall(target); error.isError())
            return new ReadyJob<T>({}, error, this);
        if (!fetchesKeys())
            return make(target);
        if (hasFreshKeys(lifetimeShare(5 * 60'000LL, 4))) {
            target.credentials = m_keys;
            return make(target);
        }
        return afterKeys<T>(fetchKeys(), target, make, this);
    }

    ValueJob<AlibabaCallerIdentity> *identity();
    AlibabaPrivateLinkClient &privateLink() { return m_privateLink; }
    /// The user's VPCs, vSwitches, security groups and endpoints.
    AlibabaNetworkClient &network() { return m_network; }
    AlibabaRpcClient *client() { return &m_client; }

    /// The aliyun CLI's profile names, for a chooser.
    static QStringList
    profileNames(const QHash<QString, QString> &environment = systemEnvironment());
    static QHash<QString, QString> systemEnvironment();

private:
    /// Why a call to `target` cannot be made (no keys; a region that is no region name).
    ApiError cannotCall(const AlibabaTarget &target) const;
    /// useSandbox() without saying so yet (actInSandbox says it once, with the role).
    void enterSandbox(const QUrl &endpoint, const AlibabaCredentials &keys);
    /// Drops a role's keys, and the fetch under way.
    void forgetKeys();
    /// Whether keys are fetched (RAM roles to assume) rather than read.
    bool fetchesKeys() const { return !m_resolved.roles.isEmpty(); }
    /// Fetched keys in hand that last `ms` milliseconds more.
    bool hasFreshKeys(qint64 ms) const;
    /// `ms`, or a `divisor`th of the keys' whole life when that is shorter.
    qint64 lifetimeShare(qint64 ms, int divisor) const;
    /// The fetch under way, or a new one: one at a time, whoever waits for keys.
    AlibabaKeysJob *fetchKeys();

    AlibabaRpcClient m_client;
    AlibabaPrivateLinkClient m_privateLink;
    AlibabaNetworkClient m_network;
    AlibabaStsClient m_sts;
    CloudAccountChoice m_choice;
    AlibabaResolvedProfile m_resolved;
    bool m_sandbox = false;
    QUrl m_sandboxEndpoint;
    AlibabaCredentials m_keys; ///< a role's, in memory only
    QDateTime m_expiration;
    QDateTime m_keysFetched;
    QString m_principal; ///< the session's ARN (STS GetCallerIdentity)
    QPointer<AlibabaKeysJob> m_fetch;
};

} // namespace plc
