// The wizards' validators (endpoint service names, regions, domain unique names, the Confluent
// subdomain helper), and the sandbox's own reading of the same names, which must agree.
#include "domain/DomainNames.h"
#include "domain/EndpointServiceName.h"
#include "sandbox/RequestRules.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using Problem = EndpointServiceName::Problem;

class TestDomainValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointServiceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("region");
        const int aws = int(CloudProvider::Aws), ali = int(CloudProvider::AlibabaCloud),
                  none = int(CloudProvider::Unknown);
        QTest::newRow("aws") << u"com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"_s
                             << int(Problem::None) << aws << u"us-east-1"_s;
        QTest::newRow("aws tokyo")
            << u"com.amazonaws.vpce.ap-northeast-1.vpce-svc-0e8a2c7b91d4f6a30"_s
            << int(Problem::None) << aws << u"ap-northeast-1"_s;
        QTest::newRow("alibaba")
            << u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l"_s
            << int(Problem::None) << ali << u"cn-hangzhou"_s;
        QTest::newRow("alibaba sg")
            << u"com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4n8x2kq0w5mr7c3v"_s
            << int(Problem::None) << ali << u"ap-southeast-1"_s;
        QTest::newRow("empty") << QString() << int(Problem::Empty) << none << QString();
        QTest::newRow("leading space")
            << u" com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"_s
            << int(Problem::Whitespace) << none << QString();
        QTest::newRow("inner tab") << u"com.amazonaws.vpce.us-east-1.\tvpce-svc-03342995a2e1c3d9a"_s
                                   << int(Problem::Whitespace) << none << QString();
        QTest::newRow("full-width dot")
            << u"com.amazonaws.vpce．us-east-1.vpce-svc-03342995a2e1c3d9a"_s
            << int(Problem::NotAscii) << none << QString();
        QTest::newRow("cyrillic a")
            << u"com.\u0430mazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"_s
            << int(Problem::NotAscii) << none << QString();
        QTest::newRow("other prefix") << u"com.google.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"_s
                                      << int(Problem::UnknownPrefix) << none << QString();
        QTest::newRow("bad region") << u"com.amazonaws.vpce.US-EAST-1.vpce-svc-03342995a2e1c3d9a"_s
                                    << int(Problem::BadRegion) << aws << u"US-EAST-1"_s;
        QTest::newRow("no region") << u"com.amazonaws.vpce.vpce-svc-03342995a2e1c3d9a"_s
                                   << int(Problem::BadRegion) << aws << u""_s;
        QTest::newRow("16 hex") << u"com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9"_s
                                << int(Problem::BadSuffix) << aws << u"us-east-1"_s;
        QTest::newRow("18 hex") << u"com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9aa"_s
                                << int(Problem::BadSuffix) << aws << u"us-east-1"_s;
        QTest::newRow("not hex") << u"com.amazonaws.vpce.us-east-1.vpce-svc-0334299za2e1c3d9a"_s
                                 << int(Problem::BadSuffix) << aws << u"us-east-1"_s;
        QTest::newRow("upper hex") << u"com.amazonaws.vpce.us-east-1.vpce-svc-03342995A2E1C3D9A"_s
                                   << int(Problem::BadSuffix) << aws << u"us-east-1"_s;
        QTest::newRow("alibaba suffix on aws")
            << u"com.amazonaws.vpce.us-east-1.epsrv-bp1u7h3ct43g5ph2l"_s << int(Problem::BadSuffix)
            << aws << u"us-east-1"_s;
        QTest::newRow("alibaba upper")
            << u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-BP1U7H3CT43G5PH2L"_s
            << int(Problem::BadSuffix) << ali << u"cn-hangzhou"_s;
        QTest::newRow("alibaba short") << u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h"_s
                                       << int(Problem::BadSuffix) << ali << u"cn-hangzhou"_s;
    }

    void endpointServiceNames()
    {
        QFETCH(QString, name);
        QFETCH(int, problem);
        QFETCH(int, provider);
        QFETCH(QString, region);
        const EndpointServiceName parsed = EndpointServiceName::parse(name);
        QCOMPARE(int(parsed.problem), problem);
        QCOMPARE(int(parsed.provider), provider);
        if (!region.isNull())
            QCOMPARE(parsed.region, region);
        QCOMPARE(parsed.isValid(), problem == int(Problem::None));
        QCOMPARE(parsed.problemText().isEmpty(), parsed.isValid());
        QCOMPARE(parsed.problemTextForApi().isEmpty(), parsed.isValid());
    }

    void sandboxReadsNamesAlike_data() { endpointServiceNames_data(); }

    // The sandbox's rules are written separately (it never links the console's domain layer);
    // on every name above both sides agree on validity, provider, region and the API's words.
    void sandboxReadsNamesAlike()
    {
        QFETCH(QString, name);
        const EndpointServiceName console = EndpointServiceName::parse(name);
        const auto sandbox = sandbox::RequestRules::serviceName(name);
        QCOMPARE(sandbox.problem, console.problemTextForApi());
        if (!console.isValid())
            return;
        QCOMPARE(sandbox.region, console.region);
        QCOMPARE(sandbox.provider == sandbox::RequestRules::Provider::Aws,
                 console.provider == CloudProvider::Aws);
        QCOMPARE(sandbox.provider == sandbox::RequestRules::Provider::Alibaba,
                 console.provider == CloudProvider::AlibabaCloud);
    }

    void sandboxReadsUniqueNamesAlike_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"dvs6nl5jgveztmla3pxkxgh76i", "dvs6nl5jgveztmla3pxkxgh76",
              "DVS6NL5JGVEZTMLA3PXKXGH76I", "dvs6nl5jgveztmla3pxkxgh761", "domnprzqrog.us-east-1",
              "abc.us-east-1", "domnprzqrog.US-EAST-1", "domnprzqrog", "dom-przqrog.us-east-1", ""})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void sandboxReadsUniqueNamesAlike()
    {
        QFETCH(QString, text);
        QCOMPARE(sandbox::RequestRules::isManagedUniqueName(text),
                 DomainNames::isValidManagedUniqueName(text));
        QCOMPARE(sandbox::RequestRules::confluentRegion(text), DomainNames::confluentRegion(text));
        const QStringList zones{u"use1-az1"_s, u"use1-az4"_s};
        QCOMPARE(sandbox::RequestRules::managedDomains(text, sandbox::RequestRules::Provider::Aws,
                                                       zones),
                 DomainNames::managedDomains(text, u"aws"_s, zones));
        QCOMPARE(sandbox::RequestRules::confluentDomains(text, zones),
                 DomainNames::confluentDomains(text, zones));
    }

    void regionCodes()
    {
        QVERIFY(isValidRegionCode(u"us-east-1"_s));
        QVERIFY(isValidRegionCode(u"cn-hangzhou"_s));
        QVERIFY(isValidRegionCode(u"ap-southeast-1"_s));
        QVERIFY(isValidRegionCode(u"us-gov-west-1"_s));
        QVERIFY(!isValidRegionCode(u"us_east_1"_s));
        QVERIFY(!isValidRegionCode(u"east"_s));
        QVERIFY(!isValidRegionCode(QString()));
    }

    void managedUniqueNames()
    {
        QVERIFY(DomainNames::isValidManagedUniqueName(u"dvs6nl5jgveztmla3pxkxgh76i"_s));
        QVERIFY(!DomainNames::isValidManagedUniqueName(u"dvs6nl5jgveztmla3pxkxgh76"_s));
        QVERIFY(!DomainNames::isValidManagedUniqueName(
            u"dvs6nl5jgveztmla3pxkxgh761"_s)); // '1' is not base32
        QVERIFY(!DomainNames::isValidManagedUniqueName(u"DVS6NL5JGVEZTMLA3PXKXGH76I"_s));
    }

    void confluentUniqueNames()
    {
        QVERIFY(DomainNames::isValidConfluentUniqueName(u"domnprzqrog.us-east-1"_s));
        QCOMPARE(DomainNames::confluentRegion(u"domnprzqrog.us-east-1"_s), u"us-east-1"_s);
        QVERIFY(!DomainNames::isValidConfluentUniqueName(u"domnprzqrog"_s));
        QVERIFY(!DomainNames::isValidConfluentUniqueName(u"domnprzqrog.useast1"_s));
        QVERIFY(!DomainNames::isValidConfluentUniqueName(u"dom.us-east-1"_s));
        QVERIFY(!DomainNames::isValidConfluentUniqueName(u"use1-az1.domnprzqrog.us-east-1"_s));
    }

    void confluentSubdomainHelper_data()
    {
        QTest::addColumn<QString>("subdomain");
        QTest::addColumn<QString>("uniqueName");
        QTest::newRow("documented") << u"use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud"_s
                                    << u"domnprzqrog.us-east-1"_s;
        QTest::newRow("without AZ")
            << u"domnprzqrog.us-east-1.aws.confluent.cloud"_s << u"domnprzqrog.us-east-1"_s;
        QTest::newRow("wildcard, dot, case, spaces")
            << u"  *.USE1-AZ2.DomnPrzqrog.us-east-1.aws.confluent.cloud. "_s
            << u"domnprzqrog.us-east-1"_s;
        QTest::newRow("another cloud")
            << u"use1-az1.domnprzqrog.us-east-1.gcp.confluent.cloud"_s << QString();
        QTest::newRow("just the name") << u"domnprzqrog.us-east-1"_s << QString();
        QTest::newRow("too deep") << u"a.b.domnprzqrog.us-east-1.aws.confluent.cloud"_s
                                  << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void confluentSubdomainHelper()
    {
        QFETCH(QString, subdomain);
        QFETCH(QString, uniqueName);
        QCOMPARE(DomainNames::confluentUniqueNameFromSubdomain(subdomain), uniqueName);
    }

    void generatedDomains()
    {
        QCOMPARE(DomainNames::managedDomains(u"dvs6nl5jgveztmla3pxkxgh76i"_s, u"aws"_s,
                                             {u"use1-az1"_s, u"use1-az2"_s}),
                 QStringList({u"*.use1-az1.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com"_s,
                              u"*.use1-az2.dvs6nl5jgveztmla3pxkxgh76i.aws.plc.tidbcloud.com"_s}));
        QCOMPARE(DomainNames::confluentDomains(u"domnprzqrog.us-east-1"_s, {u"use1-az1"_s}),
                 QStringList({u"*.domnprzqrog.us-east-1.aws.confluent.cloud"_s,
                              u"*.use1-az1.domnprzqrog.us-east-1.aws.confluent.cloud"_s}));
    }
};

QTEST_GUILESS_MAIN(TestDomainValidation)
#include "tst_domainvalidation.moc"
