#include "TableStalls.h"

#include "services/PrivateLinkService.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHeaderView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace plc::bench {

void ShownTable::make()
{
    view = std::make_unique<QTableView>();
    proxy = std::make_unique<TextFilterProxy>();
    model = std::make_unique<ConnectionTableModel>();
    proxy->setSourceModel(model.get());
    view->setModel(proxy.get());
    view->setSortingEnabled(true);
    view->sortByColumn(ConnectionTableModel::CreatedColumn, Qt::AscendingOrder);
    view->setTextElideMode(Qt::ElideMiddle);
    view->resize(1200, 700);
    view->show();
    QCoreApplication::processEvents();
}

LoadRun loadIntoTable(PrivateLinkService *service, const QString &clusterId, ShownTable *table,
                      StallProbe *probe)
{
    LoadRun result;
    table->make();
    ConnectionTableModel *model = table->model.get();
    probe->start();
    QElapsedTimer clock;
    clock.start();
    auto *job = service->listConnections(clusterId, ConnectionState::Unknown);
    QEventLoop loop;
    // As the connections panel does on a cluster's first load: rows arrive page by page.
    QObject::connect(job, &Job::progress, &loop, [&] { model->upsert(job->lastPage()); });
    QObject::connect(job, &Job::finished, &loop, [&] {
        if (job->succeeded())
            model->apply(job->value());
        result.ms = job->succeeded() ? double(clock.nsecsElapsed()) / 1e6 : -1;
        loop.quit();
    });
    loop.exec();
    QCoreApplication::processEvents(); // the view's reaction to the new rows counts too
    result.stallMs = probe->stop();
    result.rows = model->rowCount();
    return result;
}

QJsonObject sortAndFilterStalls(ShownTable *table, StallProbe *probe, double loadStallMs)
{
    // The proxy fills its word and sort-key caches in slices while the loop is idle.
    idle(1500);
    double sortStall = 0, filterStall = 0;
    int slowestSort = -1;
    ConnectionTableModel *model = table->model.get();
    for (int column = 0; column < model->columnCount(); ++column) {
        probe->start();
        table->view->sortByColumn(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCoreApplication::processEvents();
        if (const double stall = probe->stop(); stall > sortStall) {
            sortStall = stall;
            slowestSort = column;
        }
    }
    for (const QString &text :
         {u"b000000000000000001"_s, u"us-east-1"_s, u"no-such-text"_s, QString()}) {
        probe->start();
        table->proxy->setFilterText(text);
        QCoreApplication::processEvents();
        filterStall = qMax(filterStall, probe->stop());
    }
    return {{u"maxWhileLoadingMs"_s, round1(loadStallMs)},
            {u"maxWhileSortingMs"_s, round1(sortStall)},
            {u"slowestSortColumn"_s, model->headerData(slowestSort, Qt::Horizontal).toString()},
            {u"maxWhileFilteringMs"_s, round1(filterStall)}};
}

} // namespace plc::bench
