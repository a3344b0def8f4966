#pragma once

#include "sandbox/aws/AwsQuery.h"
#include "sandbox/aws/Ec2Catalog.h"

namespace plc::sandbox {

class ProviderSimulation;
class SandboxStore;

/// EC2's endpoint connections of the caller's services: the requests TiDB Cloud's account
/// made, described, and accepted or rejected through ProviderSimulation (as the admin API
/// decides them), so TiDB Cloud's side follows to ACTIVE or FAILED.
class Ec2ConnectionRequests final
{
public:
    Ec2ConnectionRequests(SandboxStore *store, ProviderSimulation *simulation,
                          const Ec2Catalog *catalog)
        : m_store(store)
        , m_simulation(simulation)
        , m_catalog(catalog)
    {}

    SandboxResponse describe(const AwsQuery &query) const;
    SandboxResponse decide(const AwsQuery &query, bool accept);

private:
    SandboxStore *m_store;
    ProviderSimulation *m_simulation;
    const Ec2Catalog *m_catalog;
};

} // namespace plc::sandbox
