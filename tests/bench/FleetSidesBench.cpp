#include "FleetSidesBench.h"

#include "BenchData.h"
#include "StallProbe.h"

#include "api/RequestLog.h"
#include "models/FleetFeed.h"
#include "models/FleetTableModel.h"
#include "providers/ProviderAccounts.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/aws/AwsAccount.h"
#include "services/FleetSnapshotStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace plc::bench {

namespace {

const QString Profile = u"bench"_s;

int wantedRows(const FleetTableModel *model, int *read)
{
    int wanted = 0;
    *read = 0;
    for (const FleetRow &row : model->rows()) {
        if (!ProviderSide::wanted(row.connection.state.value))
            continue;
        ++wanted;
        *read += row.side.finding != ProviderSide::Finding::Unread ? 1 : 0;
    }
    return wanted;
}

} // namespace

QJsonObject measureFleetSides(const QString &sandboxBinary, const FleetSize &size)
{
    QTemporaryDir work;
    SandboxProcess sandbox(sandboxBinary);
    QString error;
    if (!sandbox.start(work.filePath(u"sides.sqlite"_s), &error,
                       {u"--fleet"_s, u"%1:%2"_s.arg(size.clusters).arg(size.connections),
                        u"--fleet-transition-ms"_s, u"0"_s}))
        return {{u"fleetSidesError"_s, error}};

    FleetSnapshotStore store(work.filePath(u"snapshots"_s));
    FleetFeed feed(&store);
    feed.setSharePerMinute(size.sharePerMinute);
    feed.setPassInterval(3'600'000);
    feed.setProfiles({Profile});

    // The profile's own accounts with both clouds, on the sandbox's emulations.
    RequestLog log;
    AwsAccount aws(&log);
    aws.useSandbox(sandbox.url().resolved(QUrl(u"/aws/"_s)),
                   {sandbox.awsKeyId(), sandbox.awsSecret(), {}, {}, u"bench"_s});
    AlibabaAccount alibaba(&log);
    alibaba.useSandbox(sandbox.url().resolved(QUrl(u"/alibaba/"_s)),
                       {sandbox.alibabaKeyId(), sandbox.alibabaSecret(), {}, {}});
    const ProviderAccounts byType({&aws, &alibaba});
    FleetSideReader::Source source;
    source.hasAccount = [byType](const FleetRow &row) {
        return byType.forType(row.connection.type.value) != nullptr;
    };
    source.read = [byType](const FleetRow &row, const QString &tidb, QObject *parent) {
        return byType.forType(row.connection.type.value)->readSide({row.connection, tidb}, parent);
    };
    // The same acceleration as the pass's: the console's 60 a minute, times share / 40.
    const int sidePace =
        FleetSideReader::DefaultPerMinute * size.sharePerMinute / FleetPacer::DefaultPerMinute;
    feed.sideReader(Profile)->pacer().setPerMinute(sidePace);
    feed.setSideSource(Profile, source, &log);

    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    QSignalSpy finished(feed.reader(Profile), &FleetReader::passFinished);
    feed.setEndpoint(Profile, sandbox.url(), {sandbox.publicKey(), sandbox.privateKey()});
    if (!finished.wait(600'000))
        return {{u"fleetSidesError"_s, u"the pass did not end"_s}};
    int read = 0;
    int wanted = wantedRows(feed.model(), &read);
    const qint64 deadline = 30LL * 60'000;
    while (read < wanted && clock.elapsed() < deadline) {
        idle(200);
        wanted = wantedRows(feed.model(), &read);
    }
    const qint64 ms = clock.elapsed();
    const double stall = probe.stop();

    QHash<int, int> findings;
    for (const FleetRow &row : feed.model()->rows()) {
        if (ProviderSide::wanted(row.connection.state.value))
            ++findings[int(row.side.finding)];
    }
    int tidbReads = 0;
    for (const RequestLogEntry &entry : feed.reader(Profile)->client()->requestLog()->entries())
        tidbReads += entry.path.contains(u":getAvailabilityZones"_s) ? 1 : 0;
    const int providerRequests = int(log.entries().size());
    using F = ProviderSide::Finding;
    return {{u"fleetSides"_s,
             QJsonObject{
                 {u"connectionsWanted"_s, wanted},
                 {u"connectionsRead"_s, read},
                 {u"providerRequests"_s, providerRequests},
                 {u"providerRequestsPerConnection"_s,
                  round1(wanted > 0 ? double(providerRequests) / wanted : 0)},
                 {u"tidbAccountReads"_s, tidbReads},
                 {u"findings"_s,
                  QJsonObject{{u"waitingOnYou"_s, findings.value(int(F::AwaitingYou))},
                              {u"principalMissing"_s, findings.value(int(F::PrincipalMissing))},
                              {u"othersService"_s, findings.value(int(F::OthersService))},
                              {u"clear"_s, findings.value(int(F::Clear))},
                              {u"unreadable"_s, findings.value(int(F::Unreadable))},
                              {u"noAccount"_s, findings.value(int(F::NoAccount))}}},
                 {u"sidePacePerMinute"_s, sidePace},
                 {u"allReadMs"_s, ms},
                 {u"minutesAtConsolePace"_s,
                  round1(double(providerRequests) / FleetSideReader::DefaultPerMinute)},
                 {u"uiStallMaxMs"_s, round1(stall)},
             }}};
}

} // namespace plc::bench
