// The AWS side of a link: the rules that judge it, the reads that gather its facts from the
// sandbox's EC2, the two changes sent once, the account's keys, and the AWS CLI commands the
// console shows, run by the real AWS CLI.
#include "AwaitJob.h"
#include "CliStub.h"
#include "ProviderSandbox.h"
#include "SeedIds.h"

#include "domain/CliCommands.h"
#include "providers/ProviderConsole.h"
#include "providers/alibaba/AlibabaCommands.h"
#include "providers/aws/AwsCommands.h"
#include "providers/aws/AwsLinkChecks.h"
#include "providers/aws/AwsLinkService.h"
#include "providers/aws/AwsProvider.h"
#include "sandbox/aws/AwsAccounts.h"
#include "services/LanguageManager.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using S = AwsCheck::Status;
using K = AwsCheck::Kind;

namespace {
AwsLinkFacts baseFacts(const QString &serviceName)
{
    AwsLinkFacts facts;
    facts.serviceName = serviceName;
    facts.serviceId = serviceName.section(u'.', -1);
    facts.serviceRegion = serviceName.section(u'.', 3, 3);
    facts.clusterRegion = u"us-east-1"_s;
    facts.tidbAccount = u"380838443567"_s;
    facts.clusterZoneIds = {u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s};
    return facts;
}

S statusOf(const QList<AwsCheck> &checks, K kind)
{
    for (const AwsCheck &check : checks) {
        if (check.kind == kind)
            return check.status;
    }
    return S::Info;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}
} // namespace

