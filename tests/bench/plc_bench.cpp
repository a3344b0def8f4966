// plc_bench: the console's speed and memory figures, printed as JSON (docs/benchmarks.md).
//
// Each figure is measured against a baseline in the same run on the same machine:
//  - startup:  process start → main window with the sandbox's clusters and the first cluster's
//              connections (privatelink-console --exit-when-ready), against the bare process
//              start of `privatelink-console --version`;
//  - load:     10,000 connections of one cluster (100 pages) through the console's ApiClient and
//              PrivateLinkService into ConnectionTableModel, against `curl --digest` fetching the
//              same 100 pages one after another;
//  - uiStall:  the longest gap of a 1 ms timer on the UI thread while they load, and while the
//              table is sorted and filtered; on the machine as it is ("quiet") and again while
//              one spinning thread per core keeps it busy ("busy"), side by side;
//  - memory:   resident set size with the 10,000 loaded and shown;
//  - watch:    requests per minute the Watcher sends while 50 connections in 10 clusters stay in
//              transition.
// There are no pass/fail thresholds here: the goals are printed next to the figures.
#include "BenchData.h"
#include "FleetBench.h"
#include "FleetSidesBench.h"
#include "MariaDbServer.h"
#include "StallProbe.h"
#include "TableStalls.h"
#include "providers/aws/AwsLinkService.h"
#include "providers/aws/AwsSigner.h"

#include "api/ApiClient.h"
#include "diagnostics/EndpointDoctor.h"
#include "models/ConnectionTableModel.h"
#include "models/TableExport.h"
#include "models/TextFilterProxy.h"
#include "services/BackgroundSave.h"
#include "services/PrivateLinkService.h"
#include "services/Watcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::bench;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// Prints the figures, and writes them to `file` too when one is given; false when it could
/// not be written.
bool printed(const QJsonObject &figures, const QString &file)
{
    const QByteArray json = QJsonDocument(figures).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << json;
    if (file.isEmpty())
        return true;
    QFile out(file);
    return out.open(QIODevice::WriteOnly) && out.write(json) == json.size();
}

QJsonObject machine()
{
    QString model;
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                model = QString::fromLatin1(line).section(u':', 1).trimmed();
                break;
            }
        }
    }
    return {{u"cpus"_s, QThread::idealThreadCount()},
            {u"cpuModel"_s, model},
            {u"os"_s, QSysInfo::prettyProductName()},
            {u"kernel"_s, QSysInfo::kernelVersion()},
            {u"qt"_s, QString::fromLatin1(qVersion())}};
}

/// Runs a program to its end; its wall time in ms, or -1 when it failed.
double timeProcess(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment, const QByteArray &expectOutput = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!expectOutput.isEmpty()) {
        // The figure ends when the expected line arrives, not when the process has torn down.
        QByteArray output;
        while (!output.contains(expectOutput)) {
            if (!process.waitForReadyRead(60'000))
                return -1;
            output += process.readAllStandardOutput();
        }
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        process.waitForFinished(30'000);
        return ms;
    }
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return -1;
    return double(clock.nsecsElapsed()) / 1e6;
}

QJsonObject measureStartup(const QString &console, int runs)
{
    QList<double> ready, bare;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home; // a first start: no settings, the default embedded sandbox
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"*=false"_s);
        bare.append(timeProcess(console, {u"--version"_s}, env));
        ready.append(timeProcess(console, {u"--exit-when-ready"_s}, env, "ready"));
    }
    return {{u"runs"_s, runs},
            {u"medianMs"_s, round1(median(ready))},
            {u"minMs"_s, round1(*std::min_element(ready.begin(), ready.end()))},
            {u"baselineVersionMedianMs"_s, round1(median(bare))},
            {u"goalMs"_s, 400}};
}

