#include "ProfileStore.h"

#include "EndpointTargetStore.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
// Profile names become settings groups: percent-encode so any allowed name is one key.
QString groupOf(const QString &name)
{
    return u"profiles/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name));
}
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result{Profile::sandbox()};
    QSettings settings;
    settings.beginGroup(u"profiles"_s);
    const QStringList groups = settings.childGroups();
    settings.endGroup();
    QList<Profile> saved;
    for (const QString &group : groups) {
        if (auto p = profile(QUrl::fromPercentEncoding(group.toLatin1())))
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
    QSettings settings;
    settings.beginGroup(groupOf(name));
    if (!settings.contains(u"publicKey"_s))
        return std::nullopt;
    // Profiles saved before keyIds existed keep their key under their name.
    return Profile{name, QUrl(settings.value(u"apiUrl"_s).toString()),
                   settings.value(u"publicKey"_s).toString(),
                   settings.value(u"keyId"_s, name).toString()};
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
    QSettings settings;
    settings.beginGroup(groupOf(profile.name));
    settings.setValue(u"apiUrl"_s, profile.apiUrl.toString());
    settings.setValue(u"publicKey"_s, profile.publicKey);
    settings.setValue(u"keyId"_s, keyId);
    settings.endGroup();
    settings.sync();
    Q_EMIT profilesChanged();
    return settings.status() == QSettings::NoError;
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
        QSettings().remove(groupOf(oldName));
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
    QSettings settings;
    settings.remove(groupOf(name));
    EndpointTargetStore::removeProfile(name);
    if (activeProfileName() == name)
        setActiveProfileName(Profile::sandboxName());
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::activeProfileName() const
{
    const QString name = QSettings().value(u"profiles/active"_s).toString();
    return profile(name) ? name : Profile::sandboxName();
}

void ProfileStore::setActiveProfileName(const QString &name)
{
    if (!profile(name) || name == activeProfileName())
        return;
    QSettings().setValue(u"profiles/active"_s, name);
    Q_EMIT activeProfileChanged(name);
}

} // namespace plc
