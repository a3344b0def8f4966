// A private endpoint into a cluster on AWS: the rules that judge the user's VPC and choice, the
// reads that gather their facts from the sandbox's EC2, the dry run, and the changes — a DNS
// attribute, port 4000 opened, the endpoint made and deleted — each sent once, also when the
// answer is lost. Then what was made as Terraform text, and the HCL quoting both clouds' text
// shares (HclText), against hostile values.
#include "AwaitJob.h"
#include "CannedServer.h"
#include "ProviderSandbox.h"

#include "providers/HclText.h"
#include "providers/aws/AwsCommands.h"
#include "providers/aws/AwsInboundChecks.h"
#include "providers/aws/AwsInboundService.h"
#include "providers/aws/AwsTerraform.h"
#include "providers/aws/Ec2NetworkCodec.h"
#include "services/LanguageManager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using S = LinkCheck::Status;
using K = LinkCheck::Kind;

namespace {
const QString Prod = u"vpc-0c1f9e2d3b4a59687"_s;
const QString Legacy = u"vpc-07d3e5a1b9c2f4e60"_s;
const QString TidbService = u"com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"_s;
const QString SubnetAz1 = u"subnet-0a4e1c2b3d5f60718"_s;
const QString SubnetAz2 = u"subnet-0b5f2d3c4e6a70819"_s;
const QString SubnetAz3 = u"subnet-0c6a3e4d5f7b8092a"_s;
const QString SubnetAz4 = u"subnet-0d7b4f5e6a8c9103b"_s;
const QString ClientsGroup = u"sg-0f2b3c4d5e6f70819"_s;
const QString DefaultGroup = u"sg-0e1a2b3c4d5e6f708"_s;

AwsVpcEndpoint endpointIn(const QString &state)
{
    AwsVpcEndpoint endpoint;
    endpoint.endpointId = u"vpce-0123456789abcdef0"_s;
    endpoint.vpcId = Prod;
    endpoint.serviceName = TidbService;
    endpoint.state = state;
    return endpoint;
}

AwsInboundFacts factsFor(const QString &vpc)
{
    AwsInboundFacts facts;
    facts.region = u"us-east-1"_s;
    facts.serviceName = TidbService;
    facts.serviceZoneIds = {u"use1-az1"_s, u"use1-az2"_s, u"use1-az4"_s};
    facts.port = 4000;
    facts.vpc.vpcId = vpc;
    return facts;
}

/// The VPC as a pure rule test describes it, without any read.
AwsInboundFacts offline()
{
    AwsInboundFacts facts = factsFor(Prod);
    facts.vpc.cidrBlock = u"10.20.0.0/16"_s;
    facts.dnsSupport = true;
    facts.dnsHostnames = true;
    facts.subnets = {{SubnetAz1, Prod, {}, {}, u"use1-az1"_s, {}, 100},
                     {SubnetAz2, Prod, {}, {}, u"use1-az2"_s, {}, 100},
                     {SubnetAz3, Prod, {}, {}, u"use1-az3"_s, {}, 100},
                     {u"subnet-0aaaaaaaaaaaaaaa1"_s, Prod, {}, {}, u"use1-az2"_s, {}, 900}};
    AwsSecurityGroup clients{ClientsGroup, u"tidb-clients"_s, {}, Prod, {}};
    clients.rules.append(
        {u"sgr-1"_s, ClientsGroup, false, u"tcp"_s, 3000, 5000, u"10.20.0.0/16"_s, {}, {}, {}, {}});
    AwsSecurityGroup fallback{DefaultGroup, u"default"_s, {}, Prod, {}};
    fallback.rules.append(
        {u"sgr-2"_s, DefaultGroup, true, u"-1"_s, -1, -1, u"0.0.0.0/0"_s, {}, {}, {}, {}});
    facts.groups = {fallback, clients};
    return facts;
}

/// The worst status of the checks of `kind`: a failure, then one not checked, then a note.
S statusOf(const QList<LinkCheck> &checks, K kind)
{
    const auto rank = [](S status) {
        return status == S::Fail ? 3 : status == S::Unknown ? 2 : status == S::Info ? 1 : 0;
    };
    std::optional<S> worst;
    for (const LinkCheck &check : checks) {
        if (check.kind == kind && (!worst || rank(check.status) > rank(*worst)))
            worst = check.status;
    }
    return worst.value_or(S::Info);
}
} // namespace

Q_DECLARE_METATYPE(plc::AwsInboundFacts)
Q_DECLARE_METATYPE(plc::AwsGroupRule)

