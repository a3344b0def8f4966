// The contract checker itself must catch what does not match the swagger schemas — otherwise
// the sandbox tests that rely on it would pass on anything.
#include "ContractChecker.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using plc::test::ContractChecker;

namespace {
const QString Connection = u"/v1beta1/clusters/1/privateLinkConnections/plc-abc"_s;
const QByteArray Valid =
    R"({"privateLinkConnectionId":"plc-abc","clusterId":"1","displayName":"n","state":"ACTIVE",)"
    R"("type":"AWS_ENDPOINT_SERVICE","awsEndpointService":{"name":"x"}})";
} // namespace

class TestContractChecker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAValidBody()
    {
        QCOMPARE(ContractChecker::instance().check("GET", Connection, 200, Valid), QString());
    }

    void catchesViolations_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unknown state") << QByteArray(Valid).replace("\"ACTIVE\"", "\"SLEEPING\"");
        QTest::newRow("missing required type")
            << QByteArray(Valid).replace("\"type\":\"AWS_ENDPOINT_SERVICE\",", "");
        QTest::newRow("wrong type")
            << QByteArray(Valid).replace("\"clusterId\":\"1\"", "\"clusterId\":1");
        QTest::newRow("nested required name")
            << QByteArray(Valid).replace("{\"name\":\"x\"}", "{\"endpointId\":\"vpce-1\"}");
        QTest::newRow("not JSON") << QByteArray("{");
    }

    void catchesViolations()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!ContractChecker::instance().check("GET", Connection, 200, body).isEmpty());
    }

    void errorsAreStatusObjects()
    {
        QCOMPARE(ContractChecker::instance().check("GET", Connection, 404,
                                                   R"({"code":5,"message":"x","details":[]})"),
                 QString());
        QVERIFY(!ContractChecker::instance()
                     .check("GET", Connection, 404, R"({"code":"five"})")
                     .isEmpty());
    }

    void routesMapToTheirSchemas()
    {
        QCOMPARE(ContractChecker::definitionFor("GET", u"/v1beta1/clusters"_s, 200),
                 u"cluster:tidb_cloud_open_apiserverlessv1beta1ListClustersResponse"_s);
        QCOMPARE(ContractChecker::definitionFor(
                     "POST", u"/v1beta1/clusters/1/privateLinkConnections/p:attachDomains"_s, 200),
                 u"privatelink:AttachDomain"_s);
        QCOMPARE(
            ContractChecker::definitionFor(
                "GET", u"/v1beta1/clusters/1/privateLinkConnections:getAvailabilityZones"_s, 200),
            u"privatelink:GetAvailabilityZonesResponse"_s);
        QVERIFY(ContractChecker::definitionFor("GET", u"/sandbox/v1/stats"_s, 200).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContractChecker)
#include "tst_contractchecker.moc"
