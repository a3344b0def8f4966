#pragma once

#include "sandbox/aws/AwsQuery.h"
#include "sandbox/aws/Ec2Catalog.h"
#include "sandbox/aws/Ec2ConnectionRequests.h"
#include "sandbox/aws/Ec2Endpoints.h"
#include "sandbox/aws/Ec2SecurityGroups.h"
#include "sandbox/aws/Ec2Vpcs.h"

#include <QJsonObject>

#include <optional>

namespace plc::sandbox {

class ProviderSimulation;
class SandboxStore;
struct SandboxSettings;

/// The subset of EC2 (Query API 2016-11-15) a private link's AWS side needs, over the
/// sandbox's provider-side state: the caller's endpoint services in the signed region, their
/// Allow principals, the endpoint connections TiDB Cloud's account asked for (accept and
/// reject go through ProviderSimulation, as the admin API's do), availability zones in the
/// caller's own name-to-ID mapping, and services of other accounts the caller may see (TiDB
/// Cloud's per-region services among them). The caller's own network (Ec2Vpcs,
/// Ec2SecurityGroups) and its interface endpoints (Ec2Endpoints) are answered by their classes.
/// Answers and errors are shaped as EC2 writes them, so the AWS CLI reads them.
class Ec2Api final
{
public:
    static constexpr auto Version = "2016-11-15";

    Ec2Api(SandboxStore *store, ProviderSimulation *simulation, const SandboxSettings *settings)
        : m_store(store)
        , m_catalog(store)
        , m_connections(store, simulation, &m_catalog)
        , m_networks(store)
        , m_vpcs(&m_networks)
        , m_groups(&m_networks)
        , m_endpoints(&m_networks, &m_catalog, &m_vpcs, &m_groups, settings)
    {}

    SandboxResponse handle(const AwsQuery &query);
    /// See Ec2Endpoints::usableNamed.
    std::optional<QString> usableEndpointNamed(const QString &host)
    {
        return m_endpoints.usableNamed(host);
    }

private:
    SandboxResponse describeServiceConfigurations(const AwsQuery &query);
    SandboxResponse describeServicePermissions(const AwsQuery &query);
    SandboxResponse modifyServicePermissions(const AwsQuery &query);
    SandboxResponse describeAvailabilityZones(const AwsQuery &query);
    SandboxResponse describeServices(const AwsQuery &query);

    SandboxStore *m_store;
    Ec2Catalog m_catalog;
    Ec2ConnectionRequests m_connections;
    NetworkStore m_networks;
    Ec2Vpcs m_vpcs;
    Ec2SecurityGroups m_groups;
    Ec2Endpoints m_endpoints;
};

} // namespace plc::sandbox
