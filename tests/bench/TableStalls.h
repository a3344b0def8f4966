#pragma once

// The connections table under load: 10,000 rows arriving page by page into the model, the
// proxy and a shown view, then sorted by every column and filtered, with the UI thread's
// longest stall for each.
#include "StallProbe.h"

#include "models/ConnectionTableModel.h"
#include "models/TextFilterProxy.h"

#include <QJsonObject>
#include <QList>
#include <QTableView>

#include <memory>

namespace plc {
class PrivateLinkService;
}

namespace plc::bench {

/// A model, its proxy and a shown view, as the connections panel has them.
struct ShownTable
{
    std::unique_ptr<QTableView> view;
    std::unique_ptr<TextFilterProxy> proxy;
    std::unique_ptr<ConnectionTableModel> model;

    void make();
};

struct LoadRun
{
    double ms = -1; ///< -1: the load failed
    double stallMs = 0;
    int rows = 0;
};

/// Loads a cluster's connections into a fresh table; its time and the longest stall.
LoadRun loadIntoTable(PrivateLinkService *service, const QString &clusterId, ShownTable *table,
                      StallProbe *probe);

/// Sorts the loaded table by every column and filters it by a few texts, after a moment's
/// idle (a user looks at the rows first); the longest stalls, as JSON with the load's.
QJsonObject sortAndFilterStalls(ShownTable *table, StallProbe *probe, double loadStallMs);

/// Used By on the loaded table: the cluster's changefeeds (two through every other
/// connection, and a tenth as many on a public network) handed to the model `runs` times, as
/// the connection feed does after each read, then sorted by Used By; the time of each hand-over
/// and the longest stalls, as JSON.
QJsonObject usageStalls(ShownTable *table, StallProbe *probe, int runs);

} // namespace plc::bench
