#include "providers/aws/Ec2Client.h"

#include "providers/aws/Ec2Codec.h"

using namespace Qt::StringLiterals;

namespace plc {

namespace {
AwsTarget ec2(AwsTarget target)
{
    target.service = "ec2";
    target.version = QString::fromLatin1(Ec2Client::Version);
    return target;
}

} // namespace

AwsParams Ec2Client::list(const QString &name, const QStringList &values)
{
    AwsParams params;
    for (qsizetype i = 0; i < values.size(); ++i)
        params.append({u"%1.%2"_s.arg(name).arg(i + 1), values.at(i)});
    return params;
}

AwsParams Ec2Client::paged(AwsParams params) const
{
    if (m_pageSize > 0)
        params.append({u"MaxResults"_s, QString::number(m_pageSize)});
    return params;
}

AwsCallJob<QList<AwsServiceConfiguration>> *
Ec2Client::serviceConfigurations(const AwsTarget &target, const QStringList &serviceIds)
{
    return callEveryPage<QList<AwsServiceConfiguration>>(
        m_client, ec2(target), u"DescribeVpcEndpointServiceConfigurations"_s,
        paged(list(u"ServiceId"_s, serviceIds)), true,
        pageDecoder(&Ec2Codec::serviceConfigurations), m_client);
}

AwsCallJob<QList<AwsServiceDetail>> *Ec2Client::serviceDetails(const AwsTarget &target,
                                                               const QStringList &serviceNames)
{
    return callEveryPage<QList<AwsServiceDetail>>(m_client, ec2(target),
                                                  u"DescribeVpcEndpointServices"_s,
                                                  paged(list(u"ServiceName"_s, serviceNames)), true,
                                                  pageDecoder(&Ec2Codec::serviceDetails), m_client);
}

AwsCallJob<QList<AwsAllowedPrincipal>> *Ec2Client::allowedPrincipals(const AwsTarget &target,
                                                                     const QString &serviceId)
{
    return callEveryPage<QList<AwsAllowedPrincipal>>(
        m_client, ec2(target), u"DescribeVpcEndpointServicePermissions"_s,
        paged({{u"ServiceId"_s, serviceId}}), true, pageDecoder(&Ec2Codec::allowedPrincipals),
        m_client);
}

AwsCallJob<QList<AwsEndpointConnection>> *Ec2Client::endpointConnections(const AwsTarget &target,
                                                                         const QString &serviceId,
                                                                         const QString &endpointId)
{
    AwsParams params{{u"Filter.1.Name"_s, u"service-id"_s}, {u"Filter.1.Value.1"_s, serviceId}};
    if (!endpointId.isEmpty())
        params += {{u"Filter.2.Name"_s, u"vpc-endpoint-id"_s}, {u"Filter.2.Value.1"_s, endpointId}};
    return callEveryPage<QList<AwsEndpointConnection>>(
        m_client, ec2(target), u"DescribeVpcEndpointConnections"_s, paged(params), true,
        pageDecoder(&Ec2Codec::endpointConnections), m_client);
}

AwsCallJob<QList<AwsZone>> *Ec2Client::availabilityZones(const AwsTarget &target)
{
    return callEveryPage<QList<AwsZone>>(m_client, ec2(target), u"DescribeAvailabilityZones"_s, {},
                                         true, wholeDecoder(&Ec2Codec::availabilityZones),
                                         m_client);
}

AwsCallJob<bool> *Ec2Client::addAllowedPrincipal(const AwsTarget &target, const QString &serviceId,
                                                 const QString &principal)
{
    return callEveryPage<bool>(
        m_client, ec2(target), u"ModifyVpcEndpointServicePermissions"_s,
        {{u"ServiceId"_s, serviceId}, {u"AddAllowedPrincipals.1"_s, principal}}, false,
        wholeDecoder(&Ec2Codec::modified), m_client);
}

AwsCallJob<QList<AwsUnsuccessfulItem>> *Ec2Client::decide(const AwsTarget &target,
                                                          const QString &serviceId,
                                                          const QStringList &endpointIds,
                                                          bool accept)
{
    AwsParams params{{u"ServiceId"_s, serviceId}};
    params += list(u"VpcEndpointId"_s, endpointIds);
    return callEveryPage<QList<AwsUnsuccessfulItem>>(
        m_client, ec2(target),
        accept ? u"AcceptVpcEndpointConnections"_s : u"RejectVpcEndpointConnections"_s, params,
        false, wholeDecoder(&Ec2Codec::unsuccessful), m_client);
}

AwsCallJob<AwsCallerIdentity> *StsClient::callerIdentity(const AwsTarget &target)
{
    AwsTarget sts = target;
    sts.service = "sts";
    sts.version = QString::fromLatin1(Version);
    return callEveryPage<AwsCallerIdentity>(m_client, sts, u"GetCallerIdentity"_s, {}, true,
                                            wholeDecoder(&Ec2Codec::callerIdentity), m_client);
}

AwsCallJob<AwsAssumedRole> *StsClient::assumeRole(const AwsTarget &target, const AwsRoleStep &step,
                                                  const QString &sessionName,
                                                  const QString &mfaCode)
{
    AwsTarget sts = target;
    sts.service = "sts";
    sts.version = QString::fromLatin1(Version);
    AwsParams params{{u"RoleArn"_s, step.roleArn}, {u"RoleSessionName"_s, sessionName}};
    if (!step.externalId.isEmpty())
        params.append({u"ExternalId"_s, step.externalId});
    if (step.durationSeconds > 0)
        params.append({u"DurationSeconds"_s, QString::number(step.durationSeconds)});
    if (!step.mfaSerial.isEmpty()) {
        params.append({u"SerialNumber"_s, step.mfaSerial});
        params.append({u"TokenCode"_s, mfaCode});
    }
    // With a code it is not sent again: STS refuses a code used twice.
    return callEveryPage<AwsAssumedRole>(m_client, sts, u"AssumeRole"_s, params,
                                         step.mfaSerial.isEmpty(),
                                         wholeDecoder(&Ec2Codec::assumedRole), m_client);
}

} // namespace plc
