// The generated fleet (`--fleet C:N`): its size read back through the paged API over real
// HTTP (every answer checked against the contracts), the same fleet for the same size, its mix,
// its transitions in their fixed order, and the option of both programs.
#include "SandboxFixture.h"

#include "api/ApiCall.h"
#include "sandbox/FleetSeed.h"
#include "sandbox/FleetTransitions.h"
#include "sandbox/SandboxStore.h"
#include "shell/CommandLineOptions.h"
#include "shell/SandboxLauncher.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using sandbox::FleetSize;
using test::Reply;

namespace {
/// Every item of a paged list, following nextPageToken with pages of 100.
QList<QJsonObject> everyItem(test::SandboxFixture &sandbox, const QString &path, const QString &key,
                             int *requests = nullptr)
{
    QList<QJsonObject> items;
    QString token;
    for (int page = 0; page < 1000; ++page) {
        QUrlQuery query{{u"pageSize"_s, u"100"_s}};
        if (!token.isEmpty())
            query.addQueryItem(u"pageToken"_s, token);
        const Reply reply = sandbox.request("GET", path, {}, query);
        if (requests)
            ++*requests;
        if (!reply.ok())
            return {};
        for (const QJsonValue &item : reply.json.value(key).toArray())
            items.append(item.toObject());
        token = reply.json.value("nextPageToken"_L1).toString();
        if (token.isEmpty())
            break;
    }
    return items;
}

QString connectionsPath(const QString &clusterId)
{
    return u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(clusterId);
}

/// Every connection of the fleet, cluster by cluster, in the order the API lists them.
QList<QJsonObject> everyConnection(test::SandboxFixture &sandbox,
                                   const QList<QJsonObject> &clusters, int *requests = nullptr)
{
    QList<QJsonObject> all;
    for (const QJsonObject &cluster : clusters)
        all += everyItem(sandbox, connectionsPath(cluster.value("clusterId"_L1).toString()),
                         u"privateLinkConnections"_s, requests);
    return all;
}

/// A store's tables as text, in a fixed order: what two fleets are compared by.
QStringList dump(const sandbox::SandboxStore &store)
{
    QStringList lines;
    for (const QString &table : {u"clusters"_s, u"cluster_networks"_s, u"endpoint_services"_s,
                                 u"connections"_s, u"attach_domains"_s, u"changefeeds"_s}) {
        const QString key = table == "clusters"_L1 || table == "cluster_networks"_L1
                                ? u"cluster_id"_s
                            : table == "endpoint_services"_L1 ? u"name"_s
                                                              : u"id"_s;
        QSqlQuery query(QSqlDatabase::database(store.rows().connectionName()));
        if (!query.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, key)))
            return {};
        while (query.next()) {
            QStringList row;
            for (int column = 0; column < query.record().count(); ++column)
                row.append(query.value(column).toString());
            lines.append(table + u": "_s + row.join(u" | "_s));
        }
    }
    return lines;
}

std::unique_ptr<test::SandboxFixture> fleetSandbox(const FleetSize &size, int transitionMs = 0)
{
    auto sandbox = std::make_unique<test::SandboxFixture>();
    sandbox->config().settings = test::fastSettings();
    sandbox->config().settings.fleetTransitionMs = transitionMs;
    sandbox->config().fleet = size;
    return sandbox;
}
} // namespace

