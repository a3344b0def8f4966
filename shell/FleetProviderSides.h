#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace plc {

class FleetFeed;
class ProfileStore;
class ProviderAccount;
class RequestLog;
class SandboxLauncher;
class SecretStore;

/// The fleet's accounts with the cloud providers: for each profile the fleet reads, one
/// account per registered provider, chosen as the profile chooses (the provider CLI's files,
/// a key from the keychain, or the embedded sandbox's emulation), with a request log of its
/// own. They are the fleet's, not the main window's: they never ask the user for a code, and
/// they act only on their own profile's connections. Once a profile's keys are in hand its
/// FleetSideReader reads with them.
class FleetProviderSides final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetProviderSides)

public:
    FleetProviderSides(FleetFeed *feed, ProfileStore *profiles, SecretStore *secrets,
                       SandboxLauncher *sandbox, QObject *parent = nullptr);
    ~FleetProviderSides() override;

    /// Chooses `profile`'s accounts as it says now (again, when its choices changed) and gives
    /// its side reader their source.
    void prepare(const QString &profile);
    /// Drops a profile's accounts (it left the fleet, or is another account now).
    void forget(const QString &profile);
    /// The sandbox's role for a provider was chosen (its provider side): the sandbox profile's
    /// accounts act as it too.
    void sandboxRoleChosen();
    /// Prepares again every profile whose provider choices, or keychain keys, changed.
    void profilesChanged();
    /// The provider requests the fleet sent for `profile` (for tests and the benchmark).
    RequestLog *log(const QString &profile) const;

private:
    struct Accounts;
    /// What the profile chooses with each provider, in one string.
    QString choicesOf(const QString &profile) const;
    void giveSource(const QString &profile);
    /// Reads the profile's keychain keys again: made again when one was retyped.
    void recheckKeys(const QString &profile);

    QPointer<FleetFeed> m_feed; ///< may go first when the session ends
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    SandboxLauncher *m_sandbox;
    QHash<QString, std::shared_ptr<Accounts>> m_accounts;
};

} // namespace plc
