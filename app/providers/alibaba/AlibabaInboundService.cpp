#include "providers/alibaba/AlibabaInboundService.h"

#include "providers/DryRunJob.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
AlibabaTarget vpcApi(AlibabaAccount *account, const QString &region)
{
    return account->productTarget(AlibabaProduct::Vpc, region);
}

AlibabaTarget ecsApi(AlibabaAccount *account, const QString &region)
{
    return account->productTarget(AlibabaProduct::Ecs, region);
}

AlibabaTarget endpointApi(AlibabaAccount *account, const QString &region)
{
    return account->productTarget(AlibabaProduct::PrivateLink, region);
}

} // namespace

AlibabaInboundReadJob::AlibabaInboundReadJob(AlibabaAccount *account, AlibabaInboundFacts facts,
                                             QObject *parent)
    : StepwiseJob<AlibabaInboundFacts>(parent)
    , m_account(account)
    , m_facts(std::move(facts))
{
    readVSwitches();
}

void AlibabaInboundReadJob::failed(const ApiError &error)
{
    m_facts.readError = error.userMessage();
    finishWithValue(m_facts);
}

void AlibabaInboundReadJob::readVSwitches()
{
    const QString vpc = m_facts.vpc.vpcId;
    start<QList<AlibabaVSwitch>>(
        m_account->run<QList<AlibabaVSwitch>>(
            vpcApi(m_account, m_facts.region),
            [this, vpc](const AlibabaTarget &t) { return m_account->network().vSwitches(t, vpc); }),
        [this](const QList<AlibabaVSwitch> &vswitches) {
            m_facts.vSwitches = vswitches;
            readGroups();
        },
        [this](const ApiError &error) { failed(error); });
}

void AlibabaInboundReadJob::readGroups()
{
    const QString vpc = m_facts.vpc.vpcId;
    start<QList<AlibabaSecurityGroup>>(
        m_account->run<QList<AlibabaSecurityGroup>>(ecsApi(m_account, m_facts.region),
                                                    [this, vpc](const AlibabaTarget &t) {
                                                        return m_account->network().securityGroups(
                                                            t, vpc);
                                                    }),
        [this](const QList<AlibabaSecurityGroup> &groups) {
            m_facts.groups = groups;
            readRules(0);
        },
        [this](const ApiError &error) { failed(error); });
}

void AlibabaInboundReadJob::readRules(qsizetype index)
{
    if (index >= m_facts.groups.size()) {
        readEndpoints();
        return;
    }
    const QString group = m_facts.groups.at(index).groupId;
    start<AlibabaSecurityGroup>(
        AlibabaInboundService(m_account).groupRules(m_facts.region, group),
        [this, index](const AlibabaSecurityGroup &read) {
            m_facts.groups[index].rules = read.rules;
            readRules(index + 1);
        },
        [this](const ApiError &error) { failed(error); });
}

void AlibabaInboundReadJob::readEndpoints()
{
    const QString vpc = m_facts.vpc.vpcId;
    const QString service = m_facts.serviceName;
    start<QList<AlibabaVpcEndpoint>>(
        m_account->run<QList<AlibabaVpcEndpoint>>(endpointApi(m_account, m_facts.region),
                                                  [this, vpc, service](const AlibabaTarget &t) {
                                                      return m_account->network().endpoints(
                                                          t, vpc, service);
                                                  }),
        [this](const QList<AlibabaVpcEndpoint> &endpoints) {
            m_facts.existing = endpoints;
            finishWithValue(m_facts);
        },
        [this](const ApiError &error) { failed(error); });
}

ValueJob<QList<AlibabaVpc>> *AlibabaInboundService::vpcs(const QString &region)
{
    AlibabaAccount *account = m_account;
    return account->run<QList<AlibabaVpc>>(
        vpcApi(account, region),
        [account](const AlibabaTarget &t) { return account->network().vpcs(t); });
}

AlibabaInboundReadJob *AlibabaInboundService::read(const AlibabaInboundFacts &facts,
                                                   QObject *parent)
{
    return new AlibabaInboundReadJob(m_account, facts, parent);
}

ValueJob<QList<AlibabaVpcEndpoint>> *AlibabaInboundService::endpointsTo(const QString &region,
                                                                        const QString &serviceName)
{
    AlibabaAccount *account = m_account;
    return account->run<QList<AlibabaVpcEndpoint>>(
        endpointApi(account, region), [account, serviceName](const AlibabaTarget &t) {
            return account->network().endpoints(t, {}, serviceName);
        });
}

ValueJob<AlibabaVpcEndpoint> *AlibabaInboundService::endpoint(const QString &region,
                                                              const QString &endpointId)
{
    AlibabaAccount *account = m_account;
    return account->run<AlibabaVpcEndpoint>(endpointApi(account, region),
                                            [account, endpointId](const AlibabaTarget &t) {
                                                return account->network().endpoint(t, endpointId);
                                            });
}

ValueJob<QList<AlibabaEndpointZone>> *
AlibabaInboundService::endpointZones(const QString &region, const QString &endpointId)
{
    AlibabaAccount *account = m_account;
    return account->run<QList<AlibabaEndpointZone>>(
        endpointApi(account, region), [account, endpointId](const AlibabaTarget &t) {
            return account->network().endpointZones(t, endpointId);
        });
}

