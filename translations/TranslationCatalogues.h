#pragma once

#include <QString>

namespace plc {

/// Where the console's compiled catalogues (privatelink-console_<language>.qm) are embedded.
/// Linking plc_translations is what puts them there.
QString translationCatalogues();

} // namespace plc
