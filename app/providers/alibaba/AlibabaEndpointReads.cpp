#include "providers/alibaba/AlibabaEndpointReads.h"

#include "providers/alibaba/AlibabaInboundService.h"

namespace plc {

AlibabaEndpointReadJob::AlibabaEndpointReadJob(AlibabaAccount *account, const QString &region,
                                               const QString &id, QObject *parent)
    : StepwiseJob(parent)
{
    AlibabaInboundService service(account);
    start<AlibabaVpcEndpoint>(
        service.endpoint(region, id),
        [this, account, region, id](const AlibabaVpcEndpoint &endpoint) {
            m_endpoint = endpoint;
            AlibabaInboundService zones(account);
            start<QList<AlibabaEndpointZone>>(
                zones.endpointZones(region, id),
                [this, account, region, id](const QList<AlibabaEndpointZone> &found) {
                    m_endpoint.zones = found;
                    AlibabaInboundService groups(account);
                    start<QStringList>(
                        groups.endpointGroups(region, id),
                        [this](const QStringList &groupIds) {
                            finishWithValue({m_endpoint, groupIds});
                        },
                        [this](const ApiError &error) { finishWithError(error); });
                },
                [this](const ApiError &error) { finishWithError(error); });
        },
        [this](const ApiError &error) { finishWithError(error); });
}

AlibabaEndpointsToServiceJob::AlibabaEndpointsToServiceJob(AlibabaAccount *account,
                                                           const QString &region,
                                                           const QString &serviceName,
                                                           QObject *parent)
    : StepwiseJob(parent)
    , m_account(account)
    , m_region(region)
{
    AlibabaInboundService service(account);
    start<QList<AlibabaVpcEndpoint>>(
        service.endpointsTo(region, serviceName),
        [this](const QList<AlibabaVpcEndpoint> &found) {
            m_found = found;
            readNext();
        },
        [this](const ApiError &error) { finishWithError(error); });
}

void AlibabaEndpointsToServiceJob::readNext()
{
    const qsizetype done = m_whole.endpoints.size();
    if (done == m_found.size()) {
        readNextGroup();
        return;
    }
    const QString id = m_found.at(done).endpointId;
    AlibabaInboundService zones(m_account);
    start<QList<AlibabaEndpointZone>>(
        zones.endpointZones(m_region, id),
        [this, id](const QList<AlibabaEndpointZone> &found) {
            AlibabaVpcEndpoint endpoint = m_found.at(m_whole.endpoints.size());
            endpoint.zones = found;
            AlibabaInboundService groups(m_account);
            start<QStringList>(
                groups.endpointGroups(m_region, id),
                [this, endpoint](const QStringList &groupIds) {
                    m_whole.endpoints.append({endpoint, groupIds});
                    for (const QString &groupId : groupIds) {
                        if (!m_groupIds.contains(groupId))
                            m_groupIds.append(groupId);
                    }
                    readNext();
                },
                [this, endpoint](const ApiError &) { partly(endpoint); });
        },
        [this](const ApiError &) { partly(m_found.at(m_whole.endpoints.size())); });
}

void AlibabaEndpointsToServiceJob::partly(const AlibabaVpcEndpoint &endpoint)
{
    m_whole.endpoints.append({endpoint, {}});
    m_whole.partlyRead.append(endpoint.endpointId);
    readNext();
}

void AlibabaEndpointsToServiceJob::readNextGroup()
{
    if (m_groupIds.isEmpty()) {
        finishWithValue(m_whole);
        return;
    }
    start<AlibabaSecurityGroup>(
        AlibabaInboundService(m_account).groupRules(m_region, m_groupIds.takeFirst()),
        [this](const AlibabaSecurityGroup &group) {
            m_whole.groups.append(group);
            readNextGroup();
        },
        [this](const ApiError &) {
            m_whole.rulesRead = false;
            finishWithValue(m_whole);
        });
}

} // namespace plc