class TestAwsInbound final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<AwsAccount> m_account;
    LanguageManager m_languages;

    AwsEndpointRequest request(const QString &token) const
    {
        return {Prod, TidbService, {SubnetAz1, SubnetAz2}, {ClientsGroup}, true, token};
    }

    /// Runs a change to its end: an unknown outcome is settled by run() again, which reads.
    /// `foundByCheck`: whether the end came from that read (the answer was lost).
    static bool finish(SendOnce *sender, bool *foundByCheck = nullptr)
    {
        QSignalSpy done(sender, &SendOnce::done);
        QSignalSpy failed(sender, &SendOnce::failed);
        sender->run();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10'000))
            return false;
        if (done.isEmpty() && sender->isOutcomeUnknown()) {
            failed.clear();
            sender->run();
            if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 10'000))
                return false;
        }
        if (foundByCheck && !done.isEmpty())
            *foundByCheck = done.constFirst().at(0).toBool();
        return !done.isEmpty();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_languages.setLanguage(u"en"_s)); }

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

    void theRulesSuggestOneSubnetPerZoneAndTheGroupThatOpensThePort()
    {
        const AwsInboundFacts facts = offline();
        // The busier of the two az2 subnets is passed over; az3 is not the service's.
        QCOMPARE(AwsInboundChecks::suggestedSubnets(facts),
                 (QStringList{SubnetAz1, u"subnet-0aaaaaaaaaaaaaaa1"_s}));
        QCOMPARE(AwsInboundChecks::suggestedGroups(facts), QStringList{ClientsGroup});
        QCOMPARE(AwsInboundChecks::openedFrom(facts.groups.at(1), 4000),
                 QStringList{u"10.20.0.0/16"_s});
        QVERIFY(AwsInboundChecks::openedFrom(facts.groups.at(1), 22).isEmpty());
        AwsInboundFacts closed = facts;
        closed.groups.removeLast();
        QCOMPARE(AwsInboundChecks::suggestedGroups(closed), QStringList{DefaultGroup});
    }

    void theRules_data()
    {
        QTest::addColumn<AwsInboundFacts>("facts");
        QTest::addColumn<QStringList>("subnets");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<bool>("privateDns");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        const AwsInboundFacts ok = offline();
        const QStringList two{SubnetAz1, SubnetAz2};
        const QStringList clients{ClientsGroup};
        QTest::newRow("all clear: zones")
            << ok << two << clients << true << int(K::Zones) << int(S::Pass);
        QTest::newRow("all clear: port")
            << ok << two << clients << true << int(K::Port) << int(S::Pass);
        QTest::newRow("all clear: no endpoint yet")
            << ok << two << clients << true << int(K::Existing) << int(S::Pass);
        QTest::newRow("one of two shared zones")
            << ok << QStringList{SubnetAz1} << clients << true << int(K::Zones) << int(S::Info);
        QTest::newRow("a subnet outside the zones")
            << ok << QStringList{SubnetAz1, SubnetAz3} << clients << true << int(K::Zones)
            << int(S::Fail);
        QTest::newRow("two subnets in a zone")
            << ok << QStringList{SubnetAz2, u"subnet-0aaaaaaaaaaaaaaa1"_s} << clients << true
            << int(K::Zones) << int(S::Fail);
        QTest::newRow("no subnet")
            << ok << QStringList{} << clients << true << int(K::Zones) << int(S::Fail);
        AwsInboundFacts noShared = ok;
        noShared.subnets = {{SubnetAz3, Prod, {}, {}, u"use1-az3"_s, {}, 100}};
        QTest::newRow("no subnet in the service's zones")
            << noShared << QStringList{} << clients << true << int(K::Zones) << int(S::Fail);
        QTest::newRow("no group opens 4000")
            << ok << two << QStringList{DefaultGroup} << true << int(K::Port) << int(S::Fail);
        QTest::newRow("no group") << ok << two << QStringList{} << true << int(K::Port)
                                  << int(S::Fail);
        AwsInboundFacts hostnamesOff = ok;
        hostnamesOff.dnsHostnames = false;
        QTest::newRow("private DNS without DNS hostnames")
            << hostnamesOff << two << clients << true << int(K::Network) << int(S::Fail);
        QTest::newRow("no private DNS: the attributes do not matter")
            << hostnamesOff << two << clients << false << int(K::Network) << int(S::Pass);
        AwsInboundFacts unread = ok;
        unread.dnsSupport.reset();
        QTest::newRow("DNS attributes unread")
            << unread << two << clients << true << int(K::Network) << int(S::Unknown);
        AwsInboundFacts existing = ok;
        existing.existing = {endpointIn(u"available"_s)};
        QTest::newRow("an endpoint to the service already")
            << existing << two << clients << true << int(K::Existing) << int(S::Fail);
        AwsInboundFacts deleting = ok;
        deleting.existing = {endpointIn(u"deleting"_s)};
        QTest::newRow("one being deleted does not count")
            << deleting << two << clients << true << int(K::Existing) << int(S::Pass);
        AwsInboundFacts noVpc = ok;
        noVpc.vpc = {};
        QTest::newRow("no VPC") << noVpc << two << clients << true << int(K::Network)
                                << int(S::Fail);
    }

    void theRules()
    {
        QFETCH(AwsInboundFacts, facts);
        QFETCH(QStringList, subnets);
        QFETCH(QStringList, groups);
        QFETCH(bool, privateDns);
        QFETCH(int, kind);
        QFETCH(int, status);
        const QList<LinkCheck> checks =
            AwsInboundChecks::evaluate(facts, {subnets, groups, privateDns});
        QCOMPARE(int(statusOf(checks, K(kind))), status);
        for (const LinkCheck &check : checks) {
            QVERIFY(!check.sentence.isEmpty());
            if (check.status == S::Fail)
                QVERIFY2(!check.fix.isEmpty(), qPrintable(check.sentence));
        }
    }

    void theFactsAreReadFromTheVpc()
    {
        AwsInboundService service(m_account.get());
        const auto [vpcs, vpcError] = await(service.vpcs(u"us-east-1"_s));
        QVERIFY2(!vpcError.isError(), qPrintable(vpcError.userMessage()));
        QCOMPARE(vpcs.size(), 2);
        AwsInboundFacts asked = factsFor(Prod);
        asked.vpc = vpcs.first();
        const auto [facts, error] = await(service.read(asked, nullptr));
        QVERIFY(!error.isError());
        QVERIFY2(facts.readError.isEmpty(), qPrintable(facts.readError));
        QCOMPARE(facts.dnsSupport, std::optional<bool>(true));
        QCOMPARE(facts.dnsHostnames, std::optional<bool>(true));
        QCOMPARE(facts.subnets.size(), 4);
        QCOMPARE(facts.groups.size(), 2);
        QVERIFY(facts.existing.isEmpty());
        const AwsInboundChoice choice{AwsInboundChecks::suggestedSubnets(facts),
                                      AwsInboundChecks::suggestedGroups(facts), true};
        QCOMPARE(choice.subnetIds, (QStringList{SubnetAz1, SubnetAz2, SubnetAz4}));
        QCOMPARE(choice.groupIds, QStringList{ClientsGroup});
        QVERIFY(LinkCheck::verdict(AwsInboundChecks::evaluate(facts, choice)) ==
                LinkCheck::Verdict::Passes);

        AwsInboundFacts legacy = factsFor(Legacy);
        legacy.vpc.vpcId = Legacy;
        const auto [old, oldError] = await(service.read(legacy, nullptr));
        QCOMPARE(old.dnsHostnames, std::optional<bool>(false));
        QCOMPARE(statusOf(AwsInboundChecks::evaluate(old, {{}, {}, true}), K::Network), S::Fail);
        // Someone else's VPC: a sentence, not a crash or an empty list taken for "none".
        AwsInboundFacts unknown = factsFor(u"vpc-0123456789abcdef0"_s);
        const auto [missing, missingError] = await(service.read(unknown, nullptr));
        QVERIFY(missing.readError.contains(u"vpc-0123456789abcdef0"_s));
    }

    void theDryRunSaysWhetherTheCreateWouldPass()
    {
        AwsInboundService service(m_account.get());
        const auto [yes, yesError] =
            await(service.dryRunCreate(u"us-east-1"_s, request(u"dry"_s), nullptr));
        QVERIFY2(!yesError.isError(), qPrintable(yesError.userMessage()));
        QVERIFY(yes);
        AwsEndpointRequest outside = request(u"dry"_s);
        outside.subnetIds = {SubnetAz3};
        const auto [no, noError] = await(service.dryRunCreate(u"us-east-1"_s, outside, nullptr));
        QCOMPARE(noError.providerCode, u"InvalidParameter"_s);
        QVERIFY(noError.userMessage().contains(SubnetAz3));
        AwsInboundFacts asked = factsFor(Prod);
        const auto [facts, factsError] = await(service.read(asked, nullptr));
        QVERIFY(facts.readError.isEmpty());
        const QList<AwsVpcEndpoint> none = facts.existing;
        QVERIFY(none.isEmpty()); // nothing was made
    }

    void theChangesAreSentOnceEvenWhenTheAnswerIsLost_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("answered") << QString();
        QTest::newRow("answer dropped") << u"dropAnswer"_s;
        QTest::newRow("answer broke off") << u"closeMidResponse"_s;
    }

    void theChangesAreSentOnceEvenWhenTheAnswerIsLost()
    {
        QFETCH(QString, fault);
        AwsInboundService service(m_account.get());
        const auto lose = [&] {
            if (!fault.isEmpty())
                QVERIFY(m_sandbox
                            ->request("PUT", u"/sandbox/v1/faults"_s,
                                      QJsonObject{{fault, true},
                                                  {u"pathPrefix"_s, u"/aws/"_s},
                                                  {u"remaining"_s, 1}})
                            .ok());
        };

        lose();
        SendOnce *dns =
            service.enableDnsAttribute(u"us-east-1"_s, Legacy, u"enableDnsHostnames"_s, this);
        bool found = false;
        QVERIFY(finish(dns, &found));
        QCOMPARE(found, !fault.isEmpty()); // the fault did take the answer away
        QCOMPARE(dns->sendCount(), 1);

        lose();
        SendOnce *port =
            service.openPort(u"us-east-1"_s, Prod, DefaultGroup, 4000, u"10.20.0.0/16"_s, {}, this);
        QVERIFY(finish(port, &found));
        QCOMPARE(found, !fault.isEmpty());
        QCOMPARE(port->sendCount(), 1);

        lose();
        std::optional<AwsVpcEndpoint> made;
        SendOnce *create = service.createEndpoint(
            u"us-east-1"_s, request(u"token-"_s + QString::fromLatin1(QTest::currentDataTag())), {},
            [&](const AwsVpcEndpoint &e) { made = e; }, this);
        QVERIFY(finish(create, &found));
        QCOMPARE(found, !fault.isEmpty());
        QCOMPARE(create->sendCount(), 1);
        QVERIFY(made);
        QVERIFY(made->endpointId.startsWith(u"vpce-"_s));

        AwsInboundFacts asked = factsFor(Prod);
        const auto [facts, error] = await(service.read(asked, nullptr));
        QCOMPARE(facts.existing.size(), 1); // one endpoint, however the answer went
        QCOMPARE(facts.existing.first().endpointId, made->endpointId);

        lose();
        AwsEndpointChange change;
        change.addGroups = {DefaultGroup};
        change.removeSubnets = {SubnetAz2};
        SendOnce *modify = service.modifyEndpoint(u"us-east-1"_s, made->endpointId, change, this);
        QVERIFY(finish(modify, &found));
        QCOMPARE(found, !fault.isEmpty());
        QCOMPARE(modify->sendCount(), 1);

        lose();
        QStringList refusals;
        const auto refused = [&refusals](const AwsUnsuccessfulItem &item) {
            refusals.append(item.code);
        };
        SendOnce *remove = service.deleteEndpoint(u"us-east-1"_s, made->endpointId, refused, this);
        QVERIFY(finish(remove, &found));
        QCOMPARE(found, !fault.isEmpty());
        QCOMPARE(remove->sendCount(), 1);
        QVERIFY(refusals.isEmpty());

        // EC2 answers 200 for an endpoint it could not delete, naming it as unsuccessful:
        // that is heard, not taken for a delete.
        if (fault.isEmpty()) {
            SendOnce *unknown =
                service.deleteEndpoint(u"us-east-1"_s, u"vpce-0000000000000000f"_s, refused, this);
            QVERIFY(finish(unknown));
            QCOMPARE(refusals, QStringList{u"InvalidVpcEndpoint.NotFound"_s});
        }
    }

    void theChangesCommandsRunWithTheRealAwsCli()
    {
        // Each change the page lists, as the user would copy it, run by Debian's AWS CLI
        // against the sandbox; a hostile value stays one argument.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CliAccount cli = m_account->cliAccount();
        const auto run = [&](const QString &command, QString *output) {
            QProcess shell;
            QProcessEnvironment env;
            env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
            env.insert(u"HOME"_s, dir.path());
            env.insert(u"AWS_ACCESS_KEY_ID"_s, m_sandbox->config().awsAccessKeyId);
            env.insert(u"AWS_SECRET_ACCESS_KEY"_s, m_sandbox->config().awsSecretAccessKey);
            env.insert(u"AWS_CONFIG_FILE"_s, dir.filePath(u"none"_s));
            env.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, dir.filePath(u"none"_s));
            env.insert(u"AWS_PAGER"_s, QString());
            shell.setProcessEnvironment(env);
            shell.setWorkingDirectory(dir.path());
            shell.start(u"/bin/sh"_s, {u"-c"_s, AwsCommands::script(cli, {command})});
            if (!QTest::qWaitFor([&] { return shell.state() == QProcess::NotRunning; }, 60'000))
                return -1;
            *output =
                QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
            return shell.exitCode();
        };
        const QString region = u"us-east-1"_s;
        QString out;
        QCOMPARE(run(AwsCommands::enableVpcAttribute(cli, region, Legacy, u"enableDnsHostnames"_s),
                     &out),
                 0);
        QCOMPARE(run(AwsCommands::openPort(cli, region, DefaultGroup, 4000, u"10.20.0.0/16"_s, {}),
                     &out),
                 0);
        QVERIFY2(out.contains(u"sgr-"_s), qPrintable(out));
        QCOMPARE(
            run(AwsCommands::openPort(cli, region, DefaultGroup, 4000, {}, ClientsGroup), &out), 0);
        QCOMPARE(run(AwsCommands::createVpcEndpoint(cli, region, request(u"cli-token"_s)), &out),
                 0);
        const QString id = QJsonDocument::fromJson(out.toUtf8())
                               .object()
                               .value("VpcEndpoint"_L1)
                               .toObject()
                               .value("VpcEndpointId"_L1)
                               .toString();
        QVERIFY2(id.startsWith(u"vpce-"_s), qPrintable(out));
        AwsEndpointChange change;
        change.removeSubnets = {SubnetAz2};
        change.addGroups = {DefaultGroup};
        change.privateDns = false;
        QCOMPARE(run(AwsCommands::modifyVpcEndpoint(cli, region, id, change), &out), 0);
        QVERIFY2(out.contains(u"\"Return\": true"_s), qPrintable(out));
        QCOMPARE(run(AwsCommands::deleteVpcEndpoint(cli, region, id), &out), 0);

        AwsEndpointRequest hostile = request(u"x"_s);
        hostile.vpcId = u"vpc-1'; touch pwned; echo '"_s;
        QCOMPARE(run(AwsCommands::createVpcEndpoint(cli, region, hostile), &out), 254);
        QVERIFY2(out.contains(u"InvalidVpcID.Malformed"_s), qPrintable(out));
        // A group ID that looks like a placeholder, and shell text in the CIDR: each stays its
        // parameter's (before the fix the %3 became the --cidr option and unquoted the CIDR).
        QCOMPARE(
            run(AwsCommands::openPort(cli, region, u"sg-%3"_s, 4000, u"x;touch pwned"_s, {}), &out),
            254);
        QVERIFY2(out.contains(u"InvalidGroupId.Malformed"_s), qPrintable(out));
        // IDs from a server that look like options stay values of their own option: one as
        // --option=VALUE, several as a JSON list (before, "--dry-run" became the option).
        AwsEndpointChange odd;
        odd.addSubnets = {u"-x"_s};
        odd.removeGroups = {u"--dry-run"_s, SubnetAz1};
        const QString oddCommand = AwsCommands::modifyVpcEndpoint(cli, region, id, odd);
        QVERIFY2(oddCommand.contains(u"--add-subnet-ids='-x'"_s) &&
                     oddCommand.contains(u"--remove-security-group-ids '[\"--dry-run\",\""_s),
                 qPrintable(oddCommand));
        QCOMPARE(run(oddCommand, &out), 254);
        QVERIFY2(!out.contains(u"DryRunOperation"_s) && !out.contains(u"usage:"_s),
                 qPrintable(out));
        QVERIFY(!QFile::exists(dir.filePath(u"pwned"_s)));
    }

    void hclStringsAreInert_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hcl");
        QTest::newRow("plain") << u"vpc-0c1f9e2d3b4a59687"_s << u"\"vpc-0c1f9e2d3b4a59687\""_s;
        QTest::newRow("empty") << QString() << u"\"\""_s;
        QTest::newRow("quote and backslash") << u"a\"b\\c"_s << u"\"a\\\"b\\\\c\""_s;
        QTest::newRow("line breaks and tab") << u"a\nb\rc\td"_s << u"\"a\\nb\\rc\\td\""_s;
        QTest::newRow("other controls")
            << u"\u001b[2J\u007f\u0085"_s << u"\"\\u001B[2J\\u007F\\u0085\""_s;
        QTest::newRow("bidi override and separators")
            << u"a\u202eb\u2028c"_s << u"\"a\\u202Eb\\u2028c\""_s;
        QTest::newRow("interpolation") << u"${file(\"x\")}"_s << u"\"$${file(\\\"x\\\")}\""_s;
        QTest::newRow("directive") << u"%{ if true }"_s << u"\"%%{ if true }\""_s;
        // `$${` is itself a literal: its second `$` starts the sequence, so only that is doubled.
        QTest::newRow("escaped interpolation") << u"$${x}"_s << u"\"$$${x}\""_s;
        QTest::newRow("dollar and percent alone") << u"$5 {} 100%"_s << u"\"$5 {} 100%\""_s;
        QTest::newRow("CJK and emoji kept") << u"端点 🚀"_s << u"\"端点 🚀\""_s;
        QTest::newRow("half a surrogate pair") << QString(QChar(0xd800)) << u"\"\ufffd\""_s;
    }

    void hclStringsAreInert()
    {
        QFETCH(QString, text);
        QFETCH(QString, hcl);
        QCOMPARE(HclText::quoted(text), hcl);
    }

    void hclLabelsAreMadeFromIdsAlone()
    {
        QCOMPARE(HclText::identifier(u"vpce-0123abcd"), u"vpce_0123abcd"_s);
        QCOMPARE(HclText::identifier(u"0abc"), u"id_0abc"_s);
        QCOMPARE(HclText::identifier(u""), u"id_"_s);
        QCOMPARE(HclText::identifier(u"a\"b {\n${x}"), u"a_b_____x_"_s);
        QCOMPARE(HclText::identifier(u"é-1"), u"__1"_s);
        HclLabels labels;
        QCOMPARE(labels.take(u"sgr-1"), u"sgr_1"_s);
        QCOMPARE(labels.take(u"sgr_1"), u"sgr_1_2"_s); // the same identifier: a second label
        QCOMPARE(labels.take(u"sgr-1"), u"sgr_1_3"_s);
        QCOMPARE(HclText::comment(u"one\nresource \"x\" \"y\" {}"),
                 u"# one\u240aresource \"x\" \"y\" {}\n"_s);
    }

    void terraformOfTheEndpointAndItsRule()
    {
        AwsVpcEndpoint endpoint = endpointIn(u"available"_s);
        endpoint.subnetIds = {SubnetAz1, SubnetAz2};
        endpoint.groupIds = {ClientsGroup};
        endpoint.privateDnsEnabled = true;
        const AwsGroupRule rule{
            u"sgr-0a1b2c3d4e5f60718"_s, ClientsGroup, false,          u"tcp"_s, 4000, 4000,
            u"10.20.0.0/16"_s,          {},           u"TiDB 4000"_s, {},       {}};
        QCOMPARE(
            AwsTerraform::configuration(u"us-east-1"_s, endpoint, {rule}),
            uR"hcl(# Generated by Private Link Console for AWS region us-east-1: the interface VPC endpoint
# it made and the ingress rules it added. Nothing here has been applied.
# With Terraform 1.5 or later, applying it with the import blocks adopts the existing
# resources instead of making them again.

resource "aws_vpc_endpoint" "vpce_0123456789abcdef0" {
  vpc_endpoint_type   = "Interface"
  vpc_id              = "vpc-0c1f9e2d3b4a59687"
  service_name        = "com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"
  subnet_ids          = ["subnet-0a4e1c2b3d5f60718", "subnet-0b5f2d3c4e6a70819"]
  security_group_ids  = ["sg-0f2b3c4d5e6f70819"]
  private_dns_enabled = true
}

import {
  to = aws_vpc_endpoint.vpce_0123456789abcdef0
  id = "vpce-0123456789abcdef0"
}

resource "aws_vpc_security_group_ingress_rule" "sgr_0a1b2c3d4e5f60718" {
  security_group_id = "sg-0f2b3c4d5e6f70819"
  ip_protocol       = "tcp"
  from_port         = 4000
  to_port           = 4000
  cidr_ipv4         = "10.20.0.0/16"
  description       = "TiDB 4000"
}

import {
  to = aws_vpc_security_group_ingress_rule.sgr_0a1b2c3d4e5f60718
  id = "sgr-0a1b2c3d4e5f60718"
}
)hcl"_s);
    }

    void terraformOfTheRules_data()
    {
        QTest::addColumn<AwsGroupRule>("rule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("from a CIDR, no description")
            << AwsGroupRule{u"sgr-0123"_s,   DefaultGroup, false, u"tcp"_s, 4000, 4000,
                            u"10.0.0.0/8"_s, {},           {},    {},       {}}
            << uR"hcl(resource "aws_vpc_security_group_ingress_rule" "sgr_0123" {
  security_group_id = "sg-0e1a2b3c4d5e6f708"
  ip_protocol       = "tcp"
  from_port         = 4000
  to_port           = 4000
  cidr_ipv4         = "10.0.0.0/8"
}

import {
  to = aws_vpc_security_group_ingress_rule.sgr_0123
  id = "sgr-0123"
}
)hcl"_s;
        QTest::newRow("from a group")
            << AwsGroupRule{u"sgr-0456"_s, DefaultGroup,   false, u"tcp"_s, 4000, 4000, {},
                            ClientsGroup,  u"TiDB 4000"_s, {},    {}}
            << uR"hcl(resource "aws_vpc_security_group_ingress_rule" "sgr_0456" {
  security_group_id            = "sg-0e1a2b3c4d5e6f708"
  ip_protocol                  = "tcp"
  from_port                    = 4000
  to_port                      = 4000
  referenced_security_group_id = "sg-0f2b3c4d5e6f70819"
  description                  = "TiDB 4000"
}

