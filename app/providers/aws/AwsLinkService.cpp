#include "providers/aws/AwsLinkService.h"

using namespace Qt::StringLiterals;

namespace plc {

AwsLinkCheckJob::AwsLinkCheckJob(AwsAccount *account, AwsLinkFacts facts, QObject *parent)
    : StepwiseJob<AwsLinkFacts>(parent)
    , m_account(account)
    , m_facts(std::move(facts))
{
    start<AwsCallerIdentity>(
        m_account->identity(),
        [this](const AwsCallerIdentity &identity) {
            m_facts.callerAccount = identity.account;
            readService();
        },
        [this](const ApiError &error) {
            m_facts.visibility = AwsLinkFacts::Visibility::Unknown;
            m_facts.readError = error.userMessage();
            finishWithValue(m_facts);
        });
}

void AwsLinkCheckJob::readService()
{
    const QString id = m_facts.serviceId;
    start<QList<AwsServiceConfiguration>>(
        m_account->run<QList<AwsServiceConfiguration>>(
            "ec2", m_facts.serviceRegion,
            [this, id](const AwsTarget &t) {
                return m_account->ec2().serviceConfigurations(t, {id});
            }),
        [this](const QList<AwsServiceConfiguration> &services) {
            if (services.isEmpty()) {
                readSeenService();
                return;
            }
            m_facts.visibility = AwsLinkFacts::Visibility::Owned;
            m_facts.serviceZoneNames = services.first().zoneNames;
            m_facts.acceptanceRequired = services.first().acceptanceRequired;
            readPrincipals();
        },
        [this](const ApiError &error) {
            if (error.providerCode == "InvalidVpcEndpointServiceId.NotFound"_L1) {
                readSeenService();
                return;
            }
            m_facts.visibility = AwsLinkFacts::Visibility::Unknown;
            m_facts.readError = error.userMessage();
            finishWithValue(m_facts);
        });
}

void AwsLinkCheckJob::readSeenService()
{
    const QString name = m_facts.serviceName;
    start<QList<AwsServiceDetail>>(
        m_account->run<QList<AwsServiceDetail>>("ec2", m_facts.serviceRegion,
                                                [this, name](const AwsTarget &t) {
                                                    return m_account->ec2().serviceDetails(t,
                                                                                           {name});
                                                }),
        [this](const QList<AwsServiceDetail> &services) {
            if (services.isEmpty()) {
                m_facts.visibility = AwsLinkFacts::Visibility::NotFound;
                finishWithValue(m_facts);
                return;
            }
            m_facts.visibility = AwsLinkFacts::Visibility::SeenOnly;
            m_facts.serviceZoneNames = services.first().zoneNames;
            m_facts.acceptanceRequired = services.first().acceptanceRequired;
            readZones();
        },
        [this](const ApiError &error) {
            m_facts.visibility = error.providerCode == "InvalidServiceName"_L1
                                     ? AwsLinkFacts::Visibility::NotFound
                                     : AwsLinkFacts::Visibility::Unknown;
            m_facts.readError = error.userMessage();
            finishWithValue(m_facts);
        });
}

void AwsLinkCheckJob::readPrincipals()
{
    const QString id = m_facts.serviceId;
    start<QList<AwsAllowedPrincipal>>(
        m_account->run<QList<AwsAllowedPrincipal>>(
            "ec2", m_facts.serviceRegion,
            [this, id](const AwsTarget &t) { return m_account->ec2().allowedPrincipals(t, id); }),
        [this](const QList<AwsAllowedPrincipal> &principals) {
            QStringList list;
            for (const AwsAllowedPrincipal &p : principals)
                list.append(p.principal);
            m_facts.principals = list;
            readZones();
        },
        [this](const ApiError &) { readZones(); }); // the principal check says "unknown"
}

void AwsLinkCheckJob::readZones()
{
    start<QList<AwsZone>>(
        m_account->run<QList<AwsZone>>(
            "ec2", m_facts.serviceRegion,
            [this](const AwsTarget &t) { return m_account->ec2().availabilityZones(t); }),
        [this](const QList<AwsZone> &zones) {
            QHash<QString, QString> idByName;
            for (const AwsZone &zone : zones)
                idByName.insert(zone.name, zone.id);
            m_facts.serviceZoneIds = AwsLinkChecks::zoneIds(m_facts.serviceZoneNames, idByName);
            finishWithValue(m_facts);
        },
        [this](const ApiError &) { finishWithValue(m_facts); });
}

AwsLinkCheckJob *AwsLinkService::check(const AwsLinkFacts &facts, QObject *parent)
{
    return new AwsLinkCheckJob(m_account, facts, parent);
}

SendOnce *AwsLinkService::addPrincipal(const QString &region, const QString &serviceId,
                                       const QString &principal, QObject *parent)
{
    AwsAccount *account = m_account;
    return account->aim(SendOnce::make(
        [=] {
            return account->run<bool>("ec2", region, [=](const AwsTarget &t) {
                return account->ec2().addAllowedPrincipal(t, serviceId, principal);
            });
        },
        [](const AwsTargetedJob<bool> &) {},
        [=] {
            return account->run<QList<AwsAllowedPrincipal>>("ec2", region, [=](const AwsTarget &t) {
                return account->ec2().allowedPrincipals(t, serviceId);
            });
        },
        [principal](const AwsTargetedJob<QList<AwsAllowedPrincipal>> &job) {
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            const bool present =
                std::any_of(job.value().cbegin(), job.value().cend(),
                            [&](const AwsAllowedPrincipal &p) { return p.principal == principal; });
            return present ? SendOnce::Outcome::Done : SendOnce::Outcome::NotDone;
        },
        parent));
}

AwsTargetedJob<QList<AwsEndpointConnection>> *
AwsLinkService::request(const QString &region, const QString &serviceId, const QString &endpointId)
{
    AwsAccount *account = m_account;
    return account->run<QList<AwsEndpointConnection>>("ec2", region, [=](const AwsTarget &t) {
        return account->ec2().endpointConnections(t, serviceId, endpointId);
    });
}

SendOnce *AwsLinkService::decide(const QString &region, const QString &serviceId,
                                 const QString &endpointId, bool accept,
                                 std::function<void(const AwsUnsuccessfulItem &)> refused,
                                 QObject *parent)
{
    AwsAccount *account = m_account;
    return account->aim(SendOnce::make(
        [=] {
            return account->run<QList<AwsUnsuccessfulItem>>("ec2", region, [=](const AwsTarget &t) {
                return account->ec2().decide(t, serviceId, {endpointId}, accept);
            });
        },
        [refused](const AwsTargetedJob<QList<AwsUnsuccessfulItem>> &job) {
            if (!job.value().isEmpty() && refused)
                refused(job.value().first());
        },
        // The service is a value made for this call: the check keeps the account, not it.
        [=] { return AwsLinkService(account).request(region, serviceId, endpointId); },
        [accept](const AwsTargetedJob<QList<AwsEndpointConnection>> &job) {
            if (!job.succeeded() || job.value().isEmpty())
                return SendOnce::Outcome::Unknown;
            const QString state = job.value().first().state;
            if (state == "pendingAcceptance"_L1)
                return SendOnce::Outcome::NotDone;
            const bool decided = accept ? state != "rejected"_L1 : state == "rejected"_L1;
            return decided ? SendOnce::Outcome::Done : SendOnce::Outcome::Unknown;
        },
        parent));
}

} // namespace plc
