#include "domain/EndpointServiceName.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
const auto AwsPrefix = "com.amazonaws.vpce."_L1;
const auto AlibabaPrefix = "com.aliyuncs.privatelink."_L1;
} // namespace

bool isValidRegionCode(const QString &region)
{
    static const QRegularExpression pattern(u"^[a-z]{2}(-[a-z]+)+(-[0-9]{1,2})?$"_s);
    return pattern.match(region).hasMatch();
}

EndpointServiceName EndpointServiceName::parse(const QString &name)
{
    EndpointServiceName result;
    if (name.isEmpty()) {
        result.problem = Problem::Empty;
        return result;
    }
    for (const QChar c : name) {
        if (c.isSpace()) {
            result.problem = Problem::Whitespace;
            return result;
        }
        if (c.unicode() > 0x7e) {
            result.problem = Problem::NotAscii;
            return result;
        }
    }

    QString rest;
    QRegularExpression suffix;
    if (name.startsWith(AwsPrefix)) {
        result.provider = CloudProvider::Aws;
        rest = name.mid(AwsPrefix.size());
        static const QRegularExpression aws(u"^vpce-svc-[0-9a-f]{17}$"_s);
        suffix = aws;
    } else if (name.startsWith(AlibabaPrefix)) {
        result.provider = CloudProvider::AlibabaCloud;
        rest = name.mid(AlibabaPrefix.size());
        static const QRegularExpression alibaba(u"^epsrv-[0-9a-z]{17}$"_s);
        suffix = alibaba;
    } else {
        result.problem = Problem::UnknownPrefix;
        return result;
    }
    const qsizetype dot = rest.indexOf(u'.');
    result.region = dot < 0 ? QString() : rest.left(dot);
    if (dot < 0 || !isValidRegionCode(result.region)) {
        result.problem = Problem::BadRegion;
        return result;
    }
    result.problem =
        suffix.match(rest.mid(dot + 1)).hasMatch() ? Problem::None : Problem::BadSuffix;
    return result;
}

QString EndpointServiceName::problemText() const
{
    const bool alibaba = provider == CloudProvider::AlibabaCloud;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Enter the endpoint service name.");
    case Problem::Whitespace:
        return tr("The endpoint service name cannot contain spaces.");
    case Problem::NotAscii:
        return tr("The endpoint service name contains a character that only looks like a "
                  "letter, digit or dot. Type it again or copy it from the provider's console.");
    case Problem::UnknownPrefix:
        return tr("An endpoint service name starts with com.amazonaws.vpce. (AWS) or "
                  "com.aliyuncs.privatelink. (Alibaba Cloud).");
    case Problem::BadRegion:
        return tr("The region part of the name is not valid; expected, for example, "
                  "com.amazonaws.vpce.us-east-1.… or com.aliyuncs.privatelink.cn-hangzhou.…");
    case Problem::BadSuffix:
        return alibaba ? tr("An Alibaba Cloud endpoint service name ends with epsrv- and 17 "
                            "lowercase letters or digits.")
                       : tr("An AWS endpoint service name ends with vpce-svc- and 17 "
                            "hexadecimal digits (0-9, a-f).");
    }
    return {};
}

QString EndpointServiceName::problemTextForApi() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return u"is required"_s;
    case Problem::Whitespace:
        return u"must not contain whitespace"_s;
    case Problem::NotAscii:
        return u"must contain only ASCII characters"_s;
    case Problem::UnknownPrefix:
        return u"must start with com.amazonaws.vpce. or com.aliyuncs.privatelink."_s;
    case Problem::BadRegion:
        return u"has an invalid region"_s;
    case Problem::BadSuffix:
        return provider == CloudProvider::AlibabaCloud
                   ? u"must end with epsrv- followed by 17 lowercase alphanumeric characters"_s
                   : u"must end with vpce-svc- followed by 17 hexadecimal characters"_s;
    }
    return {};
}

} // namespace plc
