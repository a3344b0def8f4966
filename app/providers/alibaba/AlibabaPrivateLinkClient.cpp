#include "providers/alibaba/AlibabaPrivateLinkClient.h"

#include "providers/alibaba/AlibabaCodec.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
AlibabaTarget privateLink(AlibabaTarget target)
{
    target.version = QString::fromLatin1(AlibabaPrivateLinkClient::Version);
    return target;
}

/// The token that makes a repeat of one change the same change for Alibaba Cloud.
std::pair<QString, QString> clientToken()
{
    return {u"ClientToken"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)};
}
} // namespace

AlibabaParams AlibabaPrivateLinkClient::paged(AlibabaParams params) const
{
    if (m_pageSize > 0)
        params.append({u"MaxResults"_s, QString::number(m_pageSize)});
    return params;
}

AlibabaCallJob<QList<AlibabaService>> *
AlibabaPrivateLinkClient::services(const AlibabaTarget &target, const QString &serviceId)
{
    AlibabaParams params;
    if (!serviceId.isEmpty())
        params.append({u"ServiceId"_s, serviceId});
    return callEveryPage<QList<AlibabaService>>(m_client, privateLink(target),
                                                u"ListVpcEndpointServices"_s, paged(params), true,
                                                pageDecoder(&AlibabaCodec::services), m_client);
}

AlibabaCallJob<AlibabaService> *
AlibabaPrivateLinkClient::serviceAttribute(const AlibabaTarget &target, const QString &serviceId)
{
    return callEveryPage<AlibabaService>(m_client, privateLink(target),
                                         u"GetVpcEndpointServiceAttribute"_s,
                                         {{u"ServiceId"_s, serviceId}}, true,
                                         wholeDecoder(&AlibabaCodec::serviceAttribute), m_client);
}

AlibabaCallJob<QList<AlibabaServiceResource>> *
AlibabaPrivateLinkClient::serviceResources(const AlibabaTarget &target, const QString &serviceId)
{
    return callEveryPage<QList<AlibabaServiceResource>>(
        m_client, privateLink(target), u"ListVpcEndpointServiceResources"_s,
        paged({{u"ServiceId"_s, serviceId}}), true, pageDecoder(&AlibabaCodec::serviceResources),
        m_client);
}

AlibabaCallJob<QStringList> *AlibabaPrivateLinkClient::serviceUsers(const AlibabaTarget &target,
                                                                    const QString &serviceId)
{
    return callEveryPage<QStringList>(
        m_client, privateLink(target), u"ListVpcEndpointServiceUsers"_s,
        paged({{u"ServiceId"_s, serviceId}, {u"UserListType"_s, u"Users"_s}}), true,
        pageDecoder(&AlibabaCodec::serviceUsers), m_client);
}

AlibabaCallJob<QList<AlibabaEndpointConnection>> *
AlibabaPrivateLinkClient::connections(const AlibabaTarget &target, const QString &serviceId,
                                      const QString &endpointId)
{
    AlibabaParams params{{u"ServiceId"_s, serviceId}};
    if (!endpointId.isEmpty())
        params.append({u"EndpointId"_s, endpointId});
    return callEveryPage<QList<AlibabaEndpointConnection>>(
        m_client, privateLink(target), u"ListVpcEndpointConnections"_s, paged(params), true,
        pageDecoder(&AlibabaCodec::connections), m_client);
}

AlibabaCallJob<QList<AlibabaService>> *
AlibabaPrivateLinkClient::servicesByEndUser(const AlibabaTarget &target, const QString &serviceName)
{
    return callEveryPage<QList<AlibabaService>>(
        m_client, privateLink(target), u"ListVpcEndpointServicesByEndUser"_s,
        paged({{u"ServiceName"_s, serviceName}}), true,
        pageDecoder(&AlibabaCodec::servicesByEndUser), m_client);
}

AlibabaCallJob<QString> *AlibabaPrivateLinkClient::addUser(const AlibabaTarget &target,
                                                           const QString &serviceId,
                                                           const QString &accountId)
{
    return callEveryPage<QString>(
        m_client, privateLink(target), u"AddUserToVpcEndpointService"_s,
        {{u"ServiceId"_s, serviceId}, {u"UserId"_s, accountId}, clientToken()}, false,
        wholeDecoder(&AlibabaCodec::acknowledged), m_client);
}

AlibabaCallJob<QString> *AlibabaPrivateLinkClient::decide(const AlibabaTarget &target,
                                                          const QString &serviceId,
                                                          const QString &endpointId, bool allow)
{
    return callEveryPage<QString>(
        m_client, privateLink(target),
        allow ? u"EnableVpcEndpointConnection"_s : u"DisableVpcEndpointConnection"_s,
        {{u"ServiceId"_s, serviceId}, {u"EndpointId"_s, endpointId}, clientToken()}, false,
        wholeDecoder(&AlibabaCodec::acknowledged), m_client);
}

AlibabaCallJob<AlibabaAssumedRole> *AlibabaStsClient::assumeRole(const AlibabaTarget &target,
                                                                 const AlibabaRoleStep &step,
                                                                 const QString &sessionName)
{
    AlibabaTarget sts = target;
    sts.version = QString::fromLatin1(Version);
    sts.region.clear();
    AlibabaParams params{{u"RoleArn"_s, step.roleArn}, {u"RoleSessionName"_s, sessionName}};
    if (step.durationSeconds > 0)
        params.append({u"DurationSeconds"_s, QString::number(step.durationSeconds)});
    if (!step.externalId.isEmpty())
        params.append({u"ExternalId"_s, step.externalId});
    return callEveryPage<AlibabaAssumedRole>(m_client, sts, u"AssumeRole"_s, params, true,
                                             wholeDecoder(&AlibabaCodec::assumedRole), m_client);
}

AlibabaCallJob<AlibabaCallerIdentity> *AlibabaStsClient::callerIdentity(const AlibabaTarget &target)
{
    AlibabaTarget sts = target;
    sts.version = QString::fromLatin1(Version);
    sts.region.clear();
    return callEveryPage<AlibabaCallerIdentity>(m_client, sts, u"GetCallerIdentity"_s, {}, true,
                                                wholeDecoder(&AlibabaCodec::callerIdentity),
                                                m_client);
}

} // namespace plc