class TestAwsLink final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<AwsAccount> m_account;
    LanguageManager m_languages;
    QTemporaryDir m_dir;

    QList<AwsCheck> checkOnSandbox(const AwsLinkFacts &facts, AwsLinkFacts *found = nullptr)
    {
        AwsLinkService service(m_account.get());
        const auto [result, error] = await(service.check(facts, nullptr));
        if (found)
            *found = result;
        return AwsLinkChecks::evaluate(result);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_languages.setLanguage(u"en"_s));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
        m_account = std::make_unique<AwsAccount>(nullptr);
        test::actOnSandbox(*m_account, *m_sandbox);
    }

    void cleanup()
    {
        m_account.reset();
        m_sandbox.reset();
    }

    void theRules_data()
    {
        QTest::addColumn<QStringList>("principals");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("root ARN") << QStringList{u"arn:aws:iam::380838443567:root"_s} << true;
        QTest::newRow("bare account") << QStringList{u"380838443567"_s} << true;
        QTest::newRow("everyone") << QStringList{u"*"_s} << true;
        QTest::newRow("a role of the account")
            << QStringList{u"arn:aws:iam::380838443567:role/x"_s} << true;
        QTest::newRow("another account")
            << QStringList{u"arn:aws:iam::111122223333:root"_s} << false;
        QTest::newRow("a prefix of the account")
            << QStringList{u"arn:aws:iam::3808384435:root"_s} << false;
        QTest::newRow("none") << QStringList{} << false;
    }

    void theRules()
    {
        QFETCH(QStringList, principals);
        QFETCH(bool, allowed);
        QCOMPARE(AwsLinkChecks::allows(principals, u"380838443567"_s), allowed);
        AwsLinkFacts facts =
            baseFacts(u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s);
        facts.visibility = AwsLinkFacts::Visibility::Owned;
        facts.principals = principals;
        facts.serviceZoneIds = QStringList{u"use1-az2"_s};
        const QList<AwsCheck> checks = AwsLinkChecks::evaluate(facts);
        QCOMPARE(statusOf(checks, K::Principal), allowed ? S::Pass : S::Fail);
        QCOMPARE(AwsLinkChecks::passes(checks), allowed);
        if (!allowed)
            QVERIFY(AwsLinkChecks::cause(checks).contains(u"Add arn:aws:iam::380838443567:root"_s));
    }

    void zoneIdsNotNamesDecide()
    {
        // us-east-1a is use1-az4 in one account and use1-az1 in another: only IDs compare.
        const QHash<QString, QString> mine{{u"us-east-1a"_s, u"use1-az4"_s},
                                           {u"us-east-1b"_s, u"use1-az6"_s}};
        QCOMPARE(AwsLinkChecks::zoneIds({u"us-east-1b"_s, u"us-east-1a"_s}, mine),
                 (QStringList{u"use1-az4"_s, u"use1-az6"_s}));
        AwsLinkFacts facts =
            baseFacts(u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s);
        facts.visibility = AwsLinkFacts::Visibility::Owned;
        facts.principals = QStringList{u"*"_s};
        facts.serviceZoneIds = QStringList{u"use1-az5"_s, u"use1-az6"_s};
        const QList<AwsCheck> checks = AwsLinkChecks::evaluate(facts);
        QCOMPARE(statusOf(checks, K::Zones), S::Fail);
        QVERIFY(AwsLinkChecks::cause(checks).contains(u"use1-az1, use1-az2, use1-az4"_s));
    }

    void checksAgainstTheSandbox_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("crossRegion");
        QTest::addColumn<int>("region");
        QTest::addColumn<int>("found");
        QTest::addColumn<int>("principal");
        QTest::addColumn<int>("zones");
        QTest::addColumn<bool>("passes");
        QTest::newRow("ready") << u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s
                               << QString() << int(S::Pass) << int(S::Pass) << int(S::Pass)
                               << int(S::Pass) << true;
        QTest::newRow("principal missing") << seed::NoPrincipals << QString() << int(S::Pass)
                                           << int(S::Pass) << int(S::Fail) << int(S::Pass) << false;
        QTest::newRow("another region") << seed::TokyoService << QString() << int(S::Fail)
                                        << int(S::Pass) << int(S::Pass) << int(S::Info) << false;
        // The endpoint is made in the cluster's own region: the service's zones need not match.
        QTest::newRow("cross-region, named")
            << seed::TokyoService << u"ap-northeast-1"_s << int(S::Info) << int(S::Pass)
            << int(S::Pass) << int(S::Info) << true;
        QTest::newRow("not visible") << seed::ConfluentService << QString() << int(S::Pass)
                                     << int(S::Unknown) << int(S::Info) << int(S::Info) << true;
    }

    void checksAgainstTheSandbox()
    {
        QFETCH(QString, service);
        QFETCH(QString, crossRegion);
        QFETCH(int, region);
        QFETCH(int, found);
        QFETCH(int, principal);
        QFETCH(int, zones);
        QFETCH(bool, passes);
        AwsLinkFacts facts = baseFacts(service);
        facts.crossRegion = crossRegion;
        AwsLinkFacts result;
        const QList<AwsCheck> checks = checkOnSandbox(facts, &result);
        QCOMPARE(result.callerAccount, QLatin1StringView(sandbox::AwsAccounts::UserAccount));
        QCOMPARE(int(statusOf(checks, K::Region)), region);
        QCOMPARE(int(statusOf(checks, K::Service)), found);
        QCOMPARE(int(statusOf(checks, K::Principal)), principal);
        QCOMPARE(int(statusOf(checks, K::Zones)), zones);
        QCOMPARE(AwsLinkChecks::passes(checks), passes);
    }

    void anotherAccountsServiceIsCheckedAsFarAsItCanBe()
    {
        // Confluent's service, once Confluent allows the user's account: seen, its zones
        // mapped with the user's own zone names, its principals not readable.
        QJsonArray principals{
            u"arn:aws:iam::380838443567:root"_s,
            u"arn:aws:iam::%1:root"_s.arg(QLatin1StringView(sandbox::AwsAccounts::UserAccount))};
        QVERIFY(m_sandbox
                    ->request("POST",
                              u"/sandbox/v1/endpointServices/%1:setAllowedPrincipals"_s.arg(
                                  seed::ConfluentService),
                              QJsonObject{{u"allowedPrincipals"_s, principals}})
                    .ok());
        AwsLinkFacts result;
        const QList<AwsCheck> checks = checkOnSandbox(baseFacts(seed::ConfluentService), &result);
        QCOMPARE(result.visibility, AwsLinkFacts::Visibility::SeenOnly);
        QCOMPARE(*result.serviceZoneIds,
                 (QStringList{u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s}));
        QCOMPARE(statusOf(checks, K::Principal), S::Unknown);
        QCOMPARE(statusOf(checks, K::Zones), S::Pass);
        QVERIFY(AwsLinkChecks::passes(checks));
    }

    void wrongKeysAreUnknownNotFailed()
    {
        m_account->useSandbox(m_sandbox->url().resolved(QUrl(u"/aws/"_s)),
                              {m_sandbox->config().awsAccessKeyId, u"wrong"_s, {}, {}, u"x"_s});
        AwsLinkFacts result;
        const QList<AwsCheck> checks = checkOnSandbox(baseFacts(seed::NoPrincipals), &result);
        QCOMPARE(result.visibility, AwsLinkFacts::Visibility::Unknown);
        QVERIFY2(result.readError.contains(u"AuthFailure"_s) ||
                     result.readError.contains(u"SignatureDoesNotMatch"_s),
                 qPrintable(result.readError));
        QCOMPARE(statusOf(checks, K::Service), S::Unknown);
    }

    void addingThePrincipalIsSentOnceEvenWhenTheAnswerIsLost()
    {
        // The answer of the change breaks off: a read finds the principal was added, and the
        // change is never sent again.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/faults"_s,
                              QJsonObject{{u"closeMidResponse"_s, true},
                                          {u"pathPrefix"_s, u"/aws/"_s},
                                          {u"remaining"_s, 1}})
                    .ok());
        AwsLinkService service(m_account.get());
        SendOnce *sender =
            service.addPrincipal(u"us-east-1"_s, seed::NoPrincipals.section(u'.', -1),
                                 u"arn:aws:iam::380838443567:root"_s, this);
        QSignalSpy done(sender, &SendOnce::done);
        QSignalSpy failed(sender, &SendOnce::failed);
        sender->run();
        QTRY_VERIFY(!failed.isEmpty() || !done.isEmpty());
        if (done.isEmpty()) { // the outcome was unknown: run() checks, it does not send
            QCOMPARE(failed.first().at(1).toBool(), true);
            sender->run();
            QTRY_COMPARE(done.size(), 1);
        }
        QCOMPARE(done.first().at(0).toBool(), true); // found by the check
        QCOMPARE(sender->sendCount(), 1);
        const QJsonObject stored =
            m_sandbox->request("GET", u"/sandbox/v1/endpointServices/%1"_s.arg(seed::NoPrincipals))
                .json;
        QCOMPARE(stored.value("allowedPrincipals"_L1).toArray().size(), 1);
        sender->run(); // done: nothing more is sent
        QCOMPARE(sender->sendCount(), 1);
    }

    void acceptingAnAcceptedRequestSaysSo()
    {
        AwsLinkService service(m_account.get());
        const QString serviceId = u"vpce-svc-01234abcd5678ef90"_s;
        std::optional<AwsUnsuccessfulItem> refused;
        SendOnce *first = service.decide(
            u"us-east-1"_s, serviceId, u"vpce-0c2d4e6f8a0b2c4d6"_s, true,
            [&](const AwsUnsuccessfulItem &i) { refused = i; }, this);
        QSignalSpy done(first, &SendOnce::done);
        first->run();
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!refused);
        SendOnce *second = service.decide(
            u"us-east-1"_s, serviceId, u"vpce-0c2d4e6f8a0b2c4d6"_s, true,
            [&](const AwsUnsuccessfulItem &i) { refused = i; }, this);
        QSignalSpy secondDone(second, &SendOnce::done);
        second->run();
        QTRY_COMPARE(secondDone.size(), 1);
        QVERIFY(refused);
        QCOMPARE(refused->code, u"InvalidVpcEndpointState"_s);
    }

    void credentialProcessRunsOnceForManyCalls()
    {
        const QString counter = m_dir.filePath(u"runs"_s);
        const QString helper = m_dir.filePath(u"helper.sh"_s);
        QFile file(helper);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"#!/bin/sh\necho run >> '%1'\necho '{\"Version\": 1, \"AccessKeyId\": \"%2\", "
                   "\"SecretAccessKey\": \"%3\", \"Expiration\": \"2099-01-01T00:00:00Z\"}'\n"_s
                       .arg(counter, m_sandbox->config().awsAccessKeyId,
                            m_sandbox->config().awsSecretAccessKey)
                       .toUtf8());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString config = m_dir.filePath(u"config"_s);
        QFile configFile(config);
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write(
            u"[profile helper]\nregion = us-east-1\ncredential_process = %1\nendpoint_url = %2\n"_s
                .arg(helper, m_sandbox->url().resolved(QUrl(u"/aws/"_s)).toString())
                .toUtf8());
        configFile.close();
        AwsAccount account(nullptr);
        account.choose({AwsAccountChoice::Kind::NamedProfile, u"helper"_s},
                       {{u"AWS_CONFIG_FILE"_s, config},
                        {u"AWS_SHARED_CREDENTIALS_FILE"_s, m_dir.filePath(u"none"_s)}});
        QVERIFY(account.isConfigured());
        // Two calls at once share one run of the process.
        QStringList accounts;
        for (int i = 0; i < 2; ++i) {
            account.identity()->onFinished(
                this,
                [&accounts](const AwsCallerIdentity &identity) {
                    accounts.append(identity.account);
                },
                [&accounts](const ApiError &error) { accounts.append(error.userMessage()); });
        }
        QTRY_COMPARE(accounts.size(), 2);
        const QString user = QLatin1StringView(sandbox::AwsAccounts::UserAccount);
        QCOMPARE(accounts, (QStringList{user, user}));
        const auto [third, e3] = await(account.identity());
        Q_UNUSED(third);
        QVERIFY(!e3.isError());
        QFile runs(counter);
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll().count('\n'), 1);
        QCOMPARE(account.description(), u"credential_process of profile helper"_s);
    }

    void commandsRunInTheRealCliAndKeepTheirArguments()
    {
        // Each command as shown for the sandbox's account — its comment line, then the command
        // with the sandbox's --endpoint-url — run by a POSIX shell and the AWS CLI against it.
        const CliAccount cli = m_account->cliAccount();
        QCOMPARE(cli.keys, CliAccount::Keys::Sandbox);
        const QString endpoint = m_sandbox->url().resolved(QUrl(u"/aws/"_s)).toString();
        const QString pwned = m_dir.filePath(u"pwned"_s);
        const QString hostile = u"-x' ; touch '%1' ; '"_s.arg(pwned);
        const QStringList commands{
            AwsCommands::describeServicePermissions(cli, u"us-east-1"_s,
                                                    seed::NoPrincipals.section(u'.', -1)),
            AwsCommands::describeConnections(cli, u"us-east-1"_s, u"vpce-svc-01234abcd5678ef90"_s,
                                             u"vpce-0c2d4e6f8a0b2c4d6"_s),
            AwsCommands::describeServicePermissions(cli, u"us-east-1"_s, hostile),
            AwsCommands::describeServices(cli, u"us-east-1"_s, u"--output=text"_s),
            AwsCommands::callerIdentity(cli, u"us-east-1"_s),
        };
        const QList<QPair<int, QString>> expected{
            {0, u"AllowedPrincipals"_s},
            {0, u"pendingAcceptance"_s},
            {254, u"InvalidVpcEndpointServiceId.Malformed"_s},
            {254, u"InvalidServiceName"_s},
            {0, QLatin1StringView(sandbox::AwsAccounts::UserAccount)}};
        for (qsizetype i = 0; i < commands.size(); ++i) {
            QVERIFY2(commands.at(i).endsWith(u" --endpoint-url='%1'"_s.arg(endpoint)),
                     qPrintable(commands.at(i)));
            const QString script = AwsCommands::script(cli, {commands.at(i)});
            QVERIFY2(script.startsWith(u"# "_s) && script.count(u'\n') == 1, qPrintable(script));
            QProcess shell;
            QProcessEnvironment env;
            env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
            env.insert(u"HOME"_s, m_dir.path());
            env.insert(u"AWS_ACCESS_KEY_ID"_s, m_sandbox->config().awsAccessKeyId);
            env.insert(u"AWS_SECRET_ACCESS_KEY"_s, m_sandbox->config().awsSecretAccessKey);
            env.insert(u"AWS_CONFIG_FILE"_s, m_dir.filePath(u"none"_s));
            env.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_dir.filePath(u"none"_s));
            shell.setProcessEnvironment(env);
            // The sandbox's keys are in no profile: the comment line says so, and they are
            // in the environment here.
            shell.start(u"/bin/sh"_s, {u"-c"_s, script});
            QVERIFY(QTest::qWaitFor([&shell] { return shell.state() == QProcess::NotRunning; },
                                    60'000));
            const QString output =
                QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
            QVERIFY2(shell.exitCode() == expected.at(i).first,
                     qPrintable(commands.at(i) + u"\n"_s + output));
            QVERIFY2(output.contains(expected.at(i).second),
                     qPrintable(commands.at(i) + u"\n"_s + output));
        }
        QVERIFY(!QFile::exists(pwned));
    }

    // Issue 29, item 4: a copied aws command acts on the account the window acts on.
    // Item 4: a user name and password in a configured endpoint URL never reach a command.
    void trust2_item04_anEndpointsUserInfoStaysOut()
    {
        CliAccount account;
        account.keys = CliAccount::Keys::Environment;
        account.endpoint = QUrl(u"https://admin:s3cret@vpce.example.test/"_s);
        account.stsEndpoint = account.endpoint;
        const QString script = AwsCommands::script(
            account, {AwsCommands::decide(account, u"us-east-1"_s, u"vpce-svc-0123456789abcdef0"_s,
                                          u"vpce-0123456789abcdef0"_s, true)});
        QVERIFY2(script.contains(u"--endpoint-url='https://vpce.example.test/'"_s),
                 qPrintable(script));
        QVERIFY(!script.contains(u"s3cret"_s));
        QVERIFY(!script.contains(u"admin"_s));
        const QString aliyun =
            AlibabaCommands::script(account, {AlibabaCommands::callerIdentity(account)});
        QVERIFY(!aliyun.contains(u"s3cret"_s));
    }

    void trust2_item04_awsCommandsActOnTheWindowsAccount()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bin = dir.filePath(u"bin"_s);
        const QString home = dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(bin) && QDir().mkpath(home));
        QVERIFY(test::writeCliStub(bin + u"/aws"_s));
        QVERIFY(writeFile(home + u"/canary"_s, "still here"));
        const QString profile = u"prod 'x'; rm -rf ~"_s;
        const QString config = dir.filePath(u"config"_s);
        const QString credentials = dir.filePath(u"credentials"_s);
        QVERIFY(writeFile(config, u"[profile %1]\nregion = us-east-1\n"
                                  "endpoint_url = https://vpce.example.test/\n"_s.arg(profile)
                                      .toUtf8()));
        QVERIFY(writeFile(
            credentials,
            u"[%1]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"_s.arg(profile)
                .toUtf8()));
        const QHash<QString, QString> files{{u"AWS_CONFIG_FILE"_s, config},
                                            {u"AWS_SHARED_CREDENTIALS_FILE"_s, credentials}};
        const QString region = u"us-east-1"_s;
        const QString service = u"vpce-svc-0123456789abcdef0"_s;
        const QString endpoint = u"vpce-0a1b2c3d4e5f60718"_s;
        const QStringList accept{u"ec2"_s, u"accept-vpc-endpoint-connections"_s,
                                 u"--region=us-east-1"_s, u"--service-id="_s + service,
                                 u"--vpc-endpoint-ids="_s + endpoint};
        const QStringList zones{u"ec2"_s, u"describe-availability-zones"_s,
                                u"--region=us-east-1"_s};
        AwsAccount account(nullptr);

        // A named profile: --profile with its exact name as one argument, and the endpoint
        // its file configures; no comment line.
        account.choose({AwsAccountChoice::Kind::NamedProfile, profile}, files);
        CliAccount cli = account.cliAccount();
        QCOMPARE(cli.keys, CliAccount::Keys::Profile);
        QCOMPARE(cli.profile, profile);
        QVERIFY(AwsCommands::notes(cli).isEmpty());
        const QString decide =
            AwsCommands::script(cli, {AwsCommands::decide(cli, region, service, endpoint, true)});
        QCOMPARE(test::runsOf(decide, bin, home),
                 (QList<QStringList>{accept +
                                     QStringList{u"--profile="_s + profile,
                                                 u"--endpoint-url=https://vpce.example.test/"_s}}));
        QCOMPARE(test::runsOf(AwsCommands::callerIdentity(cli, region), bin, home),
                 (QList<QStringList>{{u"sts"_s, u"get-caller-identity"_s, u"--region=us-east-1"_s,
                                      u"--profile="_s + profile,
                                      u"--endpoint-url=https://vpce.example.test/"_s}}));
        QVERIFY(QFile::exists(home + u"/canary"_s));
        // The progress page's accept command is the same command.
        EndpointService pending;
        pending.name = u"com.amazonaws.vpce.us-east-1."_s + service;
        pending.endpointId = endpoint;
        QCOMPARE(AwsProvider::instance().acceptCommand(pending, cli), decide);
        // The default chain's profile (AWS_PROFILE here) is named too: the user's shell may
        // have another.
        QHash<QString, QString> chain = files;
        chain.insert(u"AWS_PROFILE"_s, profile);
        account.choose({AwsAccountChoice::Kind::DefaultChain, {}}, chain);
        QCOMPARE(account.cliAccount(), cli);

        // Keys from the environment: a comment line says so, no --profile.
        account.choose({AwsAccountChoice::Kind::DefaultChain, {}},
                       {{u"AWS_ACCESS_KEY_ID"_s, u"AKIAIOSFODNN7EXAMPLE"_s},
                        {u"AWS_SECRET_ACCESS_KEY"_s, u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s},
                        {u"AWS_CONFIG_FILE"_s, dir.filePath(u"none"_s)},
                        {u"AWS_SHARED_CREDENTIALS_FILE"_s, dir.filePath(u"none"_s)}});
        cli = account.cliAccount();
        QCOMPARE(cli.keys, CliAccount::Keys::Environment);
        QString script =
            AwsCommands::script(cli, {AwsCommands::describeAvailabilityZones(cli, region)});
        QCOMPARE(script.section(u'\n', 0, 0),
                 u"# The console's AWS keys come from AWS_ACCESS_KEY_ID and "
                 "AWS_SECRET_ACCESS_KEY in its environment: run where the same are set."_s);
        QCOMPARE(test::runsOf(script, bin, home), (QList<QStringList>{zones}));

        // Keys typed into the console: a comment line; the environment's EC2 endpoint is named.
        account.useKeys(
            {u"AKIAIOSFODNN7EXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s, {}, {}, {}},
            {}, {{u"AWS_ENDPOINT_URL_EC2"_s, u"https://ec2.internal.example/"_s}});
        cli = account.cliAccount();
        QCOMPARE(cli.keys, CliAccount::Keys::Typed);
        script = AwsCommands::script(cli, {AwsCommands::describeAvailabilityZones(cli, region),
                                           AwsCommands::callerIdentity(cli, region)});
        QCOMPARE(script.section(u'\n', 0, 0),
                 u"# The console's AWS access key was typed into it and is in no AWS CLI profile: "
                 "set it in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY first."_s);
        QCOMPARE(test::runsOf(script, bin, home),
                 (QList<QStringList>{
                     zones + QStringList{u"--endpoint-url=https://ec2.internal.example/"_s},
                     {u"sts"_s, u"get-caller-identity"_s, u"--region=us-east-1"_s}}));

        // The sandbox: its keys are in no profile; the comment and --endpoint-url name it.
        account.useSandbox(QUrl(u"http://127.0.0.1:9/aws/"_s),
                           {u"AKIAIOSFODNN7EXAMPLE"_s, u"secret"_s, {}, {}, {}});
        cli = account.cliAccount();
        QCOMPARE(cli.keys, CliAccount::Keys::Sandbox);
        script = AwsCommands::script(cli, {AwsCommands::describeAvailabilityZones(cli, region)});
        QCOMPARE(script.section(u'\n', 0, 0),
                 u"# The sandbox's AWS account at http://127.0.0.1:9/aws/: its keys are made at "
                 "each start and are in no profile."_s);
        QCOMPARE(
            test::runsOf(script, bin, home),
            (QList<QStringList>{zones + QStringList{u"--endpoint-url=http://127.0.0.1:9/aws/"_s}}));

        // A profile name with a line feed is still one argument of one command.
        const QString twoLines = u"ops\ntouch pwned"_s;
        account.choose({AwsAccountChoice::Kind::NamedProfile, twoLines}, files);
        cli = account.cliAccount();
        QCOMPARE(test::runsOf(AwsCommands::script(
                                  cli, {AwsCommands::describeAvailabilityZones(cli, region)}),
                              bin, home),
                 (QList<QStringList>{zones + QStringList{u"--profile="_s + twoLines}}));
        QVERIFY(!QFile::exists(home + u"/pwned"_s));
        // And a comment line stays one line, whatever its sentence holds.
        QCOMPARE(CliCommands::comment(u"keys\nrm -rf ~"_s), u"# keys\u240Arm -rf ~"_s);
        QVERIFY(QFile::exists(home + u"/canary"_s));
    }
};

QTEST_GUILESS_MAIN(TestAwsLink)
#include "tst_awslinkservice.moc"