import {
  to = aws_vpc_security_group_ingress_rule.sgr_0456
  id = "sgr-0456"
}
)hcl"_s;
        AwsGroupRule v6{
            u"sgr-0789"_s, DefaultGroup, false, u"tcp"_s, 4000, 4000, {}, {}, {}, {}, {}};
        v6.cidrIpv6 = u"2600:1f18::/40"_s;
        QTest::newRow("from an IPv6 range")
            << v6 << uR"hcl(resource "aws_vpc_security_group_ingress_rule" "sgr_0789" {
  security_group_id = "sg-0e1a2b3c4d5e6f708"
  ip_protocol       = "tcp"
  from_port         = 4000
  to_port           = 4000
  cidr_ipv6         = "2600:1f18::/40"
}

import {
  to = aws_vpc_security_group_ingress_rule.sgr_0789
  id = "sgr-0789"
}
)hcl"_s;
        AwsGroupRule listed{
            u"sgr-0abc"_s, DefaultGroup, false, u"tcp"_s, 4000, 4000, {}, {}, {}, {}, {}};
        listed.prefixListId = u"pl-0123456789abcdef0"_s;
        QTest::newRow("from a prefix list")
            << listed << uR"hcl(resource "aws_vpc_security_group_ingress_rule" "sgr_0abc" {
  security_group_id = "sg-0e1a2b3c4d5e6f708"
  ip_protocol       = "tcp"
  from_port         = 4000
  to_port           = 4000
  prefix_list_id    = "pl-0123456789abcdef0"
}

