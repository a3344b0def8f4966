// Issue 13, text from outside: what a server, a database or a client wrote is shown and
// printed without control characters (items 4), every generated command is quoted by position
// and runs exactly the command it shows (8), and a CSV export makes no formulas (10). Each test
// is named for its item and failed before its fix.
#include "CannedServer.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "base/OutsideText.h"
#include "domain/CliCommands.h"
#include "domain/ClusterCodec.h"
#include "domain/EndpointCommands.h"
#include "domain/PrivateLinkCodec.h"
#include "models/TableExport.h"
#include "providers/ProviderConsole.h"
#include "providers/alibaba/AlibabaProvider.h"
#include "providers/aws/AwsProvider.h"
#include "services/EndpointTargetStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
/// Control characters a terminal or a widget would act on: C0 but the newline the program
/// itself prints between lines, DEL, C1, and the bidirectional overrides.
QString firstControl(const QString &text, bool allowNewlines)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (allowNewlines && u == u'\n')
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029)
            return u"U+%1"_s.arg(int(u), 4, 16, QChar(u'0'));
    }
    return {};
}

/// Runs `command` in /bin/sh with `program` defined as a function that prints each argument
/// it gets on a line of its own, in brackets: what the program would really receive.
QStringList argumentsAsRun(const QString &program, const QString &command, const QString &dir)
{
    QProcess shell;
    shell.setWorkingDirectory(dir);
    const QString script =
        program + u"() { for a in \"$@\"; do printf '[%s]\\n' \"$a\"; done; }; "_s + command;
    shell.start(u"/bin/sh"_s, {u"-c"_s, script});
    shell.waitForFinished(10'000);
    QStringList arguments;
    const QString out = QString::fromUtf8(shell.readAllStandardOutput());
    // Arguments may hold newlines: split on the bracket boundaries, not on lines.
    qsizetype at = 0;
    while ((at = out.indexOf(u'[', at)) >= 0) {
        const qsizetype end = out.indexOf(u"]\n"_s, at);
        if (end < 0)
            break;
        arguments.append(out.mid(at + 1, end - at - 1));
        at = end + 2;
    }
    return arguments;
}

QByteArray mysqlErrorPacket(quint16 code, const QByteArray &message)
{
    QByteArray payload("\xff", 1);
    payload.append(char(code & 0xff)).append(char(code >> 8)).append("#HY000").append(message);
    QByteArray packet;
    packet.append(char(payload.size() & 0xff))
        .append(char((payload.size() >> 8) & 0xff))
        .append(char((payload.size() >> 16) & 0xff))
        .append('\0');
    return packet + payload;
}

const QString Hostile = u"\u001b[2J\u001b]0;owned\u0007\r\n\u009b31m\u202e✓ forged"_s;
} // namespace

