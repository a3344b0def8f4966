#pragma once

#include "base/Job.h"
#include "base/SendOnce.h"
#include "domain/CliAccount.h"
#include "domain/PrivateLink.h"
#include "domain/ProviderSide.h"
#include "providers/CloudAccountChoice.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace plc {

class InboundSession;
class Provider;
struct PrivateEndpointTarget;

/// The account a TiDB Cloud profile acts on with one cloud provider, with the user's own
/// credentials: where its keys come from, and which account the calls go to. Each provider's
/// account (AwsAccount, AlibabaAccount) adds its clients; what the console does with every
/// provider alike — choose from the profile, read a typed key from the keychain, act on the
/// sandbox, describe itself, name itself to a copied command — is here.
class ProviderAccount : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderAccount)

public:
    /// A one-time code the account needs from the user before it can have keys: an MFA
    /// device's, to assume a role.
    struct CodeQuestion
    {
        QString device;  ///< the MFA device, as the user's files name it
        QString role;    ///< what the code unlocks: the role's ARN
        QString account; ///< the account asking, as description() says it
    };
    /// Asks the user for a code (in a dialog); the job ends with the code, or Cancelled.
    using CodeAsker = std::function<ValueJob<QString> *(const CodeQuestion &question)>;
    /// Who answers code questions; with none, keys that need a code cannot be had.
    void setCodeAsker(CodeAsker asker) { m_codeAsker = std::move(asker); }

    virtual const Provider &provider() const = 0;

    /// Acts on the real cloud as `choice` says, reading the environment and the provider CLI's
    /// files now. A keychain choice waits for its key (awaitStoredKey, useStoredKey).
    virtual void actAs(const CloudAccountChoice &choice) = 0;
    /// The profile's typed key is being read from the keychain: nothing can be called yet.
    virtual void awaitStoredKey() = 0;
    /// The profile's typed key, as the profile dialog's editor packed it into the keychain.
    virtual void useStoredKey(const QString &stored) = 0;
    /// The keychain could not give the key: `problem` says why, for the user.
    virtual void storedKeyUnreadable(const QString &problem) = 0;
    /// A role of the sandbox's emulated account, assumed with the sandbox's key pair.
    struct SandboxRole
    {
        QString arn; ///< empty: the key pair acts itself
        QString mfaDevice;
        QString externalId;
    };
    /// Acts on a sandbox's emulation of the provider, mounted at `mount`, with its key pair,
    /// or as `role` assumed with it.
    virtual void actInSandbox(const QUrl &mount, const QString &keyId, const QString &secret,
                              const SandboxRole &role) = 0;
    /// Acts on nothing.
    void clear() { actAs({}); }

    virtual bool isConfigured() const = 0;
    virtual bool isSandbox() const = 0;
    virtual CloudAccountChoice choice() const = 0;
    /// "AWS profile prod (credential_process)", "the sandbox's Alibaba Cloud account"…
    virtual QString description() const = 0;
    /// Which account the calls go to now, as a key that is the same only for the same account
    /// (never a secret): a change sent to one is settled only while it is chosen.
    virtual QString actingKey() const = 0;
    /// The same account for a copied CLI command.
    virtual CliAccount cliAccount() const = 0;
    /// Why no keys can be had (empty when they can).
    virtual QString problem() const = 0;
    /// When the keys in hand stop working and what renewing them takes, for the window (empty
    /// when the keys do not expire, or none are in hand).
    virtual QString keysNote() const { return {}; }
    /// Makes sure the keys will last through a change about to be sent (`minutes` at least),
    /// renewing them now — asking for a code now, if renewing needs one — rather than between
    /// the parts of the change. Ends at once when they will.
    virtual Job *prepareForChange(int minutes)
    {
        Q_UNUSED(minutes)
        return new ReadyJob<bool>(true, {}, this);
    }
    /// How long keys must last when a change is sent: renewed before it, not during it.
    static constexpr int ChangeMinutes = 15;
    /// Makes `sender`'s change go with this account: settled only while it is chosen
    /// (SendOnce::setTarget), and sent with keys that last through it (prepareForChange).
    SendOnce *aim(SendOnce *sender)
    {
        sender->setTarget([this] { return SendOnce::Target{actingKey(), description()}; });
        sender->setPrepare([this] { return prepareForChange(ChangeMinutes); });
        return sender;
    }
    /// What the fleet asks of a connection's provider side.
    struct SideQuestion
    {
        PrivateLinkConnection connection;
        QString tidbAccount; ///< TiDB Cloud's account for the connection's cluster; empty: unknown
    };
    /// Reads the provider's side of `question.connection` with this account (ProviderSide):
    /// whose its endpoint service is, then — the service being this account's — whether
    /// TiDB Cloud's account may connect (a FAILED connection, when its account is known) or
    /// whether TiDB Cloud's request waits for acceptance (PENDING_ACCEPTANCE). It never asks
    /// the user for anything: keys that would need a code leave the side Unreadable, saying
    /// why. Every request goes through the account's request log.
    virtual ValueJob<ProviderSide> *readSide(const SideQuestion &question, QObject *parent) = 0;

    /// Whether newInboundSession gives a session (asked before making one).
    virtual bool makesInboundEndpoints() const { return false; }
    /// A private endpoint into `target` made with this account, owned by `parent`; none where
    /// the provider has no such way.
    virtual InboundSession *newInboundSession(const PrivateEndpointTarget &target, QObject *parent)
    {
        Q_UNUSED(target)
        Q_UNUSED(parent)
        return nullptr;
    }

Q_SIGNALS:
    /// Another account, or the same account's keys, came or went.
    void changed();
    /// The same account's temporary keys were fetched or renewed: description() and
    /// keysNote() may say more now. Nothing asked or read with the account is void.
    void keysRenewed();

protected:
    explicit ProviderAccount(QObject *parent)
        : QObject(parent)
    {}
    const CodeAsker &codeAsker() const { return m_codeAsker; }

private:
    CodeAsker m_codeAsker;
};

} // namespace plc