class TestSandboxFleet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizesAreParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("300:3000") << u"300:3000"_s << true;
        QTest::newRow("smallest") << u"1:0"_s << true;
        QTest::newRow("largest") << u"2000:50000"_s << true;
        QTest::newRow("no cluster") << u"0:10"_s << false;
        QTest::newRow("too many clusters") << u"2001:10"_s << false;
        QTest::newRow("too many connections") << u"10:50001"_s << false;
        QTest::newRow("negative") << u"10:-1"_s << false;
        QTest::newRow("one number") << u"300"_s << false;
        QTest::newRow("three numbers") << u"1:2:3"_s << false;
        QTest::newRow("words") << u"many:more"_s << false;
        QTest::newRow("padded") << u" 3:30"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void sizesAreParsed()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString error;
        const std::optional<FleetSize> size = FleetSize::parse(text, &error);
        QCOMPARE(size.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (!valid)
            QVERIFY2(error.contains("--fleet"_L1), qPrintable(error));

        // The console takes the same values, and refuses the others in a sentence of its own.
        const CommandLineOptions options =
            CommandLineOptions::parse({u"privatelink-console"_s, u"--fleet"_s, text}, {}, {});
        QCOMPARE(options.isValid(), valid);
        QCOMPARE(options.fleet.has_value(), valid);
        if (valid)
            QVERIFY(*options.fleet == *size);
        else
            QVERIFY2(options.error.contains("--fleet"_L1), qPrintable(options.error));
    }

    void theConsoleKeepsAFleetInAFileOfItsOwn()
    {
        QVERIFY(!CommandLineOptions::parse({u"privatelink-console"_s}, {}, {}).fleet);
        const QString file = SandboxLauncher::fleetDataFile({300, 3000});
        QCOMPARE(QFileInfo(file).fileName(), u"sandbox-fleet-300-3000.sqlite"_s);
        QCOMPARE(QFileInfo(file).absolutePath(),
                 QFileInfo(SandboxLauncher::defaultDataFile()).absolutePath());
        QVERIFY(file != SandboxLauncher::defaultDataFile());
    }

    void theSameSizeGivesTheSameFleet()
    {
        sandbox::SandboxStore first;
        sandbox::SandboxStore second;
        sandbox::SandboxStore other;
        QString error;
        QVERIFY2(first.open(u":memory:"_s, &error), qPrintable(error));
        QVERIFY(second.open(u":memory:"_s, &error));
        QVERIFY(other.open(u":memory:"_s, &error));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(sandbox::FleetSeed::write(first, {300, 3000}));
        qInfo("300:3000 generated and written in %lld ms", clock.elapsed());
        QCOMPARE(first.clusterCount(), 300);
        QCOMPARE(first.rows().count(u"SELECT COUNT(*) FROM connections"_s, {}), 3000);
        // The same size twice gives the same fleet, another size another (at 150:1500, which
        // is enough to tell and costs half).
        sandbox::SandboxStore same;
        QVERIFY(same.open(u":memory:"_s, &error));
        QVERIFY(sandbox::FleetSeed::write(same, {150, 1500}));
        QVERIFY(sandbox::FleetSeed::write(second, {150, 1500}));
        QVERIFY(sandbox::FleetSeed::write(other, {150, 1501}));
        const QStringList sameRows = dump(same);
        QVERIFY(sameRows.size() > 1800);
        QCOMPARE(dump(second), sameRows);
        QVERIFY(dump(other) != sameRows);

        // The mix: every state, failed and warning changefeeds, a failed domain group.
        for (const QString &state :
             {u"ACTIVE"_s, u"FAILED"_s, u"PENDING_ACCEPTANCE"_s, u"CREATING"_s, u"DELETING"_s}) {
            QVERIFY2(first.rows().count(u"SELECT COUNT(*) FROM connections WHERE state = ?"_s,
                                        {state}) > 0,
                     qPrintable(state));
        }
        for (const QString &state :
             {u"RUNNING"_s, u"WARNING"_s, u"RUNNING_FAILED"_s, u"PAUSED"_s}) {
            QVERIFY2(first.rows().count(
                         u"SELECT COUNT(*) FROM changefeeds WHERE CAST(body AS TEXT) LIKE ?"_s,
                         {u"%\"state\":\"%1\"%"_s.arg(state)}) > 0,
                     qPrintable(state));
        }
        QVERIFY(
            first.rows().count(u"SELECT COUNT(*) FROM attach_domains WHERE CAST(body AS TEXT) LIKE "
                               "'%\"state\":\"FAILED\"%'"_s,
                               {}) > 0);
        QVERIFY(first.rows().count(u"SELECT COUNT(*) FROM connections WHERE state = 'FAILED' AND "
                                   u"CAST(body AS TEXT) NOT LIKE "
                                   "'%\"message\":%'"_s,
                                   {}) == 0);
        // Uneven: some clusters have none, one has several times the mean.
        QVERIFY(first.rows().count(u"SELECT COUNT(*) FROM clusters WHERE cluster_id NOT IN "
                                   "(SELECT cluster_id FROM connections)"_s,
                                   {}) > 0);
        QVERIFY(first.rows().count(u"SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM connections "
                                   "GROUP BY cluster_id)"_s,
                                   {}) >= 30);
        // The smallest fleet is made too.
        sandbox::SandboxStore tiny;
        QVERIFY(tiny.open(u":memory:"_s, &error));
        QVERIFY(sandbox::FleetSeed::write(tiny, {1, 0}));
        QCOMPARE(tiny.clusterCount(), 1);
    }

    void theApiServesTheWholeFleetInPages()
    {
        // 150 clusters: two pages of clusters, each answer checked against the contract.
        auto sandbox = fleetSandbox({150, 1500});
        QVERIFY(sandbox->start());
        int requests = 0;
        const QList<QJsonObject> clusters =
            everyItem(*sandbox, u"/v1beta1/clusters"_s, u"clusters"_s, &requests);
        QCOMPARE(clusters.size(), 150);
        QCOMPARE(requests, 2);
        static const QRegularExpression name(u"^fleet-[0-9]{4}-[a-z]+$"_s);
        QSet<QString> regions;
        QSet<QString> clusterIds;
        for (const QJsonObject &cluster : clusters) {
            QVERIFY2(name.match(cluster.value("displayName"_L1).toString()).hasMatch(),
                     qPrintable(cluster.value("displayName"_L1).toString()));
            regions.insert(cluster.value("region"_L1).toObject().value("regionId"_L1).toString());
            clusterIds.insert(cluster.value("clusterId"_L1).toString());
        }
        QCOMPARE(clusterIds.size(), 150);
        QVERIFY(regions ==
                (QSet<QString>{u"aws-us-east-1"_s, u"aws-ap-northeast-1"_s,
                               u"alicloud-cn-hangzhou"_s, u"alicloud-ap-southeast-1"_s}));

        requests = 0;
        const QList<QJsonObject> connections = everyConnection(*sandbox, clusters, &requests);
        QCOMPARE(connections.size(), 1500);
        qInfo("1,500 connections of 150 clusters read in %d requests", requests);
        QSet<QString> states;
        QSet<QString> ids;
        for (const QJsonObject &connection : connections) {
            states.insert(connection.value("state"_L1).toString());
            ids.insert(connection.value("privateLinkConnectionId"_L1).toString());
            QVERIFY(!connection.contains("_fleet"_L1)); // internal fields stay inside
        }
        QCOMPARE(ids.size(), 1500);
        QVERIFY(states == (QSet<QString>{u"ACTIVE"_s, u"FAILED"_s, u"PENDING_ACCEPTANCE"_s,
                                         u"CREATING"_s, u"DELETING"_s}));

        // Changefeeds of the clusters that have connections: running and failing ones.
        QSet<QString> clustersWithConnections;
        for (const QJsonObject &connection : connections)
            clustersWithConnections.insert(connection.value("clusterId"_L1).toString());
        QSet<QString> changefeedStates;
        for (const QString &clusterId : std::as_const(clustersWithConnections)) {
            const QList<QJsonObject> changefeeds = everyItem(
                *sandbox, u"/v1beta1/clusters/%1/changefeeds"_s.arg(clusterId), u"changefeeds"_s);
            for (const QJsonObject &changefeed : changefeeds)
                changefeedStates.insert(changefeed.value("state"_L1).toString());
        }
        for (const QString &state : {u"RUNNING"_s, u"WARNING"_s, u"RUNNING_FAILED"_s})
            QVERIFY2(changefeedStates.contains(state), qPrintable(state));

        // A connection with a failed domain group, read with its domains.
        bool failedDomain = false;
        for (int i = 0; i < connections.size() && !failedDomain; ++i) {
            const QJsonObject &connection = connections.at(i);
            if (connection.value("state"_L1).toString() != "ACTIVE"_L1)
                continue;
            const Reply got = sandbox->request(
                "GET", connectionsPath(connection.value("clusterId"_L1).toString()) + u'/' +
                           connection.value("privateLinkConnectionId"_L1).toString());
            QVERIFY(got.ok());
            for (const QJsonValue &group : got.json.value("attachedDomains"_L1).toArray()) {
                const QJsonObject domain =
                    group.toObject().value("domains"_L1).toArray().first().toObject();
                if (domain.value("state"_L1).toString() == "FAILED"_L1) {
                    failedDomain = true;
                    QVERIFY(!domain.value("message"_L1).toString().isEmpty());
                }
            }
        }
        QVERIFY(failedDomain);
        QVERIFY2(sandbox->contractViolations().isEmpty(),
                 qPrintable(sandbox->contractViolations().join(u'\n')));
        QVERIFY(sandbox->checkedResponses() > 150);
    }

    void theApiServesTheSameFleetTwice()
    {
        QList<QJsonObject> seen[2];
        for (QList<QJsonObject> &rows : seen) {
            auto sandbox = fleetSandbox({20, 100});
            QVERIFY(sandbox->start());
            const QList<QJsonObject> clusters =
                everyItem(*sandbox, u"/v1beta1/clusters"_s, u"clusters"_s);
            QCOMPARE(clusters.size(), 20);
            rows = clusters + everyConnection(*sandbox, clusters);
            QCOMPARE(rows.size(), 120);
            QVERIFY(sandbox->contractViolations().isEmpty());
        }
        QVERIFY(seen[1] == seen[0]);
    }

    void transitionsHappenInTheirOrder();
    void theStandaloneProgramServesAFleet();
    void theStandaloneProgramRefusesABadFleet_data();
    void theStandaloneProgramRefusesABadFleet();
};

