#include "providers/alibaba/AlibabaNetworkClient.h"

#include "providers/alibaba/AlibabaNetworkCodec.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
AlibabaTarget productVersion(AlibabaTarget target, const char *version)
{
    target.version = QString::fromLatin1(version);
    return target;
}

AlibabaParams changeParams(AlibabaParams params, const QString &token, bool dryRun)
{
    params.append({u"ClientToken"_s,
                   token.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : token});
    if (dryRun)
        params.append({u"DryRun"_s, u"true"_s});
    return params;
}

/// Every page of a VPC or ECS list: the decoder's next token is a page number, sent as
/// PageNumber (callEveryPage sends PrivateLink's NextToken).
template<typename T>
ProviderCallJob<T> *everyNumberedPage(AlibabaRpcClient *client, AlibabaTarget target,
                                      QString action, AlibabaParams params,
                                      ProviderDecoder<T> decoder)
{
    using Page = typename ProviderCallJob<T>::Page;
    const QString host = target.endpoint.host();
    auto request = [client, target = std::move(target), action = std::move(action),
                    params = std::move(params)](const QString &number) -> ProviderCall * {
        AlibabaParams pageParams = params;
        if (!number.isEmpty())
            pageParams.append({u"PageNumber"_s, number});
        return client->call(target, action, pageParams, true);
    };
    auto readPage = [decoder = std::move(decoder), host](ProviderCall &call,
                                                         ApiError *error) -> std::optional<Page> {
        Page page;
        QString detail;
        std::optional<T> value = decoder(call.value(), &page.nextToken, &detail);
        if (!value) {
            *error = ApiError::decode(detail);
            error->host = host;
            return std::nullopt;
        }
        page.items = std::move(*value);
        return page;
    };
    return new ProviderCallJob<T>(std::move(request), std::move(readPage), host,
                                  EmptyPages::MayComeBetween, client);
}
} // namespace

AlibabaParams AlibabaNetworkClient::numbered(AlibabaParams params) const
{
    if (m_pageSize > 0)
        params.append({u"PageSize"_s, QString::number(m_pageSize)});
    return params;
}

AlibabaParams AlibabaNetworkClient::tokened(AlibabaParams params) const
{
    if (m_pageSize > 0)
        params.append({u"MaxResults"_s, QString::number(m_pageSize)});
    return params;
}

ProviderCallJob<QList<AlibabaVpc>> *AlibabaNetworkClient::vpcs(const AlibabaTarget &target)
{
    return everyNumberedPage<QList<AlibabaVpc>>(m_client, productVersion(target, VpcVersion),
                                                u"DescribeVpcs"_s, numbered({}),
                                                pageDecoder(&AlibabaNetworkCodec::vpcs));
}

ProviderCallJob<QList<AlibabaVSwitch>> *AlibabaNetworkClient::vSwitches(const AlibabaTarget &target,
                                                                        const QString &vpcId)
{
    return everyNumberedPage<QList<AlibabaVSwitch>>(
        m_client, productVersion(target, VpcVersion), u"DescribeVSwitches"_s,
        numbered({{u"VpcId"_s, vpcId}}), pageDecoder(&AlibabaNetworkCodec::vSwitches));
}

ProviderCallJob<QList<AlibabaSecurityGroup>> *
AlibabaNetworkClient::securityGroups(const AlibabaTarget &target, const QString &vpcId)
{
    return everyNumberedPage<QList<AlibabaSecurityGroup>>(
        m_client, productVersion(target, EcsVersion), u"DescribeSecurityGroups"_s,
        numbered({{u"VpcId"_s, vpcId}}), pageDecoder(&AlibabaNetworkCodec::securityGroups));
}

ProviderCallJob<AlibabaSecurityGroup> *AlibabaNetworkClient::groupRules(const AlibabaTarget &target,
                                                                        const QString &groupId)
{
    return callEveryPage<AlibabaSecurityGroup>(
        m_client, productVersion(target, EcsVersion), u"DescribeSecurityGroupAttribute"_s,
        {{u"SecurityGroupId"_s, groupId}, {u"Direction"_s, u"ingress"_s}}, true,
        wholeDecoder(&AlibabaNetworkCodec::groupAttribute), m_client);
}

ProviderCallJob<QList<AlibabaVpcEndpoint>> *
AlibabaNetworkClient::endpoints(const AlibabaTarget &target, const QString &vpcId,
                                const QString &serviceName)
{
    AlibabaParams params;
    if (!vpcId.isEmpty())
        params.append({u"VpcId"_s, vpcId});
    if (!serviceName.isEmpty())
        params.append({u"ServiceName"_s, serviceName});
    return callEveryPage<QList<AlibabaVpcEndpoint>>(
        m_client, productVersion(target, PrivateLinkVersion), u"ListVpcEndpoints"_s,
        tokened(params), true, pageDecoder(&AlibabaNetworkCodec::endpoints), m_client);
}

