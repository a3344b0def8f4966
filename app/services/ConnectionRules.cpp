#include "ConnectionRules.h"

#include "domain/EndpointServiceName.h"
#include "models/DisplayNames.h"

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

QString ConnectionRules::whyNotAttach(const PrivateLinkConnection *connection)
{
    if (!connection)
        return tr("Select a private link connection first.");
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
        return tr("Select a private link connection first.");
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
        return tr("Select a private link connection first.");
    if (connection->state.value == ConnectionState::Deleting)
        return tr("The private link connection is already being deleted.");
    return {};
}

QString ConnectionRules::whyNotOpenProviderConsole(const PrivateLinkConnection *connection)
{
    if (!connection)
        return tr("Select a private link connection first.");
    const EndpointServiceName name = EndpointServiceName::parse(connection->endpointService.name);
    if (!name.isValid())
        return tr("The endpoint service name cannot be read: %1").arg(name.problemText());
    return {};
}

} // namespace plc
