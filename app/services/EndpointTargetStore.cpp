#include "services/EndpointTargetStore.h"

#include "services/Settings.h"

using namespace Qt::StringLiterals;

namespace plc {

QList<PrivateEndpointTarget> EndpointTargetStore::targets(const QString &profile)
{
    return Settings::endpointTargets(profile);
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
    return Settings::writeEndpointTargets(profile, list);
}

bool EndpointTargetStore::remove(const QString &profile, const QString &name)
{
    QList<PrivateEndpointTarget> list = targets(profile);
    if (list.removeIf([&](const PrivateEndpointTarget &t) { return t.name == name; }) == 0)
        return false;
    return Settings::writeEndpointTargets(profile, list);
}

void EndpointTargetStore::moveProfile(const QString &from, const QString &to)
{
    if (from == to)
        return;
    const QList<PrivateEndpointTarget> list = targets(from);
    Settings::removeEndpointTargets(from);
    if (!list.isEmpty())
        Settings::writeEndpointTargets(to, list);
}

void EndpointTargetStore::removeProfile(const QString &profile)
{
    Settings::removeEndpointTargets(profile);
}

} // namespace plc
