#include "domain/EndpointInput.h"

#include "domain/EndpointAddress.h"
#include "domain/EndpointServiceName.h"
#include "domain/TextRules.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// `prefix` and 8 or 17 lowercase hexadecimal digits, as AWS writes resource IDs.
bool isAwsId(const QString &id, QLatin1StringView prefix)
{
    static const QRegularExpression hex(u"^([0-9a-f]{8}|[0-9a-f]{17})$"_s);
    return id.startsWith(prefix) && hex.match(id.mid(prefix.size())).hasMatch();
}

QString lookAlikeText()
{
    return EndpointInput::tr("It contains a character that only looks like a letter, digit or "
                             "hyphen; type it again or copy it from the console.");
}
} // namespace

QStringList EndpointInput::splitList(const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString EndpointInput::vpcIdProblem(const QString &vpcId)
{
    if (vpcId.isEmpty())
        return tr("Enter the ID of the VPC your application runs in, for example "
                  "vpc-0a1b2c3d4e5f67890.");
    if (TextRules::hasLookAlike(vpcId))
        return lookAlikeText();
    if (!isAwsId(vpcId.trimmed(), "vpc-"_L1))
        return tr("A VPC ID is vpc- followed by 8 or 17 hexadecimal digits (0-9, a-f), for "
                  "example vpc-0a1b2c3d4e5f67890.");
    return {};
}

QString EndpointInput::subnetIdsProblem(const QString &text, int zoneCount)
{
    const QStringList ids = splitList(text);
    if (ids.isEmpty())
        return tr("Enter the subnet ID in the availability zone listed above, for example "
                  "subnet-0123456789abcdef0.");
    if (TextRules::hasLookAlike(text))
        return lookAlikeText();
    for (const QString &id : ids) {
        if (!isAwsId(id, "subnet-"_L1))
            return tr("“%1” is not a subnet ID; expected subnet- followed by 8 or 17 "
                      "hexadecimal digits, for example subnet-0123456789abcdef0.")
                .arg(id);
    }
    if (QStringList(ids).removeDuplicates() > 0)
        return tr("A subnet is listed twice; list each subnet once.");
    if (zoneCount > 0 && ids.size() > zoneCount)
        return tr("%n subnet(s) entered, but the service is in only %1 zone(s); an endpoint "
                  "takes one subnet per availability zone.",
                  nullptr, int(ids.size()))
            .arg(zoneCount);
    return {};
}

QString EndpointInput::securityGroupIdsProblem(const QString &text)
{
    const QStringList ids = splitList(text);
    if (TextRules::hasLookAlike(text))
        return lookAlikeText();
    for (const QString &id : ids) {
        if (!isAwsId(id, "sg-"_L1))
            return tr("“%1” is not a security group ID; expected sg- followed by 8 or 17 "
                      "hexadecimal digits, for example sg-0f1e2d3c4b5a69788.")
                .arg(id);
    }
    if (QStringList(ids).removeDuplicates() > 0)
        return tr("A security group is listed twice; list each one once.");
    if (ids.size() > MaxSecurityGroups)
        return tr("An endpoint takes at most %1 security groups.").arg(MaxSecurityGroups);
    return {};
}

QString EndpointInput::endpointIpProblem(const QString &ip)
{
    static const QRegularExpression dotted(u"^\\d{1,3}(\\.\\d{1,3}){3}$"_s);
    if (ip.isEmpty())
        return tr("Enter the endpoint's IP address from the Zones and Network Interfaces tab, "
                  "for example 172.16.0.12.");
    if (TextRules::hasLookAlike(ip))
        return lookAlikeText();
    QHostAddress address;
    if (!dotted.match(ip).hasMatch() || !address.setAddress(ip))
        return tr("“%1” is not an IPv4 address; expected four numbers from 0 to 255 separated "
                  "by dots, for example 172.16.0.12.")
            .arg(ip);
    return {};
}

QString EndpointInput::endpointIpNote(const QString &ip)
{
    QHostAddress address;
    if (!endpointIpProblem(ip).isEmpty() || !address.setAddress(ip))
        return {};
    if (EndpointAddress::scope(address) == EndpointAddress::Scope::Private)
        return {};
    return tr("%1 is not a private address. The endpoint's IP is in your vSwitch's range, "
              "usually 10.x, 172.16-31.x or 192.168.x; check that you copied the endpoint's "
              "address.")
        .arg(ip);
}

QString EndpointInput::targetNameProblem(const QString &name, const QStringList &takenNames)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name for this target, for example “MatrixOne orders”.");
    if (const QString problem = TextRules::nameShapeProblem(name, MaxTargetNameLength);
        !problem.isEmpty())
        return problem;
    if (takenNames.contains(name))
        return tr("A target named “%1” is already saved; choose another name.").arg(name);
    return {};
}

