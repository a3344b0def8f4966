#include "providers/CloudAccountChoice.h"

#include "providers/aws/AwsProfileResolver.h"

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
    return AwsProfileResolver::systemEnvironment();
}

} // namespace plc
