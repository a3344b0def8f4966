#include "TableStalls.h"

#include "services/PrivateLinkService.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHeaderView>

#include <QElapsedTimer>

#include <algorithm>
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

QJsonObject usageStalls(ShownTable *table, StallProbe *probe, int runs)
{
    ConnectionTableModel *model = table->model.get();
    QList<Changefeed> changefeeds;
    const QList<PrivateLinkConnection> &rows = model->rows();
    for (qsizetype i = 0; i < rows.size(); i += 2) {
        for (int n = 0; n < 2; ++n) {
            Changefeed c;
            c.changefeedId = u"cfd-%1-%2"_s.arg(i).arg(n);
            c.displayName = u"feed-%1-%2"_s.arg(i).arg(n);
            c.state = {ChangefeedState::Running, u"RUNNING"_s};
            c.sinkType = {n ? SinkType::Mysql : SinkType::Kafka, n ? u"MYSQL"_s : u"KAFKA"_s};
            c.network = {SinkNetwork::PrivateLink, u"PRIVATE_LINK"_s};
            c.privateLinkConnectionId = rows.at(i).privateLinkConnectionId;
            c.port = n ? 3306 : 9092;
            changefeeds.append(c);
        }
    }
    for (qsizetype i = 0; i < rows.size() / 10; ++i) {
        Changefeed c;
        c.changefeedId = u"cfd-public-%1"_s.arg(i);
        c.network = {SinkNetwork::Public, u"PUBLIC"_s};
        changefeeds.append(c);
    }
    QList<double> applyMs;
    double applyStall = 0;
    for (int run = 0; run < runs; ++run) {
        // Each run differs from the last (one changefeed fewer), so the model takes it.
        const QList<Changefeed> list = changefeeds.mid(run);
        probe->start();
        QElapsedTimer clock;
        clock.start();
        model->setChangefeeds(list);
        applyMs.append(double(clock.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents(); // the view and the proxy react
        applyStall = qMax(applyStall, probe->stop());
    }
    std::sort(applyMs.begin(), applyMs.end());
    idle(1500); // the sort keys of Used By are made again while idle
    probe->start();
    table->view->sortByColumn(ConnectionTableModel::UsedByColumn, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    const double sortStall = probe->stop();
    return {{u"changefeeds"_s, int(changefeeds.size())},
            {u"connections"_s, int(rows.size())},
            {u"applyMedianMs"_s, round1(applyMs.at(applyMs.size() / 2))},
            {u"maxUiStallMs"_s, round1(applyStall)},
            {u"sortByUsedByMs"_s, round1(sortStall)}};
}

} // namespace plc::bench