void TestSandboxFleet::transitionsHappenInTheirOrder()
{
    auto sandbox = fleetSandbox({30, 400});
    QVERIFY(sandbox->start());
    const QList<QJsonObject> clusters = everyItem(*sandbox, u"/v1beta1/clusters"_s, u"clusters"_s);
    QHash<QString, QJsonObject> before;
    QList<QJsonObject> creating;
    for (const QJsonObject &connection : everyConnection(*sandbox, clusters)) {
        before.insert(connection.value("privateLinkConnectionId"_L1).toString(), connection);
        if (connection.value("state"_L1).toString() == "CREATING"_L1)
            creating.append(connection);
    }
    QCOMPARE(before.size(), 400);
    QVERIFY(!creating.isEmpty());
    std::sort(creating.begin(), creating.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return std::pair(a.value("createTime"_L1).toString(),
                         a.value("privateLinkConnectionId"_L1).toString()) <
               std::pair(b.value("createTime"_L1).toString(),
                         b.value("privateLinkConnectionId"_L1).toString());
    });

    // A connection the user makes keeps its own lifecycle.
    const QJsonObject model = *before.constBegin();
    const QString clusterId = model.value("clusterId"_L1).toString();
    const QString endpointKey = model.contains("awsEndpointService"_L1)
                                    ? u"awsEndpointService"_s
                                    : u"alicloudEndpointService"_s;
    const QJsonObject request{
        {u"displayName"_s, u"users-own-link"_s},
        {u"type"_s, model.value("type"_L1)},
        {endpointKey,
         QJsonObject{{u"name"_s, model.value(endpointKey).toObject().value("name"_L1)}}}};
    const Reply created = sandbox->request("POST", connectionsPath(clusterId),
                                           QJsonObject{{u"privateLinkConnection"_s, request}});
    QVERIFY2(created.ok(), qPrintable(created.json.value("message"_L1).toString()));
    const QString ownId = created.json.value("privateLinkConnectionId"_L1).toString();

    // Nothing moves while the interval is 0; then one transition every 50 ms.
    const QString fleet = u"/sandbox/v1/fleet"_s;
    QCOMPARE(sandbox->request("GET", fleet).json.value("transitions"_L1).toArray().size(), 0);
    QVERIFY(
        sandbox
            ->request("PUT", u"/sandbox/v1/settings"_s, QJsonObject{{u"fleetTransitionMs"_s, 50}})
            .ok());
    QJsonArray log;
    const int wanted = 2 * int(sandbox::FleetTransitions::sequence().size());
    QTRY_VERIFY_WITH_TIMEOUT(
        (log = sandbox->request("GET", fleet).json.value("transitions"_L1).toArray()).size() >=
            wanted,
        30'000);
    QVERIFY(
        sandbox->request("PUT", u"/sandbox/v1/settings"_s, QJsonObject{{u"fleetTransitionMs"_s, 0}})
            .ok());
    log = sandbox->request("GET", fleet).json.value("transitions"_L1).toArray();

    // In the fixed order, one step after the other, the first from the first CREATING one.
    const QStringList sequence = sandbox::FleetTransitions::sequence();
    for (int i = 0; i < wanted; ++i) {
        const QJsonObject entry = log.at(i).toObject();
        QCOMPARE(entry.value("step"_L1).toInt(), i + 1);
        QCOMPARE(entry.value("kind"_L1).toString(), sequence.at(i % sequence.size()));
    }
    QCOMPARE(log.at(0).toObject().value("privateLinkConnectionId"_L1).toString(),
             creating.constFirst().value("privateLinkConnectionId"_L1).toString());

    // Each changed what it says, with a new updateTime; the last word on each object stands.
    QHash<QString, QJsonObject> last;
    for (const QJsonValue &value : std::as_const(log)) {
        const QJsonObject entry = value.toObject();
        const QString kind = entry.value("kind"_L1).toString();
        const QString id = kind == "CHANGEFEED_FAILS"_L1
                               ? entry.value("changefeedId"_L1).toString()
                               : entry.value("privateLinkConnectionId"_L1).toString();
        const QJsonObject previous = before.value(id);
        if (!last.contains(id) && !previous.isEmpty() && entry.contains("from"_L1) &&
            kind != "DOMAINS_ATTACHED"_L1)
            QCOMPARE(previous.value("state"_L1).toString(), entry.value("from"_L1).toString());
        if (!previous.isEmpty())
            QVERIFY(previous.value("updateTime"_L1) != entry.value("updateTime"_L1));
        if (kind == "NEW_PENDING_ACCEPTANCE"_L1)
            QVERIFY(!before.contains(id));
        last.insert(id, entry);
    }
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        const QJsonObject &entry = it.value();
        const QString kind = entry.value("kind"_L1).toString();
        const QString path =
            kind == "CHANGEFEED_FAILS"_L1
                ? u"/v1beta1/clusters/%1/changefeeds/%2"_s.arg(
                      entry.value("clusterId"_L1).toString(), it.key())
                : connectionsPath(entry.value("clusterId"_L1).toString()) + u'/' + it.key();
        const Reply now = sandbox->request("GET", path);
        if (kind == "DELETING_GONE"_L1) {
            QCOMPARE(now.status, 404);
            continue;
        }
        QVERIFY2(now.ok(), qPrintable(path));
        QCOMPARE(now.json.value("updateTime"_L1).toString(),
                 entry.value("updateTime"_L1).toString());
        if (kind == "DOMAINS_ATTACHED"_L1) {
            for (const QJsonValue &group : now.json.value("attachedDomains"_L1).toArray()) {
                if (group.toObject().value("attachDomainId"_L1) != entry.value("attachDomainId"_L1))
                    continue;
                for (const QJsonValue &domain : group.toObject().value("domains"_L1).toArray())
                    QCOMPARE(domain.toObject().value("state"_L1).toString(), u"ACTIVE"_s);
            }
        } else {
            QCOMPARE(now.json.value("state"_L1).toString(), entry.value("to"_L1).toString());
        }
    }

    // The user's connection went through the creating delay by itself, untouched.
    QVERIFY(!last.contains(ownId));
    const QString ownState = sandbox->request("GET", connectionsPath(clusterId) + u'/' + ownId)
                                 .json.value("state"_L1)
                                 .toString();
    QVERIFY2(ownState == "PENDING_ACCEPTANCE"_L1 || ownState == "ACTIVE"_L1, qPrintable(ownState));
    QVERIFY2(sandbox->contractViolations().isEmpty(),
             qPrintable(sandbox->contractViolations().join(u'\n')));
}

