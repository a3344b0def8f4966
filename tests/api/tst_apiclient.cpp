// The API client against the real sandbox over loopback HTTP with Digest auth.
#include "RecordingProxy.h"
#include "SandboxFixture.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "domain/JsonReader.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxStore.h"
#include "services/ClusterService.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
template<typename J> bool waitFor(J *job)
{
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(10'000) && spy.size() == 1;
}

QJsonObject syntheticCluster(int i)
{
    QJsonObject c = sandbox::SandboxSeed::clusters().constFirst();
    const QString id = u"2000000000000%1"_s.arg(i, 6, 10, QLatin1Char('0'));
    c[u"clusterId"_s] = id;
    c[u"name"_s] = u"clusters/"_s + id;
    c[u"displayName"_s] = u"bulk-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
    c[u"createTime"_s] =
        formatRfc3339(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i));
    return c;
}
} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ClusterService> m_service;

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        QVERIFY(m_sandbox->start());
        m_client = std::make_unique<ApiClient>();
        m_client->setEndpoint(m_sandbox->url(),
                              {m_sandbox->config().publicKey, m_sandbox->config().privateKey});
        m_service = std::make_unique<ClusterService>(m_client.get());
    }

    void cleanup()
    {
        m_service.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void listsTheSeededClusters()
    {
        auto *job = m_service->listClusters();
        QVERIFY(waitFor(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        const QList<Cluster> clusters = job->value();
        QCOMPARE(clusters.size(), sandbox::SandboxSeed::clusters().size());
        QSet<CloudProvider> providers;
        QSet<QString> regions;
        for (const Cluster &cluster : clusters) {
            providers.insert(cluster.region.cloudProvider.value);
            regions.insert(cluster.region.regionId);
            // Consistent seed: the private endpoint service is in the cluster's region.
            const auto &service = cluster.region.cloudProvider.value == CloudProvider::Aws
                                      ? cluster.endpoints.privateAws
                                      : cluster.endpoints.privateAlibabaCloud;
            QVERIFY(service.has_value());
            QVERIFY(service->serviceName.contains(cluster.region.providerRegionCode()));
            QVERIFY(!service->availabilityZones.isEmpty());
            QVERIFY(cluster.endpoints.publicHost.contains(cluster.region.providerRegionCode()));
        }
        QCOMPARE(providers, (QSet<CloudProvider>{CloudProvider::Aws, CloudProvider::AlibabaCloud}));
        QVERIFY(regions.contains(u"aws-us-east-1"_s));
        QVERIFY(regions.contains(u"aws-ap-northeast-1"_s));
        QVERIFY(regions.contains(u"alicloud-cn-hangzhou"_s));
        QVERIFY(regions.contains(u"alicloud-ap-southeast-1"_s));
    }

    void listsEveryPageWithProgress()
    {
        // A sandbox whose file already holds 256 clusters (so it is not seeded).
        QTemporaryDir dir;
        const QString file = dir.filePath(u"bulk.sqlite"_s);
        {
            sandbox::SandboxStore store;
            QString error;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            QVERIFY(store.beginTransaction());
            for (int i = 0; i < 256; ++i)
                QVERIFY(store.putCluster(syntheticCluster(i)));
            QVERIFY(store.commit());
        }
        cleanup();
        m_sandbox = std::make_unique<test::SandboxFixture>(file);
        QVERIFY(m_sandbox->start());
        m_client = std::make_unique<ApiClient>();
        m_client->setEndpoint(m_sandbox->url(),
                              {m_sandbox->config().publicKey, m_sandbox->config().privateKey});
        m_service = std::make_unique<ClusterService>(m_client.get());

        auto *job = m_service->listClusters();
        QSignalSpy progress(job, &Job::progress);
        QVERIFY(waitFor(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(job->value().size(), 256);
        QCOMPARE(progress.size(), 3); // pages of 100, 100, 56
        QCOMPARE(progress.at(0).at(0).toInt(), 1);
        QCOMPARE(progress.at(0).at(1).toLongLong(), 100);
        QCOMPARE(progress.at(2).at(0).toInt(), 3);
        QCOMPARE(progress.at(2).at(1).toLongLong(), 256);
        QSet<QString> ids;
        for (const Cluster &cluster : job->value())
            ids.insert(cluster.clusterId);
        QCOMPARE(ids.size(), 256);
    }

    void pagesFollowTheSpec()
    {
        QStringList ids;
        QString token;
        int pages = 0;
        do {
            QUrlQuery query{{u"pageSize"_s, u"4"_s}};
            if (!token.isEmpty())
                query.addQueryItem(u"pageToken"_s, token);
            ApiCall *call = m_client->get(u"/v1beta1/clusters"_s, query);
            QVERIFY(waitFor(call));
            QVERIFY(call->succeeded());
            const QJsonObject body = call->json();
            QCOMPARE(body.value("totalSize"_L1).toInt(), 6);
            const QJsonArray clusters = body.value("clusters"_L1).toArray();
            QVERIFY(clusters.size() <= 4);
            for (const QJsonValue &c : clusters)
                ids.append(c.toObject().value("clusterId"_L1).toString());
            token = body.value("nextPageToken"_L1).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(pages, 2);
        QCOMPARE(ids.size(), 6);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 6);
    }

    void pageSizeDefaultsAndLimits_data()
    {
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<int>("status");
        QTest::newRow("absent → 10") << QString() << 200;
        QTest::newRow("over max → 100") << u"500"_s << 200;
        QTest::newRow("negative") << u"-1"_s << 400;
        QTest::newRow("not a number") << u"ten"_s << 400;
    }

    void pageSizeDefaultsAndLimits()
    {
        QFETCH(QString, pageSize);
        QFETCH(int, status);
        QUrlQuery query;
        if (!pageSize.isNull())
            query.addQueryItem(u"pageSize"_s, pageSize);
        ApiCall *call = m_client->get(u"/v1beta1/clusters"_s, query);
        QVERIFY(waitFor(call));
        if (status == 200) {
            QVERIFY(call->succeeded());
            QCOMPARE(call->json().value("clusters"_L1).toArray().size(), 6);
        } else {
            QCOMPARE(call->error().httpStatus, status);
            QCOMPARE(call->error().apiCode, 3);
            QVERIFY(call->error().apiMessage.contains("pageSize"_L1));
        }
    }

    void aForeignPageTokenIsRefused()
    {
        ApiCall *call =
            m_client->get(u"/v1beta1/clusters"_s, QUrlQuery{{u"pageToken"_s, u"bm9wZQ"_s}});
        QVERIFY(waitFor(call));
        QCOMPARE(call->error().kind, ApiError::Kind::Http);
        QCOMPARE(call->error().httpStatus, 400);
        QVERIFY(call->error().apiMessage.contains("pageToken"_L1));
    }

    void getsOneCluster()
    {
        auto *job = m_service->getCluster(u"10289543321198765435"_s);
        QVERIFY(waitFor(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->value().displayName, u"hz-payments"_s);
        QCOMPARE(job->value().region.cloudProvider.value, CloudProvider::AlibabaCloud);
        QCOMPARE(job->value().endpoints.privateAlibabaCloud->availabilityZones,
                 QStringList({u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s}));
    }

    void anUnknownClusterIs404WithTheApiMessage()
    {
        auto *job = m_service->getCluster(u"999"_s);
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Http);
        QCOMPARE(job->error().httpStatus, 404);
        QCOMPARE(job->error().apiCode, 5);
        QCOMPARE(job->error().apiMessage, u"cluster 999 not found"_s);
        QVERIFY(job->error().userMessage().contains("(404)"_L1));
        QVERIFY(job->error().userMessage().contains("cluster 999 not found"_L1));
    }

    void aWrongPrivateKeyIs401()
    {
        m_client->setEndpoint(m_sandbox->url(), {m_sandbox->config().publicKey, u"wrong"_s});
        auto *job = m_service->listClusters();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Http);
        QCOMPARE(job->error().httpStatus, 401);
        QCOMPARE(job->error().apiCode, 16);
        QVERIFY(job->error().userMessage().startsWith(u"The API key was rejected (401)"_s));
    }

    void anUnknownPublicKeyIs401()
    {
        m_client->setEndpoint(m_sandbox->url(), {u"NOBODY"_s, m_sandbox->config().privateKey});
        auto *job = m_service->getCluster(u"10289543321198765432"_s);
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().httpStatus, 401);
    }

    void thePrivateKeyNeverCrossesTheWire()
    {
        test::RecordingProxy proxy(m_sandbox->url());
        QVERIFY(proxy.start());
        m_client->setEndpoint(proxy.url(),
                              {m_sandbox->config().publicKey, m_sandbox->config().privateKey});
        auto *list = m_service->listClusters();
        QVERIFY(waitFor(list));
        QVERIFY(list->succeeded());
        auto *get = m_service->getCluster(u"10289543321198765432"_s);
        QVERIFY(waitFor(get));
        QVERIFY(get->succeeded());

        const QByteArray sent = proxy.clientBytes();
        const QByteArray privateKey = m_sandbox->config().privateKey.toUtf8();
        QVERIFY(sent.contains("Authorization: Digest "));
        QVERIFY(sent.contains("username=\"" + m_sandbox->config().publicKey.toUtf8() + '"'));
        QVERIFY(sent.contains("User-Agent: privatelink-console/" PLC_VERSION));
        QVERIFY(!sent.contains(privateKey));
        QVERIFY(!sent.contains(privateKey.toBase64()));
        QVERIFY(!sent.contains(QUrl::toPercentEncoding(QString::fromUtf8(privateKey))));
        QVERIFY(
            !sent.contains((m_sandbox->config().publicKey.toUtf8() + ':' + privateKey).toBase64()));
    }

    void plainHttpToARemoteHostIsRefusedBeforeSending()
    {
        m_client->setEndpoint(QUrl(u"http://serverless.tidbapi.com"_s), {u"a"_s, u"b"_s});
        auto *job = m_service->listClusters();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind, ApiError::Kind::InsecureUrl);
        QCOMPARE(m_client->requestsInFlight(), 0);
    }

    void allowedBaseUrls()
    {
        QVERIFY(ApiClient::isAllowedBaseUrl(QUrl(u"https://serverless.tidbapi.com"_s)));
        QVERIFY(ApiClient::isAllowedBaseUrl(QUrl(u"http://127.0.0.1:8080"_s)));
        QVERIFY(ApiClient::isAllowedBaseUrl(QUrl(u"http://localhost:8080"_s)));
        QVERIFY(ApiClient::isAllowedBaseUrl(QUrl(u"http://[::1]:8080"_s)));
        QVERIFY(!ApiClient::isAllowedBaseUrl(QUrl(u"http://10.0.0.1"_s)));
        QVERIFY(!ApiClient::isAllowedBaseUrl(QUrl(u"ftp://serverless.tidbapi.com"_s)));
        QVERIFY(!ApiClient::isAllowedBaseUrl(QUrl(u"https://"_s)));
    }

    void cancelFinishesOnceAsCancelled()
    {
        auto *job = m_service->listClusters();
        QSignalSpy finished(job, &Job::finished);
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(job->isCancelled());
        job->cancel(); // idempotent
        QCOMPARE(finished.size(), 1);
        QTRY_COMPARE(m_client->requestsInFlight(), 0);
    }

    void aConnectionRefusedIsANetworkError()
    {
        m_sandbox->stop();
        auto *job = m_service->listClusters();
        QVERIFY(waitFor(job));
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QCOMPARE(job->error().host, u"127.0.0.1"_s);
        QVERIFY(!job->error().userMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
