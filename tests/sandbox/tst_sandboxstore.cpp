// The sandbox keeps its state in SQLite: written data survives a restart; the seed is
// written once.
#include "SandboxFixture.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "sandbox/NetworkStore.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

class TestSandboxStore final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject getVia(const test::SandboxFixture &fixture, const QString &path)
    {
        ApiClient client;
        client.setEndpoint(fixture.url(),
                           {fixture.config().publicKey, fixture.config().privateKey});
        ApiCall *call = client.get(path);
        QSignalSpy spy(call, &Job::finished);
        if (!spy.wait(10'000) || !call->succeeded())
            return {};
        return call->json();
    }

private Q_SLOTS:
    void writeRestartReadBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"state.sqlite"_s);
        QJsonObject renamed = sandbox::SandboxSeed::clusters().at(2);
        renamed[u"displayName"_s] = u"renamed-after-restart"_s;
        {
            // A first run seeds the file…
            test::SandboxFixture first(file);
            QVERIFY(first.start());
            QCOMPARE(getVia(first, u"/v1beta1/clusters"_s).value("totalSize"_L1).toInt(), 6);
        }
        {
            // …a change is written while no server runs…
            sandbox::SandboxStore store;
            QString error;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            QCOMPARE(store.clusterCount(), 6);
            QVERIFY(store.putCluster(renamed));
        }
        {
            // …and a restarted sandbox serves it, without seeding again.
            test::SandboxFixture second(file);
            QVERIFY(second.start());
            const QJsonObject cluster =
                getVia(second, u"/v1beta1/clusters/"_s + renamed.value("clusterId"_L1).toString());
            QCOMPARE(cluster.value("displayName"_L1).toString(), u"renamed-after-restart"_s);
            QCOMPARE(getVia(second, u"/v1beta1/clusters"_s).value("totalSize"_L1).toInt(), 6);
        }
    }

    void usesWriteAheadLogging()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"wal.sqlite"_s);
        sandbox::SandboxStore store;
        QString error;
        QVERIFY(store.open(file, &error));
        QVERIFY(sandbox::SandboxSeed::seedIfEmpty(store));
        QVERIFY(QFile::exists(file + u"-wal"_s));
    }

    void seedIsWrittenOnlyIntoAnEmptyStore()
    {
        sandbox::SandboxStore store;
        QString error;
        QVERIFY(store.open(u":memory:"_s, &error));
        QVERIFY(sandbox::SandboxSeed::seedIfEmpty(store));
        QCOMPARE(store.clusterCount(), 6);
        QVERIFY(sandbox::SandboxSeed::seedIfEmpty(store));
        QCOMPARE(store.clusterCount(), 6);
    }

    void clustersComeInCreationOrder()
    {
        sandbox::SandboxStore store;
        QString error;
        QVERIFY(store.open(u":memory:"_s, &error));
        QVERIFY(sandbox::SandboxSeed::seedIfEmpty(store));
        const QList<QJsonObject> all = store.clusters(0, 100);
        QCOMPARE(all.size(), 6);
        for (qsizetype i = 1; i < all.size(); ++i) {
            QVERIFY(all[i - 1].value("createTime"_L1).toString() <=
                    all[i].value("createTime"_L1).toString());
        }
        QCOMPARE(store.clusters(4, 100).size(), 2);
        QVERIFY(!store.cluster(u"missing"_s).has_value());
    }

    void networkResourcesStayInTheirScopeAndOrder()
    {
        sandbox::SandboxStore store;
        QString error;
        QVERIFY(store.open(u":memory:"_s, &error));
        sandbox::NetworkStore networks(&store);
        const sandbox::NetworkScope mine{u"cloud"_s, u"111"_s, u"r-1"_s};
        const sandbox::NetworkScope otherAccount{u"cloud"_s, u"222"_s, u"r-1"_s};
        const sandbox::NetworkScope otherRegion{u"cloud"_s, u"111"_s, u"r-2"_s};
        QVERIFY(networks.put(mine, u"vpc"_s, u"v-b"_s, {}, {{u"n"_s, 1}}));
        QVERIFY(networks.put(mine, u"vpc"_s, u"v-a"_s, {}, {{u"n"_s, 2}}));
        QVERIFY(networks.put(mine, u"subnet"_s, u"s-1"_s, u"v-a"_s, {{u"n"_s, 3}}));
        QVERIFY(networks.put(mine, u"subnet"_s, u"s-2"_s, u"v-b"_s, {{u"n"_s, 4}}));
        QVERIFY(networks.put(otherAccount, u"vpc"_s, u"v-c"_s, {}, {{u"n"_s, 5}}));
        // Made first, listed first; a replaced one keeps its place.
        QVERIFY(networks.put(mine, u"vpc"_s, u"v-b"_s, {}, {{u"n"_s, 6}}));
        const QList<QJsonObject> vpcs = networks.list(mine, u"vpc"_s);
        QCOMPARE(vpcs.size(), 2);
        QCOMPARE(vpcs.at(0).value("n"_L1).toInt(), 6);
        QCOMPARE(vpcs.at(1).value("n"_L1).toInt(), 2);
        QCOMPARE(networks.list(mine, u"subnet"_s, u"v-a"_s).size(), 1);
        QCOMPARE(networks.list(mine, u"subnet"_s).size(), 2);
        // Another account's or region's resource is not found by ID.
        QVERIFY(!networks.find(mine, u"vpc"_s, u"v-c"_s));
        QVERIFY(networks.find(otherAccount, u"vpc"_s, u"v-c"_s));
        QVERIFY(!networks.find(otherRegion, u"vpc"_s, u"v-a"_s));
        QVERIFY(networks.remove(otherRegion, u"vpc"_s, u"v-a"_s)); // nothing of its there
        QVERIFY(networks.find(mine, u"vpc"_s, u"v-a"_s));
        QVERIFY(networks.remove(mine, u"vpc"_s, u"v-a"_s));
        QVERIFY(!networks.find(mine, u"vpc"_s, u"v-a"_s));
        QCOMPARE(networks.count(u"cloud"_s, u"vpc"_s), 2);
    }

    void theNetworksAreSeededOnceAlsoIntoAnOlderFile()
    {
        sandbox::SandboxStore store;
        QString error;
        QVERIFY(store.open(u":memory:"_s, &error));
        const auto seeds = sandbox::SandboxServer::networkSeeds();
        QVERIFY(sandbox::SandboxSeed::seedIfEmpty(store));
        QVERIFY(sandbox::SandboxSeed::seedNetworks(store, seeds));
        sandbox::NetworkStore networks(&store);
        QCOMPARE(seeds.size(), 2);
        QList<int> vpcs;
        for (const auto &cloud : seeds) {
            vpcs.append(networks.count(cloud.cloud, u"vpc"_s));
            QVERIFY2(vpcs.last() > 0, qPrintable(cloud.cloud));
        }
        // A file seeded before a cloud's networks existed gets that cloud's on the next start,
        // once, and the other cloud's are not written twice.
        QVERIFY(store.rows().exec(u"DELETE FROM network_resources WHERE cloud = 'alibaba'"_s));
        QVERIFY(store.rows().exec(u"DELETE FROM meta WHERE key = 'seeded_networks_alibaba'"_s));
        QVERIFY(sandbox::SandboxSeed::seedNetworks(store, seeds));
        QVERIFY(sandbox::SandboxSeed::seedNetworks(store, seeds));
        for (qsizetype i = 0; i < seeds.size(); ++i)
            QCOMPARE(networks.count(seeds.at(i).cloud, u"vpc"_s), vpcs.at(i));
    }

    void resetStartsFromTheSeed()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"reset.sqlite"_s);
        {
            sandbox::SandboxStore store;
            QString error;
            QVERIFY(store.open(file, &error));
            QJsonObject extra = sandbox::SandboxSeed::clusters().constFirst();
            extra[u"clusterId"_s] = u"1"_s;
            QVERIFY(store.putCluster(extra));
        }
        sandbox::SandboxConfig config = sandbox::SandboxConfig::withRandomKeys(file);
        config.reset = true;
        sandbox::EmbeddedSandbox sandbox(config);
        QSignalSpy started(&sandbox, &sandbox::EmbeddedSandbox::started);
        sandbox.start();
        QVERIFY(started.wait(10'000));
        sandbox::SandboxStore reader;
        QString error;
        QVERIFY(reader.open(file, &error));
        QCOMPARE(reader.clusterCount(), 6);
        QVERIFY(!reader.cluster(u"1"_s).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "tst_sandboxstore.moc"