ProviderCallJob<AlibabaVpcEndpoint> *AlibabaNetworkClient::endpoint(const AlibabaTarget &target,
                                                                    const QString &endpointId)
{
    return callEveryPage<AlibabaVpcEndpoint>(
        m_client, productVersion(target, PrivateLinkVersion), u"GetVpcEndpointAttribute"_s,
        {{u"EndpointId"_s, endpointId}}, true, wholeDecoder(&AlibabaNetworkCodec::endpoint),
        m_client);
}

ProviderCallJob<QList<AlibabaEndpointZone>> *
AlibabaNetworkClient::endpointZones(const AlibabaTarget &target, const QString &endpointId)
{
    return callEveryPage<QList<AlibabaEndpointZone>>(
        m_client, productVersion(target, PrivateLinkVersion), u"ListVpcEndpointZones"_s,
        tokened({{u"EndpointId"_s, endpointId}}), true,
        pageDecoder(&AlibabaNetworkCodec::endpointZones), m_client);
}

ProviderCallJob<QStringList> *AlibabaNetworkClient::endpointGroups(const AlibabaTarget &target,
                                                                   const QString &endpointId)
{
    return callEveryPage<QStringList>(m_client, productVersion(target, PrivateLinkVersion),
                                      u"ListVpcEndpointSecurityGroups"_s,
                                      tokened({{u"EndpointId"_s, endpointId}}), true,
                                      pageDecoder(&AlibabaNetworkCodec::endpointGroups), m_client);
}

ProviderCallJob<QString> *AlibabaNetworkClient::openPort(const AlibabaTarget &target,
                                                         const QString &groupId, int port,
                                                         const QString &cidr,
                                                         const QString &sourceGroupId,
                                                         const QString &description, bool dryRun)
{
    AlibabaParams params{{u"SecurityGroupId"_s, groupId},
                         {u"IpProtocol"_s, u"tcp"_s},
                         {u"PortRange"_s, u"%1/%1"_s.arg(port)}};
    if (cidr.isEmpty())
        params.append({u"SourceGroupId"_s, sourceGroupId});
    else
        params.append({u"SourceCidrIp"_s, cidr});
    if (!description.isEmpty())
        params.append({u"Description"_s, description});
    return callEveryPage<QString>(m_client, productVersion(target, EcsVersion),
                                  u"AuthorizeSecurityGroup"_s, changeParams(params, {}, dryRun),
                                  false, wholeDecoder(&AlibabaCodec::acknowledged), m_client);
}

AlibabaParams AlibabaNetworkClient::createParameters(const AlibabaEndpointRequest &request)
{
    AlibabaParams params{{u"VpcId"_s, request.vpcId},
                         {u"ServiceName"_s, request.serviceName},
                         {u"EndpointType"_s, u"Interface"_s}};
    if (!request.name.isEmpty())
        params.append({u"EndpointName"_s, request.name});
    for (qsizetype i = 0; i < request.zones.size(); ++i) {
        params.append({u"Zone.%1.ZoneId"_s.arg(i + 1), request.zones.at(i).zoneId});
        params.append({u"Zone.%1.VSwitchId"_s.arg(i + 1), request.zones.at(i).vSwitchId});
    }
    for (qsizetype i = 0; i < request.groupIds.size(); ++i)
        params.append({u"SecurityGroupId.%1"_s.arg(i + 1), request.groupIds.at(i)});
    return params;
}

ProviderCallJob<AlibabaVpcEndpoint> *
AlibabaNetworkClient::createEndpoint(const AlibabaTarget &target,
                                     const AlibabaEndpointRequest &request, bool dryRun)
{
    return callEveryPage<AlibabaVpcEndpoint>(
        m_client, productVersion(target, PrivateLinkVersion), u"CreateVpcEndpoint"_s,
        changeParams(createParameters(request), request.clientToken, dryRun), false,
        wholeDecoder(&AlibabaNetworkCodec::endpoint), m_client);
}

ProviderCallJob<QString> *AlibabaNetworkClient::deleteEndpoint(const AlibabaTarget &target,
                                                               const QString &endpointId,
                                                               bool dryRun)
{
    return callEveryPage<QString>(m_client, productVersion(target, PrivateLinkVersion),
                                  u"DeleteVpcEndpoint"_s,
                                  changeParams({{u"EndpointId"_s, endpointId}}, {}, dryRun), false,
                                  wholeDecoder(&AlibabaCodec::acknowledged), m_client);
}

} // namespace plc
