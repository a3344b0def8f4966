#pragma once

#include "base/AfterJob.h"
#include "domain/CliAccount.h"
#include "providers/CloudAccountChoice.h"
#include "providers/ProviderAccount.h"
#include "providers/aws/AwsProfileResolver.h"
#include "providers/aws/AwsQueryClient.h"
#include "providers/aws/Ec2Client.h"
#include "providers/aws/Ec2NetworkClient.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace plc {

class AwsKeysJob;
class RequestLog;

/// Which AWS account a TiDB Cloud profile acts on (CloudAccountChoice: none, the AWS CLI's
/// default chain, a named profile of the shared files, or a key kept in the OS keychain).
using AwsAccountChoice = CloudAccountChoice;

/// A job that first gets an AwsTarget (keys, endpoint, region) and then runs the call made
/// from it; it ends with that call's value or the first error.
template<typename T> using AwsTargetedJob = AfterJob<T, AwsTarget>;

/// The AWS account the active profile acts on, with the user's own credentials: where its
/// keys come from (resolved as the AWS CLI resolves them; a credential_process is run, and a
/// profile's roles assumed, when keys are needed, and the keys kept in memory until five
/// minutes before they expire), which
/// endpoint each service is reached at, and the clients that call them. In sandbox mode it is
/// the embedded sandbox's account, with the key pair the sandbox made for this start.
class AwsAccount final : public ProviderAccount
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsAccount)

public:
    explicit AwsAccount(RequestLog *log, QObject *parent = nullptr);
    ~AwsAccount() override;

    /// Acts on the real cloud with `choice`; `environment` and the shared files are read now.
    void
    choose(const AwsAccountChoice &choice,
           const QHash<QString, QString> &environment = AwsProfileResolver::systemEnvironment());
    /// Acts on the real cloud with a key from the keychain (`keys` empty: not read yet, or not
    /// readable — `problem` says why). Region and endpoints come from the environment
    /// (AWS_REGION, AWS_ENDPOINT_URL…).
    void
    useKeys(const AwsCredentials &keys, const QString &problem = {},
            const QHash<QString, QString> &environment = AwsProfileResolver::systemEnvironment());
    /// The keychain entry of a profile's AWS key, and what it holds (ID and secret, as JSON).
    static QString keychainEntry(const QString &profileKeyId)
    {
        return profileKeyId + QStringLiteral("/aws");
    }
    static QString packKey(const QString &accessKeyId, const QString &secretAccessKey);
    static AwsCredentials unpackKey(const QString &stored);
    /// What is wrong with a typed access key ID / secret (empty: nothing), for the user.
    static QString checkAccessKeyId(const QString &id);
    static QString checkSecretAccessKey(const QString &secret);

    /// Acts on a sandbox's `/aws/` with its key pair.
    void useSandbox(const QUrl &endpoint, const AwsCredentials &keys);

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
    AwsAccountChoice choice() const override { return m_choice; }
    /// "AWS profile prod (credential_process)", "the sandbox's AWS account"…
    QString description() const override;
    /// Which account the calls go to now, as a key that is the same only for the same account
    /// (kind of choice, profile, access key ID, endpoint; never a secret): a change sent to one
    /// is settled only while it is chosen (SendOnce::setTarget).
    QString actingKey() const override;
    /// The same account for a copied `aws` command: its profile, where its keys come from,
    /// its configured endpoints.
    CliAccount cliAccount() const override;
    /// Why no keys can be had (empty when they can).
    QString problem() const override;
    QString keysNote() const override;
    Job *prepareForChange(int minutes) override;
    ValueJob<ProviderSide> *readSide(const SideQuestion &question, QObject *parent) override;
    bool makesInboundEndpoints() const override { return true; }
    InboundSession *newInboundSession(const PrivateEndpointTarget &target,
                                      QObject *parent) override;

    /// Keys, endpoint and region for `service` (`ec2`, `sts`) in `region`.
    ValueJob<AwsTarget> *target(const QByteArray &service, const QString &region);

    /// `make` runs once the target is known.
    template<typename T>
    AwsTargetedJob<T> *run(const QByteArray &service, const QString &region,
                           typename AwsTargetedJob<T>::Make make)
    {
        return new AwsTargetedJob<T>(target(service, region), std::move(make), this);
    }

    AwsTargetedJob<AwsCallerIdentity> *identity();

    AwsQueryClient *client() { return &m_client; }
    Ec2Client &ec2() { return m_ec2; }
    Ec2NetworkClient &network() { return m_network; }
    StsClient &sts() { return m_sts; }
    /// The profile names of the shared files, for a chooser.
    static QStringList profileNames(
        const QHash<QString, QString> &environment = AwsProfileResolver::systemEnvironment());

private:
    QUrl endpointFor(const QByteArray &service, const QString &region) const;
    /// useSandbox() without saying so yet (actInSandbox says it once, with the role).
    void enterSandbox(const QUrl &endpoint, const AwsCredentials &keys);
    /// Keys in hand that last `ms` milliseconds more (or do not expire).
    bool hasFreshKeys(qint64 ms) const;
    /// `ms`, or a `divisor`th of the keys' whole life when that is shorter.
    qint64 lifetimeShare(qint64 ms, int divisor) const;
    /// Whether keys are fetched (a credential_process, roles to assume) rather than read.
    bool fetchesKeys() const;
    /// The fetch under way, or a new one: one at a time, whoever waits for keys.
    AwsKeysJob *fetchKeys();

    AwsQueryClient m_client;
    Ec2Client m_ec2;
    Ec2NetworkClient m_network;
    StsClient m_sts;
    AwsAccountChoice m_choice;
    AwsResolvedProfile m_resolved;
    bool m_sandbox = false;
    QUrl m_sandboxEndpoint;
    AwsCredentials m_keys; ///< in memory only
    QString m_principal;   ///< the ARN fetched keys act as (STS GetCallerIdentity)
    QDateTime m_keysFetched;
    QPointer<AwsKeysJob> m_fetch;
};

} // namespace plc