ValueJob<QStringList> *AlibabaInboundService::endpointGroups(const QString &region,
                                                             const QString &endpointId)
{
    AlibabaAccount *account = m_account;
    return account->run<QStringList>(endpointApi(account, region),
                                     [account, endpointId](const AlibabaTarget &t) {
                                         return account->network().endpointGroups(t, endpointId);
                                     });
}

ValueJob<AlibabaSecurityGroup> *AlibabaInboundService::groupRules(const QString &region,
                                                                  const QString &groupId)
{
    AlibabaAccount *account = m_account;
    return account->run<AlibabaSecurityGroup>(ecsApi(account, region),
                                              [account, groupId](const AlibabaTarget &t) {
                                                  return account->network().groupRules(t, groupId);
                                              });
}

ValueJob<bool> *AlibabaInboundService::dryRunCreate(const QString &region,
                                                    const AlibabaEndpointRequest &request,
                                                    QObject *parent)
{
    AlibabaAccount *account = m_account;
    // Not with the create's token: a dry run makes nothing that a token should name.
    AlibabaEndpointRequest dry = request;
    dry.clientToken.clear();
    auto *call = account->run<AlibabaVpcEndpoint>(
        endpointApi(account, region), [account, dry](const AlibabaTarget &t) {
            return account->network().createEndpoint(t, dry, true);
        });
    return new DryRunJob<AlibabaVpcEndpoint>(call, parent);
}

SendOnce *AlibabaInboundService::openPort(const QString &region, const QString &groupId, int port,
                                          const QString &cidr, const QString &sourceGroupId,
                                          QObject *parent)
{
    AlibabaAccount *account = m_account;
    const QString description = u"TiDB %1"_s.arg(port);
    return account->aim(SendOnce::make(
        [=] {
            return account->run<QString>(ecsApi(account, region), [=](const AlibabaTarget &t) {
                return account->network().openPort(t, groupId, port, cidr, sourceGroupId,
                                                   description);
            });
        },
        [](const ValueJob<QString> &) {},
        [=] {
            return account->run<AlibabaSecurityGroup>(
                ecsApi(account, region),
                [=](const AlibabaTarget &t) { return account->network().groupRules(t, groupId); });
        },
        [=](const ValueJob<AlibabaSecurityGroup> &job) {
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            const QList<AlibabaGroupRule> &rules = job.value().rules;
            const bool present =
                std::any_of(rules.cbegin(), rules.cend(), [&](const AlibabaGroupRule &r) {
                    return r.opensInbound(port) && r.fromPort == port && r.toPort == port &&
                           (cidr.isEmpty() ? r.sourceGroupId == sourceGroupId : r.cidr == cidr);
                });
            return present ? SendOnce::Outcome::Done : SendOnce::Outcome::NotDone;
        },
        parent));
}

SendOnce *AlibabaInboundService::createEndpoint(
    const QString &region, const AlibabaEndpointRequest &request, const QStringList &existingIds,
    std::function<void(const AlibabaVpcEndpoint &)> made, QObject *parent)
{
    AlibabaAccount *account = m_account;
    return account->aim(SendOnce::make(
        [=] {
            return account->run<AlibabaVpcEndpoint>(
                endpointApi(account, region), [=](const AlibabaTarget &t) {
                    return account->network().createEndpoint(t, request);
                });
        },
        [made](const ValueJob<AlibabaVpcEndpoint> &job) { made(job.value()); },
        [=] {
            return account->run<QList<AlibabaVpcEndpoint>>(
                endpointApi(account, region), [=](const AlibabaTarget &t) {
                    return account->network().endpoints(t, request.vpcId, request.serviceName);
                });
        },
        [=](const ValueJob<QList<AlibabaVpcEndpoint>> &job) {
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            for (const AlibabaVpcEndpoint &endpoint : job.value()) {
                if (!existingIds.contains(endpoint.endpointId)) {
                    made(endpoint);
                    return SendOnce::Outcome::Done;
                }
            }
            return SendOnce::Outcome::NotDone;
        },
        parent));
}

SendOnce *AlibabaInboundService::deleteEndpoint(const QString &region, const QString &endpointId,
                                                QObject *parent)
{
    AlibabaAccount *account = m_account;
    return account->aim(SendOnce::make(
        [=] {
            return account->run<QString>(endpointApi(account, region), [=](const AlibabaTarget &t) {
                return account->network().deleteEndpoint(t, endpointId);
            });
        },
        [](const ValueJob<QString> &) {},
        [=] {
            return account->run<AlibabaVpcEndpoint>(
                endpointApi(account, region),
                [=](const AlibabaTarget &t) { return account->network().endpoint(t, endpointId); });
        },
        [](const ValueJob<AlibabaVpcEndpoint> &job) {
            // A deleted endpoint is Deleting, then unknown to Alibaba Cloud.
            if (job.error().providerCode == "EndpointNotFound"_L1)
                return SendOnce::Outcome::Done;
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            return job.value().status == "Deleting"_L1 ? SendOnce::Outcome::Done
                                                       : SendOnce::Outcome::NotDone;
        },
        parent));
}

} // namespace plc
