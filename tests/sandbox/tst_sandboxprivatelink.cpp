// The sandbox's private link connection API and its provider side, over real HTTP: every
// operation, every lifecycle path, pagination with the state filter. Every answer is checked
// against the swagger contract by the fixture.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using test::Reply;

namespace {
const QString OrdersProd = u"10289543321198765432"_s; // AWS us-east-1, ACTIVE
const QString TokyoWeb = u"10289543321198765434"_s;   // AWS ap-northeast-1
const QString HzPayments = u"10289543321198765435"_s; // Alibaba Cloud cn-hangzhou
const QString SgIot = u"10289543321198765436"_s;      // Alibaba Cloud ap-southeast-1
const QString RdsService = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
const QString ConfluentService = u"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180"_s;
const QString LegacyService = u"com.amazonaws.vpce.us-east-1.vpce-svc-09f8e7d6c5b4a3921"_s;
const QString PolarService = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1c2d3e4f5g6h7i8"_s;
const QString MqttService = u"com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4na1b2c3d4e5f6g7"_s;
const QString ConfluentConnection = u"plc-9m3v7x1c5z2b8n4q6wke"_s;

QString connections(const QString &cluster)
{
    return u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(cluster);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}
} // namespace

class TestSandboxPrivateLink final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;

    Reply create(const QString &cluster, const QString &name, const QString &service,
                 const QString &region = {})
    {
        const bool aws = service.startsWith("com.amazonaws"_L1);
        QJsonObject endpoint{{u"name"_s, service}};
        if (!region.isEmpty())
            endpoint.insert(u"region"_s, region);
        return m_sandbox->request(
            "POST", connections(cluster),
            QJsonObject{
                {u"privateLinkConnection"_s,
                 QJsonObject{
                     {u"displayName"_s, name},
                     {u"type"_s, aws ? u"AWS_ENDPOINT_SERVICE"_s : u"ALICLOUD_ENDPOINT_SERVICE"_s},
                     {aws ? u"awsEndpointService"_s : u"alicloudEndpointService"_s, endpoint}}}});
    }

    Reply get(const QString &cluster, const QString &id)
    {
        return m_sandbox->request("GET", connections(cluster) + u'/' + id);
    }

    /// Polls Get until the connection reaches `state` (or 5 s pass).
    QJsonObject waitForState(const QString &cluster, const QString &id, const QString &state)
    {
        QJsonObject last;
        for (int i = 0; i < 100; ++i) {
            last = get(cluster, id).json;
            if (last.value("state"_L1).toString() == state)
                return last;
            QTest::qWait(20);
        }
        return last;
    }

    QString createAndSettle(const QString &cluster, const QString &name, const QString &service,
                            const QString &expectedState, const QString &region = {})
    {
        const Reply created = create(cluster, name, service, region);
        if (!created.ok())
            return {};
        const QString id = created.json.value("privateLinkConnectionId"_L1).toString();
        const QJsonObject settled = waitForState(cluster, id, expectedState);
        return settled.value("state"_L1).toString() == expectedState ? id : QString();
    }

    QJsonArray requestsOf(const QString &service)
    {
        return m_sandbox
            ->request("GET", u"/sandbox/v1/endpointServices/%1/connectionRequests"_s.arg(service))
            .json.value("connectionRequests"_L1)
            .toArray();
    }

    Reply addService(const QJsonObject &service)
    {
        return m_sandbox->request("POST", u"/sandbox/v1/endpointServices"_s, service);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<test::SandboxFixture>();
        m_sandbox->config().settings = test::fastSettings();
        QVERIFY(m_sandbox->start());
    }

    void cleanup()
    {
        QTest::qWait(20); // the last answers' contract checks arrive from the sandbox thread
        QVERIFY2(m_sandbox->contractViolations().isEmpty(),
                 qPrintable(m_sandbox->contractViolations().join(u"\n"_s)));
        QVERIFY(m_sandbox->checkedResponses() > 0);
        m_sandbox.reset();
    }

    void theSeedShowsEveryStateAndBothProviders()
    {
        QSet<QString> states, types;
        for (const QString &cluster : {OrdersProd, HzPayments, SgIot}) {
            const Reply list = m_sandbox->request("GET", connections(cluster));
            QVERIFY(list.ok());
            const QJsonArray items = list.json.value("privateLinkConnections"_L1).toArray();
            for (const QJsonValue &item : items) {
                const QJsonObject c = item.toObject();
                states.insert(c.value("state"_L1).toString());
                types.insert(c.value("type"_L1).toString());
                QVERIFY(!c.contains("attachedDomains"_L1)); // only in Get
                QVERIFY(c.value("privateLinkConnectionId"_L1).toString().startsWith("plc-"_L1));
                if (c.value("state"_L1).toString() == "FAILED"_L1)
                    QVERIFY(c.value("message"_L1).toString().contains("Allow principals"_L1));
            }
        }
        QCOMPARE(states, (QSet<QString>{u"CREATING"_s, u"ACTIVE"_s, u"FAILED"_s,
                                        u"PENDING_ACCEPTANCE"_s, u"DELETING"_s}));
        QCOMPARE(types, (QSet<QString>{u"AWS_ENDPOINT_SERVICE"_s, u"ALICLOUD_ENDPOINT_SERVICE"_s}));

        const Reply confluent = get(OrdersProd, ConfluentConnection);
        const QJsonArray attached = confluent.json.value("attachedDomains"_L1).toArray();
        QCOMPARE(attached.size(), 1);
        QCOMPARE(attached[0].toObject().value("type"_L1).toString(), u"CONFLUENT"_s);
        QCOMPARE(attached[0].toObject().value("uniqueName"_L1).toString(),
                 u"domnprzqrog.us-east-1"_s);
    }

    void availabilityZonesMatchTheCluster()
    {
        Reply aws = m_sandbox->request("GET", connections(OrdersProd) + u":getAvailabilityZones"_s);
        QVERIFY(aws.ok());
        QCOMPARE(aws.json.value("accountId"_L1).toString(), u"380838443567"_s);
        QCOMPARE(strings(aws.json.value("azIds"_L1)),
                 QStringList({u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s}));
        Reply alibaba =
            m_sandbox->request("GET", connections(HzPayments) + u":getAvailabilityZones"_s);
        QCOMPARE(strings(alibaba.json.value("azIds"_L1)),
                 QStringList({u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s}));
        QVERIFY(!alibaba.json.value("accountId"_L1).toString().isEmpty());
        // Consistent with the cluster's own private endpoint data.
        const Reply cluster = m_sandbox->request("GET", u"/v1beta1/clusters/"_s + OrdersProd);
        QCOMPARE(
            strings(cluster.json["endpoints"_L1]["private"_L1]["aws"_L1]["availabilityZone"_L1]),
            strings(aws.json.value("azIds"_L1)));
    }

    void awsCreateWaitsForAcceptanceThenIsActive()
    {
        const Reply created = create(OrdersProd, u"orders-replica"_s, RdsService);
        QVERIFY(created.ok());
        QCOMPARE(created.json.value("state"_L1).toString(), u"CREATING"_s);
        QCOMPARE(created.json.value("createdBy"_L1).toString(),
                 u"apikey-"_s + m_sandbox->config().publicKey);
        QVERIFY(parseRfc3339Like(created.json.value("createTime"_L1).toString()));
        const QString id = created.json.value("privateLinkConnectionId"_L1).toString();
        QVERIFY(QRegularExpression(u"^plc-[a-z0-9]{20}$"_s).match(id).hasMatch());

        const QJsonObject pending = waitForState(OrdersProd, id, u"PENDING_ACCEPTANCE"_s);
        QCOMPARE(pending.value("state"_L1).toString(), u"PENDING_ACCEPTANCE"_s);
        const QJsonObject endpoint = pending.value("awsEndpointService"_L1).toObject();
        QVERIFY(QRegularExpression(u"^vpce-[0-9a-f]{17}$"_s)
                    .match(endpoint.value("endpointId"_L1).toString())
                    .hasMatch());
        // The overlap of the cluster's AZs (az1, az2, az4) and the service's (az1, az2, az6).
        QCOMPARE(strings(endpoint.value("availabilityZoneIds"_L1)),
                 QStringList({u"use1-az1"_s, u"use1-az2"_s}));

        // The provider side sees the request from TiDB Cloud's account…
        QJsonObject request;
        const QJsonArray requests = requestsOf(RdsService);
        for (const QJsonValue &r : requests) {
            if (r.toObject().value("privateLinkConnectionId"_L1).toString() == id)
                request = r.toObject();
        }
        QCOMPARE(request.value("state"_L1).toString(), u"pendingAcceptance"_s);
        QCOMPARE(request.value("accountId"_L1).toString(), u"380838443567"_s);
        QCOMPARE(request.value("endpointId"_L1), endpoint.value("endpointId"_L1));

        // …and accepts it.
        const Reply accepted = m_sandbox->request(
            "POST", u"/sandbox/v1/endpointServices/%1/connectionRequests/%2:accept"_s.arg(
                        RdsService, endpoint.value("endpointId"_L1).toString()));
        QVERIFY(accepted.ok());
        QCOMPARE(accepted.json.value("state"_L1).toString(), u"available"_s);
        QCOMPARE(get(OrdersProd, id).json.value("state"_L1).toString(), u"ACTIVE"_s);

        // Accepting twice is refused: it is no longer pending.
        const Reply again = m_sandbox->request(
            "POST", u"/sandbox/v1/endpointServices/%1/connectionRequests/%2:accept"_s.arg(
                        RdsService, endpoint.value("endpointId"_L1).toString()));
        QCOMPARE(again.status, 400);
    }

    void aRejectedRequestFailsTheConnection()
    {
        const QString id =
            createAndSettle(OrdersProd, u"to-reject"_s, RdsService, u"PENDING_ACCEPTANCE"_s);
        QVERIFY(!id.isEmpty());
        const QString endpointId =
            get(OrdersProd, id).json["awsEndpointService"_L1]["endpointId"_L1].toString();
        QVERIFY(m_sandbox
                    ->request("POST",
                              u"/sandbox/v1/endpointServices/%1/connectionRequests/%2:reject"_s.arg(
                                  RdsService, endpointId))
                    .ok());
        const QJsonObject failed = get(OrdersProd, id).json;
        QCOMPARE(failed.value("state"_L1).toString(), u"FAILED"_s);
        QVERIFY(failed.value("message"_L1).toString().contains("rejected"_L1));
    }

    void confluentAcceptsAutomatically()
    {
        QVERIFY(!createAndSettle(OrdersProd, u"confluent-2"_s, ConfluentService, u"ACTIVE"_s)
                     .isEmpty());
    }

    void alibabaCloudWaitsToBeAllowed()
    {
        const QString id =
            createAndSettle(HzPayments, u"polardb-2"_s, PolarService, u"PENDING_ACCEPTANCE"_s);
        QVERIFY(!id.isEmpty());
        const QJsonObject endpoint =
            get(HzPayments, id).json.value("alicloudEndpointService"_L1).toObject();
        QVERIFY(endpoint.value("endpointId"_L1).toString().startsWith("ep-"_L1));
        QCOMPARE(strings(endpoint.value("availabilityZoneIds"_L1)),
                 QStringList({u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s}));
        QVERIFY(m_sandbox
                    ->request("POST",
                              u"/sandbox/v1/endpointServices/%1/connectionRequests/%2:accept"_s.arg(
                                  PolarService, endpoint.value("endpointId"_L1).toString()))
                    .ok());
        QCOMPARE(get(HzPayments, id).json.value("state"_L1).toString(), u"ACTIVE"_s);
    }

    void alibabaCloudWithoutAcceptanceIsActiveAtOnce()
    {
        QVERIFY(!createAndSettle(SgIot, u"mqtt-bridge"_s, MqttService, u"ACTIVE"_s).isEmpty());
    }

    void eachFailureCauseHasAPreciseMessage_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QJsonObject>("extraService");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("message");
        QTest::newRow("does not exist")
            << OrdersProd << QJsonObject()
            << u"com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0"_s << QString()
            << u"does not exist in region us-east-1"_s;
        const QJsonObject west{
            {u"name"_s, u"com.amazonaws.vpce.us-west-2.vpce-svc-0aaaaaaaaaaaaaaaa"_s},
            {u"availabilityZoneIds"_s, QJsonArray{u"usw2-az1"_s}},
            {u"allowedPrincipals"_s, QJsonArray{u"arn:aws:iam::380838443567:root"_s}}};
        QTest::newRow("another region")
            << OrdersProd << west << u"com.amazonaws.vpce.us-west-2.vpce-svc-0aaaaaaaaaaaaaaaa"_s
            << QString()
            << u"is in region us-west-2, not in region us-east-1; for a cross-region endpoint service set awsEndpointService.region to us-west-2"_s;
        QTest::newRow("another region, region given wrongly")
            << OrdersProd << west << u"com.amazonaws.vpce.us-west-2.vpce-svc-0aaaaaaaaaaaaaaaa"_s
            << u"eu-west-1"_s << u"is in region us-west-2, not in region eu-west-1"_s;
        const QJsonObject noOverlap{
            {u"name"_s, u"com.amazonaws.vpce.us-east-1.vpce-svc-0bbbbbbbbbbbbbbbb"_s},
            {u"availabilityZoneIds"_s, QJsonArray{u"use1-az6"_s, u"use1-az5"_s}},
            {u"allowedPrincipals"_s, QJsonArray{u"*"_s}}};
        QTest::newRow("no common AZ")
            << OrdersProd << noOverlap
            << u"com.amazonaws.vpce.us-east-1.vpce-svc-0bbbbbbbbbbbbbbbb"_s << QString()
            << u"no availability zone in common with the cluster (cluster: use1-az1, use1-az2, use1-az4; endpoint service: use1-az6, use1-az5)"_s;
        QTest::newRow("not in Allow principals")
            << OrdersProd << QJsonObject() << LegacyService << QString()
            << u"add arn:aws:iam::380838443567:root to its Allow principals"_s;
        const QJsonObject notWhitelisted{
            {u"name"_s, u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1aaaaaaaaaaaaaa"_s},
            {u"availabilityZoneIds"_s, QJsonArray{u"cn-hangzhou-j"_s}},
            {u"allowedPrincipals"_s, QJsonArray{u"1234567890123456"_s}}};
        QTest::newRow("not in Service Whitelist")
            << HzPayments << notWhitelisted
            << u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1aaaaaaaaaaaaaa"_s << QString()
            << u"add 5548313946124153 to its Service Whitelist"_s;
    }

    void eachFailureCauseHasAPreciseMessage()
    {
        QFETCH(QString, cluster);
        QFETCH(QJsonObject, extraService);
        QFETCH(QString, service);
        QFETCH(QString, region);
        QFETCH(QString, message);
        if (!extraService.isEmpty())
            QVERIFY(addService(extraService).ok());
        const Reply created = create(cluster, u"will-fail"_s, service, region);
        QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
        const QJsonObject failed = waitForState(
            cluster, created.json.value("privateLinkConnectionId"_L1).toString(), u"FAILED"_s);
        QCOMPARE(failed.value("state"_L1).toString(), u"FAILED"_s);
        QVERIFY2(failed.value("message"_L1).toString().contains(message),
                 qPrintable(failed.value("message"_L1).toString()));
        QVERIFY(!failed["awsEndpointService"_L1].toObject().contains("endpointId"_L1));
    }

    void aCrossRegionServiceConnectsWhenItsRegionIsGiven()
    {
        QVERIFY(
            addService({{u"name"_s, u"com.amazonaws.vpce.us-west-2.vpce-svc-0ccccccccccccccc1"_s},
                        {u"availabilityZoneIds"_s, QJsonArray{u"usw2-az1"_s, u"usw2-az2"_s}},
                        {u"allowedPrincipals"_s, QJsonArray{u"380838443567"_s}},
                        {u"acceptanceRequired"_s, false}})
                .ok());
        const Reply created =
            create(OrdersProd, u"cross-region"_s,
                   u"com.amazonaws.vpce.us-west-2.vpce-svc-0ccccccccccccccc1"_s, u"us-west-2"_s);
        QVERIFY(created.ok());
        QCOMPARE(created.json["awsEndpointService"_L1]["region"_L1].toString(), u"us-west-2"_s);
        const QJsonObject active = waitForState(
            OrdersProd, created.json.value("privateLinkConnectionId"_L1).toString(), u"ACTIVE"_s);
        QCOMPARE(active.value("state"_L1).toString(), u"ACTIVE"_s);
        // The endpoint lives in the cluster's region, in the cluster's zones.
        QCOMPARE(strings(active["awsEndpointService"_L1]["availabilityZoneIds"_L1]),
                 QStringList({u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s}));
    }

    void deleteGoesThroughDeletingThenTheConnectionIsGone()
    {
        const QString id =
            createAndSettle(OrdersProd, u"short-lived"_s, ConfluentService, u"ACTIVE"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(
            m_sandbox
                ->request("POST", connections(OrdersProd) + u'/' + id + u":attachDomains"_s,
                          QJsonObject{{u"attachDomain"_s,
                                       QJsonObject{{u"type"_s, u"CONFLUENT"_s},
                                                   {u"uniqueName"_s, u"abcdefghij.us-east-1"_s}}}})
                .ok());
        const Reply deleting = m_sandbox->request("DELETE", connections(OrdersProd) + u'/' + id);
        QVERIFY(deleting.ok());
        QCOMPARE(deleting.json.value("state"_L1).toString(), u"DELETING"_s);
        // A second delete answers with the state, and does not restart anything.
        QCOMPARE(m_sandbox->request("DELETE", connections(OrdersProd) + u'/' + id)
                     .json.value("state"_L1)
                     .toString(),
                 u"DELETING"_s);
        QTRY_COMPARE_WITH_TIMEOUT(get(OrdersProd, id).status, 404, 5000);
        // Its domain group went with it: the unique name can be used again.
        const QString other =
            createAndSettle(OrdersProd, u"short-lived-2"_s, ConfluentService, u"ACTIVE"_s);
        QVERIFY(
            m_sandbox
                ->request("POST", connections(OrdersProd) + u'/' + other + u":attachDomains"_s,
                          QJsonObject{{u"attachDomain"_s,
                                       QJsonObject{{u"type"_s, u"CONFLUENT"_s},
                                                   {u"uniqueName"_s, u"abcdefghij.us-east-1"_s}}}})
                .ok());
    }

    void managedDomainsDryRunThenAttachThenDetach()
    {
        const QString id = createAndSettle(SgIot, u"with-domains"_s, MqttService, u"ACTIVE"_s);
        QVERIFY(!id.isEmpty());
        const QString attachPath = connections(SgIot) + u'/' + id + u":attachDomains"_s;
        const Reply dryRun = m_sandbox->request(
            "POST", attachPath,
            QJsonObject{{u"attachDomain"_s, QJsonObject{{u"type"_s, u"TIDBCLOUD_MANAGED"_s}}},
                        {u"validateOnly"_s, true}});
        QVERIFY(dryRun.ok());
        const QString uniqueName = dryRun.json.value("uniqueName"_L1).toString();
        QVERIFY(QRegularExpression(u"^[a-z2-7]{26}$"_s).match(uniqueName).hasMatch());
        QVERIFY(!dryRun.json.contains("attachDomainId"_L1));
        QStringList domains;
        const QJsonArray dryDomains = dryRun.json.value("domains"_L1).toArray();
        for (const QJsonValue &d : dryDomains)
            domains.append(d.toObject().value("name"_L1).toString());
        QCOMPARE(
            domains,
            QStringList({u"*.ap-southeast-1a.%1.alicloud.plc.tidbcloud.com"_s.arg(uniqueName),
                         u"*.ap-southeast-1b.%1.alicloud.plc.tidbcloud.com"_s.arg(uniqueName)}));
        QVERIFY(!get(SgIot, id).json.contains("attachedDomains"_L1)); // the dry run stored nothing

        const Reply attached = m_sandbox->request(
            "POST", attachPath,
            QJsonObject{{u"attachDomain"_s, QJsonObject{{u"type"_s, u"TIDBCLOUD_MANAGED"_s},
                                                        {u"uniqueName"_s, uniqueName}}}});
        QVERIFY(attached.ok());
        const QString attachId = attached.json.value("attachDomainId"_L1).toString();
        QVERIFY(attachId.startsWith("ad-"_L1));
        QCOMPARE(attached.json["domains"_L1][0]["state"_L1].toString(), u"CREATING"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            get(SgIot, id).json["attachedDomains"_L1][0]["domains"_L1][1]["state"_L1].toString(),
            u"ACTIVE"_s, 5000);

        // The same unique name twice is a conflict.
        QCOMPARE(m_sandbox
                     ->request("POST", attachPath,
                               QJsonObject{{u"attachDomain"_s,
                                            QJsonObject{{u"type"_s, u"TIDBCLOUD_MANAGED"_s},
                                                        {u"uniqueName"_s, uniqueName}}}})
                     .status,
                 409);

        const QString detachPath = connections(SgIot) + u'/' + id + u":detachDomains"_s;
        const Reply detached =
            m_sandbox->request("POST", detachPath, QJsonObject{{u"attachDomainId"_s, attachId}});
        QVERIFY(detached.ok());
        QCOMPARE(detached.json["domains"_L1][0]["state"_L1].toString(), u"DELETING"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!get(SgIot, id).json.contains("attachedDomains"_L1), 5000);
        QCOMPARE(
            m_sandbox->request("POST", detachPath, QJsonObject{{u"attachDomainId"_s, attachId}})
                .status,
            404);
    }

    void confluentDomainsFollowTheNetworkName()
    {
        const QString id =
            createAndSettle(OrdersProd, u"confluent-3"_s, ConfluentService, u"ACTIVE"_s);
        const QString attachPath = connections(OrdersProd) + u'/' + id + u":attachDomains"_s;
        const Reply preview = m_sandbox->request(
            "POST", attachPath,
            QJsonObject{
                {u"attachDomain"_s, QJsonObject{{u"type"_s, u"CONFLUENT"_s},
                                                {u"uniqueName"_s, u"lkcx12345a.us-east-1"_s}}},
                {u"validateOnly"_s, true}});
        QVERIFY(preview.ok());
        QCOMPARE(preview.json["domains"_L1][0]["name"_L1].toString(),
                 u"*.lkcx12345a.us-east-1.aws.confluent.cloud"_s);
        QCOMPARE(preview.json["domains"_L1][1]["name"_L1].toString(),
                 u"*.use1-az1.lkcx12345a.us-east-1.aws.confluent.cloud"_s);
        // A network in another region cannot be reached through this endpoint service.
        const Reply otherRegion = m_sandbox->request(
            "POST", attachPath,
            QJsonObject{
                {u"attachDomain"_s, QJsonObject{{u"type"_s, u"CONFLUENT"_s},
                                                {u"uniqueName"_s, u"lkcx12345a.us-west-2"_s}}}});
        QCOMPARE(otherRegion.status, 400);
        QVERIFY(otherRegion.json.value("message"_L1).toString().contains("us-west-2"_L1));
        // The seeded network is attached already on this cluster.
        QCOMPARE(
            m_sandbox
                ->request("POST", attachPath,
                          QJsonObject{{u"attachDomain"_s,
                                       QJsonObject{{u"type"_s, u"CONFLUENT"_s},
                                                   {u"uniqueName"_s, u"domnprzqrog.us-east-1"_s}}}})
                .status,
            409);
    }

    void domainsNeedAnActiveConnectionOfTheRightType()
    {
        const QString pending =
            createAndSettle(OrdersProd, u"pending"_s, RdsService, u"PENDING_ACCEPTANCE"_s);
        const Reply notActive = m_sandbox->request(
            "POST", connections(OrdersProd) + u'/' + pending + u":attachDomains"_s,
            QJsonObject{{u"attachDomain"_s, QJsonObject{{u"type"_s, u"TIDBCLOUD_MANAGED"_s}}},
                        {u"validateOnly"_s, true}});
        QCOMPARE(notActive.status, 400);
        QCOMPARE(notActive.json.value("code"_L1).toInt(), 9);
        QVERIFY(notActive.json.value("message"_L1).toString().contains("PENDING_ACCEPTANCE"_L1));

        const Reply confluentOnAlibaba = m_sandbox->request(
            "POST", connections(HzPayments) + u"/plc-5b7n9m1k3j5h7g9f1dsa:attachDomains"_s,
            QJsonObject{
                {u"attachDomain"_s, QJsonObject{{u"type"_s, u"CONFLUENT"_s},
                                                {u"uniqueName"_s, u"abcdefghij.cn-hangzhou"_s}}}});
        QCOMPARE(confluentOnAlibaba.status, 400);
        QVERIFY(confluentOnAlibaba.json.value("message"_L1)
                    .toString()
                    .contains("attachDomain.type"_L1));
    }

    void listPagesAcrossBoundariesWithTheStateFilter()
    {
        // 23 that fail (no such service) and 7 that wait for acceptance.
        for (int i = 0; i < 23; ++i)
            QVERIFY(create(TokyoWeb, u"fails-%1"_s.arg(i),
                           u"com.amazonaws.vpce.ap-northeast-1.vpce-svc-0dddddddddddddddd"_s)
                        .ok());
        for (int i = 0; i < 7; ++i)
            QVERIFY(create(TokyoWeb, u"waits-%1"_s.arg(i),
                           u"com.amazonaws.vpce.ap-northeast-1.vpce-svc-0c1d2e3f4a5b6c7d8"_s)
                        .ok());
        QTest::qWait(120); // past the creating delay

        auto collect = [&](const QString &state, int pageSize, int *pages) {
            QStringList ids;
            QString token;
            *pages = 0;
            do {
                QUrlQuery query{{u"pageSize"_s, QString::number(pageSize)}};
                if (!state.isEmpty())
                    query.addQueryItem(u"state"_s, state);
                if (!token.isEmpty())
                    query.addQueryItem(u"pageToken"_s, token);
                const Reply page = m_sandbox->request("GET", connections(TokyoWeb), {}, query);
                if (!page.ok())
                    return QStringList{u"error"_s};
                const QJsonArray items = page.json.value("privateLinkConnections"_L1).toArray();
                for (const QJsonValue &item : items) {
                    if (!state.isEmpty() && item["state"_L1].toString() != state)
                        return QStringList{u"wrong state"_s};
                    ids.append(item["privateLinkConnectionId"_L1].toString());
                }
                token = page.json.value("nextPageToken"_L1).toString();
                ++*pages;
            } while (!token.isEmpty() && *pages < 50);
            return ids;
        };
        int pages = 0;
        const QStringList failed = collect(u"FAILED"_s, 4, &pages);
        QCOMPARE(failed.size(), 23);
        QCOMPARE(pages, 6);
        QCOMPARE(QSet<QString>(failed.begin(), failed.end()).size(), 23);
        QCOMPARE(collect(u"PENDING_ACCEPTANCE"_s, 5, &pages).size(), 7);
        QCOMPARE(pages, 2); // exactly 5 + 2
        QCOMPARE(collect(QString(), 100, &pages).size(), 30);
        QCOMPARE(pages, 1);

        // Defaults and limits: 10 by default, at most 100.
        const Reply firstPage = m_sandbox->request("GET", connections(TokyoWeb));
        QCOMPARE(firstPage.json.value("privateLinkConnections"_L1).toArray().size(), 10);
        QCOMPARE(firstPage.json.value("totalSize"_L1).toInt(), 30);
        // A token is bound to its filter.
        const Reply wrongFilter = m_sandbox->request(
            "GET", connections(TokyoWeb), {},
            QUrlQuery{{u"state"_s, u"FAILED"_s},
                      {u"pageToken"_s, firstPage.json.value("nextPageToken"_L1).toString()}});
        QCOMPARE(wrongFilter.status, 400);
        QCOMPARE(
            m_sandbox
                ->request("GET", connections(TokyoWeb), {}, QUrlQuery{{u"state"_s, u"BROKEN"_s}})
                .status,
            400);
    }

    void anEndpointServiceDeletedByItsOwnerFailsItsConnections()
    {
        const QString id =
            createAndSettle(OrdersProd, u"doomed"_s, RdsService, u"PENDING_ACCEPTANCE"_s);
        QVERIFY(m_sandbox->request("DELETE", u"/sandbox/v1/endpointServices/"_s + RdsService).ok());
        const QJsonObject failed = get(OrdersProd, id).json;
        QCOMPARE(failed.value("state"_L1).toString(), u"FAILED"_s);
        QVERIFY(failed.value("message"_L1).toString().contains("was deleted"_L1));
        QCOMPARE(get(OrdersProd, u"plc-4t8c2kq9w1nz5rbx7dma"_s).json.value("state"_L1).toString(),
                 u"FAILED"_s);
    }

    void allowingThePrincipalLetsARetrySucceed()
    {
        const QString failed =
            createAndSettle(OrdersProd, u"legacy-2"_s, LegacyService, u"FAILED"_s);
        QVERIFY(!failed.isEmpty());
        const Reply updated = m_sandbox->request(
            "POST", u"/sandbox/v1/endpointServices/%1:setAllowedPrincipals"_s.arg(LegacyService),
            QJsonObject{{u"allowedPrincipals"_s, QJsonArray{u"arn:aws:iam::380838443567:root"_s}}});
        QVERIFY(updated.ok());
        QVERIFY(!createAndSettle(OrdersProd, u"legacy-3"_s, LegacyService, u"PENDING_ACCEPTANCE"_s)
                     .isEmpty());
    }

    void theAdminApiValidatesEndpointServices_data()
    {
        QTest::addColumn<QJsonObject>("service");
        QTest::addColumn<QString>("message");
        const QString name = u"com.amazonaws.vpce.us-east-1.vpce-svc-0eeeeeeeeeeeeeeee"_s;
        QTest::newRow("bad name") << QJsonObject{{u"name"_s, u"svc"_s}} << u"name:"_s;
        QTest::newRow("no zones") << QJsonObject{{u"name"_s, name}} << u"availabilityZoneIds"_s;
        QTest::newRow("alibaba zone on aws")
            << QJsonObject{{u"name"_s, name},
                           {u"availabilityZoneIds"_s, QJsonArray{u"cn-hangzhou-j"_s}}}
            << u"use1-az1"_s;
        QTest::newRow("bad principal")
            << QJsonObject{{u"name"_s, name},
                           {u"availabilityZoneIds"_s, QJsonArray{u"use1-az1"_s}},
                           {u"allowedPrincipals"_s, QJsonArray{u"everyone"_s}}}
            << u"allowedPrincipals"_s;
        QTest::newRow("confluent on alibaba")
            << QJsonObject{{u"name"_s,
                            u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1eeeeeeeeeeeeee"_s},
                           {u"availabilityZoneIds"_s, QJsonArray{u"cn-hangzhou-j"_s}},
                           {u"owner"_s, u"CONFLUENT"_s}}
            << u"owner"_s;
        QTest::newRow("exists") << QJsonObject{{u"name"_s, RdsService},
                                               {u"availabilityZoneIds"_s,
                                                QJsonArray{u"use1-az1"_s}}}
                                << u"already exists"_s;
    }

    void theAdminApiValidatesEndpointServices()
    {
        QFETCH(QJsonObject, service);
        QFETCH(QString, message);
        const Reply reply = addService(service);
        QVERIFY(reply.status == 400 || reply.status == 409);
        QVERIFY2(reply.json.value("message"_L1).toString().contains(message),
                 qPrintable(reply.json.value("message"_L1).toString()));
    }

private:
    static bool parseRfc3339Like(const QString &text)
    {
        return QDateTime::fromString(text, Qt::ISODate).isValid() && text.endsWith(u'Z');
    }
};

QTEST_GUILESS_MAIN(TestSandboxPrivateLink)
#include "tst_sandboxprivatelink.moc"
