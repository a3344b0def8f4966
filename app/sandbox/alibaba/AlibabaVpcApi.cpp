#include "sandbox/alibaba/AlibabaVpcApi.h"

#include "sandbox/alibaba/AlibabaNetwork.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {

/// A filter of IDs: one, or several separated by commas; empty = any.
QStringList idList(const QString &value)
{
    QStringList ids;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
        ids.append(part.trimmed());
    return ids;
}

bool matches(const QJsonObject &body, const QString &field, const QString &wanted)
{
    return wanted.isEmpty() || body.value(field).toString() == wanted;
}

bool matchesFlag(const QJsonObject &body, const QString &field, const QString &wanted)
{
    return wanted.isEmpty() ||
           body.value(field).toBool() == (wanted.compare("true"_L1, Qt::CaseInsensitive) == 0);
}

QString resourceGroup(const QString &account)
{
    return u"rg-acfm%1"_s.arg(account.right(7));
}

} // namespace

SandboxResponse AlibabaVpcApi::handle(const SandboxRequest &request) const
{
    const AlibabaCall call = AlibabaCall::from(request, u"vpc"_s);
    if (auto refusal = call.refuseVersionOrRegion(QString::fromLatin1(Version)))
        return *refusal;
    if (call.action == "DescribeVpcs"_L1)
        return vpcs(call);
    if (call.action == "DescribeVSwitches"_L1)
        return vswitches(call);
    return call.unknownAction();
}

SandboxResponse AlibabaVpcApi::vpcs(const AlibabaCall &call) const
{
    AlibabaNumberedPage page;
    QString problem;
    if (!page.read(call, 50, &problem))
        return call.fail(400, u"InvalidParameter"_s, problem);
    if (call.dryRun())
        return call.dryRunPassed();
    const NetworkScope scope = AlibabaNetwork::scope(call.account, call.region);
    const QStringList ids = idList(call.value(u"VpcId"_s));
    QJsonArray items;
    const QList<QJsonObject> stored = m_networks.list(scope, AlibabaNetwork::Vpc);
    for (QJsonObject vpc : stored) {
        const QString id = vpc.value("VpcId"_L1).toString();
        if ((!ids.isEmpty() && !ids.contains(id)) ||
            !matches(vpc, u"VpcName"_s, call.value(u"VpcName"_s)) ||
            !matchesFlag(vpc, u"IsDefault"_s, call.value(u"IsDefault"_s)))
            continue;
        QJsonArray vswitchIds;
        for (const QJsonObject &vswitch : m_networks.list(scope, AlibabaNetwork::VSwitch, id))
            vswitchIds.append(vswitch.value("VSwitchId"_L1));
        vpc.insert(u"VSwitchIds"_s, QJsonObject{{u"VSwitchId"_s, vswitchIds}});
        vpc.insert(u"OwnerId"_s, call.account.toLongLong());
        vpc.insert(u"ResourceGroupId"_s, resourceGroup(call.account));
        vpc.insert(u"Ipv6CidrBlock"_s, QString());
        vpc.insert(u"EnabledIpv6"_s, false);
        vpc.insert(u"NetworkAclNum"_s, 0);
        vpc.insert(u"CenStatus"_s, u"Detached"_s);
        vpc.insert(u"UserCidrs"_s, QJsonObject{{u"UserCidr"_s, QJsonArray()}});
        vpc.insert(u"NatGatewayIds"_s, QJsonObject{{u"NatGatewayIds"_s, QJsonArray()}});
        vpc.insert(u"RouterTableIds"_s, QJsonObject{{u"RouterTableIds"_s, QJsonArray()}});
        vpc.insert(u"SecondaryCidrBlocks"_s, QJsonObject{{u"SecondaryCidrBlock"_s, QJsonArray()}});
        vpc.insert(u"Tags"_s, QJsonObject{{u"Tag"_s, QJsonArray()}});
        items.append(vpc);
    }
    QJsonObject answer = call.answer();
    page.write(answer, items.size());
    answer.insert(u"Vpcs"_s, QJsonObject{{u"Vpc"_s, page.of(items)}});
    return SandboxResponse::ok(answer);
}

SandboxResponse AlibabaVpcApi::vswitches(const AlibabaCall &call) const
{
    AlibabaNumberedPage page;
    QString problem;
    if (!page.read(call, 50, &problem))
        return call.fail(400, u"InvalidParameter"_s, problem);
    if (call.dryRun())
        return call.dryRunPassed();
    const NetworkScope scope = AlibabaNetwork::scope(call.account, call.region);
    const QStringList ids = idList(call.value(u"VSwitchId"_s));
    QJsonArray items;
    const QList<QJsonObject> stored =
        m_networks.list(scope, AlibabaNetwork::VSwitch, call.value(u"VpcId"_s));
    for (QJsonObject vswitch : stored) {
        if ((!ids.isEmpty() && !ids.contains(vswitch.value("VSwitchId"_L1).toString())) ||
            !matches(vswitch, u"ZoneId"_s, call.value(u"ZoneId"_s)) ||
            !matches(vswitch, u"VSwitchName"_s, call.value(u"VSwitchName"_s)) ||
            !matchesFlag(vswitch, u"IsDefault"_s, call.value(u"IsDefault"_s)))
            continue;
        vswitch.insert(u"OwnerId"_s, call.account.toLongLong());
        vswitch.insert(u"ResourceGroupId"_s, resourceGroup(call.account));
        vswitch.insert(u"NetworkAclId"_s, QString());
        vswitch.insert(u"Ipv6CidrBlock"_s, QString());
        vswitch.insert(u"EnabledIpv6"_s, false);
        vswitch.insert(u"ShareType"_s, u"Sharing"_s);
        vswitch.insert(u"RouteTable"_s,
                       QJsonObject{{u"RouteTableId"_s,
                                    u"vtb-%1"_s.arg(vswitch.value("VpcId"_L1).toString().mid(4))},
                                   {u"RouteTableType"_s, u"System"_s}});
        vswitch.insert(u"Tags"_s, QJsonObject{{u"Tag"_s, QJsonArray()}});
        items.append(vswitch);
    }
    QJsonObject answer = call.answer();
    page.write(answer, items.size());
    answer.insert(u"VSwitches"_s, QJsonObject{{u"VSwitch"_s, page.of(items)}});
    return SandboxResponse::ok(answer);
}

} // namespace plc::sandbox
