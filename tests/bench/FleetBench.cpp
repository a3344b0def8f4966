#include "FleetBench.h"

#include "BenchData.h"
#include "FakeNotificationServer.h"
#include "StallProbe.h"

#include "api/RequestLog.h"
#include "models/FleetFeed.h"
#include "models/FleetTableModel.h"
#include "models/TextFilterProxy.h"
#include "services/ClusterService.h"
#include "services/DesktopNotifier.h"
#include "services/FleetSnapshotStore.h"
#include "services/PrivateLinkService.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace plc::bench {

namespace {

const QString Profile = u"bench"_s;

/// The fleet's rows shown as the fleet window shows them: sorted by attention.
struct FleetTable
{
    std::unique_ptr<FleetSnapshotStore> store;
    std::unique_ptr<FleetFeed> feed;
    std::unique_ptr<TextFilterProxy> proxy;
    std::unique_ptr<QTableView> view;

    explicit FleetTable(const QString &directory, int share)
        : store(std::make_unique<FleetSnapshotStore>(directory))
        , feed(std::make_unique<FleetFeed>(store.get()))
        , proxy(std::make_unique<TextFilterProxy>())
        , view(std::make_unique<QTableView>())
    {
        feed->setSharePerMinute(share);
        feed->setPassInterval(3'600'000);
        proxy->setSourceModel(feed->model());
        proxy->setSortRole(FleetTableModel::SortRole);
        view->setModel(proxy.get());
        view->setSortingEnabled(true);
        view->sortByColumn(FleetTableModel::AttentionColumn, Qt::DescendingOrder);
        view->resize(1100, 700);
        view->show();
    }
    ~FleetTable()
    {
        view.reset();
        proxy.reset();
        feed.reset();
        store.reset();
    }
};

struct Pass
{
    int requests = -1;
    qint64 ms = -1;
    double stallMs = -1;
};

Pass runPass(FleetTable &table, const SandboxProcess &sandbox, bool first, StallProbe *probe,
             int timeoutMs)
{
    Pass pass;
    QSignalSpy finished(table.feed->reader(Profile), &FleetReader::passFinished);
    probe->start();
    if (first)
        table.feed->setEndpoint(Profile, sandbox.url(),
                                {sandbox.publicKey(), sandbox.privateKey()});
    else
        table.feed->readNow();
    if (!finished.wait(timeoutMs))
        return pass;
    pass.stallMs = round1(probe->stop());
    pass.requests = finished.constFirst().at(1).toInt();
    pass.ms = finished.constFirst().at(2).toLongLong();
    return pass;
}

int clustersWithConnections(const FleetTableModel *model)
{
    QSet<QString> clusters;
    for (const FleetRow &row : model->rows())
        clusters.insert(row.clusterId);
    return int(clusters.size());
}

QJsonObject notificationPath(StallProbe *probe, int count)
{
    if (!QDBusConnection::sessionBus().isConnected())
        return {{u"sent"_s, -1}, {u"maxUiStallMs"_s, -1}, {u"note"_s, u"no D-Bus session bus"_s}};
    const QString connection = u"plc_bench_notifications"_s;
    QDBusConnection::connectToBus(QDBusConnection::SessionBus, connection);
    QJsonObject result;
    {
        test::FakeNotificationServer server(connection);
        test::startNotificationServer(server, connection);
        DesktopNotifier notifier;
        idle(500); // its capabilities asked and answered
        const QString body =
            u"orders-rds on orders-prod (profile bench): Active → Failed.\n"_s.repeated(5);
        QElapsedTimer clock;
        clock.start();
        probe->start();
        for (int i = 0; i < count; ++i) {
            // A batch in a group of its own each time, and the fleet's own group replaced.
            notifier.notify(i % 2 ? u"fleet"_s : u"fleet-%1"_s.arg(i), u"Changes"_s, body);
            idle(5);
        }
        const bool all = QTest::qWaitFor([&] { return server.received.size() >= count; }, 30'000);
        result = {{u"sent"_s, count},
                  {u"received"_s, int(server.received.size())},
                  {u"allReceived"_s, all},
                  {u"ms"_s, clock.elapsed()},
                  {u"maxUiStallMs"_s, round1(probe->stop())},
                  {u"goalUiStallMs"_s, 16}};
        QDBusConnection(connection).unregisterService(u"org.freedesktop.Notifications"_s);
    }
    QDBusConnection::disconnectFromBus(connection);
    return result;
}

} // namespace

QJsonObject measureFleet(const QString &sandboxBinary, const FleetSize &size)
{
    QTemporaryDir work;
    SandboxProcess sandbox(sandboxBinary);
    QString error;
    const QString fleet = u"%1:%2"_s.arg(size.clusters).arg(size.connections);
    if (!sandbox.start(work.filePath(u"fleet.sqlite"_s), &error,
                       {u"--fleet"_s, fleet, u"--fleet-transition-ms"_s, u"0"_s}))
        return {{u"fleetError"_s, error}};
    const QString snapshots = work.filePath(u"snapshots"_s);
    // The pass's budget at this pace: its requests over the share, as the README's formula.
    const int timeoutMs = int(60'000.0 * (size.clusters * 2 + 10) / size.sharePerMinute) + 60'000;
    StallProbe probe;
    QJsonObject result;
    double rss = -1;
    {
        FleetTable table(snapshots, size.sharePerMinute);
        QSignalSpy shown(table.feed.get(), &FleetFeed::snapshotShown);
        table.feed->setProfiles({Profile});
        shown.wait(10'000);
        // The first pass of a run pays for what a process does once (the SQLite driver, the
        // first requests, the table's first paint): said apart from a pass of a running
        // console, the second.
        const Pass first = runPass(table, sandbox, true, &probe, timeoutMs);
        const Pass quiet = runPass(table, sandbox, false, &probe, timeoutMs);
        const int rows = table.feed->model()->rowCount();
        const int withConnections = clustersWithConnections(table.feed->model());
        // The fewest requests: the cluster list's pages, each cluster's connections, and the
        // changefeeds of each cluster that has connections.
        const int minimum = (size.clusters + 99) / 100 + size.clusters + withConnections;
        const qint64 budgetMs = table.feed->reader(Profile)->pacer().durationMs(
            qMax(0, first.requests - FleetPacer::DefaultBurst));
        idle(500);
        rss = readResidentMb();
        // The same pass again with one spinning thread per core.
        Pass busy;
        int busyThreads = 0;
        {
            BusyMachine machine(QThread::idealThreadCount());
            busyThreads = machine.threads();
            busy = runPass(table, sandbox, false, &probe, timeoutMs);
        }
        result.insert(
            u"fleetPass"_s,
            QJsonObject{
                {u"clusters"_s, size.clusters},
                {u"connections"_s, rows},
                {u"clustersWithConnections"_s, withConnections},
                {u"requests"_s, first.requests},
                {u"minimumRequests"_s, minimum},
                {u"requestsOverMinimum"_s,
                 std::round(100.0 * first.requests / qMax(1, minimum)) / 100},
                {u"sharePerMinute"_s, size.sharePerMinute},
                {u"durationMs"_s, first.ms},
                {u"budgetMs"_s, budgetMs},
                {u"durationOverBudget"_s,
                 std::round(100.0 * double(first.ms) / double(qMax<qint64>(1, budgetMs))) / 100},
                {u"secondPassRequests"_s, quiet.requests},
                {u"secondPassDurationMs"_s, quiet.ms},
                {u"consoleShareMinutes"_s,
                 std::round(10.0 * first.requests / FleetPacer::DefaultPerMinute) / 10}});
        result.insert(u"fleetUiStall"_s, QJsonObject{{u"firstPassMaxMs"_s, first.stallMs},
                                                     {u"quietMaxMs"_s, quiet.stallMs},
                                                     {u"busyMaxMs"_s, busy.stallMs},
                                                     {u"busyThreads"_s, busyThreads},
                                                     {u"goalQuietMs"_s, 16},
                                                     {u"goalBusyMs"_s, 33}});
        table.store->flush();
    }
    result.insert(u"fleetMemory"_s, QJsonObject{{u"rssMb"_s, round1(rss)},
                                                {u"peakRssMb"_s, round1(readPeakResidentMb())},
                                                {u"goalMb"_s, 150}});
    {
        // A start: the snapshot read and shown, sorted, before any request.
        QElapsedTimer clock;
        clock.start();
        probe.start();
        FleetTable table(snapshots, size.sharePerMinute);
        QSignalSpy shown(table.feed.get(), &FleetFeed::snapshotShown);
        table.feed->setProfiles({Profile});
        shown.wait(10'000);
        const bool rowsShown = QTest::qWaitFor([&] { return table.proxy->rowCount() > 0; }, 10'000);
        QCoreApplication::processEvents(); // painted
        const qint64 ms = rowsShown ? clock.elapsed() : -1;
        result.insert(u"fleetSnapshot"_s, QJsonObject{{u"rows"_s, table.proxy->rowCount()},
                                                      {u"onScreenMs"_s, ms},
                                                      {u"maxUiStallMs"_s, round1(probe.stop())},
                                                      {u"goalMs"_s, 500}});
    }
    result.insert(u"fleetNotifications"_s, notificationPath(&probe, 200));
    return result;
}

QJsonObject soakFleet(const QString &sandboxBinary, const FleetSize &size, int minutes)
{
    QTemporaryDir work;
    SandboxProcess sandbox(sandboxBinary);
    QString error;
    if (!sandbox.start(work.filePath(u"soak.sqlite"_s), &error,
                       {u"--fleet"_s, u"%1:%2"_s.arg(size.clusters).arg(size.connections),
                        u"--fleet-transition-ms"_s, u"2000"_s, u"--fleet-steady"_s, u"--faults"_s,
                        uR"({"status":503,"share":0.3})"_s}))
        return {{u"fleetSoakError"_s, error}};
    FleetTable table(work.filePath(u"snapshots"_s), size.sharePerMinute);
    table.feed->setPassInterval(0);
    table.feed->setNotificationBatch(1000);
    const bool bus = QDBusConnection::sessionBus().isConnected();
    const QString connection = u"plc_bench_soak"_s;
    std::unique_ptr<test::FakeNotificationServer> server;
    if (bus) {
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, connection);
        server = std::make_unique<test::FakeNotificationServer>(connection);
        test::startNotificationServer(*server, connection);
    }
    DesktopNotifier notifier;
    int batches = 0;
    QObject::connect(table.feed.get(), &FleetFeed::notify, &notifier,
                     [&](const QList<FleetChange> &changes) {
                         ++batches;
                         notifier.notify(u"fleet"_s, u"Changes"_s, changes.constFirst().sentence());
                     });
    table.feed->setProfiles({Profile});
    int minuteRequests = 0;
    int passes = 0;
    QObject::connect(table.feed->reader(Profile)->client()->requestLog(), &RequestLog::entryAdded,
                     table.feed.get(), [&] { ++minuteRequests; });
    QObject::connect(table.feed->reader(Profile), &FleetReader::passFinished, table.feed.get(),
                     [&] {
                         ++passes;
                         // A week's passes in the tray, with the window being looked at now
                         // and then.
                         if (passes % 3 == 0)
                             table.feed->markLooked();
                     });
    table.feed->setEndpoint(Profile, sandbox.url(), {sandbox.publicKey(), sandbox.privateKey()});

    // The user's side: a cluster switch every 2 s and a refresh of the list every 5 s, on the
    // console's own client (the per-cluster view), through the same failures.
    ApiClient client;
    client.setEndpoint(sandbox.url(), {sandbox.publicKey(), sandbox.privateKey()});
    ClusterService clusters(&client);
    PrivateLinkService links(&client);
    QStringList ids;
    int switches = 0;
    QTimer refresh;
    QObject::connect(&refresh, &QTimer::timeout, &client, [&] {
        clusters.listClusters()->onFinished(
            &client,
            [&](const QList<Cluster> &list) {
                ids.clear();
                for (const Cluster &c : list)
                    ids.append(c.clusterId);
            },
            [](const ApiError &) {});
    });
    refresh.start(5000);
    QTimer switcher;
    QObject::connect(&switcher, &QTimer::timeout, &client, [&] {
        if (ids.isEmpty())
            return;
        ++switches;
        links.listConnections(ids.at(switches % ids.size()))
            ->onFinished(
                &client, [](const QList<PrivateLinkConnection> &) {}, [](const ApiError &) {});
    });
    switcher.start(2000);

    QJsonArray samples;
    int maxPerMinute = 0;
    int received = 0;
    for (int minute = 1; minute <= minutes; ++minute) {
        minuteRequests = 0;
        idle(60'000);
        maxPerMinute = qMax(maxPerMinute, minuteRequests);
        // The notification server is the desktop's, another process: what it records here is
        // counted and let go, or the soak would measure the test server's own list.
        if (server)
            received += int(std::exchange(server->received, {}).size());
        const double rss = readResidentMb();
        const int rows = table.feed->model()->rowCount();
        const HeapFigures heap = readHeap();
        samples.append(QJsonObject{{u"minute"_s, minute},
                                   {u"rssMb"_s, round1(rss)},
                                   {u"heapInUseMb"_s, round1(heap.inUseMb)},
                                   {u"heapFreeMb"_s, round1(heap.freeMb)},
                                   {u"fleetRequests"_s, minuteRequests},
                                   {u"passes"_s, passes},
                                   {u"rows"_s, rows},
                                   {u"rssKbPerRow"_s, round1(rss * 1024 / qMax(1, rows))}});
    }
    refresh.stop();
    switcher.stop();
    // Resident memory after warm-up (the first fifth of the run): a least-squares slope; the
    // same of the heap in use, which a growth of what is kept shows too.
    const int first = qMax(1, minutes / 5);
    const auto slopePerHour = [&](QLatin1StringView field) {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (const QJsonValue &value : std::as_const(samples)) {
            const QJsonObject s = value.toObject();
            const double x = s.value("minute"_L1).toDouble();
            if (x <= first && minutes > 2)
                continue;
            const double y = s.value(field).toDouble();
            n += 1;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        const double perMinute = n > 1 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0;
        return std::round(perMinute * 60 * 100) / 100;
    };
    // The fleet's size after warm-up: steady transitions (--fleet-steady) keep it.
    int fewestRows = 0, mostRows = 0;
    for (const QJsonValue &value : std::as_const(samples)) {
        const QJsonObject s = value.toObject();
        if (s.value("minute"_L1).toInt() <= first && minutes > 2)
            continue;
        const int rows = s.value("rows"_L1).toInt();
        fewestRows = fewestRows == 0 ? rows : qMin(fewestRows, rows);
        mostRows = qMax(mostRows, rows);
    }
    QJsonObject result{
        {u"minutes"_s, minutes},
        {u"failingShare"_s, 0.3},
        {u"sharePerMinute"_s, size.sharePerMinute},
        {u"maxFleetRequestsPerMinute"_s, maxPerMinute},
        {u"passes"_s, passes},
        {u"clusterSwitches"_s, switches},
        {u"notificationBatches"_s, batches},
        {u"notificationsReceived"_s, server ? received + int(server->received.size()) : -1},
        {u"rowsAfterWarmUp"_s, QJsonObject{{u"fewest"_s, fewestRows}, {u"most"_s, mostRows}}},
        {u"rssSlopeMbPerHour"_s, slopePerHour("rssMb"_L1)},
        {u"heapInUseSlopeMbPerHour"_s, slopePerHour("heapInUseMb"_L1)},
        {u"goalSlopeMbPerHour"_s, 2},
        {u"samples"_s, samples}};
    if (server) {
        QDBusConnection(connection).unregisterService(u"org.freedesktop.Notifications"_s);
        server.reset();
        QDBusConnection::disconnectFromBus(connection);
    }
    return QJsonObject{{u"fleetSoak"_s, result}};
}

} // namespace plc::bench
