// The typed private link calls end to end against the sandbox, pagination with 10,000
// connections, cancellation, and the Watcher's economy (counted by the sandbox).
#include "AwaitJob.h"
#include "SandboxFixture.h"

#include "api/ApiCall.h"
#include "domain/JsonReader.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxStore.h"
#include "services/PrivateLinkService.h"
#include "services/SandboxAdminService.h"
#include "services/Watcher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using test::await;

namespace {
const QString Orders = u"10289543321198765432"_s;
const QString Rds = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
const QString Confluent = u"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180"_s;

QJsonObject bulkConnection(const QString &clusterId, int i, const QString &state)
{
    const QString id = u"plc-bulk%1"_s.arg(i, 12, 10, QLatin1Char('0'));
    const QString time =
        formatRfc3339(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i));
    return {{u"privateLinkConnectionId"_s, id},
            {u"clusterId"_s, clusterId},
            {u"displayName"_s, u"bulk-%1"_s.arg(i)},
            {u"state"_s, state},
            {u"createdBy"_s, u"bench"_s},
            {u"createTime"_s, time},
            {u"updateTime"_s, time},
            {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
            {u"awsEndpointService"_s, QJsonObject{{u"name"_s, Rds}}}};
}
} // namespace

class TestPrivateLinkService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::unique_ptr<PrivateLinkService> m_service;

    void startSandbox(const QString &file = u":memory:"_s)
    {
        m_sandbox = std::make_unique<test::SandboxFixture>(file);
        m_sandbox->config().settings = test::fastSettings();
        QVERIFY(m_sandbox->start());
        m_service = std::make_unique<PrivateLinkService>(m_sandbox->client());
    }

