#include "shell/FleetProviderSides.h"

#include "shell/SandboxLauncher.h"

#include "api/RequestLog.h"
#include "models/FleetFeed.h"
#include "providers/ProviderAccount.h"
#include "providers/ProviderAccounts.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"

#include <QCryptographicHash>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace plc {

namespace {

/// A digest of a stored key, to tell a retyped key from the one in use without keeping it.
QByteArray digest(const QString &stored)
{
    return QCryptographicHash::hash(stored.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

struct FleetProviderSides::Accounts
{
    QString choices;
    QHash<QString, QByteArray> keyHashes; ///< by provider: a digest of the keychain key in use
    RequestLog log;
    QList<ProviderAccount *> all; ///< owned by `owner`
    std::unique_ptr<QObject> owner = std::make_unique<QObject>();
    int keysAwaited = 0;
    int generation = 0;
};

FleetProviderSides::FleetProviderSides(FleetFeed *feed, ProfileStore *profiles,
                                       SecretStore *secrets, SandboxLauncher *sandbox,
                                       QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_sandbox(sandbox)
{
    // The sandbox's emulations have keys only once it runs.
    connect(m_sandbox, &SandboxLauncher::started, this, [this] {
        if (m_accounts.contains(Profile::sandboxName()))
            prepare(Profile::sandboxName());
    });
}

FleetProviderSides::~FleetProviderSides()
{
    const QStringList profiles = m_accounts.keys();
    for (const QString &profile : profiles)
        forget(profile);
}

RequestLog *FleetProviderSides::log(const QString &profile) const
{
    const auto accounts = m_accounts.value(profile);
    return accounts ? &accounts->log : nullptr;
}

QString FleetProviderSides::choicesOf(const QString &profileName) const
{
    const auto profile = m_profiles->profile(profileName);
    if (!profile || profile->isSandbox())
        return u"sandbox"_s;
    QStringList parts{profile->keyId};
    for (auto it = profile->providerAccounts.cbegin(); it != profile->providerAccounts.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u'\n');
}

void FleetProviderSides::forget(const QString &profile)
{
    if (FleetSideReader *sides = m_feed ? m_feed->sideReader(profile) : nullptr)
        sides->setSource({}, nullptr);
    m_accounts.remove(profile);
}

void FleetProviderSides::sandboxRoleChosen()
{
    if (m_accounts.contains(Profile::sandboxName()))
        prepare(Profile::sandboxName());
}

void FleetProviderSides::profilesChanged()
{
    const QStringList profiles = m_accounts.keys();
    for (const QString &profile : profiles) {
        if (!m_feed || !m_feed->profiles().contains(profile))
            forget(profile);
        else if (m_accounts.value(profile)->choices != choicesOf(profile))
            prepare(profile);
        else
            recheckKeys(profile);
    }
}

void FleetProviderSides::recheckKeys(const QString &profileName)
{
    // A key typed again into the keychain under the same choice is another key, maybe another
    // account: the accounts are made again when it differs from the one in use.
    const auto accounts = m_accounts.value(profileName);
    const auto profile = m_profiles->profile(profileName);
    if (!accounts || !profile || profile->isSandbox())
        return;
    for (ProviderAccount *account : std::as_const(accounts->all)) {
        const QString id = account->provider().id();
        if (CloudAccountChoice::fromSetting(profile->providerAccounts.value(id)).kind !=
            CloudAccountChoice::Kind::KeychainKey)
            continue;
        const std::weak_ptr<Accounts> weak = accounts;
        m_secrets->readSecret(account->provider().keychainEntry(profile->keyId))
            ->onFinished(this, [this, weak, id, profileName](const QString &stored) {
                const auto held = weak.lock();
                if (held && m_accounts.value(profileName) == held &&
                    held->keyHashes.value(id) != digest(stored))
                    prepare(profileName);
            });
    }
}

void FleetProviderSides::prepare(const QString &profileName)
{
    forget(profileName);
    auto accounts = std::make_shared<Accounts>();
    accounts->choices = choicesOf(profileName);
    m_accounts.insert(profileName, accounts);
    for (const auto &provider : ProviderUis::all())
        accounts->all.append(provider->core().newAccount(&accounts->log, accounts->owner.get()));

    const auto profile = m_profiles->profile(profileName);
    if (!profile || profile->isSandbox()) {
        if (!m_sandbox->isRunning())
            return; // prepared again once it runs
        for (ProviderAccount *account : std::as_const(accounts->all))
            m_sandbox->actIn(account);
        giveSource(profileName);
        return;
    }
    for (ProviderAccount *account : std::as_const(accounts->all)) {
        const CloudAccountChoice choice = CloudAccountChoice::fromSetting(
            profile->providerAccounts.value(account->provider().id()));
        if (choice.kind != CloudAccountChoice::Kind::KeychainKey) {
            account->actAs(choice);
            continue;
        }
        // The key comes from the keychain: the side waits for it (a late answer for accounts
        // that were dropped meanwhile is never used).
        account->awaitStoredKey();
        ++accounts->keysAwaited;
        const std::weak_ptr<Accounts> weak = accounts;
        const QPointer<ProviderAccount> target(account);
        const QString id = account->provider().id();
        auto done = [this, weak, profileName] {
            const auto held = weak.lock();
            if (held && --held->keysAwaited == 0 && m_accounts.value(profileName) == held)
                giveSource(profileName);
        };
        m_secrets->readSecret(account->provider().keychainEntry(profile->keyId))
            ->onFinished(
                this,
                [target, done, weak, id](const QString &stored) {
                    if (const auto held = weak.lock())
                        held->keyHashes.insert(id, digest(stored));
                    if (target)
                        target->useStoredKey(stored);
                    done();
                },
                [target, done](const ApiError &error) {
                    if (target)
                        target->storedKeyUnreadable(error.userMessage());
                    done();
                });
    }
    if (accounts->keysAwaited == 0)
        giveSource(profileName);
}

void FleetProviderSides::giveSource(const QString &profileName)
{
    const auto accounts = m_accounts.value(profileName);
    if (!accounts || !m_feed)
        return;
    const ProviderAccounts byType(accounts->all);
    FleetSideReader::Source source;
    source.hasAccount = [byType](const FleetRow &row) {
        const ProviderAccount *account = byType.forType(row.connection.type.value);
        return account && account->isConfigured();
    };
    source.read = [byType](const FleetRow &row, const QString &tidbAccount,
                           QObject *parent) -> ValueJob<ProviderSide> * {
        ProviderAccount *account = byType.forType(row.connection.type.value);
        if (!account || !account->isConfigured())
            return nullptr;
        return account->readSide({row.connection, tidbAccount}, parent);
    };
    m_feed->setSideSource(profileName, source, &accounts->log);
}

} // namespace plc