class TestOutsideText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 4. The one rule: every control character becomes a visible picture of itself.
    void item04_controlCharactersAreShownVisibly()
    {
        const QString shown = OutsideText::visible(Hostile);
        QCOMPARE(firstControl(shown, false), QString());
        QVERIFY(shown.contains(u"␛[2J"_s));
        QVERIFY(shown.contains(u"␍␊"_s));
        QVERIFY(shown.contains(u"<U+009B>"_s));
        QVERIFY(shown.contains(u"<U+202E>"_s));
        QVERIFY(shown.endsWith(u"✓ forged"_s));
        QCOMPARE(OutsideText::visible(u"orders-prod 東京 ✓"_s), u"orders-prod 東京 ✓"_s);
    }

    // 4. A MySQL error packet and a banner cannot clear the screen or print a forged ✓ line
    // through --check-endpoint.
    void item04_theDoctorPrintsNoEscapeFromTheNetwork_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::newRow("MySQL error packet")
            << mysqlErrorPacket(1130, "\x1b[2J\nA\r\n\xe2\x9c\x93 A MySQL-protocol server answered "
                                      "in 0 ms: TiDB. It offers TLS.");
        QTest::newRow("banner") << QByteArray("SSH-2.0-x\x1b]0;owned\x07\r\n\xe2\x9c\x93 A MySQL-"
                                              "protocol server answered\r\n");
    }

    void item04_theDoctorPrintsNoEscapeFromTheNetwork()
    {
        QFETCH(QByteArray, greeting);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server, greeting] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                socket->write(greeting);
        });
        QProcess console;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/plc-outside-config"_s);
        console.setProcessEnvironment(environment);
        console.start(QStringLiteral(PLC_CONSOLE_BINARY),
                      {u"--check-endpoint"_s, u"127.0.0.1:%1"_s.arg(server.serverPort()),
                       u"--check-timeout"_s, u"2"_s, u"--lang"_s, u"en"_s});
        QVERIFY(QTest::qWaitFor([&] { return console.state() == QProcess::NotRunning; }, 30'000));
        const QString out = QString::fromUtf8(console.readAllStandardOutput());
        qInfo().noquote() << out;
        QVERIFY(!out.isEmpty());
        QCOMPARE(firstControl(out, true), QString());
        QVERIFY(out.contains(u"␛"_s));
        const QStringList lines = out.split(u'\n');
        for (const QString &line : lines)
            QVERIFY2(!line.startsWith(u"✓ A MySQL-protocol server answered"_s), qPrintable(line));
    }

    // 4. Names, messages and IDs read from the API reach no widget with control characters.
    void item04_apiTextIsMadeVisibleWhenRead()
    {
        const auto cluster =
            ClusterCodec::decodeCluster({{u"clusterId"_s, u"1028"_s},
                                         {u"displayName"_s, Hostile},
                                         {u"region"_s, QJsonObject{{u"displayName"_s, Hostile}}}});
        QVERIFY(cluster.ok());
        QCOMPARE(firstControl(cluster.value.displayName, false), QString());
        QCOMPARE(firstControl(cluster.value.region.displayName, false), QString());
        QVERIFY(cluster.value.displayName.contains(u"␛[2J"_s));

        const auto connection = PrivateLinkCodec::decodeConnection(
            {{u"privateLinkConnectionId"_s, u"plc-1"_s},
             {u"clusterId"_s, u"1028"_s},
             {u"displayName"_s, Hostile},
             {u"message"_s, Hostile},
             {u"attachedDomains"_s,
              QJsonArray{QJsonObject{
                  {u"attachDomainId"_s, u"ad-1"_s},
                  {u"domains"_s,
                   QJsonArray{QJsonObject{{u"name"_s, Hostile}, {u"message"_s, Hostile}}}}}}}});
        QVERIFY(connection.ok());
        QCOMPARE(firstControl(connection.value.displayName, false), QString());
        QCOMPARE(firstControl(connection.value.message, false), QString());
        const auto &domain = connection.value.attachedDomains->constFirst().domains.constFirst();
        QCOMPARE(firstControl(domain.name, false), QString());
        QCOMPARE(firstControl(domain.message, false), QString());
    }

    void item04_serverErrorMessagesAreMadeVisible()
    {
        test::CannedServer server;
        QJsonObject status{{u"code"_s, 3}, {u"message"_s, Hostile}, {u"details"_s, QJsonArray()}};
        server.setResponse(400, QJsonDocument(status).toJson(QJsonDocument::Compact),
                           {{"X-Debug-Trace-Id", "trace\x1b[2J"}});
        QVERIFY(server.start());
        ApiClient client;
        client.setEndpoint(server.url(), {u"K"_s, u"S"_s});
        ApiCall *call = client.get(u"/v1beta1/clusters"_s);
        QSignalSpy finished(call, &Job::finished);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(call->error().httpStatus, 400);
        QCOMPARE(firstControl(call->error().userMessage(), false), QString());
        QCOMPARE(firstControl(call->error().apiMessage, false), QString());
        QCOMPARE(firstControl(call->error().traceId, false), QString());
        QVERIFY(call->error().userMessage().contains(u"␛[2J"_s));
    }

    // 4. The standalone sandbox's request log prints what a client sent as data.
    void item04_theSandboxLogPrintsNoEscape()
    {
        QTemporaryDir dir;
        QProcess sandbox;
        sandbox.start(QStringLiteral(PLC_SANDBOX_BINARY),
                      {u"--port"_s, u"0"_s, u"--public-key"_s, u"LOGKEY"_s, u"--private-key"_s,
                       u"log-secret"_s, u"--data"_s, u":memory:"_s});
        QVERIFY(sandbox.waitForStarted(10'000));
        QVERIFY(QTest::qWaitFor([&] { return sandbox.canReadLine(); }, 10'000));
        const QUrl url(QString::fromUtf8(sandbox.readLine()).trimmed());
        ApiClient client;
        client.setEndpoint(url, {u"LOGKEY"_s, u"log-secret"_s});
        ApiCall *call = client.get(u"/v1beta1/clusters/"_s + ApiClient::pathSegment(Hostile));
        QSignalSpy finished(call, &Job::finished);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(call->error().httpStatus, 404);
        QTest::qWait(300);
        sandbox.terminate();
        sandbox.waitForFinished(5'000);
        const QString log = QString::fromUtf8(sandbox.readAll());
        qInfo().noquote() << log;
        QVERIFY(log.contains(u"/v1beta1/clusters/"_s));
        QCOMPARE(firstControl(log, true), QString());
        QVERIFY(log.contains(u"␛[2J"_s));
    }

    // 4. The settings file is a file anyone can edit: the custom targets read from it are
    // outside text too (their host then fails the hosts line's rule instead of adding a line).
    void item04_targetsFromTheSettingsFileAreMadeVisible()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PrivateLinkConsoleTests"_s);
        QCoreApplication::setApplicationName(u"tst_outsidetext"_s);
        QSettings().clear();
        PrivateEndpointTarget target;
        target.provider = CloudProvider::AlibabaCloud;
        target.name = u"mo\u001b[2J"_s;
        target.serviceName = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1abcdefghijklmn"_s;
        target.regionId = u"cn-hangzhou"_s;
        target.host = u"db.example\n10.9.9.9 login.bank.example"_s;
        target.port = 6001;
        target.user = u"acme:admin:accountadmin"_s;
        QVERIFY(EndpointTargetStore::save(u"prod"_s, target));
        const QList<PrivateEndpointTarget> read = EndpointTargetStore::targets(u"prod"_s);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.constFirst().name, u"mo␛[2J"_s);
        QCOMPARE(firstControl(read.constFirst().host, false), QString());
        QCOMPARE(EndpointCommands::hostsLine(u"10.0.0.5"_s, read.constFirst()), QString());
        QSettings().clear();
    }

    // 8. A copied ticloud command runs exactly the command it shows, whatever the values.
    void item08_ticloudCommandsAreQuotedByPosition_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("leading dashes and a command") << u"--a;touch pwned"_s;
        QTest::newRow("substitution") << u"$(touch pwned)"_s;
        QTest::newRow("backticks") << u"`touch pwned`"_s;
        QTest::newRow("quote") << u"it's; touch pwned"_s;
        QTest::newRow("newline") << u"a\ntouch pwned"_s;
        QTest::newRow("plain") << u"plc-4t8c2kq9w1nz5rbx7dma"_s;
    }

    void item08_ticloudCommandsAreQuotedByPosition()
    {
        QFETCH(QString, value);
        QTemporaryDir dir;
        const QString clusterId = value;
        const QStringList get =
            argumentsAsRun(u"ticloud"_s, CliCommands::get(clusterId, value), dir.path());
        QCOMPARE(get,
                 (QStringList{u"serverless"_s, u"private-link-connection"_s, u"get"_s,
                              u"--cluster-id"_s, value, u"--private-link-connection-id"_s, value}));
        const QStringList create = argumentsAsRun(
            u"ticloud"_s,
            CliCommands::create(u"1028"_s, {value,
                                            ConnectionType::AwsEndpointService,
                                            u"com.amazonaws.vpce.us-east-1.vpce-svc-0123"_s,
                                            {}}),
            dir.path());
        QVERIFY(create.contains(value));
        QCOMPARE(create.at(create.indexOf(u"--display-name"_s) + 1), value);
        const QStringList detach = argumentsAsRun(
            u"ticloud"_s, CliCommands::detachDomains(value, value, value), dir.path());
        QCOMPARE(detach.count(value), 3);
        QVERIFY(!QFile::exists(dir.filePath(u"pwned"_s)));
    }

    // 8. The aws, hosts-line and doctor commands: values from a server or a field are data.
    void item08_awsAndDoctorCommandsAreQuotedByPosition()
    {
        QTemporaryDir dir;
        PrivateEndpointTarget target;
        target.provider = CloudProvider::Aws;
        target.regionId = u"us-east-1;touch pwned"_s;
        target.serviceName = u"com.amazonaws.vpce.us-east-1.vpce-svc-0123$(touch pwned)"_s;
        target.host = u"db.example;touch pwned"_s;
        target.port = 4000;
        target.user = u"root'; touch pwned; '"_s;
        const QStringList create =
            argumentsAsRun(u"aws"_s,
                           EndpointCommands::awsCreateVpcEndpoint(target, u"vpc-0123abcd"_s,
                                                                  {u"subnet-0123abcd"_s}, {}),
                           dir.path());
        QCOMPARE(create.at(create.indexOf(u"--region"_s) + 1), target.regionId);
        QCOMPARE(create.at(create.indexOf(u"--service-name"_s) + 1), target.serviceName);
        const QStringList mysql = argumentsAsRun(
            u"mysql"_s,
            EndpointCommands::connectionString(EndpointCommands::Client::MysqlCli, target, true),
            dir.path());
        QCOMPARE(mysql.at(mysql.indexOf(u"-h"_s) + 1), target.host);
        QCOMPARE(mysql.at(mysql.indexOf(u"-u"_s) + 1), target.user);
        QVERIFY(!QFile::exists(dir.filePath(u"pwned"_s)));

        EndpointService service;
        service.name = u"com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0"_s;
        service.region = u"us-east-1"_s;
        service.endpointId = u"--dry-run;touch pwned"_s;
        // An endpoint ID that is not one gives no command at all.
        QCOMPARE(AwsProvider::instance().acceptCommand(service, {}), QString());
        service.endpointId = u"vpce-0a1b2c3d4e5f60718"_s;
        const QStringList accept = argumentsAsRun(
            u"aws"_s, AwsProvider::instance().acceptCommand(service, {}), dir.path());
        QCOMPARE(accept,
                 (QStringList{u"ec2"_s, u"accept-vpc-endpoint-connections"_s,
                              u"--region=us-east-1"_s, u"--service-id=vpce-svc-0123456789abcdef0"_s,
                              u"--vpc-endpoint-ids=vpce-0a1b2c3d4e5f60718"_s}));

        // Alibaba Cloud: the same rule, and each value joined to its parameter.
        EndpointService alibaba;
        alibaba.name = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1c2d3e4f5g6h7i8"_s;
        alibaba.endpointId = u"ep-x;touch pwned"_s;
        QCOMPARE(AlibabaProvider::instance().acceptCommand(alibaba, {}), QString());
        alibaba.endpointId = u"ep-bp1q2w3e4r5t6y7u8i9o0"_s;
        const QStringList allow = argumentsAsRun(
            u"aliyun"_s, AlibabaProvider::instance().acceptCommand(alibaba, {}), dir.path());
        QCOMPARE(allow,
                 (QStringList{u"privatelink"_s, u"EnableVpcEndpointConnection"_s,
                              u"--RegionId=cn-hangzhou"_s, u"--ServiceId=epsrv-bp1c2d3e4f5g6h7i8"_s,
                              u"--EndpointId=ep-bp1q2w3e4r5t6y7u8i9o0"_s}));
        QVERIFY(!QFile::exists(dir.filePath(u"pwned"_s)));
    }

    // 8. A host with a newline cannot add a second mapping to /etc/hosts.
    void item08_theHostsLineIsOneMapping()
    {
        PrivateEndpointTarget target;
        target.provider = CloudProvider::AlibabaCloud;
        target.serviceName = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1abcdefghijklmn"_s;
        target.host = u"db.example\n10.9.9.9 login.bank.example"_s;
        QCOMPARE(EndpointCommands::hostsLine(u"10.0.0.5"_s, target), QString());
        target.host = u"gateway01.cn-hangzhou.prod.aliyun.tidbcloud.com"_s;
        const QString line = EndpointCommands::hostsLine(u"10.0.0.5"_s, target);
        QCOMPARE(line.split(u' ').size(), 3);
        QVERIFY(!line.contains(u'\n'));
        QCOMPARE(EndpointCommands::hostsLine(u"10.0.0.5 evil"_s, target), QString());
    }

    // 8. A value inside a string literal is escaped for that language.
    void item08_connectionStringsEscapeTheirLiterals()
    {
        PrivateEndpointTarget target;
        target.host = u"db\"host\\x'"_s;
        target.port = 4000;
        target.user = u"u\"s'er\n"_s;
        using C = EndpointCommands::Client;
        const QString python = EndpointCommands::connectionString(C::Python, target, false);
        QVERIFY2(python.contains(u"host=\"db\\\"host\\\\x'\""_s), qPrintable(python));
        QVERIFY(python.contains(u"user=\"u\\\"s'er\\n\""_s));
        const QString go = EndpointCommands::connectionString(C::Go, target, false);
        QVERIFY2(go.contains(u"User:   \"u\\\"s'er\\n\""_s), qPrintable(go));
        const QString node = EndpointCommands::connectionString(C::NodeJs, target, false);
        QVERIFY2(node.contains(u"host: 'db\"host\\\\x\\''"_s), qPrintable(node));
        QVERIFY(node.contains(u"user: 'u\"s\\'er\\n'"_s));
        const QString jdbc = EndpointCommands::connectionString(C::Jdbc, target, false);
        QVERIFY2(!jdbc.contains(u'"') && !jdbc.contains(u'\''), qPrintable(jdbc));
    }

    // 8. A region that is not a region never becomes a console URL's host.
    void item08_consoleUrlsKeepTheirHost_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("host");
        QTest::newRow("region") << u"us-east-1"_s << u"us-east-1.console.aws.amazon.com"_s;
        QTest::newRow("another host") << u"evil.example/x#"_s << QString();
        QTest::newRow("user info") << u"a@evil.example"_s << QString();
        QTest::newRow("dots") << u"evil.example"_s << QString();
    }

    void item08_consoleUrlsKeepTheirHost()
    {
        QFETCH(QString, region);
        QFETCH(QString, host);
        EndpointService service;
        service.name = u"com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0"_s;
        service.region = region;
        const QUrl url = AwsProvider::instance().endpointServicePage(service);
        QCOMPARE(url.host(), host);
        if (!host.isEmpty())
            QCOMPARE(url.scheme(), u"https"_s);
        EndpointService alibaba;
        alibaba.name = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1abcdefghijklmn"_s;
        alibaba.region = region;
        const QUrl aliyun = AlibabaProvider::instance().endpointServicePage(alibaba);
        QVERIFY(aliyun.isEmpty() || aliyun.host() == u"vpc.console.aliyun.com"_s);
        QVERIFY(aliyun.isEmpty() || !aliyun.query().contains(u'#'));
    }

    // 10. A cell a spreadsheet would run as a formula is written as text.
    void item10_csvCellsMakeNoFormulas()
    {
        const QStringList cells{u"=HYPERLINK(\"http://evil.example\",\"x\")"_s,
                                u"+1+1"_s,
                                u"-2+3"_s,
                                u"@SUM(A1)"_s,
                                u"\tx"_s,
                                u"\rx"_s,
                                u"plc-4t8c2kq9w1nz5rbx7dma"_s};
        TableSnapshot table;
        table.titles = {u"=title"_s};
        table.rowCount = cells.size();
        table.rowTexts = [cells](qsizetype row) {
            return QStringList{cells.at(row)};
        };
        const QString csv = QString::fromUtf8(TableExport::toCsv(table)).remove(u'\uFEFF');
        const QStringList lines = csv.split(u"\r\n"_s);
        QCOMPARE(lines.at(0), u"'=title"_s);
        QCOMPARE(lines.at(1), u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""_s);
        QCOMPARE(lines.at(2), u"'+1+1"_s);
        QCOMPARE(lines.at(3), u"'-2+3"_s);
        QCOMPARE(lines.at(4), u"'@SUM(A1)"_s);
        QCOMPARE(lines.at(5), u"'\tx"_s);
        QCOMPARE(lines.at(6), u"\"'\rx\""_s);
        QCOMPARE(lines.at(7), u"plc-4t8c2kq9w1nz5rbx7dma"_s);
        // JSON is data for programs, not a spreadsheet: the value stays as it was.
        QVERIFY(QString::fromUtf8(TableExport::toJson(table)).contains(u"+1+1"_s));
    }
};

QTEST_GUILESS_MAIN(TestOutsideText)
#include "tst_outsidetext.moc"