private Q_SLOTS:
    void cleanup()
    {
        m_service.reset();
        m_sandbox.reset();
    }

    void theWholeLifeOfAConnection()
    {
        startSandbox();
        auto [zones, zonesError] = await(m_service->availabilityZones(Orders));
        QVERIFY(!zonesError.isError());
        QCOMPARE(zones.accountId, u"380838443567"_s);
        QCOMPARE(zones.azIds.size(), 3);

        auto [created, createError] = await(m_service->createConnection(
            Orders, {u"typed-create"_s, ConnectionType::AwsEndpointService, Confluent, {}}));
        QVERIFY2(!createError.isError(), qPrintable(createError.userMessage()));
        QCOMPARE(created.state.value, ConnectionState::Creating);
        QCOMPARE(created.type.value, ConnectionType::AwsEndpointService);
        QCOMPARE(created.endpointService.name, Confluent);
        const QString id = created.privateLinkConnectionId;

        PrivateLinkConnection active;
        QTRY_VERIFY_WITH_TIMEOUT((active = await(m_service->getConnection(Orders, id)).first,
                                  active.state.value == ConnectionState::Active),
                                 5000);
        QVERIFY(active.endpointService.endpointId.startsWith("vpce-"_L1));
        QCOMPARE(active.attachedDomains.value().size(), 0); // Get always says what is attached

        auto [preview, previewError] = await(m_service->attachDomains(
            Orders, id, DomainType::Confluent, u"lkcx12345a.us-east-1"_s, true));
        QVERIFY(!previewError.isError());
        QVERIFY(preview.attachDomainId.isEmpty());
        QCOMPARE(preview.domains.size(), 4);

        auto [attached, attachError] = await(m_service->attachDomains(
            Orders, id, DomainType::Confluent, u"lkcx12345a.us-east-1"_s, false));
        QVERIFY(!attachError.isError());
        QVERIFY(attached.isChanging());
        QTRY_VERIFY_WITH_TIMEOUT(!await(m_service->getConnection(Orders, id))
                                      .first.attachedDomains->constFirst()
                                      .isChanging(),
                                 5000);

        auto [detached, detachError] =
            await(m_service->detachDomains(Orders, id, attached.attachDomainId));
        QVERIFY(!detachError.isError());
        QCOMPARE(detached.domains.constFirst().state, u"DELETING"_s);

        auto [deleting, deleteError] = await(m_service->deleteConnection(Orders, id));
        QVERIFY(!deleteError.isError());
        QCOMPARE(deleting.state.value, ConnectionState::Deleting);
        QTRY_COMPARE_WITH_TIMEOUT(await(m_service->getConnection(Orders, id)).second.httpStatus,
                                  404, 5000);

        auto [failedOnes, listError] =
            await(m_service->listConnections(Orders, ConnectionState::Failed));
        QVERIFY(!listError.isError());
        QCOMPARE(failedOnes.size(), 1);
        QCOMPARE(failedOnes[0].displayName, u"legacy-mysql"_s);
        QVERIFY(m_sandbox->contractViolations().isEmpty());
    }

    void theProviderSideThroughTheAdminService()
    {
        startSandbox();
        SandboxAdminService admin(m_sandbox->client());
        auto [services, error] = await(admin.endpointServices());
        QVERIFY(!error.isError());
        QCOMPARE(services.size(), 8);
        auto [created, createError] = await(m_service->createConnection(
            Orders, {u"needs-acceptance"_s, ConnectionType::AwsEndpointService, Rds, {}}));
        QVERIFY(!createError.isError());
        QList<EndpointConnectionRequest> requests;
        QTRY_VERIFY_WITH_TIMEOUT((requests = await(admin.connectionRequests(Rds)).first,
                                  std::any_of(requests.begin(), requests.end(),
                                              [&](const auto &r) {
                                                  return r.privateLinkConnectionId ==
                                                         created.privateLinkConnectionId;
                                              })),
                                 5000);
        const auto request = *std::find_if(requests.begin(), requests.end(), [&](const auto &r) {
            return r.privateLinkConnectionId == created.privateLinkConnectionId;
        });
        QCOMPARE(request.state, u"pendingAcceptance"_s);
        auto [decided, decideError] = await(admin.decide(Rds, request.endpointId, true));
        QVERIFY(!decideError.isError());
        QCOMPARE(decided.state, u"available"_s);
        QCOMPARE(await(m_service->getConnection(Orders, created.privateLinkConnectionId))
                     .first.state.value,
                 ConnectionState::Active);
    }

    void tenThousandConnectionsAcrossAHundredPages()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"ten-thousand.sqlite"_s);
        {
            sandbox::SandboxStore store;
            QString error;
            QVERIFY(store.open(file, &error));
            QVERIFY(sandbox::SandboxSeed::seedIfEmpty(store));
            QVERIFY(store.beginTransaction());
            for (int i = 0; i < 10'000; ++i)
                QVERIFY(store.putConnection(
                    bulkConnection(u"10289543321198765434"_s, i, u"ACTIVE"_s), std::nullopt));
            QVERIFY(store.commit());
        }
        startSandbox(file);
        m_sandbox->setContractChecks(false); // 100 large pages; the contract is checked elsewhere
        auto *job = m_service->listConnections(u"10289543321198765434"_s);
        QSignalSpy progress(job, &Job::progress);
        QElapsedTimer timer;
        timer.start();
        auto [all, error] = await(job);
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(all.size(), 10'000);
        QCOMPARE(progress.size(), 100);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QCOMPARE(progress.last().at(1).toLongLong(), 10'000);
        QSet<QString> ids;
        for (const auto &c : all)
            ids.insert(c.privateLinkConnectionId);
        QCOMPARE(ids.size(), 10'000);
        qInfo("10,000 connections in 100 pages: %lld ms", timer.elapsed());

        // Cancelled half way: finished once, as cancelled, and no more pages are asked for.
        auto *cancelled = m_service->listConnections(u"10289543321198765434"_s);
        QSignalSpy finished(cancelled, &Job::finished);
        connect(cancelled, &Job::progress, cancelled, [cancelled](int pages) {
            if (pages == 5)
                cancelled->cancel();
        });
        QTRY_COMPARE(finished.size(), 1);
        QTest::qWait(200);
        QCOMPARE(m_sandbox->client()->requestsInFlight(), 0);
    }

    void theWatcherStaysWithinItsBudget()
    {
        // 50 connections in transition across 10 clusters, for a long while.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"watched.sqlite"_s);
        QStringList clusters;
        {
            sandbox::SandboxStore store;
            QString error;
            QVERIFY(store.open(file, &error));
            QVERIFY(sandbox::SandboxSeed::seedIfEmpty(store));
            QVERIFY(store.beginTransaction());
            for (int c = 0; c < 10; ++c) {
                QJsonObject cluster = sandbox::SandboxSeed::clusters().constFirst();
                const QString id = u"30000000000000000%1"_s.arg(c, 2, 10, QLatin1Char('0'));
                cluster[u"clusterId"_s] = id;
                cluster[u"name"_s] = u"clusters/"_s + id;
                QVERIFY(store.putCluster(cluster));
                clusters.append(id);
                for (int i = 0; i < 5; ++i)
                    QVERIFY(store.putConnection(bulkConnection(id, c * 5 + i, u"CREATING"_s),
                                                QDateTime::currentMSecsSinceEpoch() + 3'600'000));
            }
            QVERIFY(store.commit());
        }
        startSandbox(file);
        QVERIFY(m_sandbox->request("DELETE", u"/sandbox/v1/stats"_s).ok());

        Watcher watcher(m_service.get(), m_sandbox->client());
        QCOMPARE(watcher.budgetPerMinute(), 30); // the console's default
        // Ten times the default, to measure in seconds what takes a minute at 30.
        watcher.setBudgetPerMinute(300);
        watcher.setFirstInterval(100);
        QSet<QString> refreshed;
        connect(&watcher, &Watcher::connectionsRefreshed, this,
                [&](const QString &cluster) { refreshed.insert(cluster); });
        for (const QString &cluster : clusters)
            watcher.watchCluster(cluster);
        QElapsedTimer timer;
        timer.start();
        QTest::qWait(6000);
        const double minutes = timer.elapsed() / 60'000.0;
        // Count what the Watcher sent once nothing is on its way. The stats request waits in an
        // event loop in which the Watcher may send one more (it sends one at a time), so the
        // server may have received that one too.
        QTRY_COMPARE(m_sandbox->client()->requestsInFlight(), 0);
        const int sent = watcher.requestsSent();
        const int received = m_sandbox->request("GET", u"/sandbox/v1/stats"_s)
                                 .json.value("totalRequests"_L1)
                                 .toInt();
        qInfo("Watcher: %d requests in %.1f s for 50 connections in 10 clusters (budget 300/min)",
              received, minutes * 60);
        QVERIFY2(received <= int(300 * minutes) + 1, qPrintable(QString::number(received)));
        QVERIFY(received >= 10);        // it did poll…
        QCOMPARE(refreshed.size(), 10); // …every cluster, none starved
        QVERIFY2(received == sent || received == sent + 1,
                 qPrintable(u"sent %1, received %2"_s.arg(sent).arg(received)));
    }

    void theWatcherStopsAtTerminalStates()
    {
        startSandbox();
        Watcher watcher(m_service.get(), m_sandbox->client());
        watcher.setFirstInterval(50);
        watcher.setBudgetPerMinute(600);
        auto [created, error] = await(m_service->createConnection(
            Orders, {u"watched"_s, ConnectionType::AwsEndpointService, Confluent, {}}));
        QVERIFY(!error.isError());
        QList<ConnectionState> seen;
        connect(
            &watcher, &Watcher::connectionRefreshed, this,
            [&](const QString &, const PrivateLinkConnection &c) { seen.append(c.state.value); });
        watcher.watchConnection(Orders, created.privateLinkConnectionId);
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.isWatching(), 5000);
        QCOMPARE(seen.last(), ConnectionState::Active);

        // A deleted connection ends with connectionGone.
        QVERIFY(!await(m_service->deleteConnection(Orders, created.privateLinkConnectionId))
                     .second.isError());
        QSignalSpy gone(&watcher, &Watcher::connectionGone);
        watcher.watchConnection(Orders, created.privateLinkConnectionId);
        QVERIFY(gone.wait(5000));
        QTRY_VERIFY(!watcher.isWatching());
    }

    void theWatcherPausesWhenTheRateBudgetRunsLow()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        m_sandbox->config().settings = test::fastSettings();
        m_sandbox->config().settings.rateLimitPerMinute = 12; // a reserve of 10 leaves 2
        QVERIFY(m_sandbox->start());
        m_service = std::make_unique<PrivateLinkService>(m_sandbox->client());
        Watcher watcher(m_service.get(), m_sandbox->client());
        watcher.setFirstInterval(50);
        watcher.setBudgetPerMinute(6000);
        QSignalSpy throttled(&watcher, &Watcher::throttled);
        watcher.watchCluster(u"10289543321198765435"_s); // has a CREATING connection
        QVERIFY(throttled.wait(5000));
        QCOMPARE(throttled.last().at(0).toBool(), true);
        const int sent = watcher.requestsSent();
        QTest::qWait(500);
        QCOMPARE(watcher.requestsSent(), sent); // paused
        QVERIFY(m_sandbox->client()->rateBudget().remaining <=
                m_sandbox->client()->rateBudget().reserve());
        // The user's own request still goes through.
        QVERIFY(!await(m_service->getConnection(u"10289543321198765435"_s,
                                                u"plc-5b7n9m1k3j5h7g9f1dsa"_s))
                     .second.isError());
    }
};

QTEST_GUILESS_MAIN(TestPrivateLinkService)
#include "tst_privatelinkservice.moc"
