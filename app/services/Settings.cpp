#include "services/Settings.h"

#include "base/OutsideText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// A profile's account with one provider as the settings kept it before providers had ids:
/// "<provider id>Account".
const QRegularExpression &legacyAccountKey()
{
    static const QRegularExpression key(u"^([a-z][a-z0-9]*)Account$"_s);
    return key;
}

// Profile names become settings groups: percent-encode so any allowed name is one key.
QString encoded(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString profileGroup(const QString &name)
{
    return u"profiles/"_s + encoded(name);
}

QString targetsGroup(const QString &profile)
{
    return u"endpointTargets/"_s + encoded(profile);
}
} // namespace

SettingValue<QString> Settings::language()
{
    return {u"ui/language"_s};
}

SettingValue<QString> Settings::activeProfile()
{
    return {u"profiles/active"_s};
}

SettingValue<QByteArray> Settings::mainWindowGeometry()
{
    return {u"ui/mainWindow/geometry"_s};
}

SettingValue<QByteArray> Settings::screenLayout(const QSize &availableArea)
{
    return {u"ui/mainWindow/layout/%1x%2"_s.arg(availableArea.width()).arg(availableArea.height())};
}

SettingValue<QByteArray> Settings::connectionsPanelState()
{
    return {u"ui/mainWindow/connections"_s};
}

SettingValue<QByteArray> Settings::clusterTableHeader()
{
    return {u"ui/mainWindow/clusterHeader"_s};
}

SettingValue<QString> Settings::sandboxRole(const QString &providerId)
{
    return {u"sandbox/roles/"_s + providerId};
}

SettingValue<QStringList> Settings::fleetProfiles()
{
    return {u"fleet/profiles"_s};
}

SettingValue<bool> Settings::keepRunningInTray()
{
    return {u"fleet/keepRunningInTray"_s, false};
}

SettingValue<bool> Settings::fleetWindowOpen()
{
    return {u"fleet/windowOpen"_s, false};
}

SettingValue<bool> Settings::providerSideOpen()
{
    return {u"ui/mainWindow/providerSideOpen"_s, false};
}

SettingValue<bool> Settings::desktopNotifications()
{
    return {u"notifications/desktop"_s, false};
}

SettingValue<QString> Settings::lastCluster()
{
    return {u"ui/mainWindow/lastCluster"_s};
}

QStringList Settings::profileNames()
{
    QSettings settings;
    settings.beginGroup(u"profiles"_s);
    QStringList names;
    const QStringList groups = settings.childGroups();
    for (const QString &group : groups)
        names.append(QUrl::fromPercentEncoding(group.toLatin1()));
    return names;
}

std::optional<ProfileRecord> Settings::profile(const QString &name)
{
    QSettings settings;
    settings.beginGroup(profileGroup(name));
    if (!settings.contains(u"publicKey"_s))
        return std::nullopt;
    // Profiles saved before keyIds existed keep their key under their name.
    ProfileRecord record{QUrl(settings.value(u"apiUrl"_s).toString()),
                         settings.value(u"publicKey"_s).toString(),
                         settings.value(u"keyId"_s, name).toString(),
                         {}};
    // Before providers had ids, each account had its own key ("awsAccount",
    // "alibabaAccount"): it reads as the account of the provider that id names.
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys) {
        const QRegularExpressionMatch legacy = legacyAccountKey().match(key);
        if (legacy.hasMatch())
            record.providerAccounts.insert(legacy.captured(1), settings.value(key).toString());
    }
    settings.beginGroup(u"providerAccounts"_s);
    const QStringList providers = settings.childKeys();
    for (const QString &provider : providers)
        record.providerAccounts.insert(provider, settings.value(provider).toString());
    settings.endGroup();
    return record;
}

bool Settings::writeProfile(const QString &name, const ProfileRecord &record)
{
    QSettings settings;
    settings.beginGroup(profileGroup(name));
    settings.setValue(u"apiUrl"_s, record.apiUrl.toString());
    settings.setValue(u"publicKey"_s, record.publicKey);
    settings.setValue(u"keyId"_s, record.keyId);
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys) {
        if (legacyAccountKey().match(key).hasMatch())
            settings.remove(key);
    }
    settings.remove(u"providerAccounts"_s);
    for (auto it = record.providerAccounts.cbegin(); it != record.providerAccounts.cend(); ++it) {
        if (!it.value().isEmpty())
            settings.setValue(u"providerAccounts/"_s + it.key(), it.value());
    }
    settings.endGroup();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

void Settings::removeProfile(const QString &name)
{
    QSettings().remove(profileGroup(name));
}

QList<PrivateEndpointTarget> Settings::endpointTargets(const QString &profile)
{
    QSettings settings;
    settings.beginGroup(targetsGroup(profile));
    const int count = settings.beginReadArray(u"targets"_s);
    QList<PrivateEndpointTarget> result;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        PrivateEndpointTarget t;
        t.kind = PrivateEndpointTarget::Kind::Custom;
        // The settings file is a file anyone can edit: what it says is outside text.
        t.name = OutsideText::visible(settings.value(u"name"_s).toString());
        t.provider = settings.value(u"provider"_s).toString() == "alicloud"_L1
                         ? CloudProvider::AlibabaCloud
                         : CloudProvider::Aws;
        t.serviceName = OutsideText::visible(settings.value(u"serviceName"_s).toString());
        for (const QString &zone : settings.value(u"zoneIds"_s).toStringList())
            t.zoneIds.append(OutsideText::visible(zone));
        t.regionId = OutsideText::visible(settings.value(u"regionId"_s).toString());
        t.host = OutsideText::visible(settings.value(u"host"_s).toString());
        t.port = settings.value(u"port"_s).toInt();
        t.user = OutsideText::visible(settings.value(u"user"_s).toString());
        if (!t.name.isEmpty())
            result.append(t);
    }
    settings.endArray();
    return result;
}

bool Settings::writeEndpointTargets(const QString &profile,
                                    const QList<PrivateEndpointTarget> &targets)
{
    QSettings settings;
    settings.remove(targetsGroup(profile));
    settings.beginGroup(targetsGroup(profile));
    settings.beginWriteArray(u"targets"_s, int(targets.size()));
    for (int i = 0; i < targets.size(); ++i) {
        const PrivateEndpointTarget &t = targets[i];
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, t.name);
        settings.setValue(u"provider"_s,
                          t.provider == CloudProvider::AlibabaCloud ? u"alicloud"_s : u"aws"_s);
        settings.setValue(u"serviceName"_s, t.serviceName);
        settings.setValue(u"zoneIds"_s, t.zoneIds);
        settings.setValue(u"regionId"_s, t.regionId);
        settings.setValue(u"host"_s, t.host);
        settings.setValue(u"port"_s, t.port);
        settings.setValue(u"user"_s, t.user);
    }
    settings.endArray();
    settings.endGroup();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

void Settings::removeEndpointTargets(const QString &profile)
{
    QSettings().remove(targetsGroup(profile));
}

} // namespace plc
