#pragma once

#include "PrivateLink.h"

#include <QString>

namespace plc {

/// The ticloud CLI command equivalent to each console action (`ticloud serverless
/// private-link-connection …`), with every argument quoted for a POSIX shell, so that a user
/// can copy it into a terminal or a script.
namespace CliCommands {
QString shellQuote(const QString &argument);
QString get(const QString &clusterId, const QString &connectionId);
QString availabilityZones(const QString &clusterId);
QString create(const QString &clusterId, const NewPrivateLinkConnection &connection);
QString deleteConnection(const QString &clusterId, const QString &connectionId);
QString attachDomains(const QString &clusterId, const QString &connectionId, DomainType type,
                      const QString &uniqueName, bool dryRun);
QString detachDomains(const QString &clusterId, const QString &connectionId,
                      const QString &attachDomainId);
} // namespace CliCommands

} // namespace plc
