#pragma once

// The fleet's provider side (docs/benchmarks.md): what reading the AWS and Alibaba Cloud side
// of a large fleet's waiting and failed connections costs, in provider requests and time.
#include "FleetBench.h"

namespace plc::bench {

/// `fleetSides`: the connections read, the provider and TiDB Cloud requests they took, the
/// findings, how long it took at the pace given (the console's 60 a minute, scaled as the
/// pass's share is) and what that is at the console's own pace, and the UI thread's longest
/// stall meanwhile.
QJsonObject measureFleetSides(const QString &sandboxBinary, const FleetSize &size);

} // namespace plc::bench