/// Fetches every page with one `curl --digest` per page, one after another; total ms.
double curlAllPages(const bench::SandboxProcess &sandbox, const QString &clusterId, int *pages)
{
    QElapsedTimer clock;
    clock.start();
    QString token;
    *pages = 0;
    do {
        QUrl url = sandbox.url();
        url.setPath(u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(clusterId));
        QString query = u"pageSize=100"_s;
        if (!token.isEmpty())
            query += u"&pageToken="_s + QString::fromLatin1(QUrl::toPercentEncoding(token));
        url.setQuery(query);
        QProcess curl;
        // The key goes to curl on stdin, never on its command line.
        curl.start(u"curl"_s, {u"--silent"_s, u"--fail"_s, u"--digest"_s, u"--config"_s, u"-"_s,
                               url.toString()});
        curl.write(u"user = \"%1:%2\"\n"_s.arg(sandbox.publicKey(), sandbox.privateKey()).toUtf8());
        curl.closeWriteChannel();
        if (!curl.waitForFinished(30'000) || curl.exitCode() != 0)
            return -1;
        const QJsonObject body = QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
        token = body.value(u"nextPageToken"_s).toString();
        ++*pages;
    } while (!token.isEmpty());
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

/// The connectivity doctor: how long a whole check takes against a real MariaDB on loopback
/// (resolving localhost, connecting, reading the greeting), and the longest UI-thread stall
/// while checks run, refused ones and one that waits out its time limit included.
QJsonObject measureDoctor(int checks)
{
    test::MariaDbServer mariadb;
    if (!mariadb.start())
        return QJsonObject{
            {u"error"_s, mariadb.error()}, {u"checkMedianMs"_s, -1}, {u"maxUiStallMs"_s, -1}};
    QTcpServer silent;
    silent.listen(QHostAddress::LocalHost, 0);
    quint16 closedPort = 0;
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        closedPort = closed.serverPort();
    }
    EndpointDoctor doctor;
    doctor.setTimeout(500);
    auto run = [&doctor](const QString &host, quint16 port) {
        QEventLoop loop;
        EndpointCheckReport report;
        doctor.check(EndpointAddress{host, port, {}})
            ->onFinished(&loop, [&](const EndpointCheckReport &r) {
                report = r;
                loop.quit();
            });
        loop.exec();
        return report;
    };
    StallProbe probe;
    probe.start();
    QList<double> answered;
    int answers = 0;
    for (int i = 0; i < checks; ++i) {
        QElapsedTimer clock;
        clock.start();
        answers += run(u"localhost"_s, mariadb.port()).databaseAnswered() ? 1 : 0;
        answered.append(clock.nsecsElapsed() / 1e6);
        run(u"127.0.0.1"_s, closedPort);
    }
    run(u"127.0.0.1"_s, silent.serverPort());
    const double stall = probe.stop();
    return QJsonObject{{u"checks"_s, checks},
                       {u"answered"_s, answers},
                       {u"checkMedianMs"_s, round1(median(answered))},
                       {u"maxUiStallMs"_s, round1(stall)},
                       {u"goalMs"_s, 16}};
}

/// Exporting the loaded table as the connections panel does: on the UI thread only the
/// snapshot (the proxy's row order and a copy of the rows); the texts, the encoding and the
/// write on a worker (BackgroundSave). For comparison, the old way: everything on the UI
/// thread.
QJsonObject measureExport(const TextFilterProxy *proxy, const ConnectionTableModel *model, int runs)
{
    QList<int> columns;
    for (int column = 0; column < model->columnCount(); ++column)
        columns.append(column);
    QTemporaryDir dir;
    QList<double> onUiThread, snapshotMs, csvMs, jsonMs;
    double stall = 0;
    qint64 csvBytes = 0;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        csvBytes = TableExport::toCsv(TableExport::capture(proxy, columns)).size();
        onUiThread.append(clock.nsecsElapsed() / 1e6);
        for (const bool json : {false, true}) {
            StallProbe probe;
            probe.start();
            clock.restart();
            const TableSnapshot table = model->snapshot(TableExport::sourceRows(proxy), columns);
            snapshotMs.append(clock.nsecsElapsed() / 1e6);
            rows = int(table.rowCount);
            QString result = u"(running)"_s;
            QEventLoop loop;
            BackgroundSave::save(
                dir.filePath(json ? u"out.json"_s : u"out.csv"_s),
                [table, json](QString *) {
                    return json ? TableExport::toJson(table) : TableExport::toCsv(table);
                },
                &loop)
                ->onFinished(
                    &loop,
                    [&] {
                        result.clear();
                        loop.quit();
                    },
                    [&](const ApiError &error) {
                        result = error.userMessage();
                        loop.quit();
                    });
            loop.exec();
            (json ? jsonMs : csvMs).append(result.isEmpty() ? clock.nsecsElapsed() / 1e6 : -1);
            stall = qMax(stall, probe.stop());
        }
    }
    return QJsonObject{{u"rows"_s, rows},
                       {u"columns"_s, int(columns.size())},
                       {u"csvBytes"_s, csvBytes},
                       {u"allOnUiThreadMedianMs"_s, round1(median(onUiThread))},
                       {u"snapshotMedianMs"_s, round1(median(snapshotMs))},
                       {u"csvMedianMs"_s, round1(median(csvMs))},
                       {u"jsonMedianMs"_s, round1(median(jsonMs))},
                       {u"maxUiStallMs"_s, round1(stall)},
                       {u"goalMs"_s, 16}};
}

/// The AWS side: a whole check of an endpoint service (STS, the service, its Allow principals,
/// the zones) against the sandbox's EC2 on loopback, median of `runs`, with the longest UI
/// stall while they run; and what signing one request costs.
QJsonObject measureAwsChecks(const bench::SandboxProcess &sandbox, int runs)
{
    AwsAccount account(nullptr);
    account.useSandbox(sandbox.url().resolved(QUrl(u"/aws/"_s)),
                       {sandbox.awsKeyId(), sandbox.awsSecret(), {}, {}, u"bench"_s});
    AwsLinkService service(&account);
    AwsLinkFacts facts;
    facts.serviceName = u"com.amazonaws.vpce.us-east-1.vpce-svc-09f8e7d6c5b4a3921"_s;
    facts.serviceId = u"vpce-svc-09f8e7d6c5b4a3921"_s;
    facts.serviceRegion = facts.clusterRegion = u"us-east-1"_s;
    facts.tidbAccount = u"380838443567"_s;
    facts.clusterZoneIds = {u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s};
    QList<double> times;
    bool owned = false;
    StallProbe probe;
    probe.start();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        bool done = false;
        service.check(facts, nullptr)->onFinished(&probe, [&](const AwsLinkFacts &found) {
            owned = found.visibility == AwsLinkFacts::Visibility::Owned;
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        times.append(double(clock.nsecsElapsed()) / 1e6);
    }
    const double stall = probe.stop();

    SignableRequest request;
    request.method = "POST";
    request.path = "/";
    request.body = "Action=DescribeVpcEndpointServicePermissions&Version=2016-11-15&ServiceId=x";
    const AwsCredentials keys{sandbox.awsKeyId(), sandbox.awsSecret(), {}, {}, {}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    constexpr int Signatures = 10'000;
    for (int i = 0; i < Signatures; ++i) {
        SignableRequest copy = request;
        copy.headers = {{"Host", "ec2.us-east-1.amazonaws.com"}};
        AwsSigner::sign(copy, keys, "us-east-1", "ec2", now);
    }
    const double signUs = double(clock.nsecsElapsed()) / 1e3 / Signatures;
    return {{u"checkMedianMs"_s, round1(median(times))},
            {u"requestsPerCheck"_s, 4},
            {u"serviceFound"_s, owned},
            {u"maxUiStallMs"_s, round1(stall)},
            {u"signMicroseconds"_s, round1(signUs)},
            {u"goalUiStallMs"_s, 16}};
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the console and prints the figures as JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"Small sizes and short waits (a smoke run)."_s);
    const QCommandLineOption out(u"out"_s, u"Also write the JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption soak(
        u"soak"_s,
        u"Only the fleet's soak: MINUTES of passes, cluster switches and notifications at an "
        "accelerated pace, 30 % of answers failing."_s,
        u"MINUTES"_s);
    const QCommandLineOption fleetOnly(u"fleet-only"_s,
                                       u"Only the fleet's figures (a developer's quick look)."_s);
    parser.addOptions({quick, out, soak, fleetOnly});
    parser.process(app);
    const bool small = parser.isSet(quick);
    if (parser.isSet(soak) || parser.isSet(fleetOnly)) {
        const bench::FleetSize size = small ? bench::FleetSize{30, 300, 6000} : bench::FleetSize{};
        QJsonObject soaked = parser.isSet(soak)
                                 ? bench::soakFleet(QStringLiteral(PLC_SANDBOX_BINARY), {},
                                                    qMax(1, parser.value(soak).toInt()))
                                 : bench::measureFleet(QStringLiteral(PLC_SANDBOX_BINARY), size);
        if (!parser.isSet(soak)) {
            const QJsonObject sides =
                bench::measureFleetSides(QStringLiteral(PLC_SANDBOX_BINARY), size);
            for (auto it = sides.begin(); it != sides.end(); ++it)
                soaked.insert(it.key(), it.value());
        }
        return printed(soaked, parser.value(out)) ? 0 : 1;
    }
    const int connections = small ? 1000 : 10'000;
    const int watchSeconds = small ? 5 : 60;
    const int runs = small ? 1 : 5;

    QTemporaryDir work;
    const QString dataFile = work.filePath(u"bench.sqlite"_s);
    bench::BenchData data;
    QString error;
    if (!data.write(dataFile, connections, &error)) {
        QTextStream(stderr) << "plc_bench: " << error << Qt::endl;
        return 1;
    }
    bench::SandboxProcess sandbox(QStringLiteral(PLC_SANDBOX_BINARY));
    if (!sandbox.start(dataFile, &error)) {
        QTextStream(stderr) << "plc_bench: " << error << Qt::endl;
        return 1;
    }

    QJsonObject result{{u"machine"_s, machine()}};
    result.insert(u"startup"_s, measureStartup(QStringLiteral(PLC_CONSOLE_BINARY), runs));

    // Load: the console's client into the model, shown in a sorted table, against curl.
    ApiClient client;
    client.setEndpoint(sandbox.url(), {sandbox.publicKey(), sandbox.privateKey()});
    PrivateLinkService service(&client);
    StallProbe probe;
    QList<double> consoleMs, curlMs, loadStalls;
    ShownTable table;
    int pages = 0, rows = 0;
    for (int i = 0; i < runs; ++i) {
        const LoadRun load = loadIntoTable(&service, data.bigClusterId(), &table, &probe);
        consoleMs.append(load.ms);
        loadStalls.append(load.stallMs);
        rows = load.rows;
        curlMs.append(curlAllPages(sandbox, data.bigClusterId(), &pages));
    }
    const double ratio = median(consoleMs) / median(curlMs);
    result.insert(u"load"_s, QJsonObject{{u"connections"_s, rows},
                                         {u"pages"_s, pages},
                                         {u"runs"_s, runs},
                                         {u"consoleMedianMs"_s, round1(median(consoleMs))},
                                         {u"curlMedianMs"_s, round1(median(curlMs))},
                                         {u"ratio"_s, std::round(ratio * 100) / 100},
                                         {u"goalRatio"_s, 1.2}});

    // The UI thread's stalls, on this machine as it is and then kept busy by one spinning
    // thread per core, side by side in one run. A separate table is loaded and sorted on the
    // busy machine, so the quiet one below is what memory and export measure.
    const QJsonObject quiet = sortAndFilterStalls(
        &table, &probe, *std::max_element(loadStalls.begin(), loadStalls.end()));
    // Memory with the 10,000 loaded, shown, sorted and filtered (the caches full), before the
    // busy machine's table exists.
    result.insert(u"memory"_s,
                  QJsonObject{{u"rssMb"_s, round1(readStatusKb("VmRSS:").toDouble() / 1024)},
                              {u"peakRssMb"_s, round1(readStatusKb("VmHWM:").toDouble() / 1024)},
                              {u"connectionsLoaded"_s, rows},
                              {u"goalMb"_s, 120}});
    QJsonObject busy;
    int busyThreads = 0;
    {
        ShownTable busyTable;
        BusyMachine machine(QThread::idealThreadCount());
        busyThreads = machine.threads();
        double busyLoadStall = 0;
        for (int i = 0; i < runs; ++i) {
            busyLoadStall =
                qMax(busyLoadStall,
                     loadIntoTable(&service, data.bigClusterId(), &busyTable, &probe).stallMs);
        }
        busy = sortAndFilterStalls(&busyTable, &probe, busyLoadStall);
    }
    busy.insert(u"busyThreads"_s, busyThreads);
    result.insert(u"uiStall"_s, QJsonObject{{u"quiet"_s, quiet},
                                            {u"busy"_s, busy},
                                            {u"goalQuietMs"_s, 16},
                                            {u"goalBusyMs"_s, 33}});
    ConnectionTableModel *model = table.model.get();
    TextFilterProxy *proxy = table.proxy.get();
    proxy->setFilterText({});
    result.insert(u"export"_s, measureExport(proxy, model, runs));
    result.insert(u"usedBy"_s, usageStalls(&table, &probe, runs));
    table.view.reset();

    // Watch: 50 connections in 10 clusters stay CREATING; count what the Watcher sends.
    Watcher watcher(&service, &client);
    for (const QString &clusterId : data.watchClusterIds())
        watcher.watchCluster(clusterId);
    idle(watchSeconds * 1000);
    const int sent = watcher.requestsSent();
    result.insert(u"watch"_s,
                  QJsonObject{{u"clusters"_s, int(data.watchClusterIds().size())},
                              {u"connectionsInTransition"_s, data.watchConnectionCount()},
                              {u"seconds"_s, watchSeconds},
                              {u"requests"_s, sent},
                              {u"requestsPerMinute"_s, round1(sent * 60.0 / watchSeconds)},
                              {u"goalPerMinute"_s, Watcher::DefaultBudgetPerMinute}});
    watcher.unwatchAll();

    result.insert(u"doctor"_s, measureDoctor(small ? 5 : 20));
    result.insert(u"aws"_s, measureAwsChecks(sandbox, small ? 3 : 50));
    // The fleet: 300 clusters and 3,000 connections (30 and 300 for the smoke run).
    const QJsonObject fleet =
        bench::measureFleet(QStringLiteral(PLC_SANDBOX_BINARY),
                            small ? bench::FleetSize{30, 300, 6000} : bench::FleetSize{});
    for (auto it = fleet.begin(); it != fleet.end(); ++it)
        result.insert(it.key(), it.value());
    // Its provider side, read with an AWS and an Alibaba Cloud account of the sandbox's.
    const QJsonObject sides =
        bench::measureFleetSides(QStringLiteral(PLC_SANDBOX_BINARY),
                                 small ? bench::FleetSize{30, 300, 6000} : bench::FleetSize{});
    for (auto it = sides.begin(); it != sides.end(); ++it)
        result.insert(it.key(), it.value());

    return printed(result, parser.value(out)) ? 0 : 1;
}