void TestSandboxFleet::theStandaloneProgramServesAFleet()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"fleet.sqlite"_s);
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("not a database: --fleet replaces it");
    old.close();
    QProcess process;
    process.start(QStringLiteral(PLC_SANDBOX_BINARY),
                  {u"--public-key"_s, u"FLEETKEY"_s, u"--private-key"_s, u"fleet-secret"_s,
                   u"--data"_s, file, u"--fleet"_s, u"20:100"_s, u"--fleet-transition-ms"_s, u"0"_s,
                   u"--rate-limit"_s, u"0"_s, u"--quiet"_s});
    QVERIFY(process.waitForStarted(10'000));
    for (int i = 0; i < 100 && !process.canReadLine(); ++i)
        process.waitForReadyRead(100);
    const QUrl url(QString::fromUtf8(process.readLine()).trimmed());
    QVERIFY2(url.port() > 0, process.readAllStandardError().constData());

    ApiClient client;
    client.setEndpoint(url, {u"FLEETKEY"_s, u"fleet-secret"_s});
    ApiCall *call = client.get(u"/v1beta1/clusters"_s, QUrlQuery{{u"pageSize"_s, u"100"_s}});
    int total = -1;
    QString firstName;
    connect(call, &Job::finished, this, [&] {
        total = call->json().value("totalSize"_L1).toInt(-1);
        firstName = call->json()
                        .value("clusters"_L1)
                        .toArray()
                        .first()
                        .toObject()
                        .value("displayName"_L1)
                        .toString();
    });
    QTRY_VERIFY_WITH_TIMEOUT(total >= 0, 10'000);
    QCOMPARE(total, 20);
    QVERIFY(firstName.startsWith("fleet-0001-"_L1));
    process.kill();
    process.waitForFinished();

    // --help shows the options.
    QProcess help;
    help.start(QStringLiteral(PLC_SANDBOX_BINARY), {u"--help"_s});
    QVERIFY(help.waitForFinished(10'000));
    const QByteArray text = help.readAllStandardOutput();
    QVERIFY(text.contains("--fleet <C:N>"));
    QVERIFY(text.contains("--fleet-transition-ms"));
}

void TestSandboxFleet::theStandaloneProgramRefusesABadFleet_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("no cluster") << u"0:100"_s;
    QTest::newRow("too many clusters") << u"2001:1"_s;
    QTest::newRow("too many connections") << u"10:50001"_s;
    QTest::newRow("not C:N") << u"lots"_s;
}

void TestSandboxFleet::theStandaloneProgramRefusesABadFleet()
{
    QFETCH(QString, value);
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(PLC_SANDBOX_BINARY),
                  {u"--public-key"_s, u"K"_s, u"--private-key"_s, u"S"_s, u"--data"_s,
                   dir.filePath(u"bad.sqlite"_s), u"--fleet"_s, value});
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    // Status 2, as for every argument that is not valid (see --help's exit statuses).
    QCOMPARE(process.exitCode(), 2);
    const QByteArray error = process.readAllStandardError();
    QVERIFY2(error.startsWith("privatelink-sandbox: --fleet"), error.constData());
    QVERIFY(error.contains(value.toUtf8()));
    QVERIFY(!QFile::exists(dir.filePath(u"bad.sqlite"_s)));
}

QTEST_MAIN(TestSandboxFleet)
#include "tst_sandboxfleet.moc"
