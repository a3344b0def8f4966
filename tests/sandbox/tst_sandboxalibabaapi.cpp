// The sandbox's Alibaba Cloud PrivateLink API (/alibaba/), driven by a client that is not
// ours: @alicloud/pop-core's RPCClient, Alibaba Cloud's Node.js SDK core (npm, installed by
// scripts/plc.sh from the committed lock file). Every operation the console will use, the
// Service Whitelist and connection requests over the same provider side as the TiDB Cloud API,
// paging, and the refusals Alibaba Cloud gives: signature, key, token, time, nonce, throttling.
#include "AlibabaPopCore.h"
#include "CliStub.h"
#include "SandboxFixture.h"
#include "SeedIds.h"

#include "providers/ProviderConsole.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/alibaba/AlibabaCommands.h"
#include "providers/alibaba/AlibabaProvider.h"
#include "sandbox/alibaba/AlibabaApi.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {
const QString TidbAccount = QStringLiteral("5548313946124153");
const QString HzService = QStringLiteral("epsrv-bp1c2d3e4f5g6h7i8");      // zones j and k
const QString HzKafkaService = QStringLiteral("epsrv-bp1k9m8n7b6v5c4x3"); // zone k

using Step = PopCoreStep;
using Outcome = PopCoreOutcome;

QString idText(const QJsonValue &value)
{
    return popCoreIdText(value);
}

} // namespace

