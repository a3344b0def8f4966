#include "domain/ConnectionRules.h"

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

ConnectionRules::Refusal ConnectionRules::create(const Cluster *cluster)
{
    if (!cluster)
        return Refusal::NoCluster;
    if (connectionTypeFor(cluster->region.cloudProvider.value) == ConnectionType::Unknown)
        return Refusal::UnsupportedProvider;
    if (cluster->state.value != ClusterState::Active)
        return Refusal::ClusterNotActive;
    return Refusal::None;
}

ConnectionRules::Refusal ConnectionRules::confluent(const Cluster *cluster)
{
    if (cluster && cluster->region.cloudProvider.value != CloudProvider::Aws)
        return Refusal::ConfluentNeedsAws;
    return create(cluster);
}

ConnectionRules::Refusal ConnectionRules::selected(const PrivateLinkConnection *connection)
{
    return connection ? Refusal::None : Refusal::NoConnection;
}

ConnectionRules::Refusal ConnectionRules::attach(const PrivateLinkConnection *connection)
{
    if (!connection)
        return Refusal::NoConnection;
    if (connection->state.value != ConnectionState::Active)
        return Refusal::ConnectionNotActive;
    if (domainTypesFor(connection->type.value).isEmpty())
        return Refusal::UnknownConnectionType;
    return Refusal::None;
}

ConnectionRules::Refusal ConnectionRules::detach(const PrivateLinkConnection *connection)
{
    if (!connection)
        return Refusal::NoConnection;
    if (connection->state.value == ConnectionState::Deleting)
        return Refusal::BeingDeleted;
    if (!connection->attachedDomains)
        return Refusal::DomainsLoading;
    if (connection->attachedDomains->isEmpty())
        return Refusal::NoDomainsAttached;
    return Refusal::None;
}

ConnectionRules::Refusal ConnectionRules::remove(const PrivateLinkConnection *connection)
{
    if (!connection)
        return Refusal::NoConnection;
    if (connection->state.value == ConnectionState::Deleting)
        return Refusal::AlreadyBeingDeleted;
    return Refusal::None;
}

ConnectionRules::Refusal ConnectionRules::testSink(const PrivateLinkConnection *connection)
{
    if (!connection)
        return Refusal::NoConnection;
    if (connection->state.value == ConnectionState::Deleting)
        return Refusal::BeingDeleted;
    return Refusal::None;
}

ConnectionRules::Refusal
ConnectionRules::openProviderConsole(const PrivateLinkConnection *connection)
{
    if (!connection)
        return Refusal::NoConnection;
    if (!EndpointServiceName::parse(connection->endpointService.name).isValid())
        return Refusal::UnreadableServiceName;
    return Refusal::None;
}

ConnectionRules::FailureCause ConnectionRules::causeOf(const QString &failureMessage)
{
    const QString m = failureMessage.toLower();
    if (m.contains(u"principal"_s) || m.contains(u"whitelist"_s) || m.contains(u"not allowed"_s))
        return FailureCause::AccountNotAllowed;
    if (m.contains(u"availability zone"_s))
        return FailureCause::NoCommonZone;
    if (m.contains(u"not found"_s) || m.contains(u"does not exist"_s) || m.contains(u"no such"_s))
        return FailureCause::ServiceNotFound;
    if (m.contains(u"region"_s))
        return FailureCause::OtherRegion;
    return FailureCause::Unrecognised;
}

} // namespace plc
