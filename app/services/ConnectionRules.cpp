#include "ConnectionRules.h"

#include "domain/DisplayNames.h"
#include "domain/EndpointServiceName.h"

using namespace Qt::StringLiterals;

namespace plc {

ConnectionType ConnectionRules::connectionTypeFor(CloudProvider provider)
{
    switch (provider) {
    case CloudProvider::Aws:
        return ConnectionType::AwsEndpointService;
    case CloudProvider::AlibabaCloud:
        return ConnectionType::AlibabaCloudEndpointService;
    default:
        return ConnectionType::Unknown;
    }
}

QList<DomainType> ConnectionRules::domainTypesFor(ConnectionType type)
{
    switch (type) {
    case ConnectionType::AwsEndpointService:
        return {DomainType::TidbCloudManaged, DomainType::Confluent};
    case ConnectionType::AlibabaCloudEndpointService:
        return {DomainType::TidbCloudManaged};
    case ConnectionType::Unknown:
        break;
    }
    return {};
}

QString ConnectionRules::whyNotCreate(const Cluster *cluster)
{
    if (!cluster)
        return tr("Select a cluster first.");
    if (connectionTypeFor(cluster->region.cloudProvider.value) == ConnectionType::Unknown)
        return tr("Private link connections for dataflow are available for clusters on AWS and "
                  "Alibaba Cloud; %1 is on %2.")
            .arg(cluster->displayName, DisplayNames::cloudProvider(cluster->region.cloudProvider));
    if (cluster->state.value != ClusterState::Active)
        return tr("The cluster is %1; private link connections can be created only while it is "
                  "Active.")
            .arg(DisplayNames::clusterState(cluster->state));
    return {};
}

QString ConnectionRules::whyNotConfluent(const Cluster *cluster)
{
    if (cluster && cluster->region.cloudProvider.value != CloudProvider::Aws)
        return tr("Confluent Cloud Dedicated clusters are reached through an AWS endpoint "
                  "service; %1 is on %2.")
            .arg(cluster->displayName, DisplayNames::cloudProvider(cluster->region.cloudProvider));
    return whyNotCreate(cluster);
}

QString ConnectionRules::whyNotSelected(const PrivateLinkConnection *connection)
{
    return connection ? QString() : tr("Select a private link connection first.");
}

QString ConnectionRules::whyNotAttach(const PrivateLinkConnection *connection)
{
    if (!connection)
        return whyNotSelected(connection);
    if (connection->state.value != ConnectionState::Active)
        return tr("Domains can be attached only to an Active private link connection; this one "
                  "is %1.")
            .arg(DisplayNames::connectionState(connection->state));
    if (domainTypesFor(connection->type.value).isEmpty())
        return tr("The console does not know this connection type: %1.").arg(connection->type.raw);
    return {};
}

QString ConnectionRules::whyNotDetach(const PrivateLinkConnection *connection)
{
    if (!connection)
        return whyNotSelected(connection);
    if (connection->state.value == ConnectionState::Deleting)
        return tr("The private link connection is being deleted.");
    if (!connection->attachedDomains)
        return tr("The attached domains are still loading.");
    if (connection->attachedDomains->isEmpty())
        return tr("No domains are attached to this private link connection.");
    return {};
}

QString ConnectionRules::whyNotDelete(const PrivateLinkConnection *connection)
{
    if (!connection)
        return whyNotSelected(connection);
    if (connection->state.value == ConnectionState::Deleting)
        return tr("The private link connection is already being deleted.");
    return {};
}

QString ConnectionRules::whyNotOpenProviderConsole(const PrivateLinkConnection *connection)
{
    if (!connection)
        return whyNotSelected(connection);
    const EndpointServiceName name = EndpointServiceName::parse(connection->endpointService.name);
    if (!name.isValid())
        return tr("The endpoint service name cannot be read: %1").arg(name.problemText());
    return {};
}

QString ConnectionRules::nextStep(const PrivateLinkConnection &c, const QString &accountId)
{
    const QString account = accountId.isEmpty() ? tr("TiDB Cloud's account") : accountId;
    if (c.type.value == ConnectionType::AwsEndpointService)
        return tr("Next step: in the AWS console, open the detail page of the endpoint service "
                  "%1, go to the Endpoint Connections tab and accept the endpoint connection "
                  "request from TiDB Cloud (endpoint %2, account %3).")
            .arg(c.endpointService.name, c.endpointService.endpointId, account);
    return tr("Next step: in the Alibaba Cloud console, open the detail page of the endpoint "
              "service %1, go to the Endpoint Connections tab and allow the endpoint connection "
              "request from TiDB Cloud (endpoint %2, account %3).")
        .arg(c.endpointService.name, c.endpointService.endpointId, account);
}

QString ConnectionRules::likelyCause(const QString &message)
{
    const QString m = message.toLower();
    if (m.contains(u"principal"_s) || m.contains(u"whitelist"_s) || m.contains(u"not allowed"_s))
        return tr("Most likely TiDB Cloud's account ID is not in the endpoint service's Allow "
                  "principals list (AWS) or Service Whitelist (Alibaba Cloud). Add it, then "
                  "create the connection again.");
    if (m.contains(u"availability zone"_s))
        return tr("Most likely the endpoint service has no availability zone in common with the "
                  "cluster. Add a load balancer subnet in one of the cluster's zones, then create "
                  "the connection again.");
    if (m.contains(u"not found"_s) || m.contains(u"does not exist"_s) || m.contains(u"no such"_s))
        return tr("Most likely the endpoint service name is wrong or the service was deleted. "
                  "Copy the name again from the provider's console.");
    if (m.contains(u"region"_s))
        return tr("Most likely the endpoint service is in another region than the cluster. Use a "
                  "service in the cluster's region, or give its region for a cross-region AWS "
                  "service.");
    return {};
}

} // namespace plc
