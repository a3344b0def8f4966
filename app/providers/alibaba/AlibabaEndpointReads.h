#pragma once

#include "base/StepwiseJob.h"
#include "providers/alibaba/AlibabaNetworkResources.h"

#include <QStringList>

#include <utility>

namespace plc {

class AlibabaAccount;

/// An Alibaba Cloud endpoint with its security groups' IDs (which no endpoint read gives).
using AlibabaWholeEndpoint = std::pair<AlibabaVpcEndpoint, QStringList>;

/// One endpoint whole: its attribute, then its zones (vSwitches, domains), then its security
/// groups, each a read of its own (GetVpcEndpointAttribute gives neither list).
class AlibabaEndpointReadJob final : public StepwiseJob<AlibabaWholeEndpoint>
{
public:
    AlibabaEndpointReadJob(AlibabaAccount *account, const QString &region, const QString &id,
                           QObject *parent);

private:
    AlibabaVpcEndpoint m_endpoint;
};

/// The account's endpoints to a service, each whole, and their security groups with rules.
struct AlibabaEndpointsToService
{
    QList<AlibabaWholeEndpoint> endpoints;
    QList<AlibabaSecurityGroup> groups;
    QStringList partlyRead; ///< endpoints whose zones or groups could not be read
    bool rulesRead = true;  ///< false: a group's rules could not be read
};

/// Reads them: the list (ListVpcEndpoints), then each endpoint's zones and security groups, one
/// endpoint after the other (the list gives neither), then each group's rules once. Only the
/// list must be read: what else cannot be (a permission, an endpoint gone meanwhile) is left
/// out and said so, and the endpoints stay listed.
class AlibabaEndpointsToServiceJob final : public StepwiseJob<AlibabaEndpointsToService>
{
public:
    AlibabaEndpointsToServiceJob(AlibabaAccount *account, const QString &region,
                                 const QString &serviceName, QObject *parent);

private:
    void readNext();
    /// The endpoint as listed, its zones or groups not read.
    void partly(const AlibabaVpcEndpoint &endpoint);
    void readNextGroup();

    AlibabaAccount *m_account;
    QString m_region;
    QList<AlibabaVpcEndpoint> m_found;
    QStringList m_groupIds; ///< still to read
    AlibabaEndpointsToService m_whole;
};

} // namespace plc
