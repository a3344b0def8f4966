#pragma once

#include "base/SendOnce.h"
#include "domain/PrivateLink.h"

#include <functional>

namespace plc {

class PrivateLinkService;

/// The SendOnce of each change the wizards make, with the read that finds out whether a change
/// whose answer was lost was made. The request is read when the change is sent, and the check
/// looks for what was sent then (not for what the form says by the time of the check).
namespace ChangeSenders {

/// Create: after a lost answer the cluster's list is read; a connection with the name sent is
/// the one created (names are unique in a cluster).
SendOnce *create(PrivateLinkService *service, const QString &clusterId,
                 std::function<NewPrivateLinkConnection()> request,
                 std::function<void(const PrivateLinkConnection &)> take, QObject *parent);

struct Attach
{
    QString clusterId;
    QString connectionId;
    DomainType type = DomainType::Unknown;
    QString uniqueName;
};

/// Attach domains: after a lost answer the connection is read; a group of the type and unique
/// name sent is the one attached.
SendOnce *attach(PrivateLinkService *service, std::function<Attach()> request,
                 std::function<void(const AttachDomain &)> take, QObject *parent);

} // namespace ChangeSenders

} // namespace plc
