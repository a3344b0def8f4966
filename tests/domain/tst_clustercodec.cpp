#include "domain/ClusterCodec.h"
#include "domain/JsonReader.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

class TestClusterCodec final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char *json)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad test JSON: %s", qPrintable(error.errorString()));
        return document.object();
    }

private Q_SLOTS:
    void decodesAFullObject()
    {
        const QJsonObject json = parse(R"json({
            "name": "clusters/10289543321198765432",
            "clusterId": "10289543321198765432",
            "displayName": "orders-prod",
            "region": {"name": "regions/aws-us-east-1", "regionId": "aws-us-east-1",
                       "cloudProvider": "aws", "displayName": "N. Virginia (us-east-1)"},
            "endpoints": {
                "public": {"host": "gateway01.us-east-1.prod.aws.tidbcloud.com", "port": 4000,
                           "disabled": false},
                "private": {"host": "gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com",
                            "port": 4000,
                            "aws": {"serviceName": "com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a",
                                    "availabilityZone": ["use1-az1", "use1-az2"]}}},
            "version": "v7.5.2",
            "createdBy": "dba@example.com",
            "userPrefix": "3pTAoNNegb47Uc8",
            "state": "ACTIVE",
            "labels": {"tidb.cloud/project": "1372813089454543324"},
            "createTime": "2025-03-11T02:14:09Z",
            "updateTime": "2025-03-11T02:14:09.123456Z",
            "clusterPlan": "ESSENTIAL",
            "servicePlan": "Essential",
            "highAvailabilityType": "REGIONAL"
        })json");
        const Decoded<Cluster> decoded = ClusterCodec::decodeCluster(json);
        QVERIFY2(decoded.ok(), qPrintable(decoded.errors.join(u"; "_s)));
        const Cluster &c = decoded.value;
        QCOMPARE(c.clusterId, u"10289543321198765432"_s);
        QCOMPARE(c.name, u"clusters/10289543321198765432"_s);
        QCOMPARE(c.displayName, u"orders-prod"_s);
        QCOMPARE(c.region.cloudProvider.value, CloudProvider::Aws);
        QCOMPARE(c.region.regionId, u"aws-us-east-1"_s);
        QCOMPARE(c.region.providerRegionCode(), u"us-east-1"_s);
        QCOMPARE(c.state.value, ClusterState::Active);
        QCOMPARE(c.servicePlan.value, ServicePlan::Essential);
        QCOMPARE(c.clusterPlan.value, ClusterPlan::Essential);
        QCOMPARE(c.highAvailabilityType.value, HighAvailabilityType::Regional);
        QCOMPARE(c.endpoints.publicPort, std::optional<int>(4000));
        QVERIFY(c.endpoints.privateAws.has_value());
        QCOMPARE(c.endpoints.privateAws->availabilityZones,
                 QStringList({u"use1-az1"_s, u"use1-az2"_s}));
        QVERIFY(!c.endpoints.privateAlibabaCloud.has_value());
        QCOMPARE(c.labels.value(u"tidb.cloud/project"_s), u"1372813089454543324"_s);
        QCOMPARE(c.createTime, QDateTime(QDate(2025, 3, 11), QTime(2, 14, 9), Qt::UTC));
        QCOMPARE(c.updateTime, QDateTime(QDate(2025, 3, 11), QTime(2, 14, 9, 123), Qt::UTC));
    }

    void missingOptionalFieldsAreEmpty()
    {
        const Decoded<Cluster> decoded = ClusterCodec::decodeCluster(
            parse(R"json({"clusterId": "1", "displayName": "tiny"})json"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value.state.value, ClusterState::Unknown);
        QVERIFY(decoded.value.state.raw.isEmpty());
        QVERIFY(!decoded.value.createTime.isValid());
        QVERIFY(!decoded.value.endpoints.privatePort.has_value());
        QVERIFY(decoded.value.labels.isEmpty());
    }

    void unknownEnumValuesAreKeptRaw()
    {
        const Decoded<Cluster> decoded = ClusterCodec::decodeCluster(parse(R"json({
            "clusterId": "2", "state": "HIBERNATING", "servicePlan": "Ultimate",
            "region": {"cloudProvider": "oraclecloud"}})json"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value.state.value, ClusterState::Unknown);
        QCOMPARE(decoded.value.state.raw, u"HIBERNATING"_s);
        QCOMPARE(decoded.value.servicePlan.raw, u"Ultimate"_s);
        QCOMPARE(decoded.value.region.cloudProvider.value, CloudProvider::Unknown);
        QCOMPARE(decoded.value.region.cloudProvider.raw, u"oraclecloud"_s);
    }

    void deprecatedProviderFieldIsUsedWhenCloudProviderIsMissing()
    {
        const Decoded<Cluster> decoded = ClusterCodec::decodeCluster(
            parse(R"json({"clusterId": "3", "region": {"provider": "alicloud"}})json"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value.region.cloudProvider.value, CloudProvider::AlibabaCloud);
    }

    void wrongTypesAreDecodeErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("displayName number")
            << QByteArray(R"json({"clusterId":"1","displayName":5})json") << u"displayName"_s;
        QTest::newRow("state object")
            << QByteArray(R"json({"clusterId":"1","state":{}})json") << u"state"_s;
        QTest::newRow("region string")
            << QByteArray(R"json({"clusterId":"1","region":"aws"})json") << u"region"_s;
        QTest::newRow("port string")
            << QByteArray(R"json({"clusterId":"1","endpoints":{"public":{"port":"x"}}})json")
            << u"endpoints.public.port"_s;
        QTest::newRow("port out of range")
            << QByteArray(R"json({"clusterId":"1","endpoints":{"private":{"port":70000}}})json")
            << u"endpoints.private.port"_s;
        QTest::newRow("zones not strings")
            << QByteArray(
                   R"json({"clusterId":"1","endpoints":{"private":{"aws":{"availabilityZone":[1,2]}}}})json")
            << u"endpoints.private.aws.availabilityZone"_s;
        QTest::newRow("bad time") << QByteArray(
                                         R"json({"clusterId":"1","createTime":"yesterday"})json")
                                  << u"createTime"_s;
        QTest::newRow("labels not strings")
            << QByteArray(R"json({"clusterId":"1","labels":{"a":1}})json") << u"labels"_s;
        QTest::newRow("no id") << QByteArray(R"json({"displayName":"x"})json") << u"clusterId"_s;
    }

    void wrongTypesAreDecodeErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const Decoded<Cluster> decoded =
            ClusterCodec::decodeCluster(QJsonDocument::fromJson(json).object());
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.errors.constFirst().startsWith(path + u':'),
                 qPrintable(decoded.errors.constFirst()));
    }

    void decodesAPage()
    {
        const Decoded<ClusterPage> page = ClusterCodec::decodePage(parse(R"json({
            "clusters": [{"clusterId": "1"}, {"clusterId": "2"}],
            "nextPageToken": "abc", "totalSize": "7"})json"));
        QVERIFY(page.ok());
        QCOMPARE(page.value.clusters.size(), 2);
        QCOMPARE(page.value.nextPageToken, u"abc"_s);
        QCOMPARE(page.value.totalSize, std::optional<qint64>(7));
    }

    void aBadElementNamesItsIndex()
    {
        const Decoded<ClusterPage> page =
            ClusterCodec::decodePage(parse(R"json({"clusters": [{"clusterId": "1"}, 42]})json"));
        QVERIFY(!page.ok());
        QVERIFY2(page.errors.constFirst().startsWith(u"clusters[1]"_s),
                 qPrintable(page.errors.constFirst()));
    }

    void clustersNotAnArrayIsAnError()
    {
        const Decoded<ClusterPage> page =
            ClusterCodec::decodePage(parse(R"json({"clusters": {}})json"));
        QVERIFY(!page.ok());
    }

    void rfc3339_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("utc") << u"2024-05-01T08:00:00Z"_s << true;
        QTest::newRow("offset") << u"2024-05-01T08:00:00+08:00"_s << true;
        QTest::newRow("nanos") << u"2024-05-01T08:00:00.123456789Z"_s << true;
        QTest::newRow("lowercase") << u"2024-05-01t08:00:00z"_s << true;
        QTest::newRow("no zone") << u"2024-05-01T08:00:00"_s << false;
        QTest::newRow("date only") << u"2024-05-01"_s << false;
        QTest::newRow("garbage") << u"soon"_s << false;
    }

    void rfc3339()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseRfc3339(text).isValid(), valid);
    }

    void offsetsAreConvertedToUtc()
    {
        QCOMPARE(parseRfc3339(u"2024-05-01T08:00:00+08:00"_s),
                 QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestClusterCodec)
#include "tst_clustercodec.moc"
