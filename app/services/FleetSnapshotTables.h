#pragma once

#include "services/FleetSnapshotStore.h"

#include <QSqlDatabase>

namespace plc {

/// The tables of a fleet snapshot and their rows: what FleetSnapshotStore's thread reads and
/// writes, in the transactions the store opens. Text read back is made visible
/// (OutsideText): the file is data. Every value is bound, never spliced into the SQL.
namespace FleetSnapshotTables {
/// The statements that make a new file's tables.
const QStringList &schema();
FleetSnapshot read(QSqlDatabase &db, const QString &profile);
/// Replaces what the file has of `cluster` with `rows`.
bool writeCluster(QSqlDatabase &db, const FleetCluster &cluster, const QList<FleetRow> &rows);
bool writeSeen(QSqlDatabase &db, const QList<FleetSeen> &seen, const QDateTime &at);
bool removeCluster(QSqlDatabase &db, const QString &clusterId);
} // namespace FleetSnapshotTables

} // namespace plc
