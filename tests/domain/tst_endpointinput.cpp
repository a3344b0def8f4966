// The private endpoint wizard's rules and texts: AWS resource IDs, the Alibaba Cloud endpoint
// IP, a custom target's fields, the commands and connection strings, the doctor's address,
// and the custom targets kept per profile.
#include "domain/ClusterCodec.h"
#include "domain/EndpointAddress.h"
#include "domain/EndpointCommands.h"
#include "domain/EndpointInput.h"
#include "domain/PrivateEndpointTarget.h"
#include "sandbox/SandboxSeed.h"
#include "services/EndpointTargetStore.h"
#include "services/Profile.h"
#include "services/ProfileStore.h"
#include "shell/CommandLineOptions.h"

#include "UnwritableSettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
Cluster seedCluster(const QString &displayName)
{
    for (const QJsonObject &json : sandbox::SandboxSeed::clusters()) {
        if (json.value("displayName"_L1).toString() == displayName)
            return ClusterCodec::decodeCluster(json).value;
    }
    return {};
}

PrivateEndpointTarget matrixOne()
{
    PrivateEndpointTarget t;
    t.name = u"MatrixOne orders"_s;
    t.provider = CloudProvider::AlibabaCloud;
    t.serviceName = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1a2b3c4d5e6f7g8"_s;
    t.zoneIds = {u"cn-hangzhou-i"_s};
    t.regionId = u"cn-hangzhou"_s;
    t.host = t.serviceName;
    t.port = PrivateEndpointTarget::MatrixOnePort;
    t.user = u"acme:admin:accountadmin"_s;
    return t;
}
} // namespace

class TestEndpointInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PrivateLinkConsoleTests"_s);
        QCoreApplication::setApplicationName(u"tst_endpointinput"_s);
        QSettings().clear();
    }

    void targetFromCluster()
    {
        const auto aws = PrivateEndpointTarget::fromCluster(seedCluster(u"orders-prod"_s));
        QVERIFY(aws);
        QCOMPARE(aws->provider, CloudProvider::Aws);
        QCOMPARE(aws->serviceName, u"com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"_s);
        QCOMPARE(aws->zoneIds, (QStringList{u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s}));
        QCOMPARE(aws->regionId, u"us-east-1"_s);
        QCOMPARE(aws->host, u"gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com"_s);
        QCOMPARE(aws->port, 4000);
        QCOMPARE(aws->user, u"3pTAoNNegb47Uc8.root"_s);

        const auto alibaba = PrivateEndpointTarget::fromCluster(seedCluster(u"hz-payments"_s));
        QVERIFY(alibaba);
        QVERIFY(alibaba->isAlibabaCloud());
        QCOMPARE(alibaba->zoneIds, (QStringList{u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s}));

        Cluster none = seedCluster(u"orders-prod"_s);
        none.endpoints.privateAws.reset();
        QVERIFY(!PrivateEndpointTarget::fromCluster(none));
        QVERIFY(PrivateEndpointTarget::whyNot(none).contains(u"orders-prod"_s));
    }

    void awsIds_data()
    {
        QTest::addColumn<QString>("vpc");
        QTest::addColumn<QString>("subnets");
        QTest::addColumn<QString>("groups");
        QTest::addColumn<QString>("problem"); // a word of the first problem; empty: all valid
        QTest::newRow("17 digits") << u"vpc-0a1b2c3d4e5f67890"_s << u"subnet-0123456789abcdef0"_s
                                   << u"sg-0f1e2d3c4b5a69788"_s << QString();
        QTest::newRow("8 digits, two subnets, commas")
            << u"vpc-0a1b2c3d"_s << u"subnet-01234567, subnet-89abcdef"_s << QString() << QString();
        QTest::newRow("empty VPC")
            << QString() << u"subnet-01234567"_s << QString() << u"Enter the ID of the VPC"_s;
        QTest::newRow("VPC upper case")
            << u"vpc-0A1B2C3D"_s << u"subnet-01234567"_s << QString() << u"8 or 17 hexadecimal"_s;
        QTest::newRow("VPC 9 digits")
            << u"vpc-0a1b2c3d4"_s << u"subnet-01234567"_s << QString() << u"8 or 17 hexadecimal"_s;
        QTest::newRow("VPC with full-width hyphen")
            << u"vpc－0a1b2c3d"_s << u"subnet-01234567"_s << QString() << u"only looks like"_s;
        QTest::newRow("no subnet")
            << u"vpc-0a1b2c3d"_s << QString() << QString() << u"Enter the subnet ID"_s;
        QTest::newRow("a VPC where a subnet belongs")
            << u"vpc-0a1b2c3d"_s << u"vpc-0a1b2c3d"_s << QString() << u"is not a subnet ID"_s;
        QTest::newRow("subnet twice") << u"vpc-0a1b2c3d"_s << u"subnet-01234567 subnet-01234567"_s
                                      << QString() << u"listed twice"_s;
        QTest::newRow("more subnets than zones")
            << u"vpc-0a1b2c3d"_s
            << u"subnet-01234567 subnet-11234567 subnet-21234567 subnet-31234567"_s << QString()
            << u"one subnet per availability zone"_s;
        QTest::newRow("bad group") << u"vpc-0a1b2c3d"_s << u"subnet-01234567"_s << u"sg-xyz"_s
                                   << u"is not a security group ID"_s;
        QTest::newRow("six groups")
            << u"vpc-0a1b2c3d"_s << u"subnet-01234567"_s
            << u"sg-00000001 sg-00000002 sg-00000003 sg-00000004 sg-00000005 sg-00000006"_s
            << u"at most 5"_s;
    }
    void awsIds()
    {
        QFETCH(QString, vpc);
        QFETCH(QString, subnets);
        QFETCH(QString, groups);
        QFETCH(QString, problem);
        QString first = EndpointInput::vpcIdProblem(vpc);
        if (first.isEmpty())
            first = EndpointInput::subnetIdsProblem(subnets, 3);
        if (first.isEmpty())
            first = EndpointInput::securityGroupIdsProblem(groups);
        if (problem.isEmpty())
            QCOMPARE(first, QString());
        else
            QVERIFY2(first.contains(problem), qPrintable(first));
    }

    void awsCommand()
    {
        const auto target = PrivateEndpointTarget::fromCluster(seedCluster(u"orders-prod"_s));
        QVERIFY(target);
        QCOMPARE(
            EndpointCommands::awsCreateVpcEndpoint(*target, u"vpc-0a1b2c3d4e5f67890"_s,
                                                   {u"subnet-0123456789abcdef0"_s},
                                                   {u"sg-0f1e2d3c4b5a69788"_s}),
            u"aws ec2 create-vpc-endpoint --vpc-id 'vpc-0a1b2c3d4e5f67890' --region 'us-east-1' "
            "--service-name 'com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a' "
            "--vpc-endpoint-type Interface --subnet-ids 'subnet-0123456789abcdef0' "
            "--security-group-ids 'sg-0f1e2d3c4b5a69788' --private-dns-enabled"_s);
        // Nothing typed yet: the document's placeholders, no security group option.
        QCOMPARE(EndpointCommands::awsCreateVpcEndpoint(*target, {}, {}, {}),
                 u"aws ec2 create-vpc-endpoint --vpc-id ${your_vpc_id} --region 'us-east-1' "
                 "--service-name 'com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a' "
                 "--vpc-endpoint-type Interface --subnet-ids ${your_subnet_id} "
                 "--private-dns-enabled"_s);
    }

    void endpointIp_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<bool>("note");
        QTest::newRow("private") << u"172.16.0.12"_s << QString() << false;
        QTest::newRow("public") << u"47.96.1.2"_s << QString() << true;
        QTest::newRow("empty") << QString() << u"Enter the endpoint's IP"_s << false;
        QTest::newRow("three numbers") << u"172.16.12"_s << u"is not an IPv4 address"_s << false;
        QTest::newRow("over 255") << u"172.16.0.300"_s << u"is not an IPv4 address"_s << false;
        QTest::newRow("a name") << u"epsrv.example"_s << u"is not an IPv4 address"_s << false;
        QTest::newRow("full-width dot") << u"172.16。0.12"_s << u"only looks like"_s << false;
    }
    void endpointIp()
    {
        QFETCH(QString, ip);
        QFETCH(QString, problem);
        QFETCH(bool, note);
        const QString found = EndpointInput::endpointIpProblem(ip);
        if (problem.isEmpty())
            QCOMPARE(found, QString());
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
        QCOMPARE(!EndpointInput::endpointIpNote(ip).isEmpty(), note);
    }

    void hostsLine()
    {
        // The MatrixOne document's format: {endpoint IP} {service name} {service name}.
        const PrivateEndpointTarget custom = matrixOne();
        QCOMPARE(EndpointCommands::hostsLine(u"172.16.0.12"_s, custom),
                 u"172.16.0.12 com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1a2b3c4d5e6f7g8 "
                 "com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1a2b3c4d5e6f7g8"_s);
        // A TiDB Cloud cluster is reached by its private host; the service name is the alias.
        const auto cluster = PrivateEndpointTarget::fromCluster(seedCluster(u"hz-payments"_s));
        QVERIFY(cluster);
        QCOMPARE(EndpointCommands::hostsLine(u"10.0.1.7"_s, *cluster),
                 u"10.0.1.7 gateway01-privatelink.cn-hangzhou.prod.alicloud.tidbcloud.com "
                 "com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l"_s);
    }

    void customFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("name empty") << u"name"_s << QString() << u"Enter a name"_s;
        QTest::newRow("name taken") << u"name"_s << u"taken"_s << u"already saved"_s;
        QTest::newRow("name with tab") << u"name"_s << u"a\tb"_s << u"control characters"_s;
        QTest::newRow("service of AWS")
            << u"service"_s << u"com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"_s
            << u"This is an AWS service name"_s;
        QTest::newRow("service short")
            << u"service"_s << u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-xxx"_s << u"17"_s;
        QTest::newRow("region other")
            << u"region"_s << u"cn-shanghai"_s << u"The service name is in cn-hangzhou"_s;
        QTest::newRow("region bad") << u"region"_s << u"Hangzhou"_s << u"is not a region ID"_s;
        QTest::newRow("zone other region")
            << u"zones"_s << u"cn-shanghai-b"_s << u"is not in the region cn-hangzhou"_s;
        QTest::newRow("zone empty") << u"zones"_s << QString() << u"Enter the zone ID"_s;
        QTest::newRow("user two parts") << u"user"_s << u"acme:admin"_s << u"three parts"_s;
        QTest::newRow("user quote") << u"user"_s << u"o'brien"_s << u"no spaces or quotes"_s;
        QTest::newRow("user empty") << u"user"_s << QString() << u"account:admin:role"_s;
        QTest::newRow("port zero") << u"port"_s << u"0"_s << u"from 1 to 65535"_s;
        QTest::newRow("port text") << u"port"_s << u"six"_s << u"from 1 to 65535"_s;
        QTest::newRow("host space") << u"host"_s << u"a b"_s << u"cannot contain spaces"_s;
        QTest::newRow("host bad") << u"host"_s << u"-bad-.example"_s << u"not a valid host"_s;
        QTest::newRow("valid user") << u"user"_s << u"acme:admin:accountadmin"_s << QString();
        QTest::newRow("valid zone") << u"zones"_s << u"cn-hangzhou-i, cn-hangzhou-j"_s << QString();
        QTest::newRow("valid port") << u"port"_s << u"6001"_s << QString();
    }
    void customFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const QString service = matrixOne().serviceName;
        QString found;
        if (field == "name"_L1)
            found = EndpointInput::targetNameProblem(value, {u"taken"_s});
        else if (field == "service"_L1)
            found = EndpointInput::serviceNameProblem(value, CloudProvider::AlibabaCloud);
        else if (field == "region"_L1)
            found = EndpointInput::regionIdProblem(value, service);
        else if (field == "zones"_L1)
            found =
                EndpointInput::zoneIdsProblem(value, CloudProvider::AlibabaCloud, u"cn-hangzhou"_s);
        else if (field == "user"_L1)
            found = EndpointInput::userProblem(value);
        else if (field == "port"_L1)
            found = EndpointAddress::portProblem(value);
        else if (field == "host"_L1)
            found = EndpointAddress::hostProblem(value);
        if (problem.isEmpty())
            QCOMPARE(found, QString());
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void connectionStrings()
    {
        const PrivateEndpointTarget mo = matrixOne();
        using Client = EndpointCommands::Client;
        // The MatrixOne document's command (with a connect timeout), every value quoted.
        QCOMPARE(EndpointCommands::connectionString(Client::MysqlCli, mo, false),
                 u"mysql --connect-timeout 15 -h "
                 "'com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1a2b3c4d5e6f7g8' -P 6001 "
                 "-u 'acme:admin:accountadmin' -p"_s);
        QCOMPARE(EndpointCommands::connectionString(Client::Jdbc, mo, false),
                 u"jdbc:mysql://com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1a2b3c4d5e6f7g8:"
                 "6001/?user=acme%3Aadmin%3Aaccountadmin"_s);

        const auto tidb = PrivateEndpointTarget::fromCluster(seedCluster(u"orders-prod"_s));
        QVERIFY(tidb);
        const QString host = u"gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com"_s;
        QCOMPARE(
            EndpointCommands::connectionString(Client::MysqlCli, *tidb, true),
            u"mysql --connect-timeout 15 -h '%1' -P 4000 -u '3pTAoNNegb47Uc8.root' -p "
            "--ssl-mode=VERIFY_IDENTITY --ssl-ca=/etc/ssl/certs/ca-certificates.crt"_s.arg(host));
        QCOMPARE(EndpointCommands::connectionString(Client::Jdbc, *tidb, true),
                 u"jdbc:mysql://%1:4000/?user=3pTAoNNegb47Uc8.root&sslMode=VERIFY_IDENTITY"
                 "&enabledTLSProtocols=TLSv1.2,TLSv1.3"_s.arg(host));
        for (Client client : EndpointCommands::clients()) {
            const QString text = EndpointCommands::connectionString(client, *tidb, true);
            QVERIFY2(text.contains(host) && text.contains(u"3pTAoNNegb47Uc8.root"_s) &&
                         text.contains(u"4000"_s),
                     qPrintable(text));
            QVERIFY(!EndpointCommands::clientName(client).isEmpty());
        }
        const QString python = EndpointCommands::connectionString(Client::Python, *tidb, true);
        QVERIFY(python.contains(u"password=os.environ[\"DB_PASSWORD\"]"_s));
        QVERIFY(python.contains(u"ssl_verify_identity=True"_s));
        QVERIFY(
            !EndpointCommands::connectionString(Client::Python, *tidb, false).contains(u"ssl_"_s));
        QVERIFY(EndpointCommands::connectionString(Client::Go, *tidb, true)
                    .contains(u"Addr:   \"%1:4000\""_s.arg(host)));
        QVERIFY(EndpointCommands::connectionString(Client::NodeJs, *tidb, true)
                    .contains(u"password: process.env.DB_PASSWORD"_s));
        QCOMPARE(EndpointCommands::checkCommand(*tidb),
                 u"privatelink-console --check-endpoint '%1:4000'"_s.arg(host));
    }

    void endpointAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("problem");
        QTest::newRow("name") << u"gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com:4000"_s
                              << u"gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com"_s << 4000
                              << QString();
        QTest::newRow("IPv4") << u" 10.0.3.7:6001 "_s << u"10.0.3.7"_s << 6001 << QString();
        QTest::newRow("IPv6") << u"[fd00::12]:4000"_s << u"fd00::12"_s << 4000 << QString();
        QTest::newRow("no port") << u"db.internal"_s << QString() << 0 << u"Add the port"_s;
        QTest::newRow("IPv6 without brackets")
            << u"fd00::12:4000"_s << QString() << 0 << u"in brackets"_s;
        QTest::newRow("port too big")
            << u"db.internal:70000"_s << QString() << 0 << u"from 1 to 65535"_s;
        QTest::newRow("empty port") << u"db.internal:"_s << QString() << 0 << u"Enter the port"_s;
        QTest::newRow("look-alike")
            << u"db．internal:4000"_s << QString() << 0 << u"only looks like"_s;
    }
    void endpointAddress()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, problem);
        const EndpointAddress parsed = EndpointAddress::parse(text);
        if (problem.isEmpty()) {
            QVERIFY2(parsed.isValid(), qPrintable(parsed.problem));
            QCOMPARE(parsed.host, host);
            QCOMPARE(int(parsed.port), port);
            QCOMPARE(EndpointAddress::parse(parsed.toString()).host, host);
        } else {
            QVERIFY2(parsed.problem.contains(problem), qPrintable(parsed.problem));
        }
    }

    void addressScopes()
    {
        using Scope = EndpointAddress::Scope;
        QCOMPARE(EndpointAddress::scope(QHostAddress(u"10.1.2.3"_s)), Scope::Private);
        QCOMPARE(EndpointAddress::scope(QHostAddress(u"172.31.255.1"_s)), Scope::Private);
        QCOMPARE(EndpointAddress::scope(QHostAddress(u"172.32.0.1"_s)), Scope::Public);
        QCOMPARE(EndpointAddress::scope(QHostAddress(u"192.168.0.9"_s)), Scope::Private);
        QCOMPARE(EndpointAddress::scope(QHostAddress(u"100.64.0.1"_s)), Scope::Private);
        QCOMPARE(EndpointAddress::scope(QHostAddress(u"127.0.0.1"_s)), Scope::Loopback);
        QCOMPARE(EndpointAddress::scope(QHostAddress(u"169.254.169.254"_s)), Scope::LinkLocal);
        QCOMPARE(EndpointAddress::scope(QHostAddress(u"fd12:3456::1"_s)), Scope::Private);
        QCOMPARE(EndpointAddress::scope(QHostAddress(u"8.8.8.8"_s)), Scope::Public);
    }

    void commandLine()
    {
        auto parse = [](const QStringList &arguments) {
            return CommandLineOptions::parse(QStringList{u"privatelink-console"_s} + arguments, {},
                                             {});
        };
        const CommandLineOptions ok =
            parse({u"--check-endpoint"_s, u"db.internal:4000"_s, u"--check-timeout"_s, u"2.5"_s});
        QVERIFY2(ok.isValid(), qPrintable(ok.error));
        QCOMPARE(ok.checkEndpoint, u"db.internal:4000"_s);
        QCOMPARE(ok.checkTimeoutMs, 2500);
        QVERIFY(parse({u"--check-endpoint"_s, u"db.internal"_s}).error.contains(u"Add the port"_s));
        QVERIFY(parse({u"--check-endpoint"_s, u"db:1"_s, u"--check-timeout"_s, u"0"_s})
                    .error.contains(u"0.1 to 120"_s));
        QByteArray program("privatelink-console"), flag("--check-endpoint=db:1");
        char *argv[] = {program.data(), flag.data()};
        QVERIFY(CommandLineOptions::needsNoWindow(2, argv));
        QVERIFY(!CommandLineOptions::needsNoWindow(1, argv));
    }

    void targetsKeptPerProfile()
    {
        QVERIFY(EndpointTargetStore::targets(u"prod"_s).isEmpty());
        PrivateEndpointTarget mo = matrixOne();
        QVERIFY(EndpointTargetStore::save(u"prod"_s, mo));
        QCOMPARE(EndpointTargetStore::targets(u"prod"_s), QList<PrivateEndpointTarget>{mo});
        QVERIFY(EndpointTargetStore::targets(u"staging"_s).isEmpty());

        // Saving under a new name replaces the old entry; the password is never kept.
        PrivateEndpointTarget renamed = mo;
        renamed.name = u"MatrixOne billing"_s;
        renamed.port = 6002;
        QVERIFY(EndpointTargetStore::save(u"prod"_s, renamed, mo.name));
        QCOMPARE(EndpointTargetStore::targets(u"prod"_s), QList<PrivateEndpointTarget>{renamed});
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(key));

        // They follow the profile: renamed with it, removed with it.
        ProfileStore profiles;
        QVERIFY(profiles.save(
            Profile{u"prod"_s, QUrl(u"https://serverless.tidbapi.com"_s), u"ABCDEFGH"_s, {}, {}}));
        QVERIFY(profiles.rename(u"prod"_s, Profile{u"production"_s,
                                                   QUrl(u"https://serverless.tidbapi.com"_s),
                                                   u"ABCDEFGH"_s,
                                                   {},
                                                   {}}));
        QVERIFY(EndpointTargetStore::targets(u"prod"_s).isEmpty());
        QCOMPARE(EndpointTargetStore::targets(u"production"_s).size(), 1);
        QVERIFY(profiles.remove(u"production"_s));
        QVERIFY(EndpointTargetStore::targets(u"production"_s).isEmpty());
        QVERIFY(!EndpointTargetStore::remove(u"production"_s, renamed.name));
    }

    // A settings file that cannot be written is reported, never taken for saved.
    void anUnwritableSettingsFileIsReported()
    {
        QVERIFY(EndpointTargetStore::save(u"prod"_s, matrixOne()));
        const QString before = QSettings().fileName();
        {
            test::UnwritableSettings unwritable;
            QVERIFY(unwritable.isReady());
            QVERIFY(QSettings().fileName() != before);
            PrivateEndpointTarget other = matrixOne();
            other.name = u"MatrixOne reports"_s;
            QVERIFY(!EndpointTargetStore::save(u"prod"_s, other));
        }
        QCOMPARE(QSettings().fileName(), before);
        QCOMPARE(EndpointTargetStore::targets(u"prod"_s).size(), 1);
        QVERIFY(EndpointTargetStore::remove(u"prod"_s, matrixOne().name));
        QVERIFY(EndpointTargetStore::targets(u"prod"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEndpointInput)
#include "tst_endpointinput.moc"
