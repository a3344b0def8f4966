#include "providers/aws/Ec2NetworkClient.h"

#include "providers/aws/Ec2Client.h"
#include "providers/aws/Ec2Codec.h"
#include "providers/aws/Ec2NetworkCodec.h"

using namespace Qt::StringLiterals;

namespace plc {

namespace {
AwsTarget networkTarget(AwsTarget target)
{
    target.service = "ec2";
    target.version = QString::fromLatin1(Ec2Client::Version);
    return target;
}

AwsParams ec2Filters(const QList<std::pair<QString, QStringList>> &named)
{
    AwsParams params;
    int n = 0;
    for (const auto &[name, values] : named) {
        if (values.isEmpty())
            continue;
        ++n;
        params.append({u"Filter.%1.Name"_s.arg(n), name});
        for (qsizetype i = 0; i < values.size(); ++i)
            params.append({u"Filter.%1.Value.%2"_s.arg(n).arg(i + 1), values.at(i)});
    }
    return params;
}

AwsParams withDryRun(AwsParams params, bool dryRun)
{
    if (dryRun)
        params.append({u"DryRun"_s, u"true"_s});
    return params;
}

QString ec2Bool(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

std::optional<bool> modifiedVpc(const QByteArray &xml, QString *error)
{
    return Ec2NetworkCodec::returned(xml, u"ModifyVpcAttributeResponse"_s, error);
}

std::optional<bool> modifiedEndpoint(const QByteArray &xml, QString *error)
{
    return Ec2NetworkCodec::returned(xml, u"ModifyVpcEndpointResponse"_s, error);
}
} // namespace

AwsCallJob<QList<AwsVpc>> *Ec2NetworkClient::vpcs(const AwsTarget &target,
                                                  const QStringList &vpcIds)
{
    return callEveryPage<QList<AwsVpc>>(m_client, networkTarget(target), u"DescribeVpcs"_s,
                                        Ec2Client::list(u"VpcId"_s, vpcIds), true,
                                        pageDecoder(&Ec2NetworkCodec::vpcs), m_client);
}

AwsCallJob<bool> *Ec2NetworkClient::vpcAttribute(const AwsTarget &target, const QString &vpcId,
                                                 const QString &attribute)
{
    return callEveryPage<bool>(m_client, networkTarget(target), u"DescribeVpcAttribute"_s,
                               {{u"VpcId"_s, vpcId}, {u"Attribute"_s, attribute}}, true,
                               wholeDecoder(&Ec2NetworkCodec::vpcAttribute), m_client);
}

AwsCallJob<QList<AwsSubnet>> *
Ec2NetworkClient::subnets(const AwsTarget &target, const QString &vpcId, const QStringList &zoneIds)
{
    return callEveryPage<QList<AwsSubnet>>(
        m_client, networkTarget(target), u"DescribeSubnets"_s,
        ec2Filters({{u"vpc-id"_s, {vpcId}}, {u"availability-zone-id"_s, zoneIds}}), true,
        pageDecoder(&Ec2NetworkCodec::subnets), m_client);
}

AwsCallJob<QList<AwsSecurityGroup>> *Ec2NetworkClient::securityGroups(const AwsTarget &target,
                                                                      const QString &vpcId)
{
    return callEveryPage<QList<AwsSecurityGroup>>(
        m_client, networkTarget(target), u"DescribeSecurityGroups"_s,
        ec2Filters({{u"vpc-id"_s, {vpcId}}}), true, pageDecoder(&Ec2NetworkCodec::securityGroups),
        m_client);
}

AwsCallJob<QList<AwsVpcEndpoint>> *Ec2NetworkClient::endpoints(const AwsTarget &target,
                                                               const QString &vpcId,
                                                               const QString &serviceName)
{
    return callEveryPage<QList<AwsVpcEndpoint>>(
        m_client, networkTarget(target), u"DescribeVpcEndpoints"_s,
        ec2Filters(
            {{u"vpc-id"_s, vpcId.isEmpty() ? QStringList() : QStringList{vpcId}},
             {u"service-name"_s, serviceName.isEmpty() ? QStringList() : QStringList{serviceName}},
             {u"vpc-endpoint-type"_s, {u"Interface"_s}}}),
        true, pageDecoder(&Ec2NetworkCodec::vpcEndpoints), m_client);
}

AwsCallJob<QList<AwsVpcEndpoint>> *Ec2NetworkClient::endpointsById(const AwsTarget &target,
                                                                   const QStringList &endpointIds)
{
    return callEveryPage<QList<AwsVpcEndpoint>>(
        m_client, networkTarget(target), u"DescribeVpcEndpoints"_s,
        Ec2Client::list(u"VpcEndpointId"_s, endpointIds), true,
        pageDecoder(&Ec2NetworkCodec::vpcEndpoints), m_client);
}

AwsCallJob<bool> *Ec2NetworkClient::setVpcAttribute(const AwsTarget &target, const QString &vpcId,
                                                    const QString &attribute, bool on, bool dryRun)
{
    // The Query API spells the attribute with a capital (`EnableDnsHostnames.Value`).
    QString field = attribute;
    if (!field.isEmpty())
        field[0] = field[0].toUpper();
    return callEveryPage<bool>(
        m_client, networkTarget(target), u"ModifyVpcAttribute"_s,
        withDryRun({{u"VpcId"_s, vpcId}, {field + u".Value"_s, ec2Bool(on)}}, dryRun), false,
        wholeDecoder(&modifiedVpc), m_client);
}

AwsCallJob<QList<AwsGroupRule>> *Ec2NetworkClient::openPort(const AwsTarget &target,
                                                            const QString &groupId, int port,
                                                            const QString &cidr,
                                                            const QString &sourceGroupId,
                                                            const QString &description, bool dryRun)
{
    AwsParams params{{u"GroupId"_s, groupId},
                     {u"IpPermissions.1.IpProtocol"_s, u"tcp"_s},
                     {u"IpPermissions.1.FromPort"_s, QString::number(port)},
                     {u"IpPermissions.1.ToPort"_s, QString::number(port)}};
    const QString source = cidr.isEmpty() ? u"Groups"_s : u"IpRanges"_s;
    params.append(
        {u"IpPermissions.1.%1.1.%2"_s.arg(source, cidr.isEmpty() ? u"GroupId"_s : u"CidrIp"_s),
         cidr.isEmpty() ? sourceGroupId : cidr});
    if (!description.isEmpty())
        params.append({u"IpPermissions.1.%1.1.Description"_s.arg(source), description});
    return callEveryPage<QList<AwsGroupRule>>(
        m_client, networkTarget(target), u"AuthorizeSecurityGroupIngress"_s,
        withDryRun(params, dryRun), false, wholeDecoder(&Ec2NetworkCodec::authorizedRules),
        m_client);
}

AwsCallJob<AwsVpcEndpoint> *Ec2NetworkClient::createEndpoint(const AwsTarget &target,
                                                             const AwsEndpointRequest &request,
                                                             bool dryRun)
{
    AwsParams params{{u"VpcEndpointType"_s, u"Interface"_s},
                     {u"VpcId"_s, request.vpcId},
                     {u"ServiceName"_s, request.serviceName},
                     {u"PrivateDnsEnabled"_s, ec2Bool(request.privateDns)}};
    params += Ec2Client::list(u"SubnetId"_s, request.subnetIds);
    params += Ec2Client::list(u"SecurityGroupId"_s, request.groupIds);
    if (!request.clientToken.isEmpty())
        params.append({u"ClientToken"_s, request.clientToken});
    return callEveryPage<AwsVpcEndpoint>(m_client, networkTarget(target), u"CreateVpcEndpoint"_s,
                                         withDryRun(params, dryRun), false,
                                         wholeDecoder(&Ec2NetworkCodec::createdEndpoint), m_client);
}

AwsCallJob<bool> *
Ec2NetworkClient::modifyEndpoint(const AwsTarget &target, const QString &endpointId,
                                 const QStringList &addSubnets, const QStringList &removeSubnets,
                                 const QStringList &addGroups, const QStringList &removeGroups,
                                 std::optional<bool> privateDns, bool dryRun)
{
    AwsParams params{{u"VpcEndpointId"_s, endpointId}};
    params += Ec2Client::list(u"AddSubnetId"_s, addSubnets);
    params += Ec2Client::list(u"RemoveSubnetId"_s, removeSubnets);
    params += Ec2Client::list(u"AddSecurityGroupId"_s, addGroups);
    params += Ec2Client::list(u"RemoveSecurityGroupId"_s, removeGroups);
    if (privateDns)
        params.append({u"PrivateDnsEnabled"_s, ec2Bool(*privateDns)});
    return callEveryPage<bool>(m_client, networkTarget(target), u"ModifyVpcEndpoint"_s,
                               withDryRun(params, dryRun), false, wholeDecoder(&modifiedEndpoint),
                               m_client);
}

AwsCallJob<QList<AwsUnsuccessfulItem>> *
Ec2NetworkClient::deleteEndpoints(const AwsTarget &target, const QStringList &endpointIds,
                                  bool dryRun)
{
    return callEveryPage<QList<AwsUnsuccessfulItem>>(
        m_client, networkTarget(target), u"DeleteVpcEndpoints"_s,
        withDryRun(Ec2Client::list(u"VpcEndpointId"_s, endpointIds), dryRun), false,
        wholeDecoder(&Ec2Codec::unsuccessful), m_client);
}

} // namespace plc
