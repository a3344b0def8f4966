#include "sandbox/RequestRules.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

struct Family
{
    QLatin1StringView prefix;
    RequestRules::Provider provider;
    QLatin1StringView suffixPattern;
    QLatin1StringView suffixProblem;
};

const Family Families[] = {
    {"com.amazonaws.vpce."_L1, RequestRules::Provider::Aws, "vpce-svc-[0-9a-f]{17}"_L1,
     "must end with vpce-svc- followed by 17 hexadecimal characters"_L1},
    {"com.aliyuncs.privatelink."_L1, RequestRules::Provider::Alibaba, "epsrv-[0-9a-z]{17}"_L1,
     "must end with epsrv- followed by 17 lowercase alphanumeric characters"_L1},
};

bool matchesWhole(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace

bool RequestRules::isRegion(const QString &text)
{
    return matchesWhole(u"[a-z]{2}(?:-[a-z]+)+(?:-[0-9]{1,2})?"_s, text);
}

bool RequestRules::isManagedUniqueName(const QString &text)
{
    return matchesWhole(u"[a-z2-7]{26}"_s, text);
}

QString RequestRules::confluentRegion(const QString &uniqueName)
{
    const qsizetype dot = uniqueName.indexOf(u'.');
    if (dot < 6 || dot > 32 || !matchesWhole(u"[a-z0-9]+"_s, uniqueName.left(dot)))
        return {};
    const QString region = uniqueName.mid(dot + 1);
    return isRegion(region) ? region : QString();
}

RequestRules::ServiceName RequestRules::serviceName(const QString &name)
{
    ServiceName result;
    if (name.isEmpty()) {
        result.problem = u"is required"_s;
        return result;
    }
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isSpace(); })) {
        result.problem = u"must not contain whitespace"_s;
        return result;
    }
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x7e; })) {
        result.problem = u"must contain only ASCII characters"_s;
        return result;
    }
    for (const Family &family : Families) {
        if (!name.startsWith(family.prefix))
            continue;
        result.provider = family.provider;
        const QStringList parts = name.mid(family.prefix.size()).split(u'.');
        if (parts.size() < 2 || !isRegion(parts.first())) {
            result.problem = u"has an invalid region"_s;
            return result;
        }
        result.region = parts.first();
        if (parts.size() != 2 || !matchesWhole(family.suffixPattern, parts.last()))
            result.problem = family.suffixProblem;
        return result;
    }
    result.problem = u"must start with com.amazonaws.vpce. or com.aliyuncs.privatelink."_s;
    return result;
}

QStringList RequestRules::managedDomains(const QString &uniqueName, Provider provider,
                                         const QStringList &azIds)
{
    const QString providerLabel = provider == Provider::Aws ? u"aws"_s : u"alicloud"_s;
    QStringList domains;
    domains.reserve(azIds.size());
    for (const QString &az : azIds)
        domains.append(u"*."_s + az + u'.' + uniqueName + u'.' + providerLabel +
                       u".plc.tidbcloud.com"_s);
    return domains;
}

QStringList RequestRules::confluentDomains(const QString &uniqueName, const QStringList &azIds)
{
    const QString base = uniqueName + u".aws.confluent.cloud"_s;
    QStringList domains{u"*."_s + base};
    for (const QString &az : azIds)
        domains.append(u"*."_s + az + u'.' + base);
    return domains;
}

} // namespace plc::sandbox
