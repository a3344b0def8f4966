#pragma once

// The fleet's figures (docs/benchmarks.md): a whole pass over a large fleet within its share,
// the snapshot on screen at start, the UI thread while a pass runs (quiet and busy), memory,
// the notification path; and the soak, hours of the tray's life at an accelerated pace.
#include <QJsonObject>
#include <QString>

namespace plc::bench {

struct FleetSize
{
    int clusters = 300;
    int connections = 3000;
    int sharePerMinute = 700; ///< the pass's pace here (the console's is 40): same pacer
};

/// One fleet, measured: `fleetPass`, `fleetSnapshot`, `fleetUiStall`, `fleetMemory`,
/// `fleetNotifications` (every key names the fleet).
QJsonObject measureFleet(const QString &sandboxBinary, const FleetSize &size);

/// `minutes` of passes back to back, cluster switches and notifications at an accelerated
/// pace, against a fleet whose answers fail 30 % of the time (503); resident memory sampled
/// each minute and the fleet's pace each minute against its share.
QJsonObject soakFleet(const QString &sandboxBinary, const FleetSize &size, int minutes);

} // namespace plc::bench
