#include "providers/CloudAccountChoice.h"

#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace plc {

QString CloudAccountChoice::toSetting() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DefaultChain:
        return u"*"_s;
    case Kind::NamedProfile:
        return u"profile:"_s + profile;
    case Kind::KeychainKey:
        return u"keychain"_s;
    }
    return {};
}

CloudAccountChoice CloudAccountChoice::fromSetting(const QString &setting)
{
    if (setting == "*"_L1)
        return {Kind::DefaultChain, {}};
    if (setting == "keychain"_L1)
        return {Kind::KeychainKey, {}};
    if (setting.startsWith(u"profile:"_s) && setting.size() > 8)
        return {Kind::NamedProfile, setting.mid(8)};
    return {};
}

QHash<QString, QString> CloudAccountChoice::environment()
{
    QHash<QString, QString> environment;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    const QStringList keys = system.keys();
    for (const QString &key : keys)
        environment.insert(key, system.value(key));
    return environment;
}

} // namespace plc
