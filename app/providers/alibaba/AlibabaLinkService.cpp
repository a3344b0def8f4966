#include "providers/alibaba/AlibabaLinkService.h"

using namespace Qt::StringLiterals;

namespace plc {

AlibabaLinkCheckJob::AlibabaLinkCheckJob(AlibabaAccount *account, AlibabaLinkFacts facts,
                                         QObject *parent)
    : StepwiseJob<AlibabaLinkFacts>(parent)
    , m_account(account)
    , m_facts(std::move(facts))
{
    start<AlibabaCallerIdentity>(
        m_account->identity(),
        [this](const AlibabaCallerIdentity &identity) {
            m_facts.callerAccount = identity.accountId;
            readService();
        },
        [this](const ApiError &error) { stopWith(error); });
}

AlibabaTarget AlibabaLinkCheckJob::target() const
{
    return m_account->privateLinkTarget(m_facts.serviceRegion);
}

void AlibabaLinkCheckJob::stopWith(const ApiError &error)
{
    m_facts.visibility = AlibabaLinkFacts::Visibility::Unknown;
    m_facts.readError = error.userMessage();
    finishWithValue(m_facts);
}

void AlibabaLinkCheckJob::readService()
{
    const QString id = m_facts.serviceId;
    start<QList<AlibabaService>>(
        m_account->run<QList<AlibabaService>>(target(),
                                              [this, id](const AlibabaTarget &t) {
                                                  return m_account->privateLink().services(t, id);
                                              }),
        [this](const QList<AlibabaService> &services) {
            if (services.isEmpty()) {
                readSeenService();
                return;
            }
            m_facts.visibility = AlibabaLinkFacts::Visibility::Owned;
            m_facts.serviceZoneIds = services.first().zoneIds;
            m_facts.autoAccept = services.first().autoAcceptEnabled;
            readWhitelist();
        },
        [this](const ApiError &error) {
            if (error.providerCode == "EndpointServiceNotFound"_L1)
                readSeenService();
            else
                stopWith(error);
        });
}

void AlibabaLinkCheckJob::readSeenService()
{
    const QString name = m_facts.serviceName;
    start<QList<AlibabaService>>(
        m_account->run<QList<AlibabaService>>(target(),
                                              [this, name](const AlibabaTarget &t) {
                                                  return m_account->privateLink().servicesByEndUser(
                                                      t, name);
                                              }),
        [this](const QList<AlibabaService> &services) {
            if (services.isEmpty()) {
                m_facts.visibility = AlibabaLinkFacts::Visibility::NotFound;
            } else {
                m_facts.visibility = AlibabaLinkFacts::Visibility::Whitelisted;
                m_facts.serviceZoneIds = services.first().zoneIds;
            }
            finishWithValue(m_facts);
        },
        [this](const ApiError &error) { stopWith(error); });
}

void AlibabaLinkCheckJob::readWhitelist()
{
    const QString id = m_facts.serviceId;
    start<QStringList>(
        m_account->run<QStringList>(target(),
                                    [this, id](const AlibabaTarget &t) {
                                        return m_account->privateLink().serviceUsers(t, id);
                                    }),
        [this](const QStringList &users) {
            m_facts.whitelist = users;
            readZones();
        },
        [this](const ApiError &) { readZones(); }); // the whitelist check says "unknown"
}

void AlibabaLinkCheckJob::readZones()
{
    // The zones the service has resources in: what an endpoint can reach.
    const QString id = m_facts.serviceId;
    start<QList<AlibabaServiceResource>>(
        m_account->run<QList<AlibabaServiceResource>>(
            target(),
            [this, id](const AlibabaTarget &t) {
                return m_account->privateLink().serviceResources(t, id);
            }),
        [this](const QList<AlibabaServiceResource> &resources) {
            QStringList zones;
            for (const AlibabaServiceResource &resource : resources) {
                if (!zones.contains(resource.zoneId))
                    zones.append(resource.zoneId);
            }
            m_facts.serviceZoneIds = zones;
            finishWithValue(m_facts);
        },
        [this](const ApiError &) { finishWithValue(m_facts); }); // the service's own list
}

AlibabaLinkCheckJob *AlibabaLinkService::check(const AlibabaLinkFacts &facts, QObject *parent)
{
    return new AlibabaLinkCheckJob(m_account, facts, parent);
}

SendOnce *AlibabaLinkService::addUser(const QString &region, const QString &serviceId,
                                      const QString &accountId, QObject *parent)
{
    AlibabaAccount *account = m_account;
    return account->aim(SendOnce::make(
        [=] {
            return account->run<QString>(
                account->privateLinkTarget(region), [=](const AlibabaTarget &t) {
                    return account->privateLink().addUser(t, serviceId, accountId);
                });
        },
        [](const ValueJob<QString> &) {},
        [=] {
            return account->run<QStringList>(
                account->privateLinkTarget(region), [=](const AlibabaTarget &t) {
                    return account->privateLink().serviceUsers(t, serviceId);
                });
        },
        [accountId](const ValueJob<QStringList> &job) {
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            return job.value().contains(accountId) ? SendOnce::Outcome::Done
                                                   : SendOnce::Outcome::NotDone;
        },
        parent));
}

ValueJob<QList<AlibabaEndpointConnection>> *AlibabaLinkService::request(const QString &region,
                                                                        const QString &serviceId,
                                                                        const QString &endpointId)
{
    AlibabaAccount *account = m_account;
    return account->run<QList<AlibabaEndpointConnection>>(
        account->privateLinkTarget(region), [=](const AlibabaTarget &t) {
            return account->privateLink().connections(t, serviceId, endpointId);
        });
}

SendOnce *AlibabaLinkService::decide(const QString &region, const QString &serviceId,
                                     const QString &endpointId, bool allow, QObject *parent)
{
    AlibabaAccount *account = m_account;
    return account->aim(SendOnce::make(
        [=] {
            return account->run<QString>(
                account->privateLinkTarget(region), [=](const AlibabaTarget &t) {
                    return account->privateLink().decide(t, serviceId, endpointId, allow);
                });
        },
        [](const ValueJob<QString> &) {},
        // The service is a value made for this call: the check keeps the account, not it.
        [=] { return AlibabaLinkService(account).request(region, serviceId, endpointId); },
        [allow](const ValueJob<QList<AlibabaEndpointConnection>> &job) {
            if (!job.succeeded() || job.value().isEmpty())
                return SendOnce::Outcome::Unknown;
            const QString status = job.value().first().status;
            if (status == "Pending"_L1)
                return SendOnce::Outcome::NotDone;
            const bool decided = allow
                                     ? status == "Connecting"_L1 || status == "Connected"_L1
                                     : status == "Disconnecting"_L1 || status == "Disconnected"_L1;
            return decided ? SendOnce::Outcome::Done : SendOnce::Outcome::Unknown;
        },
        parent));
}

} // namespace plc
