#pragma once

#include "domain/LinkCheck.h"
#include "providers/alibaba/AlibabaNetworkResources.h"

#include <QCoreApplication>

#include <optional>

namespace plc {

/// What the console found in the user's Alibaba Cloud VPC before it makes a private endpoint
/// into a cluster (or another service): the facts one set of reads gives.
struct AlibabaInboundFacts
{
    QString region;
    QString serviceName;        ///< `com.aliyuncs.privatelink.<region>.epsrv-…`
    QStringList serviceZoneIds; ///< the zones the service answers in (`cn-hangzhou-j`)
    int port = 4000;            ///< the port the endpoint is used on (the cluster's)

    AlibabaVpc vpc;
    QList<AlibabaVSwitch> vSwitches;    ///< all of the VPC's
    QList<AlibabaSecurityGroup> groups; ///< with their inbound rules
    QList<AlibabaVpcEndpoint> existing; ///< the caller's endpoints to the service in the VPC
    QString readError;                  ///< the sentence of a read that failed (facts incomplete)
};

/// What the user chose.
struct AlibabaInboundChoice
{
    QStringList vSwitchIds;
    QStringList groupIds;
};

/// The rules that turn AlibabaInboundFacts and a choice into checks — the commonest reasons an
/// endpoint cannot be made or used: no VPC, a vSwitch outside the service's zones or two in one
/// zone, no group letting the port in, an endpoint to the service in the VPC already (Alibaba
/// Cloud refuses a second one: EndpointDuplicated). No network here.
class AlibabaInboundChecks final
{
    Q_DECLARE_TR_FUNCTIONS(AlibabaInboundChecks)

public:
    static QList<LinkCheck> evaluate(const AlibabaInboundFacts &facts,
                                     const AlibabaInboundChoice &choice);

    /// One vSwitch per zone the VPC shares with the service, the one with most free addresses.
    static QStringList suggestedVSwitches(const AlibabaInboundFacts &facts);
    /// The groups that let the port in; none: the VPC's `default` group. A group a cloud
    /// product manages is never suggested.
    static QStringList suggestedGroups(const AlibabaInboundFacts &facts);
    /// The endpoint to the service in the VPC that is, or will be, usable (not being deleted);
    /// nothing when there is none.
    static std::optional<AlibabaVpcEndpoint> reusable(const AlibabaInboundFacts &facts);
    /// Whether `group` lets TCP `port` in, and from where (CIDRs and group IDs).
    static QStringList openedFrom(const AlibabaSecurityGroup &group, int port);
    /// The zones of the chosen vSwitches, as CreateVpcEndpoint takes them (unknown IDs left out).
    static QList<AlibabaEndpointRequest::Zone> zonesOf(const AlibabaInboundFacts &facts,
                                                       const QStringList &vSwitchIds);
};

} // namespace plc