import {
  to = aws_vpc_security_group_ingress_rule.sgr_0abc
  id = "sgr-0abc"
}
)hcl"_s;
        // Without its ID the rule cannot be adopted: the text says so instead of an import.
        QTest::newRow("its ID not known")
            << AwsGroupRule{{}, DefaultGroup, false, u"tcp"_s, 4000, 4000, u"10.0.0.0/8"_s,
                            {}, {},           {},    {}}
            << uR"hcl(resource "aws_vpc_security_group_ingress_rule" "sg_0e1a2b3c4d5e6f708_tcp_4000" {
  security_group_id = "sg-0e1a2b3c4d5e6f708"
  ip_protocol       = "tcp"
  from_port         = 4000
  to_port           = 4000
  cidr_ipv4         = "10.0.0.0/8"
}

# No import block for aws_vpc_security_group_ingress_rule.sg_0e1a2b3c4d5e6f708_tcp_4000: its ID is not known (aws ec2 describe-security-group-rules lists its sgr- ID).
)hcl"_s;
    }

    // EC2 answers a change it did not make with 200 and <return>false</return>: a refusal in a
    // sentence, not a success (it was read as one) nor a lost answer (nothing is read after).
    void aReturnOfFalseIsARefusal()
    {
        test::CannedServer ec2;
        ec2.setResponse(200,
                        "<ModifyVpcEndpointResponse "
                        "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                        "<requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>"
                        "<return>false</return></ModifyVpcEndpointResponse>",
                        {{"Content-Type", "text/xml;charset=UTF-8"}});
        QVERIFY(ec2.start());
        AwsCredentials keys;
        keys.accessKeyId = m_sandbox->config().awsAccessKeyId;
        keys.secretAccessKey = m_sandbox->config().awsSecretAccessKey;
        m_account->useSandbox(ec2.url(), keys);
        AwsEndpointChange change;
        change.addGroups = {DefaultGroup};
        SendOnce *modify =
            AwsInboundService(m_account.get())
                .modifyEndpoint(u"us-east-1"_s, u"vpce-0a1b2c3d4e5f60718"_s, change, this);
        QSignalSpy done(modify, &SendOnce::done);
        QSignalSpy failed(modify, &SendOnce::failed);
        modify->run();
        QVERIFY(failed.wait(10'000));
        QVERIFY(done.isEmpty());
        const auto error = failed.constFirst().at(0).value<ApiError>();
        QCOMPARE(error.providerCode, u"ReturnFalse"_s);
        QVERIFY2(error.userMessage().contains(u"did not make the change"_s),
                 qPrintable(error.userMessage()));
        QCOMPARE(failed.constFirst().at(1).toBool(), false); // not "may have been made"
        QCOMPARE(modify->sendCount(), 1);
        QTest::qWait(200);
        QCOMPARE(ec2.requests().size(), 1); // the change, and no read to settle it
    }

    // A rule that lets the port in from an IPv6 range or a managed prefix list opens it too
    // (before, only IPv4 ranges and groups were read: such a group looked closed).
    void rulesFromIpv6AndPrefixListsOpenThePort()
    {
        // EC2's answer as its API reference shows it (in plain literals: moc takes the URL in
        // a raw string for a comment and drops the class).
        const QByteArray xml =
            "<DescribeSecurityGroupsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
            "<requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>"
            "<securityGroupInfo>"
            "<item>"
            "<ownerId>123456789012</ownerId>"
            "<groupId>sg-0a1b2c3d4e5f60718</groupId>"
            "<groupName>v6-clients</groupName>"
            "<groupDescription>clients</groupDescription>"
            "<vpcId>vpc-0c1f9e2d3b4a59687</vpcId>"
            "<ipPermissions>"
            "<item>"
            "<ipProtocol>tcp</ipProtocol>"
            "<fromPort>4000</fromPort>"
            "<toPort>4000</toPort>"
            "<groups/>"
            "<ipRanges/>"
            "<ipv6Ranges><item><cidrIpv6>2600:1f18::/40</cidrIpv6><description>v6 "
            "apps</description></item></ipv6Ranges>"
            "<prefixListIds><item><prefixListId>pl-0123456789abcdef0</prefixListId></item></"
            "prefixListIds>"
            "</item>"
            "</ipPermissions>"
            "<ipPermissionsEgress/>"
            "</item>"
            "</securityGroupInfo>"
            "</DescribeSecurityGroupsResponse>";
        QString error;
        const auto page = Ec2NetworkCodec::securityGroups(xml, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->items.size(), 1);
        const AwsSecurityGroup group = page->items.first();
        QCOMPARE(group.rules.size(), 2);
        QCOMPARE(group.rules[0].cidrIpv6, u"2600:1f18::/40"_s);
        QCOMPARE(group.rules[1].prefixListId, u"pl-0123456789abcdef0"_s);
        QCOMPARE(AwsInboundChecks::openedFrom(group, 4000),
                 (QStringList{u"2600:1f18::/40"_s, u"pl-0123456789abcdef0"_s}));
        QVERIFY(AwsInboundChecks::openedFrom(group, 3306).isEmpty());
    }

    void terraformOfTheRules()
    {
        QFETCH(AwsGroupRule, rule);
        QFETCH(QString, expected);
        const QString text = AwsTerraform::configuration(u"us-east-1"_s, endpointIn({}), {rule});
        QVERIFY2(text.endsWith(u"}\n\n"_s + expected), qPrintable(text));
    }

    void terraformKeepsHostileTextInert()
    {
        // Text from the network that tries to close its string, start a block of its own,
        // interpolate a file or a directive, and break out of the comment it is in.
        const QString hostile = u"x\" }\nresource \"null_resource\" \"pwned\" {\n"
                                u"  ${file(\"/etc/passwd\")} %{ if true }\\"_s;
        AwsGroupRule rule{u"sgr-1\"} #"_s,   ClientsGroup, false,   u"tcp"_s, 4000, 4000,
                          u"10.20.0.0/16"_s, {},           hostile, {},       {}};
        const QString text = AwsTerraform::configuration(u"us-east-1\nresource \"x\" \"y\" {}"_s,
                                                         endpointIn({}), {rule});
        QVERIFY2(text.contains(
                     u"\n  description       = \"x\\\" }\\nresource \\\"null_resource\\\" "
                     u"\\\"pwned\\\" {\\n  $${file(\\\"/etc/passwd\\\")} %%{ if true }\\\\\"\n"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"\"sgr_1____\" {\n"_s));         // the label: from the ID, made safe
        QVERIFY(text.contains(u"  id = \"sgr-1\\\"} #\"\n"_s)); // the ID itself: quoted
        QVERIFY(text.startsWith(
            u"# Generated by Private Link Console for AWS region us-east-1\u240aresource"_s));
        // Every line is one the generator wrote: a comment, a block's start or end, an argument.
        for (const QString &line : text.split(u'\n')) {
            QVERIFY2(line.isEmpty() || line.startsWith(u"# "_s) || line.startsWith(u"  "_s) ||
                         line == u"}"_s || line == u"import {"_s ||
                         line.startsWith(u"resource \"aws_"_s),
                     qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestAwsInbound)
#include "tst_awsinbound.moc"