QString EndpointInput::serviceNameProblem(const QString &serviceName, CloudProvider provider)
{
    const EndpointServiceName parsed = EndpointServiceName::parse(serviceName);
    if (!parsed.isValid())
        return parsed.problemText();
    if (parsed.provider != provider)
        return provider == CloudProvider::AlibabaCloud
                   ? tr("This is an AWS service name; an Alibaba Cloud service name starts with "
                        "com.aliyuncs.privatelink.")
                   : tr("This is an Alibaba Cloud service name; an AWS service name starts with "
                        "com.amazonaws.vpce.");
    return {};
}

QString EndpointInput::regionIdProblem(const QString &regionId, const QString &serviceName)
{
    if (regionId.isEmpty())
        return tr("Enter the Region ID, for example cn-hangzhou or us-east-1.");
    if (TextRules::hasLookAlike(regionId))
        return lookAlikeText();
    if (!isValidRegionCode(regionId))
        return tr("“%1” is not a region ID; expected, for example, cn-hangzhou or us-east-1.")
            .arg(regionId);
    const EndpointServiceName parsed = EndpointServiceName::parse(serviceName);
    if (parsed.isValid() && parsed.region != regionId)
        return tr("The service name is in %1, so the Region ID is %1 too.").arg(parsed.region);
    return {};
}

QString EndpointInput::zoneIdsProblem(const QString &text, CloudProvider provider,
                                      const QString &regionId)
{
    const QStringList zones = splitList(text);
    if (zones.isEmpty())
        return provider == CloudProvider::AlibabaCloud
                   ? tr("Enter the zone ID shown with the service name, for example "
                        "cn-hangzhou-j.")
                   : tr("Enter the availability zone ID shown with the service name, for "
                        "example use1-az1.");
    if (TextRules::hasLookAlike(text))
        return lookAlikeText();
    static const QRegularExpression awsZone(u"^[a-z]{2,5}[0-9]{1,2}-az[0-9]{1,2}$"_s);
    static const QRegularExpression alibabaZone(u"^[a-z]{2}(-[a-z0-9]+)+$"_s);
    for (const QString &zone : zones) {
        if (provider == CloudProvider::Aws && !awsZone.match(zone).hasMatch())
            return tr("“%1” is not an AWS availability zone ID; expected, for example, "
                      "use1-az1.")
                .arg(zone);
        if (provider == CloudProvider::AlibabaCloud) {
            if (!alibabaZone.match(zone).hasMatch())
                return tr("“%1” is not an Alibaba Cloud zone ID; expected, for example, "
                          "cn-hangzhou-j.")
                    .arg(zone);
            if (!regionId.isEmpty() && !zone.startsWith(regionId + u'-'))
                return tr("The zone %1 is not in the region %2; its ID starts with %2-.")
                    .arg(zone, regionId);
        }
    }
    return {};
}

QString EndpointInput::userProblem(const QString &user)
{
    if (user.isEmpty())
        return tr("Enter the database user; for MatrixOne Cloud it is account:admin:role, for "
                  "example acme:admin:accountadmin.");
    if (TextRules::hasLookAlike(user))
        return lookAlikeText();
    static const QRegularExpression plain(u"^[A-Za-z0-9_.@%+-]+$"_s);
    static const QRegularExpression matrixOne(
        u"^[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+$"_s);
    if (user.contains(u':')) {
        if (!matrixOne.match(user).hasMatch())
            return tr("A MatrixOne Cloud user has three parts, account:admin:role, for example "
                      "acme:admin:accountadmin.");
        return {};
    }
    if (!plain.match(user).hasMatch())
        return tr("The user can contain letters, digits and . _ - @ % + but no spaces or "
                  "quotes.");
    return {};
}

} // namespace plc
