// The cluster and connection feeds without any widget, against a real sandbox: loading, the
// last good rows after a failure, the state filter on loads and on the Watcher's updates, a
// cancel from outside, and the models they own checked by QAbstractItemModelTester.
#include "SandboxFixture.h"
#include "SeedIds.h"

#include "api/ApiClient.h"
#include "api/RetryPolicy.h"
#include "models/ClusterFeed.h"
#include "models/ClusterTableModel.h"
#include "models/ConnectionFeed.h"
#include "models/ConnectionTableModel.h"
#include "services/ClusterService.h"
#include "services/PrivateLinkService.h"
#include "services/Watcher.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using Tester = QAbstractItemModelTester;

class TestFeeds final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;

    void fault(const QJsonObject &rule)
    {
        QVERIFY(m_sandbox->request("PUT", u"/sandbox/v1/faults"_s, rule).ok());
    }
    void noFault() { QVERIFY(m_sandbox->request("DELETE", u"/sandbox/v1/faults"_s).ok()); }

    std::optional<Cluster> clusterFrom(ClusterFeed &feed, const QString &id)
    {
        const int row = feed.model()->rowOf(id);
        if (row < 0)
            return std::nullopt;
        return *feed.model()->clusterAt(row);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        m_sandbox->config().settings = test::fastSettings();
        QVERIFY(m_sandbox->start());
        RetryPolicy once;
        once.maxAttempts = 1; // a failure is the feed's to show, not the client's to retry
        m_sandbox->client()->setRetryPolicy(once);
    }
    void cleanup() { m_sandbox.reset(); }

    void theClusterFeedLoadsAndKeepsTheLastGoodRows()
    {
        ClusterService service(m_sandbox->client());
        ClusterFeed feed(&service);
        Tester tester(feed.model(), Tester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&feed, &ClusterFeed::loaded);
        QVERIFY(!feed.lastRefresh().isValid());

        feed.refresh();
        QVERIFY(feed.isLoading());
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(loaded.last().first().toBool(), true);
        QVERIFY(!feed.isLoading());
        QVERIFY(feed.lastRefresh().isValid());
        const int rows = feed.model()->rowCount();
        QVERIFY(rows >= 3);
        QVERIFY(feed.model()->rowOf(test::seed::OrdersProd) >= 0);

        fault({{u"status"_s, 503}, {u"remaining"_s, 20}});
        feed.refresh();
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(loaded.last().first().toBool(), false);
        QCOMPARE(feed.lastError().httpStatus, 503);
        QCOMPARE(feed.model()->rowCount(), rows); // the last good rows stay
        noFault();

        feed.reset();
        QCOMPARE(feed.model()->rowCount(), 0);
        QVERIFY(!feed.lastError().isError());
        QVERIFY(!feed.lastRefresh().isValid());
    }

    void aNewerRefreshSupersedesAnOlderOne()
    {
        ClusterService service(m_sandbox->client());
        ClusterFeed feed(&service);
        QSignalSpy loaded(&feed, &ClusterFeed::loaded);
        feed.refresh();
        feed.refresh(); // the first is cancelled and says nothing
        QVERIFY(loaded.wait(10'000));
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 1);
    }

    void aCancelFromOutsideEndsLoading()
    {
        ClusterService service(m_sandbox->client());
        ClusterFeed feed(&service);
        fault({{u"latencyMs"_s, 2000}});
        QSignalSpy state(&feed, &ClusterFeed::stateChanged);
        feed.refresh();
        QVERIFY(feed.isLoading());
        m_sandbox->client()->clearEndpoint(); // the account was switched
        QVERIFY(!feed.isLoading());
        QVERIFY(!feed.lastError().isError()); // a cancel is nobody's error
    }

    // A feed is often its widget's child: destroyed after the widget's own part. Its loads end
    // as cancelled then, and nobody may hear of it (ASan saw the panel called half destroyed).
    void aFeedBeingDestroyedTellsNobody()
    {
        ClusterService clusters(m_sandbox->client());
        PrivateLinkService service(m_sandbox->client());
        Watcher watcher(&service, m_sandbox->client());
        auto clusterFeed = std::make_unique<ClusterFeed>(&clusters);
        QSignalSpy loaded(clusterFeed.get(), &ClusterFeed::loaded);
        clusterFeed->refresh();
        QVERIFY(loaded.wait(10'000));
        const auto orders = clusterFrom(*clusterFeed, test::seed::OrdersProd);

        fault({{u"latencyMs"_s, 2000}});
        auto feed = std::make_unique<ConnectionFeed>(&service, &watcher);
        feed->setCluster(orders);
        clusterFeed->refresh();
        QVERIFY(feed->isLoading() && clusterFeed->isLoading());
        int heard = 0;
        connect(feed.get(), &ConnectionFeed::stateChanged, this, [&heard] { ++heard; });
        connect(clusterFeed.get(), &ClusterFeed::stateChanged, this, [&heard] { ++heard; });
        feed.reset();
        clusterFeed.reset();
        QCOMPARE(heard, 0);
        noFault();
    }

    void theConnectionFeedLoadsFiltersAndFollows()
    {
        ClusterService clusters(m_sandbox->client());
        ClusterFeed clusterFeed(&clusters);
        QSignalSpy clustersLoaded(&clusterFeed, &ClusterFeed::loaded);
        clusterFeed.refresh();
        QVERIFY(clustersLoaded.wait(10'000));
        const auto orders = clusterFrom(clusterFeed, test::seed::OrdersProd);
        QVERIFY(orders);

        PrivateLinkService service(m_sandbox->client());
        Watcher watcher(&service, m_sandbox->client());
        ConnectionFeed feed(&service, &watcher);
        Tester tester(feed.model(), Tester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&feed, &ConnectionFeed::loaded);
        QSignalSpy zones(&feed, &ConnectionFeed::availabilityZonesChanged);

        feed.setCluster(orders);
        QVERIFY(feed.isLoading());
        QVERIFY(!feed.hasLoaded());
        QVERIFY(loaded.wait(10'000));
        QVERIFY(feed.hasLoaded());
        const int all = feed.model()->rowCount();
        QVERIFY(all >= 3);
        QVERIFY(feed.model()->rowOf(test::seed::OrdersRds) >= 0);
        QTRY_VERIFY(!feed.availabilityZones().azIds.isEmpty());
        QVERIFY(!feed.availabilityZones().accountId.isEmpty());

        feed.setStateFilter(ConnectionState::Failed);
        QVERIFY(loaded.wait(10'000));
        QVERIFY(feed.model()->rowCount() < all);
        QVERIFY(feed.model()->rowOf(test::seed::LegacyMysql) >= 0);
        QCOMPARE(feed.model()->rowOf(test::seed::OrdersRds), -1);

        // The Watcher's update of the whole list goes through the same filter.
        QSignalSpy refreshed(&feed, &ConnectionFeed::rowsRefreshed);
        watcher.setFirstInterval(10);
        watcher.watchCluster(test::seed::OrdersProd);
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(feed.model()->rowOf(test::seed::OrdersRds), -1);
        QVERIFY(feed.model()->rowOf(test::seed::LegacyMysql) >= 0);

        // One connection in full, with its attached domains.
        QSignalSpy updated(&feed, &ConnectionFeed::connectionUpdated);
        feed.fetchConnection(test::seed::ConfluentEvents);
        QVERIFY(updated.wait(10'000));
        const auto full = updated.last().first().value<PrivateLinkConnection>();
        QCOMPARE(full.privateLinkConnectionId, test::seed::ConfluentEvents);
        QVERIFY(full.attachedDomains && !full.attachedDomains->isEmpty());
    }

    void aFailedConnectionLoadKeepsTheRows()
    {
        ClusterService clusters(m_sandbox->client());
        ClusterFeed clusterFeed(&clusters);
        QSignalSpy clustersLoaded(&clusterFeed, &ClusterFeed::loaded);
        clusterFeed.refresh();
        QVERIFY(clustersLoaded.wait(10'000));

        PrivateLinkService service(m_sandbox->client());
        Watcher watcher(&service, m_sandbox->client());
        ConnectionFeed feed(&service, &watcher);
        Tester tester(feed.model(), Tester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&feed, &ConnectionFeed::loaded);
        feed.setCluster(clusterFrom(clusterFeed, test::seed::OrdersProd));
        QVERIFY(loaded.wait(10'000));
        const int rows = feed.model()->rowCount();

        fault({{u"status"_s, 500}, {u"remaining"_s, 20}});
        feed.reload();
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(loaded.last().first().toBool(), false);
        QCOMPARE(feed.lastError().httpStatus, 500);
        QCOMPARE(feed.model()->rowCount(), rows);
        QVERIFY(feed.hasLoaded());

        // Another cluster: the rows go, the error goes with the next load.
        noFault();
        feed.setCluster(clusterFrom(clusterFeed, test::seed::TokyoWeb));
        QCOMPARE(feed.model()->rowCount(), 0);
        QVERIFY(!feed.lastError().isError());
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(feed.model()->rowCount(), 0);
        feed.setCluster(std::nullopt);
        QVERIFY(!feed.isLoading());
    }
};

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
