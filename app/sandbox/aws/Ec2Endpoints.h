#pragma once

#include "sandbox/NetworkStore.h"
#include "sandbox/aws/AwsQuery.h"

#include <QJsonObject>

#include <optional>

namespace plc::sandbox {

class Ec2Catalog;
class Ec2SecurityGroups;
class Ec2Vpcs;
struct SandboxSettings;

/// The caller's interface VPC endpoints in the emulated EC2: DescribeVpcEndpoints,
/// CreateVpcEndpoint, ModifyVpcEndpoint and DeleteVpcEndpoints, with the checks AWS makes
/// (Ec2EndpointRules: subnets in the service's zones and one per zone; groups of the VPC, private
/// DNS only with the VPC's DNS attributes and never twice for one name in a VPC, a client token
/// that makes one endpoint however often it is sent) and its error codes. A service that needs no
/// acceptance (TiDB Cloud's) makes the endpoint `available` the creating delay after it was
/// made; one that does leaves it `pendingAcceptance`. States are worked out when read.
class Ec2Endpoints final
{
public:
    Ec2Endpoints(NetworkStore *networks, const Ec2Catalog *catalog, const Ec2Vpcs *vpcs,
                 const Ec2SecurityGroups *groups, const SandboxSettings *settings)
        : m_networks(networks)
        , m_catalog(catalog)
        , m_vpcs(vpcs)
        , m_groups(groups)
        , m_settings(settings)
    {}

    /// The answer when `action` is one of these; nothing otherwise.
    std::optional<SandboxResponse> handle(const QString &action, const AwsQuery &query);
    /// The available endpoint, of any account and region, that `host` names (one of its DNS
    /// names, or its private DNS name when that is on): its ID, or nothing.
    std::optional<QString> usableNamed(const QString &host);

private:
    SandboxResponse describe(const AwsQuery &query);
    SandboxResponse create(const AwsQuery &query);
    SandboxResponse modify(const AwsQuery &query);
    SandboxResponse remove(const AwsQuery &query);

    /// The endpoint as it is now (its state moved on with the time), or nothing once gone.
    std::optional<QJsonObject> settled(const AwsQuery &query, QJsonObject endpoint);
    /// Private DNS allowed: the VPC's attributes, no other endpoint with the name in the VPC.
    bool checkPrivateDns(const AwsQuery &query, const QJsonObject &vpc, const QString &name,
                         const QString &except, SandboxResponse *error);
    void writeEndpoint(AwsXmlAnswer &answer, const AwsQuery &query, const QJsonObject &endpoint);
    /// The endpoint's names: the regional one, one per zone, then the service's private name
    /// when private DNS is on.
    QStringList dnsNames(const AwsQuery &query, const QJsonObject &endpoint) const;

    NetworkStore *m_networks;
    const Ec2Catalog *m_catalog;
    const Ec2Vpcs *m_vpcs;
    const Ec2SecurityGroups *m_groups;
    const SandboxSettings *m_settings;
};

} // namespace plc::sandbox
