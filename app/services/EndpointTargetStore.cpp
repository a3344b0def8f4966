#include "EndpointTargetStore.h"

#include "domain/OutsideText.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QString groupOf(const QString &profile)
{
    return u"endpointTargets/"_s + QString::fromLatin1(QUrl::toPercentEncoding(profile));
}

/// Replaces the profile's targets; false when the settings file could not be written.
bool write(const QString &profile, const QList<PrivateEndpointTarget> &targets)
{
    QSettings settings;
    settings.remove(groupOf(profile));
    settings.beginGroup(groupOf(profile));
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
} // namespace

QList<PrivateEndpointTarget> EndpointTargetStore::targets(const QString &profile)
{
    QSettings settings;
    settings.beginGroup(groupOf(profile));
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

bool EndpointTargetStore::save(const QString &profile, const PrivateEndpointTarget &target,
                               const QString &replacing)
{
    QList<PrivateEndpointTarget> list = targets(profile);
    list.removeIf([&](const PrivateEndpointTarget &t) {
        return t.name == target.name || (!replacing.isEmpty() && t.name == replacing);
    });
    PrivateEndpointTarget saved = target;
    saved.kind = PrivateEndpointTarget::Kind::Custom;
    list.append(saved);
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return write(profile, list);
}

bool EndpointTargetStore::remove(const QString &profile, const QString &name)
{
    QList<PrivateEndpointTarget> list = targets(profile);
    if (list.removeIf([&](const PrivateEndpointTarget &t) { return t.name == name; }) == 0)
        return false;
    return write(profile, list);
}

void EndpointTargetStore::moveProfile(const QString &from, const QString &to)
{
    if (from == to)
        return;
    const QList<PrivateEndpointTarget> list = targets(from);
    QSettings().remove(groupOf(from));
    if (!list.isEmpty())
        write(to, list);
}

void EndpointTargetStore::removeProfile(const QString &profile)
{
    QSettings().remove(groupOf(profile));
}

} // namespace plc
