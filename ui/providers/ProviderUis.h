#pragma once

#include "domain/ClusterEnums.h"
#include "domain/PrivateLink.h"

#include <QList>
#include <QString>

#include <memory>

namespace plc {

class ProviderUi;

/// The cloud providers the console knows, each registered once, in the order the windows list
/// them. The shell registers the built-in ones (BuiltInProviders); a test may register its
/// own instead. A provider registered for the id, cloud or connection type of an earlier one
/// replaces it.
namespace ProviderUis {
void add(std::shared_ptr<const ProviderUi> provider);
/// Forgets every provider (tests).
void clear();
QList<std::shared_ptr<const ProviderUi>> all();
/// Null when no registered provider has it.
const ProviderUi *byId(const QString &id);
const ProviderUi *forType(ConnectionType type);
const ProviderUi *forCloud(CloudProvider cloud);
/// The registered providers' names, for a sentence: "AWS or Alibaba Cloud".
QString names();
} // namespace ProviderUis

} // namespace plc
