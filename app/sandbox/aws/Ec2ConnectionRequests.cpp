#include "sandbox/aws/Ec2ConnectionRequests.h"

#include "sandbox/ProviderSimulation.h"
#include "sandbox/SandboxStore.h"

using namespace Qt::StringLiterals;

namespace plc::sandbox {

SandboxResponse Ec2ConnectionRequests::describe(const AwsQuery &query) const
{
    SandboxResponse error;
    AwsPaging paging;
    if (!paging.read(query, &error) ||
        !knownFilters(query,
                      {u"service-id"_s, u"vpc-endpoint-owner"_s, u"vpc-endpoint-state"_s,
                       u"vpc-endpoint-id"_s},
                      &error))
        return error;
    const auto filters = query.filters();
    QList<QPair<QString, QJsonObject>> requests; // service ID, request
    const QList<QJsonObject> own = m_catalog->ownServices(query);
    for (const QJsonObject &service : own) {
        const QString id = Ec2Catalog::serviceId(service);
        if (!passesFilter(filters, u"service-id"_s, id))
            continue;
        const QList<QJsonObject> connections =
            m_store->connectionsOfService(service.value("name"_L1).toString());
        for (const QJsonObject &connection : connections) {
            const QJsonObject request = m_simulation->connectionRequest(connection);
            if (request.isEmpty() ||
                !passesFilter(filters, u"vpc-endpoint-owner"_s,
                              request.value("accountId"_L1).toString()) ||
                !passesFilter(filters, u"vpc-endpoint-state"_s,
                              request.value("state"_L1).toString()) ||
                !passesFilter(filters, u"vpc-endpoint-id"_s,
                              request.value("endpointId"_L1).toString()))
                continue;
            requests.append({id, request});
        }
    }
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"vpcEndpointConnectionSet"_s);
    for (qsizetype i = paging.offset; i < requests.size() && i < paging.offset + paging.size; ++i) {
        const auto &[id, request] = requests.at(i);
        const QString endpointId = request.value("endpointId"_L1).toString();
        xml.writeStartElement(u"item"_s);
        answer.element(u"serviceId"_s, id);
        answer.element(u"vpcEndpointId"_s, endpointId);
        answer.element(u"vpcEndpointOwner"_s, request.value("accountId"_L1).toString());
        answer.element(u"vpcEndpointState"_s, request.value("state"_L1).toString());
        const QDateTime created =
            QDateTime::fromString(request.value("createTime"_L1).toString(), Qt::ISODateWithMs);
        answer.element(u"creationTimestamp"_s,
                       created.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s));
        xml.writeEmptyElement(u"dnsEntrySet"_s);
        xml.writeEmptyElement(u"gatewayLoadBalancerArnSet"_s);
        answer.element(u"ipAddressType"_s, u"ipv4"_s);
        answer.element(u"vpcEndpointConnectionId"_s,
                       u"vpce-con-"_s + Ec2Catalog::hex17(endpointId));
        xml.writeEmptyElement(u"tagSet"_s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    paging.writeNext(answer, requests.size());
    return answer.finish();
}

SandboxResponse Ec2ConnectionRequests::decide(const AwsQuery &query, bool accept)
{
    SandboxResponse error;
    const auto service = m_catalog->ownService(query, &error);
    if (!service)
        return error;
    const QStringList endpoints = query.list(u"VpcEndpointId"_s);
    if (endpoints.isEmpty())
        return Ec2Catalog::invalid(query, u"MissingParameter"_s,
                                   u"The request must contain the parameter VpcEndpointId"_s);
    const QString name = service->value("name"_L1).toString();
    AwsXmlAnswer answer(query.action() + u"Response"_s, AwsErrors::Ec2Namespace);
    QXmlStreamWriter &xml = answer.xml();
    answer.element(u"requestId"_s, query.requestId);
    xml.writeStartElement(u"unsuccessful"_s);
    for (const QString &endpointId : endpoints) {
        const SandboxResponse decided = m_simulation->decide(name, endpointId, accept);
        if (decided.status == 200)
            continue;
        // EC2 reports each endpoint that could not be decided; the others went through.
        const bool missing = decided.status == 404;
        xml.writeStartElement(u"item"_s);
        xml.writeStartElement(u"error"_s);
        answer.element(u"code"_s,
                       missing ? u"InvalidVpcEndpointId.NotFound"_s : u"InvalidVpcEndpointState"_s);
        answer.element(u"message"_s,
                       missing ? u"The Vpc Endpoint Id '%1' does not exist"_s.arg(endpointId)
                               : decided.body.value("message"_L1).toString());
        xml.writeEndElement();
        answer.element(u"resourceId"_s, endpointId);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return answer.finish();
}

} // namespace plc::sandbox
