#pragma once

#include "domain/PrivateEndpointTarget.h"

#include <QList>
#include <QString>

namespace plc {

/// The custom private endpoint targets (services the API does not list, such as MatrixOne
/// Cloud instances) saved per profile in QSettings, under `endpointTargets/<profile>`. They
/// hold no secret: the password is never asked for. ProfileStore moves them with a renamed
/// profile and removes them with a removed one.
namespace EndpointTargetStore {
QList<PrivateEndpointTarget> targets(const QString &profile);
/// Adds the target, or replaces the one named `replacing` (or named alike); false when the
/// settings could not be written.
bool save(const QString &profile, const PrivateEndpointTarget &target,
          const QString &replacing = {});
/// False when there is no such target or the settings could not be written.
bool remove(const QString &profile, const QString &name);
void moveProfile(const QString &from, const QString &to);
void removeProfile(const QString &profile);
} // namespace EndpointTargetStore

} // namespace plc
