// The fleet against a real sandbox over loopback HTTP: a whole pass within the share, in the
// right order, the snapshot first, what changed since the last look, notifications in one
// batch, and each fault said in a sentence (a key refused, one organization rate-limited
// while another is not, a cluster deleted during the pass, a damaged snapshot).
#include "api/RequestLog.h"
#include "models/FleetFeed.h"
#include "models/FleetTableModel.h"
#include "services/FleetSnapshotStore.h"

#include "SandboxFixture.h"
#include "SeedIds.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {

constexpr int FastShare = 6000; // requests a minute: the order and counts, not the pace

struct Counts
{
    int clusters = 0;
    int clustersWithConnections = 0;
    int connections = 0;
};

/// What the sandbox has, read with the fixture's own client.
Counts countFleet(SandboxFixture &sandbox)
{
    Counts counts;
    const Reply clusters =
        sandbox.request("GET", u"/v1beta1/clusters"_s, {}, QUrlQuery{{u"pageSize"_s, u"100"_s}});
    const QJsonArray list = clusters.json.value("clusters"_L1).toArray();
    counts.clusters = int(list.size());
    for (const QJsonValue &cluster : list) {
        const QString id = cluster.toObject().value("clusterId"_L1).toString();
        const Reply links =
            sandbox.request("GET", u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(id), {},
                            QUrlQuery{{u"pageSize"_s, u"100"_s}});
        const int n = int(links.json.value("privateLinkConnections"_L1).toArray().size());
        counts.connections += n;
        counts.clustersWithConnections += n > 0 ? 1 : 0;
    }
    return counts;
}

bool startSandbox(SandboxFixture &sandbox, int rateLimit = 0)
{
    sandbox.config().settings.rateLimitPerMinute = rateLimit;
    sandbox.config().settings.creatingDelayMs = 200;
    sandbox.config().settings.deletingDelayMs = 60'000;
    return sandbox.start();
}

QStringList sentPaths(FleetReader *reader)
{
    QStringList paths;
    for (const RequestLogEntry &entry : reader->client()->requestLog()->entries())
        paths.append(entry.path.section(u'?', 0, 0));
    return paths;
}

} // namespace

