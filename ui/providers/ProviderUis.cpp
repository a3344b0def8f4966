#include "ui/providers/ProviderUis.h"

#include "providers/Provider.h"
#include "ui/providers/ProviderUi.h"

#include <QCoreApplication>

namespace plc {

namespace {
QList<std::shared_ptr<const ProviderUi>> &registered()
{
    static QList<std::shared_ptr<const ProviderUi>> providers;
    return providers;
}
} // namespace

void ProviderUis::add(std::shared_ptr<const ProviderUi> provider)
{
    const Provider &core = provider->core();
    QList<std::shared_ptr<const ProviderUi>> &providers = registered();
    providers.removeIf([&core](const std::shared_ptr<const ProviderUi> &earlier) {
        const Provider &other = earlier->core();
        return other.id() == core.id() || other.cloud() == core.cloud() ||
               other.connectionType() == core.connectionType();
    });
    providers.append(std::move(provider));
}

void ProviderUis::clear()
{
    registered().clear();
}

QList<std::shared_ptr<const ProviderUi>> ProviderUis::all()
{
    return registered();
}

const ProviderUi *ProviderUis::byId(const QString &id)
{
    for (const auto &provider : std::as_const(registered())) {
        if (provider->core().id() == id)
            return provider.get();
    }
    return nullptr;
}

const ProviderUi *ProviderUis::forType(ConnectionType type)
{
    if (type == ConnectionType::Unknown)
        return nullptr;
    for (const auto &provider : std::as_const(registered())) {
        if (provider->core().connectionType() == type)
            return provider.get();
    }
    return nullptr;
}

const ProviderUi *ProviderUis::forCloud(CloudProvider cloud)
{
    if (cloud == CloudProvider::Unknown)
        return nullptr;
    for (const auto &provider : std::as_const(registered())) {
        if (provider->core().cloud() == cloud)
            return provider.get();
    }
    return nullptr;
}

QString ProviderUis::names()
{
    QStringList names;
    for (const auto &provider : std::as_const(registered()))
        names.append(provider->core().name());
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    //: Joins the names of cloud providers: "AWS, Azure or Alibaba Cloud".
    return QCoreApplication::translate("ProviderUis", "%1 or %2")
        .arg(names.join(QCoreApplication::translate("ProviderUis", ", ")), last);
}

} // namespace plc