class TestSandboxAlibaba final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    QList<Outcome> popCore(const QList<Step> &steps) { return runPopCore(*m_sandbox, steps); }

    Outcome one(const QString &action, const QJsonObject &params, const QJsonObject &options = {})
    {
        const QList<Outcome> outcomes = popCore({{action, params, options}});
        return outcomes.isEmpty() ? Outcome{{}, u"(pop-core did not run)"_s, {}, -1}
                                  : outcomes.first();
    }

    static QJsonObject hz(const QJsonObject &more = {})
    {
        QJsonObject params = more;
        params.insert(u"RegionId"_s, u"cn-hangzhou"_s);
        return params;
    }

    QString tidbState(const QString &id) { return hzPaymentsConnectionState(*m_sandbox, id); }

    QString pendingConnection(const QString &serviceId, const QString &name)
    {
        return pendingAlibabaConnection(*m_sandbox, serviceId, name);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
        QVERIFY(m_sandbox->config().alibabaAccessKeyId.startsWith(u"LTAI"_s));
    }
    void cleanup() { m_sandbox.reset(); }

    void theServicesAndTheirZonesAreRead()
    {
        Outcome r = one(u"ListVpcEndpointServices"_s, hz());
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        const QJsonArray services = r.ok.value("Services"_L1).toArray();
        QCOMPARE(services.size(), 2);
        QJsonObject payments;
        for (const QJsonValue &s : services) {
            if (s["ServiceId"_L1].toString() == HzService)
                payments = s.toObject();
        }
        QCOMPARE(payments.value("ServiceName"_L1).toString(),
                 u"com.aliyuncs.privatelink.cn-hangzhou."_s + HzService);
        QCOMPARE(payments.value("ServiceStatus"_L1).toString(), u"Active"_s);
        QCOMPARE(payments.value("AutoAcceptEnabled"_L1).toBool(), false);
        QCOMPARE(payments.value("Zones"_L1).toArray().size(), 2);
        QVERIFY(!r.ok.value("RequestId"_L1).toString().isEmpty());

        // Automatic acceptance in Singapore; nothing of the user's in Tokyo.
        r = one(u"ListVpcEndpointServices"_s, {{u"RegionId"_s, u"ap-southeast-1"_s}});
        QCOMPARE(r.ok["Services"_L1][0]["AutoAcceptEnabled"_L1].toBool(), true);
        r = one(u"ListVpcEndpointServices"_s, {{u"RegionId"_s, u"ap-northeast-1"_s}});
        QVERIFY(r.code.isEmpty());
        QCOMPARE(r.ok.value("Services"_L1).toArray().size(), 0);

        // The same answers with GET (every parameter in the query).
        r = one(u"GetVpcEndpointServiceAttribute"_s, hz({{u"ServiceId"_s, HzService}}),
                {{u"method"_s, u"GET"_s}});
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        QCOMPARE(r.ok.value("ServiceId"_L1).toString(), HzService);
        QCOMPARE(r.ok.value("ServiceDomain"_L1).toString(),
                 HzService + u".cn-hangzhou.privatelink.aliyuncs.com"_s);

        r = one(u"ListVpcEndpointServiceResources"_s, hz({{u"ServiceId"_s, HzService}}));
        QStringList zones;
        for (const QJsonValue &resource : r.ok.value("Resources"_L1).toArray())
            zones.append(resource["ZoneId"_L1].toString());
        QCOMPARE(zones, (QStringList{u"cn-hangzhou-j"_s, u"cn-hangzhou-k"_s}));

        r = one(u"ListVpcEndpointServiceUsers"_s, hz({{u"ServiceId"_s, HzService}}));
        QCOMPARE(r.ok.value("Users"_L1).toArray().size(), 1);
        QCOMPARE(idText(r.ok["Users"_L1][0]["UserId"_L1]), TidbAccount);

        r = one(u"GetVpcEndpointServiceAttribute"_s, hz({{u"ServiceId"_s, u"epsrv-nothere"_s}}));
        QCOMPARE(r.code, u"EndpointServiceNotFound"_s);
        r = one(u"GetVpcEndpointServiceAttribute"_s, hz());
        QCOMPARE(r.code, u"MissingParameter"_s);
    }

    void pagesFollowTheirNextToken()
    {
        Outcome first = one(u"ListVpcEndpointServices"_s, hz({{u"MaxResults"_s, 1}}));
        QCOMPARE(first.ok.value("Services"_L1).toArray().size(), 1);
        const QString token = first.ok.value("NextToken"_L1).toString();
        QVERIFY(!token.isEmpty());
        Outcome second =
            one(u"ListVpcEndpointServices"_s, hz({{u"MaxResults"_s, 1}, {u"NextToken"_s, token}}));
        QCOMPARE(second.ok.value("Services"_L1).toArray().size(), 1);
        QVERIFY(second.ok["Services"_L1][0]["ServiceId"_L1] !=
                first.ok["Services"_L1][0]["ServiceId"_L1]);
        QVERIFY(!second.ok.contains("NextToken"_L1));
        // A token belongs to the request that made it.
        Outcome r = one(u"ListVpcEndpointServices"_s,
                        hz({{u"ServiceName"_s, u"other"_s}, {u"NextToken"_s, token}}));
        QCOMPARE(r.code, u"InvalidParameter"_s);
        QVERIFY(r.message.contains("NextToken"_L1));
        r = one(u"ListVpcEndpointServices"_s, hz({{u"MaxResults"_s, 0}}));
        QCOMPARE(r.code, u"InvalidParameter"_s);
    }

    void theWhitelistGainsAnAccountOnce()
    {
        // Empty the whitelist as a user would in the console (the admin API is the dock's).
        QVERIFY(
            m_sandbox
                ->request(
                    "POST",
                    u"/sandbox/v1/endpointServices/com.aliyuncs.privatelink.cn-hangzhou.%1:setAllowedPrincipals"_s
                        .arg(HzKafkaService),
                    QJsonObject{{u"allowedPrincipals"_s, QJsonArray()}})
                .ok());
        Outcome r = one(u"ListVpcEndpointServiceUsers"_s, hz({{u"ServiceId"_s, HzKafkaService}}));
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        QCOMPARE(r.ok.value("Users"_L1).toArray().size(), 0);

        r = one(u"AddUserToVpcEndpointService"_s, hz({{u"ServiceId"_s, HzKafkaService},
                                                      {u"UserId"_s, TidbAccount},
                                                      {u"DryRun"_s, u"true"_s}}));
        QCOMPARE(r.code, u"DryRunOperation"_s);
        QCOMPARE(one(u"ListVpcEndpointServiceUsers"_s, hz({{u"ServiceId"_s, HzKafkaService}}))
                     .ok.value("Users"_L1)
                     .toArray()
                     .size(),
                 0);

        const QList<Outcome> added = popCore({{u"AddUserToVpcEndpointService"_s,
                                               hz({{u"ServiceId"_s, HzKafkaService},
                                                   {u"UserId"_s, TidbAccount},
                                                   {u"ClientToken"_s, u"plc-add-1"_s}}),
                                               {}},
                                              {u"AddUserToVpcEndpointService"_s,
                                               hz({{u"ServiceId"_s, HzKafkaService},
                                                   {u"UserId"_s, TidbAccount},
                                                   {u"ClientToken"_s, u"plc-add-1"_s}}),
                                               {}}});
        QCOMPARE(added.size(), 2);
        QVERIFY2(added.at(0).code.isEmpty(), qPrintable(added.at(0).code));
        // The same token is the same change: answered with the first request's ID.
        QCOMPARE(added.at(1).ok.value("RequestId"_L1), added.at(0).ok.value("RequestId"_L1));
        r = one(u"ListVpcEndpointServiceUsers"_s, hz({{u"ServiceId"_s, HzKafkaService}}));
        QCOMPARE(r.ok.value("Users"_L1).toArray().size(), 1);
        QCOMPARE(idText(r.ok["Users"_L1][0]["UserId"_L1]), TidbAccount);
        // One provider side: the admin API sees it.
        const QJsonObject stored =
            m_sandbox
                ->request(
                    "GET",
                    u"/sandbox/v1/endpointServices/com.aliyuncs.privatelink.cn-hangzhou.%1"_s.arg(
                        HzKafkaService))
                .json;
        QCOMPARE(stored.value("allowedPrincipals"_L1).toArray(), QJsonArray{TidbAccount});

        r = one(u"AddUserToVpcEndpointService"_s,
                hz({{u"ServiceId"_s, HzKafkaService}, {u"UserId"_s, u"arn:acs:ram::1:root"_s}}));
        QCOMPARE(r.code, u"InvalidParameter"_s);
        r = one(u"AddUserToVpcEndpointService"_s,
                hz({{u"ServiceId"_s, u"epsrv-nothere"_s}, {u"UserId"_s, TidbAccount}}));
        QCOMPARE(r.code, u"EndpointServiceNotFound"_s);
    }

    void connectionRequestsAreAllowedAndRejected()
    {
        const QString allowMe = pendingConnection(HzService, u"allow-me"_s);
        QVERIFY(!allowMe.isEmpty());
        QCOMPARE(tidbState(allowMe), u"PENDING_ACCEPTANCE"_s);
        Outcome r = one(u"ListVpcEndpointConnections"_s,
                        hz({{u"ServiceId"_s, HzService}, {u"ConnectionStatus"_s, u"Pending"_s}}));
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        const QJsonArray pending = r.ok.value("Connections"_L1).toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(idText(pending[0]["EndpointOwnerId"_L1]), TidbAccount);
        QCOMPARE(pending[0]["ServiceId"_L1].toString(), HzService);
        const QString endpointId = pending[0]["EndpointId"_L1].toString();
        QVERIFY(endpointId.startsWith(u"ep-"_s));

        r = one(u"EnableVpcEndpointConnection"_s,
                hz({{u"ServiceId"_s, HzService}, {u"EndpointId"_s, endpointId}}));
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        QCOMPARE(tidbState(allowMe), u"ACTIVE"_s);
        r = one(u"ListVpcEndpointConnections"_s,
                hz({{u"ServiceId"_s, HzService}, {u"EndpointId"_s, endpointId}}));
        QCOMPARE(r.ok["Connections"_L1][0]["ConnectionStatus"_L1].toString(), u"Connected"_s);
        // Not Pending any more: denied, and nothing changes.
        r = one(u"EnableVpcEndpointConnection"_s,
                hz({{u"ServiceId"_s, HzService}, {u"EndpointId"_s, endpointId}}));
        QCOMPARE(r.code, u"EndpointConnectionOperationDenied"_s);
        r = one(u"EnableVpcEndpointConnection"_s,
                hz({{u"ServiceId"_s, HzService}, {u"EndpointId"_s, u"ep-nothere"_s}}));
        QCOMPARE(r.code, u"EndpointConnectionNotFound"_s);

        const QString rejectMe = pendingConnection(HzService, u"reject-me"_s);
        r = one(u"ListVpcEndpointConnections"_s,
                hz({{u"ServiceId"_s, HzService}, {u"ConnectionStatus"_s, u"Pending"_s}}));
        const QString other = r.ok["Connections"_L1][0]["EndpointId"_L1].toString();
        r = one(
            u"DisableVpcEndpointConnection"_s,
            hz({{u"ServiceId"_s, HzService}, {u"EndpointId"_s, other}, {u"DryRun"_s, u"true"_s}}));
        QCOMPARE(r.code, u"DryRunOperation"_s);
        QCOMPARE(tidbState(rejectMe), u"PENDING_ACCEPTANCE"_s);
        r = one(u"DisableVpcEndpointConnection"_s,
                hz({{u"ServiceId"_s, HzService}, {u"EndpointId"_s, other}}));
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        QCOMPARE(tidbState(rejectMe), u"FAILED"_s);
        r = one(u"ListVpcEndpointConnections"_s,
                hz({{u"ServiceId"_s, HzService}, {u"EndpointId"_s, other}}));
        QCOMPARE(r.ok["Connections"_L1][0]["ConnectionStatus"_L1].toString(), u"Disconnected"_s);
    }

    void theAliyunCommandsSayWhatTheConsoleSends()
    {
        // Each command through a POSIX shell to a stand-in `aliyun` that prints its arguments:
        // the shell must hand over exactly `--Name=value` per parameter, whatever the value.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile stub(dir.filePath(u"aliyun"_s));
        QVERIFY(stub.open(QIODevice::WriteOnly));
        stub.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done\n");
        stub.close();
        QVERIFY(stub.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const auto arguments = [&](const QString &command) {
            QProcess shell;
            QProcessEnvironment env;
            env.insert(u"PATH"_s, dir.path() + u":/usr/bin:/bin"_s);
            shell.setProcessEnvironment(env);
            shell.setWorkingDirectory(dir.path());
            shell.start(u"/bin/sh"_s, {u"-c"_s, command});
            shell.waitForFinished(10'000);
            QStringList args = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
            args.removeLast();
            return args;
        };
        const QString hostile = u"-x' ; touch pwned ; '$(touch pwned2) a:b=c"_s;
        QCOMPARE(arguments(AlibabaCommands::decide({}, u"cn-hangzhou"_s, HzService, hostile, true)),
                 (QStringList{u"privatelink"_s, u"EnableVpcEndpointConnection"_s,
                              u"--RegionId=cn-hangzhou"_s, u"--ServiceId="_s + HzService,
                              u"--EndpointId="_s + hostile}));
        QVERIFY(!QFile::exists(dir.filePath(u"pwned"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"pwned2"_s)));
        QCOMPARE(
            arguments(AlibabaCommands::decide({}, u"cn-hangzhou"_s, HzService, {}, false)).last(),
            u"--EndpointId=<EndpointId>"_s);
        QCOMPARE(arguments(AlibabaCommands::callerIdentity({})),
                 (QStringList{u"sts"_s, u"GetCallerIdentity"_s}));

        // What the aliyun CLI makes of them — each `--Name=value` split at its first `=` or
        // `:` — is a request the API answers: pop-core sends those very parameters.
        const QString serviceName = u"com.aliyuncs.privatelink.cn-hangzhou."_s + HzService;
        const QStringList reads{
            AlibabaCommands::listServices({}, u"cn-hangzhou"_s, HzService),
            AlibabaCommands::serviceAttribute({}, u"cn-hangzhou"_s, HzService),
            AlibabaCommands::serviceResources({}, u"cn-hangzhou"_s, HzService),
            AlibabaCommands::serviceUsers({}, u"cn-hangzhou"_s, HzService),
            AlibabaCommands::connections({}, u"cn-hangzhou"_s, HzService),
            AlibabaCommands::servicesByEndUser({}, u"cn-hangzhou"_s, serviceName),
            AlibabaCommands::addUser({}, u"cn-hangzhou"_s, HzKafkaService, TidbAccount)};
        QList<Step> steps;
        for (const QString &command : reads) {
            const QStringList args = arguments(command);
            QCOMPARE(args.value(0), u"privatelink"_s);
            QJsonObject params;
            for (const QString &arg : args.mid(2)) {
                QVERIFY2(arg.startsWith(u"--"_s), qPrintable(arg));
                const qsizetype split = arg.indexOf(QRegularExpression(u"[=:]"_s));
                params.insert(arg.mid(2, split - 2), arg.mid(split + 1));
            }
            steps.append({args.value(1), params, {}});
        }
        const QList<Outcome> outcomes = popCore(steps);
        QCOMPARE(outcomes.size(), steps.size());
        for (qsizetype i = 0; i < outcomes.size(); ++i)
            QVERIFY2(outcomes.at(i).code.isEmpty(),
                     qPrintable(reads.at(i) + u" → "_s + outcomes.at(i).code + u": "_s +
                                outcomes.at(i).message));
        QCOMPARE(outcomes.at(2).ok.value("Resources"_L1).toArray().size(), 2);
        QCOMPARE(outcomes.at(5).ok.value("Services"_L1).toArray().size(), 1);
    }

    void servicesWhitelistedForTheCallerAreSeen()
    {
        const Outcome r = one(u"ListVpcEndpointServicesByEndUser"_s, hz());
        QVERIFY2(r.code.isEmpty(), qPrintable(r.code + u": "_s + r.message));
        const QJsonArray services = r.ok.value("Services"_L1).toArray();
        QCOMPARE(services.size(), 2);
        QCOMPARE(services[0]["Zones"_L1].toArray().isEmpty(), false);
        // The owner's view only: no description, no whitelist.
        QVERIFY(!services[0].toObject().contains("ServiceDescription"_L1));
    }

    void wrongCredentialsAreRefusedAsAlibabaCloudRefusesThem()
    {
        const QList<Outcome> r = popCore({
            {u"ListVpcEndpointServices"_s, hz(), {{u"accessKeySecret"_s, u"not-the-secret"_s}}},
            {u"ListVpcEndpointServices"_s, hz(), {{u"accessKeyId"_s, u"LTAInobody"_s}}},
            {u"ListVpcEndpointServices"_s, hz(), {{u"securityToken"_s, u"forged-token"_s}}},
            {u"ListVpcEndpointServices"_s, hz(), {{u"skewMinutes"_s, 20}}},
            {u"ListVpcEndpointServices"_s, hz(), {{u"method"_s, u"GET"_s}}},
            {{}, {}, {{u"replay"_s, true}}},
            {u"ListVpcEndpointServices"_s, hz(), {{u"version"_s, u"2019-01-01"_s}}},
            {u"DescribeEverything"_s, hz(), {}},
            {u"ListVpcEndpointServices"_s, {}, {}},
        });
        QCOMPARE(r.size(), 9);
        QCOMPARE(r[0].code, u"SignatureDoesNotMatch"_s);
        QCOMPARE(r[0].status, 400);
        QCOMPARE(r[1].code, u"InvalidAccessKeyId.NotFound"_s);
        QCOMPARE(r[1].status, 404);
        QCOMPARE(r[2].code, u"InvalidSecurityToken.MismatchWithAccessKey"_s);
        QCOMPARE(r[3].code, u"InvalidTimeStamp.Expired"_s);
        QVERIFY2(r[4].code.isEmpty(), qPrintable(r[4].code));
        QCOMPARE(r[5].code, u"SignatureNonceUsed"_s); // the same request, sent again
        QCOMPARE(r[6].code, u"InvalidVersion"_s);
        QCOMPARE(r[7].code, u"InvalidAction.NotFound"_s);
        QCOMPARE(r[8].code, u"MissingRegionId"_s);
        // The refusals said nothing of the secret.
        for (const Outcome &o : r)
            QVERIFY(!o.message.contains(m_sandbox->config().alibabaAccessKeySecret));
    }

    void throttlingAndFaultsInAlibabaCloudsWords()
    {
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"rateLimitPerMinute"_s, 2}})
                    .ok());
        const QList<Outcome> r = popCore({{u"ListVpcEndpointServices"_s, hz(), {}},
                                          {u"ListVpcEndpointServices"_s, hz(), {}},
                                          {u"ListVpcEndpointServices"_s, hz(), {}}});
        QCOMPARE(r.size(), 3);
        QVERIFY(r[1].code.isEmpty());
        QCOMPARE(r[2].code, u"Throttling.User"_s);
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"rateLimitPerMinute"_s, 0}})
                    .ok());
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/faults"_s,
                              QJsonObject{{u"status"_s, 503}, {u"pathPrefix"_s, u"/alibaba/"_s}})
                    .ok());
        const Outcome fault = one(u"ListVpcEndpointServices"_s, hz());
        QCOMPARE(fault.code, u"ServiceUnavailable"_s);
        QCOMPARE(fault.status, 503);
    }

    // Issue 29, item 4: a copied aliyun command acts on the account the window acts on.
    void trust2_item04_aliyunCommandsActOnTheWindowsAccount()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bin = dir.filePath(u"bin"_s);
        const QString home = dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(bin) && QDir().mkpath(home + u"/.aliyun"_s));
        QVERIFY(test::writeCliStub(bin + u"/aliyun"_s));
        QFile canary(home + u"/canary"_s);
        QVERIFY(canary.open(QIODevice::WriteOnly) && canary.write("still here") == 10);
        canary.close();
        const QString profile = u"prod 'x'; rm -rf ~"_s;
        const QJsonObject aliyunProfile{{u"name"_s, profile},
                                        {u"mode"_s, u"AK"_s},
                                        {u"access_key_id"_s, u"LTAI5tExampleKeyId1234"_s},
                                        {u"access_key_secret"_s, u"ExampleSecret"_s},
                                        {u"region_id"_s, u"cn-hangzhou"_s}};
        QFile config(home + u"/.aliyun/config.json"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(QJsonObject{{u"current"_s, profile},
                                               {u"profiles"_s, QJsonArray{aliyunProfile}}})
                         .toJson());
        config.close();
        const QString region = u"cn-hangzhou"_s;
        const QString endpoint = u"ep-bp1q2w3e4r5t6y7u8i9o0"_s;
        const QStringList allow{u"privatelink"_s, u"EnableVpcEndpointConnection"_s,
                                u"--RegionId=cn-hangzhou"_s, u"--ServiceId="_s + HzService,
                                u"--EndpointId="_s + endpoint};
        const QStringList users{u"privatelink"_s, u"ListVpcEndpointServiceUsers"_s,
                                u"--RegionId=cn-hangzhou"_s, u"--ServiceId="_s + HzService};
        AlibabaAccount account(nullptr);

        // A named profile: --profile with its exact name as one argument; the endpoint the
        // environment configures as --endpoint, a host; no comment line.
        account.choose({CloudAccountChoice::Kind::NamedProfile, profile},
                       {{u"HOME"_s, home},
                        {u"ALIBABA_CLOUD_ENDPOINT"_s, u"privatelink.vpc-proxy.example.test"_s}});
        CliAccount cli = account.cliAccount();
        QCOMPARE(cli.keys, CliAccount::Keys::Profile);
        QCOMPARE(cli.profile, profile);
        QVERIFY(AlibabaCommands::notes(cli).isEmpty());
        const QString decide = AlibabaCommands::script(
            cli, {AlibabaCommands::decide(cli, region, HzService, endpoint, true)});
        const QStringList accountOptions{u"--profile="_s + profile,
                                         u"--endpoint=privatelink.vpc-proxy.example.test"_s};
        QCOMPARE(test::runsOf(decide, bin, home), (QList<QStringList>{allow + accountOptions}));
        QCOMPARE(
            test::runsOf(AlibabaCommands::callerIdentity(cli), bin, home),
            (QList<QStringList>{QStringList{u"sts"_s, u"GetCallerIdentity"_s} + accountOptions}));
        QVERIFY(QFile::exists(home + u"/canary"_s));
        // The progress page's allow command is the same command.
        EndpointService pending;
        pending.name = u"com.aliyuncs.privatelink.cn-hangzhou."_s + HzService;
        pending.endpointId = endpoint;
        QCOMPARE(AlibabaProvider::instance().acceptCommand(pending, cli), decide);
        // The default chain's profile (the file's current one) is named too.
        account.choose({CloudAccountChoice::Kind::DefaultChain, {}},
                       {{u"HOME"_s, home},
                        {u"ALIBABA_CLOUD_ENDPOINT"_s, u"privatelink.vpc-proxy.example.test"_s}});
        QCOMPARE(account.cliAccount(), cli);

        // An AccessKey from the environment: a comment line says so, no --profile; an
        // endpoint with a path cannot be an --endpoint, and a second comment line names it.
        account.choose({CloudAccountChoice::Kind::DefaultChain, {}},
                       {{u"HOME"_s, home},
                        {u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tExampleKeyId1234"_s},
                        {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"ExampleSecret"_s},
                        {u"ALIBABA_CLOUD_ENDPOINT"_s, u"http://127.0.0.1:9/alibaba/"_s}});
        cli = account.cliAccount();
        QCOMPARE(cli.keys, CliAccount::Keys::Environment);
        QString script =
            AlibabaCommands::script(cli, {AlibabaCommands::serviceUsers(cli, region, HzService)});
        QCOMPARE(script.split(u'\n').mid(0, 2),
                 (QStringList{u"# The console's AccessKey comes from ALIBABA_CLOUD_ACCESS_KEY_ID "
                              "and ALIBABA_CLOUD_ACCESS_KEY_SECRET in its environment, not from "
                              "an aliyun CLI profile."_s,
                              u"# The console calls Alibaba Cloud at http://127.0.0.1:9/alibaba/, "
                              "which the aliyun CLI's --endpoint cannot name."_s}));
        QCOMPARE(test::runsOf(script, bin, home), (QList<QStringList>{users}));

        // An AccessKey typed into the console: a comment line, no --profile.
        account.useKeys({u"LTAI5tExampleKeyId1234"_s, u"ExampleSecret"_s, {}, {}}, {},
                        {{u"ALIBABA_CLOUD_REGION_ID"_s, region}});
        cli = account.cliAccount();
        QCOMPARE(cli.keys, CliAccount::Keys::Typed);
        script =
            AlibabaCommands::script(cli, {AlibabaCommands::serviceUsers(cli, region, HzService)});
        QCOMPARE(script.section(u'\n', 0, 0),
                 u"# The console's AccessKey was typed into it and is in no aliyun CLI profile."_s);
        QCOMPARE(test::runsOf(script, bin, home), (QList<QStringList>{users}));

        // The sandbox: its AccessKey is in no profile, and the comment names its endpoint (the
        // aliyun CLI's --endpoint cannot: it has a path).
        const QUrl sandbox = m_sandbox->url().resolved(QUrl(u"/alibaba/"_s));
        account.useSandbox(sandbox, {m_sandbox->config().alibabaAccessKeyId,
                                     m_sandbox->config().alibabaAccessKeySecret,
                                     {},
                                     {}});
        cli = account.cliAccount();
        QCOMPARE(cli.keys, CliAccount::Keys::Sandbox);
        script =
            AlibabaCommands::script(cli, {AlibabaCommands::serviceUsers(cli, region, HzService)});
        QCOMPARE(script.section(u'\n', 0, 0),
                 u"# The sandbox's Alibaba Cloud account at %1: its AccessKey is made at each "
                 "start and is in no profile."_s.arg(sandbox.toString()));
        QCOMPARE(test::runsOf(script, bin, home), (QList<QStringList>{users}));

        // A profile name with a line feed is still one argument of one command.
        const QString twoLines = u"ops\ntouch pwned"_s;
        account.choose({CloudAccountChoice::Kind::NamedProfile, twoLines}, {{u"HOME"_s, home}});
        cli = account.cliAccount();
        QCOMPARE(test::runsOf(AlibabaCommands::script(
                                  cli, {AlibabaCommands::serviceUsers(cli, region, HzService)}),
                              bin, home),
                 (QList<QStringList>{users + QStringList{u"--profile="_s + twoLines}}));
        QVERIFY(!QFile::exists(home + u"/pwned"_s));
        QVERIFY(QFile::exists(home + u"/canary"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAlibaba)
#include "tst_sandboxalibabaapi.moc"