class TestFleetFeed final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<FleetFeed> makeFeed(FleetSnapshotStore *store)
    {
        auto feed = std::make_unique<FleetFeed>(store);
        feed->setSharePerMinute(FastShare);
        feed->setPassInterval(3'600'000);
        feed->setNotificationBatch(50);
        return feed;
    }

    static bool passEnds(FleetFeed &feed, const QString &profile)
    {
        QSignalSpy finished(feed.reader(profile), &FleetReader::passFinished);
        return finished.wait(30'000);
    }

private Q_SLOTS:
    void aPassReadsEveryConnectionWithTheFewestRequests()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        const Counts counts = countFleet(sandbox);
        QVERIFY(counts.connections > 3);

        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        feed->setProfiles({u"prod"_s});
        QSignalSpy finished(feed->reader(u"prod"_s), &FleetReader::passFinished);
        feed->setEndpoint(
            u"prod"_s, sandbox.url(),
            sandbox.config().publicKey.isEmpty()
                ? ApiCredentials{}
                : ApiCredentials{sandbox.config().publicKey, sandbox.config().privateKey});
        QVERIFY(finished.wait(30'000));
        QCOMPARE(feed->model()->rowCount(), counts.connections);
        // The fewest a pass can take: the cluster list's page, each cluster's connections, the
        // changefeeds of each cluster that has any; plus at most one Get (for domains) per two
        // clusters. Digest's first 401 per client is an attempt too.
        const int minimum = 1 + counts.clusters + counts.clustersWithConnections;
        const int requests = finished.constFirst().at(1).toInt();
        QVERIFY2(requests >= minimum && requests <= minimum + (counts.clusters + 1) / 2 + 1,
                 qPrintable(u"%1 requests, minimum %2"_s.arg(requests).arg(minimum)));
        // The failed seed connection and the one waiting for acceptance come first.
        QVERIFY(feed->attentionCount() >= 2);
        QVERIFY(feed->problems().isEmpty());
        QVERIFY(sandbox.contractViolations().isEmpty());
    }

    void theSnapshotIsShownAtOnceAndThePassReadsTransitionsFirst()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        QTemporaryDir dir;
        {
            // A first run leaves its snapshot.
            FleetSnapshotStore store(dir.path());
            auto feed = makeFeed(&store);
            feed->setProfiles({u"prod"_s});
            feed->setEndpoint(u"prod"_s, sandbox.url(),
                              {sandbox.config().publicKey, sandbox.config().privateKey});
            QVERIFY(passEnds(*feed, u"prod"_s));
            store.flush();
        }
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        QSignalSpy shown(feed.get(), &FleetFeed::snapshotShown);
        feed->setProfiles({u"prod"_s});
        QVERIFY(shown.wait(10'000));
        // No key yet, no request: the rows are the snapshot's, each with its age.
        const int rows = feed->model()->rowCount();
        QVERIFY(rows > 3);
        const QString age = feed->model()->index(0, FleetTableModel::ReadColumn).data().toString();
        QVERIFY2(!age.isEmpty() && age != FleetTableModel::age({}, {}), qPrintable(age));

        feed->setEndpoint(u"prod"_s, sandbox.url(),
                          {sandbox.config().publicKey, sandbox.config().privateKey});
        QVERIFY(passEnds(*feed, u"prod"_s));
        // orders-prod has a connection waiting for acceptance: read before the others.
        const QStringList paths = sentPaths(feed->reader(u"prod"_s));
        QStringList clusterReads;
        for (const QString &path : paths) {
            if (path.endsWith(u"/privateLinkConnections"_s))
                clusterReads.append(path.section(u'/', 3, 3));
        }
        QVERIFY2(!clusterReads.isEmpty() && clusterReads.constFirst() == seed::OrdersProd,
                 qPrintable(clusterReads.join(u' ')));
        QCOMPARE(feed->model()->rowCount(), rows);
    }

    void changesSinceTheLastLookAndOneNotificationForThem()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        feed->setProfiles({u"prod"_s});
        feed->setEndpoint(u"prod"_s, sandbox.url(),
                          {sandbox.config().publicKey, sandbox.config().privateKey});
        QVERIFY(passEnds(*feed, u"prod"_s));
        feed->markLooked();
        QVERIFY(feed->changesSinceLooked().isEmpty());

        // Two things happen: a connection is being deleted, and a new one, made for an
        // endpoint service that does not allow TiDB Cloud's account, fails.
        QVERIFY(sandbox
                    .request("DELETE", u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(
                                           seed::OrdersProd, seed::OrdersRds))
                    .ok());
        const Reply created = sandbox.request(
            "POST", u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(seed::OrdersProd),
            QJsonObject{{u"privateLinkConnection"_s,
                         QJsonObject{{u"displayName"_s, u"no-principals"_s},
                                     {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                                     {u"awsEndpointService"_s,
                                      QJsonObject{{u"name"_s, seed::NoPrincipals}}}}}});
        QVERIFY2(created.ok(), created.json.value("message"_L1).toString().toUtf8());
        const QString createdId = created.json.value("privateLinkConnectionId"_L1).toString();
        QTRY_VERIFY_WITH_TIMEOUT(
            sandbox.request("GET", u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(
                                       seed::OrdersProd, createdId))
                    .json.value("state"_L1)
                    .toString() == u"FAILED"_s,
            10'000);
        QSignalSpy notified(feed.get(), &FleetFeed::notify);
        feed->readNow();
        QVERIFY(passEnds(*feed, u"prod"_s));
        const QList<FleetChange> changes = feed->changesSinceLooked();
        QStringList sentences;
        for (const FleetChange &change : changes)
            sentences.append(change.sentence());
        bool deleting = false;
        for (const FleetChange &change : changes)
            deleting = deleting || (change.kind == FleetChange::Kind::StateChanged &&
                                    change.after.connectionId == seed::OrdersRds &&
                                    change.after.state.value == ConnectionState::Deleting);
        QVERIFY2(deleting, qPrintable(sentences.join(u'\n')));
        // One batch for the pass, with the new connection that failed.
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
        const auto batch = notified.constFirst().at(0).value<QList<FleetChange>>();
        bool failed = false;
        for (const FleetChange &change : batch)
            failed = failed || (change.after.connectionId == createdId &&
                                change.after.state.value == ConnectionState::Failed);
        QVERIFY(failed);
        // Looked at again: nothing is new.
        feed->markLooked();
        QVERIFY(feed->changesSinceLooked().isEmpty());
    }

    void aRefusedKeyIsSaidAndTheSnapshotStays()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        feed->setProfiles({u"prod"_s});
        feed->setEndpoint(u"prod"_s, sandbox.url(),
                          {sandbox.config().publicKey, sandbox.config().privateKey});
        QVERIFY(passEnds(*feed, u"prod"_s));
        const int rows = feed->model()->rowCount();
        feed->setEndpoint(u"prod"_s, sandbox.url(), {sandbox.config().publicKey, u"not-the-key"_s});
        QVERIFY(passEnds(*feed, u"prod"_s));
        QCOMPARE(feed->model()->rowCount(), rows);
        QVERIFY(!feed->problems().isEmpty());
        QVERIFY2(feed->problems().constFirst().contains(u"Profile prod"_s),
                 qPrintable(feed->problems().join(u'\n')));
        // A key gone from the keychain, said by the window's side, is shown the same way.
        feed->setProfileProblem(u"prod"_s, u"The key is not in the keychain."_s);
        QCOMPARE(feed->problems().constFirst(), u"The key is not in the keychain."_s);
    }

    void oneOrganizationRateLimitedTheOtherNot()
    {
        SandboxFixture limited;
        QVERIFY(startSandbox(limited, 3)); // three requests a minute for this key
        SandboxFixture free;
        QVERIFY(startSandbox(free));
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        feed->setProfiles({u"org-a"_s, u"org-b"_s});
        QSignalSpy bDone(feed->reader(u"org-b"_s), &FleetReader::passFinished);
        feed->setEndpoint(u"org-a"_s, limited.url(),
                          {limited.config().publicKey, limited.config().privateKey});
        feed->setEndpoint(u"org-b"_s, free.url(),
                          {free.config().publicKey, free.config().privateKey});
        QVERIFY(bDone.wait(30'000));
        QTRY_VERIFY_WITH_TIMEOUT(!feed->problems().isEmpty(), 20'000);
        const QString problem = feed->problems().join(u'\n');
        QVERIFY2(problem.contains(u"org-a"_s) && problem.contains(u"limiting"_s),
                 qPrintable(problem));
        QVERIFY(!problem.contains(u"org-b"_s));
        // org-b's rows are all there; org-a's reader waits, it does not give up.
        int bRows = 0;
        for (const FleetRow &row : feed->model()->rows())
            bRows += row.profile == u"org-b"_s ? 1 : 0;
        QCOMPARE(bRows, countFleet(free).connections);
        QVERIFY(feed->reader(u"org-a"_s)->progress().running);
    }

    void theKeysReserveIsLeftToTheUser()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox, 30)); // 30 a minute for this key; a reserve of 10
        // The user's own requests with the same key leave 8 of the minute.
        for (int i = 0; i < 22; ++i)
            QVERIFY(sandbox.request("GET", u"/v1beta1/clusters"_s).ok());
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        feed->setProfiles({u"prod"_s});
        feed->setEndpoint(u"prod"_s, sandbox.url(),
                          {sandbox.config().publicKey, sandbox.config().privateKey});
        FleetReader *reader = feed->reader(u"prod"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reader->client()->rateBudget().isKnown(), 10'000);
        QTest::qWait(2000);
        // It read what it had to (the list) and stopped short of the reserve: nothing of the
        // user's share was taken, and the key was never refused.
        const QList<RequestLogEntry> sent = reader->client()->requestLog()->entries();
        QVERIFY2(sent.size() <= 3, qPrintable(QString::number(sent.size())));
        for (const RequestLogEntry &entry : sent)
            QVERIFY(entry.status != 429);
        QVERIFY(reader->progress().running);
        // Said, with when it goes on.
        QVERIFY2(feed->problems().join(u'\n').contains(u"limiting"_s),
                 qPrintable(feed->problems().join(u'\n')));
        QVERIFY(sandbox.request("GET", u"/v1beta1/clusters"_s).ok()); // the user still can
    }

    void aClusterRefusedOrHalfReadIsThatClustersProblem()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        feed->setProfiles({u"prod"_s});
        // orders-prod's connections are forbidden (403), hz-payments' changefeeds fail (500).
        QVERIFY(sandbox
                    .request("PUT", u"/sandbox/v1/faults"_s,
                             QJsonObject{{u"status"_s, 403},
                                         {u"method"_s, u"GET"_s},
                                         {u"pathPrefix"_s,
                                          u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(
                                              seed::OrdersProd)}})
                    .ok());
        feed->setEndpoint(u"prod"_s, sandbox.url(),
                          {sandbox.config().publicKey, sandbox.config().privateKey});
        QVERIFY(passEnds(*feed, u"prod"_s));
        // The pass went on past it: every other cluster's rows are there, and the sentence is
        // the cluster's, not the key's.
        int others = 0;
        for (const FleetRow &row : feed->model()->rows()) {
            QVERIFY(row.clusterId != seed::OrdersProd);
            ++others;
        }
        QVERIFY(others > 0);
        const QString said = feed->problems().join(u'\n');
        QVERIFY2(said.contains(u"orders-prod"_s) && !said.contains(u"cannot be read with"_s),
                 qPrintable(said));
        // A cluster whose changefeeds cannot be read keeps saying so after its rows come.
        QVERIFY(sandbox.request("DELETE", u"/sandbox/v1/faults"_s).ok());
        QVERIFY(
            sandbox
                .request("PUT", u"/sandbox/v1/faults"_s,
                         QJsonObject{{u"status"_s, 500},
                                     {u"method"_s, u"GET"_s},
                                     {u"pathPrefix"_s,
                                      u"/v1beta1/clusters/%1/changefeeds"_s.arg(seed::HzPayments)}})
                .ok());
        feed->readNow();
        QVERIFY(passEnds(*feed, u"prod"_s));
        const QString again = feed->problems().join(u'\n');
        QVERIFY2(again.contains(u"hz-payments"_s) && !again.contains(u"orders-prod"_s),
                 qPrintable(again));
    }

    void aClusterDeletedDuringThePassIsGoneNotEmpty()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        auto feed = makeFeed(&store);
        feed->setProfiles({u"prod"_s});
        feed->setEndpoint(u"prod"_s, sandbox.url(),
                          {sandbox.config().publicKey, sandbox.config().privateKey});
        QVERIFY(passEnds(*feed, u"prod"_s));
        feed->markLooked();
        // The cluster's connections now answer 404 NotFound, as for a deleted cluster.
        QVERIFY(sandbox
                    .request("PUT", u"/sandbox/v1/faults"_s,
                             QJsonObject{{u"status"_s, 404},
                                         {u"method"_s, u"GET"_s},
                                         {u"pathPrefix"_s,
                                          u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(
                                              seed::OrdersProd)}})
                    .ok());
        feed->readNow();
        QVERIFY(passEnds(*feed, u"prod"_s));
        for (const FleetRow &row : feed->model()->rows())
            QVERIFY(row.clusterId != seed::OrdersProd);
        bool gone = false;
        for (const FleetChange &change : feed->changesSinceLooked())
            gone = gone || (change.kind == FleetChange::Kind::Gone &&
                            change.before.clusterId == seed::OrdersProd);
        QVERIFY(gone);
        QVERIFY(feed->problems().isEmpty());
    }

    void aDamagedSnapshotIsSaidAndRebuilt()
    {
        SandboxFixture sandbox;
        QVERIFY(startSandbox(sandbox));
        QTemporaryDir dir;
        FleetSnapshotStore store(dir.path());
        QDir().mkpath(dir.path());
        QFile file(store.fileFor(u"prod"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x7f'));
        file.close();
        auto feed = makeFeed(&store);
        QSignalSpy notice(feed.get(), &FleetFeed::notice);
        feed->setProfiles({u"prod"_s});
        QVERIFY(notice.wait(10'000));
        QVERIFY2(notice.constFirst().at(0).toString().contains(u"set aside"_s),
                 qPrintable(notice.constFirst().at(0).toString()));
        feed->setEndpoint(u"prod"_s, sandbox.url(),
                          {sandbox.config().publicKey, sandbox.config().privateKey});
        QVERIFY(passEnds(*feed, u"prod"_s));
        QVERIFY(feed->model()->rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestFleetFeed)
#include "tst_fleetfeed.moc"
