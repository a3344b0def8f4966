#include "services/ProfileStore.h"

#include "services/EndpointTargetStore.h"

#include "services/Settings.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace plc {

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result{Profile::sandbox()};
    QList<Profile> saved;
    const QStringList names = Settings::profileNames();
    for (const QString &name : names) {
        if (auto p = profile(name))
            saved.append(*p);
    }
    std::sort(saved.begin(), saved.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    result.append(saved);
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (name == Profile::sandboxName())
        return Profile::sandbox();
    const auto record = Settings::profile(name);
    if (!record)
        return std::nullopt;
    return Profile{name, record->apiUrl, record->publicKey, record->keyId,
                   record->providerAccounts};
}

bool ProfileStore::save(const Profile &profile)
{
    if (!Profile::checkName(profile.name).isEmpty() ||
        !Profile::checkApiUrl(profile.apiUrl.toString()).isEmpty() ||
        !Profile::checkPublicKey(profile.publicKey).isEmpty()) {
        return false;
    }
    // A profile keeps its keyId; a new one gets a random one, never its name (a keychain
    // entry left under a name by a removed profile must not become a new profile's key).
    QString keyId = profile.keyId;
    if (keyId.isEmpty()) {
        const auto existing = this->profile(profile.name);
        keyId = existing ? existing->keyId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const auto previous = Settings::profile(profile.name);
    if (!Settings::writeProfile(
            profile.name, {profile.apiUrl, profile.publicKey, keyId, profile.providerAccounts})) {
        // Not saved: what QSettings holds in memory for this session goes back to what the
        // file has, so that nothing shows or uses a profile the file never got.
        if (previous)
            Settings::writeProfile(profile.name, *previous);
        else
            Settings::removeProfile(profile.name);
        return false;
    }
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::rename(const QString &oldName, const Profile &profile)
{
    const bool wasActive = activeProfileName() == oldName;
    if (oldName != profile.name && this->profile(profile.name))
        return false; // would overwrite another profile
    const auto old = this->profile(oldName);
    if (!old)
        return false;
    // The renamed profile keeps its keychain entry: its keyId moves with it.
    Profile renamed = profile;
    renamed.keyId = old->keyId;
    if (!save(renamed))
        return false;
    if (oldName != profile.name) {
        Settings::removeProfile(oldName);
        EndpointTargetStore::moveProfile(oldName, profile.name);
        if (wasActive)
            setActiveProfileName(profile.name);
        Q_EMIT profilesChanged();
    }
    return true;
}

bool ProfileStore::remove(const QString &name)
{
    if (name == Profile::sandboxName() || !profile(name))
        return false;
    Settings::removeProfile(name);
    EndpointTargetStore::removeProfile(name);
    if (activeProfileName() == name)
        setActiveProfileName(Profile::sandboxName());
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::activeProfileName() const
{
    const QString name = Settings::activeProfile().value();
    return profile(name) ? name : Profile::sandboxName();
}

void ProfileStore::setActiveProfileName(const QString &name)
{
    if (!profile(name) || name == activeProfileName())
        return;
    Settings::activeProfile().setValue(name);
    Q_EMIT activeProfileChanged(name);
}

} // namespace plc
