#include "services/ChangeSenders.h"

#include "services/PrivateLinkService.h"

#include <memory>

namespace plc {

SendOnce *ChangeSenders::create(PrivateLinkService *service, const QString &clusterId,
                                std::function<NewPrivateLinkConnection()> request,
                                std::function<void(const PrivateLinkConnection &)> take,
                                QObject *parent)
{
    auto sent = std::make_shared<NewPrivateLinkConnection>();
    return SendOnce::make(
        [service, clusterId, request, sent] {
            *sent = request();
            return service->createConnection(clusterId, *sent);
        },
        [take](const ConnectionJob &job) { take(job.value()); },
        [service, clusterId] { return service->listConnections(clusterId); },
        [take, sent](const ListConnectionsJob &job) {
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            for (const auto &c : job.value()) {
                if (c.displayName == sent->displayName) {
                    take(c);
                    return SendOnce::Outcome::Done;
                }
            }
            return SendOnce::Outcome::NotDone;
        },
        parent);
}

SendOnce *ChangeSenders::attach(PrivateLinkService *service, std::function<Attach()> request,
                                std::function<void(const AttachDomain &)> take, QObject *parent)
{
    auto sent = std::make_shared<Attach>();
    return SendOnce::make(
        [service, request, sent] {
            *sent = request();
            return service->attachDomains(sent->clusterId, sent->connectionId, sent->type,
                                          sent->uniqueName, false);
        },
        [take](const AttachDomainJob &job) { take(job.value()); },
        [service, sent] { return service->getConnection(sent->clusterId, sent->connectionId); },
        [take, sent](const ConnectionJob &job) {
            if (!job.succeeded())
                return SendOnce::Outcome::Unknown;
            const auto &groups = job.value().attachedDomains;
            for (const AttachDomain &group : groups.value_or(QList<AttachDomain>{})) {
                if (group.type.value == sent->type && group.uniqueName == sent->uniqueName) {
                    take(group);
                    return SendOnce::Outcome::Done;
                }
            }
            return SendOnce::Outcome::NotDone;
        },
        parent);
}

} // namespace plc
