// The sandbox's EC2 and STS, driven by a client that is not ours: Debian's AWS CLI (awscli,
// its own copy of botocore). Every operation the console uses, the errors EC2 and STS give,
// throttling and injected faults. Keys reach the CLI in its environment, never its arguments.
#include "AwsCliRunner.h"
#include "SandboxFixture.h"
#include "SeedIds.h"

#include "providers/aws/AwsSigner.h"
#include "sandbox/aws/AwsAccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using plc::sandbox::AwsAccounts;

namespace {
QStringList strings(const QJsonValue &array)
{
    return jsonStrings(array);
}
} // namespace

class TestSandboxAws final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    std::unique_ptr<AwsCliRunner> m_cli;

    CliResult aws(const QStringList &args, const QHash<QString, QString> &env = {},
                  const QString &region = u"us-east-1"_s)
    {
        return m_cli->run(args, env, region);
    }

    QJsonObject connectionOf(const QString &cluster, const QString &id)
    {
        return m_sandbox
            ->request("GET", u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(cluster, id))
            .json;
    }

    static QString serviceIdOf(const QString &name) { return name.section(u'.', -1); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
        m_cli = std::make_unique<AwsCliRunner>(m_sandbox->url(), m_sandbox->config().awsAccessKeyId,
                                               m_sandbox->config().awsSecretAccessKey);
        QVERIFY(m_sandbox->config().awsAccessKeyId.startsWith(u"AKIA"_s));
    }
    void cleanup() { m_sandbox.reset(); }

    void callerIdentity()
    {
        const CliResult r = aws({u"sts"_s, u"get-caller-identity"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(r.json.value("Account"_L1).toString(),
                 QLatin1StringView(AwsAccounts::UserAccount));
        QCOMPARE(r.json.value("Arn"_L1).toString(),
                 u"arn:aws:iam::%1:user/sandbox-admin"_s.arg(
                     QLatin1StringView(AwsAccounts::UserAccount)));
        // Keys travel in the environment only.
        QVERIFY(!r.arguments.join(u' ').contains(m_sandbox->config().awsSecretAccessKey));
        QVERIFY(!r.arguments.join(u' ').contains(m_sandbox->config().awsAccessKeyId));
    }

    void zonesAreNamedPerAccount()
    {
        const CliResult r = aws({u"ec2"_s, u"describe-availability-zones"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        const QJsonArray zones = r.json.value("AvailabilityZones"_L1).toArray();
        QCOMPARE(zones.size(), 6);
        int differentFromConfluent = 0;
        for (const QJsonValue &value : zones) {
            const QJsonObject zone = value.toObject();
            const QString name = zone.value("ZoneName"_L1).toString();
            const QString id = zone.value("ZoneId"_L1).toString();
            QCOMPARE(id, AwsAccounts::zoneId(QLatin1StringView(AwsAccounts::UserAccount),
                                             u"us-east-1"_s, name));
            QCOMPARE(zone.value("State"_L1).toString(), u"available"_s);
            if (AwsAccounts::zoneId(QLatin1StringView(AwsAccounts::ConfluentAccount),
                                    u"us-east-1"_s, name) != id)
                ++differentFromConfluent;
        }
        QCOMPARE(differentFromConfluent, 6); // us-east-1a is another zone in every other account

        const CliResult one =
            aws({u"ec2"_s, u"describe-availability-zones"_s, u"--zone-ids"_s, u"use1-az1"_s});
        QVERIFY2(one.exitCode == 0, qPrintable(one.stderrText));
        QCOMPARE(one.json.value("AvailabilityZones"_L1).toArray().size(), 1);
        const CliResult bad =
            aws({u"ec2"_s, u"describe-availability-zones"_s, u"--zone-names"_s, u"us-east-1z"_s});
        QCOMPARE(bad.exitCode, 254);
        QVERIFY2(bad.stderrText.contains(u"(InvalidParameterValue)"_s), qPrintable(bad.stderrText));
    }

    void serviceConfigurationsInTheOwnersZoneNames()
    {
        const CliResult r = aws({u"ec2"_s, u"describe-vpc-endpoint-service-configurations"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        const QJsonArray services = r.json.value("ServiceConfigurations"_L1).toArray();
        QStringList names;
        for (const QJsonValue &value : services) {
            const QJsonObject service = value.toObject();
            names.append(service.value("ServiceName"_L1).toString());
            QCOMPARE(service.value("ServiceState"_L1).toString(), u"Available"_s);
            QCOMPARE(service.value("ServiceId"_L1).toString(), serviceIdOf(names.last()));
        }
        QVERIFY(names.contains(seed::NoPrincipals));
        QVERIFY2(!names.contains(seed::ConfluentService), "Confluent's service is not the user's");
        QVERIFY2(!names.contains(seed::TokyoService), "another region's service is not listed");

        // The stored zone IDs come back as this account's names.
        const QJsonObject stored =
            m_sandbox->request("GET", u"/sandbox/v1/endpointServices/%1"_s.arg(seed::NoPrincipals))
                .json;
        QStringList expected;
        for (const QString &id : strings(stored.value("availabilityZoneIds"_L1)))
            expected.append(AwsAccounts::zoneName(QLatin1StringView(AwsAccounts::UserAccount),
                                                  u"us-east-1"_s, id));
        expected.sort();
        for (const QJsonValue &value : services) {
            if (value["ServiceName"_L1].toString() == seed::NoPrincipals)
                QCOMPARE(strings(value["AvailabilityZones"_L1]), expected);
        }

        const CliResult tokyo = aws({u"ec2"_s, u"describe-vpc-endpoint-service-configurations"_s},
                                    {}, u"ap-northeast-1"_s);
        QVERIFY2(tokyo.exitCode == 0, qPrintable(tokyo.stderrText));
        QCOMPARE(tokyo.json["ServiceConfigurations"_L1][0]["ServiceName"_L1].toString(),
                 seed::TokyoService);
    }

    void pagesFollowNextToken()
    {
        // Eleven services of the user's in us-east-1, read five at a time.
        const int before = aws({u"ec2"_s, u"describe-vpc-endpoint-service-configurations"_s})
                               .json.value("ServiceConfigurations"_L1)
                               .toArray()
                               .size();
        for (int i = before; i < 11; ++i) {
            const QString name =
                u"com.amazonaws.vpce.us-east-1.vpce-svc-%1"_s.arg(i, 17, 16, QChar(u'0'));
            QVERIFY(m_sandbox
                        ->request("POST", u"/sandbox/v1/endpointServices"_s,
                                  QJsonObject{{u"name"_s, name},
                                              {u"availabilityZoneIds"_s, QJsonArray{u"use1-az1"_s}},
                                              {u"allowedPrincipals"_s, QJsonArray{}}})
                        .ok());
        }
        int handled = 0;
        connect(m_sandbox->sandbox(), &sandbox::EmbeddedSandbox::requestHandled, this,
                [&handled](const QByteArray &, const QString &path, int status) {
                    if (path == "/aws/"_L1 && status == 200)
                        ++handled;
                });
        const CliResult r = aws({u"ec2"_s, u"describe-vpc-endpoint-service-configurations"_s,
                                 u"--page-size"_s, u"5"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(r.json.value("ServiceConfigurations"_L1).toArray().size(), 11);
        QTRY_COMPARE(handled, 3);

        const CliResult tooSmall = aws({u"ec2"_s, u"describe-vpc-endpoint-service-configurations"_s,
                                        u"--max-results"_s, u"4"_s});
        QCOMPARE(tooSmall.exitCode, 254);
        QVERIFY2(tooSmall.stderrText.contains(u"between 5 and 1000"_s),
                 qPrintable(tooSmall.stderrText));
    }

    void allowPrincipals()
    {
        const QString id = serviceIdOf(seed::NoPrincipals);
        const QString tidb =
            u"arn:aws:iam::%1:root"_s.arg(QLatin1StringView(AwsAccounts::TidbCloudAccount));
        CliResult r =
            aws({u"ec2"_s, u"describe-vpc-endpoint-service-permissions"_s, u"--service-id"_s, id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(r.json.value("AllowedPrincipals"_L1).toArray().size(), 0);

        r = aws({u"ec2"_s, u"modify-vpc-endpoint-service-permissions"_s, u"--service-id"_s, id,
                 u"--add-allowed-principals"_s, tidb});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(r.json.value("ReturnValue"_L1).toBool(), true);
        QCOMPARE(r.json["AddedPrincipals"_L1][0]["Principal"_L1].toString(), tidb);

        r = aws({u"ec2"_s, u"describe-vpc-endpoint-service-permissions"_s, u"--service-id"_s, id});
        QCOMPARE(r.json["AllowedPrincipals"_L1][0]["Principal"_L1].toString(), tidb);
        QCOMPARE(r.json["AllowedPrincipals"_L1][0]["PrincipalType"_L1].toString(), u"Account"_s);
        // The admin API sees the same state: one provider side behind both.
        const QJsonObject stored =
            m_sandbox->request("GET", u"/sandbox/v1/endpointServices/%1"_s.arg(seed::NoPrincipals))
                .json;
        QCOMPARE(strings(stored.value("allowedPrincipals"_L1)), QStringList{tidb});
        // And TiDB Cloud can now connect.
        const Reply created = m_sandbox->request(
            "POST", u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(seed::OrdersProd),
            QJsonObject{{u"privateLinkConnection"_s,
                         QJsonObject{{u"displayName"_s, u"now-allowed"_s},
                                     {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                                     {u"awsEndpointService"_s,
                                      QJsonObject{{u"name"_s, seed::NoPrincipals}}}}}});
        QVERIFY(created.ok());
        const QString connectionId = created.json.value("privateLinkConnectionId"_L1).toString();
        QTRY_VERIFY(connectionOf(seed::OrdersProd, connectionId).value("state"_L1).toString() !=
                    "CREATING"_L1);
        QVERIFY(connectionOf(seed::OrdersProd, connectionId).value("state"_L1).toString() !=
                "FAILED"_L1);

        r = aws({u"ec2"_s, u"modify-vpc-endpoint-service-permissions"_s, u"--service-id"_s, id,
                 u"--add-allowed-principals"_s, u"380838443567"_s});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(InvalidPrincipal)"_s), qPrintable(r.stderrText));
        r = aws({u"ec2"_s, u"describe-vpc-endpoint-service-permissions"_s, u"--service-id"_s,
                 u"vpce-svc-00000000000000000"_s});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(InvalidVpcEndpointServiceId.NotFound)"_s),
                 qPrintable(r.stderrText));
        // Confluent's service is not the user's to change.
        r = aws({u"ec2"_s, u"modify-vpc-endpoint-service-permissions"_s, u"--service-id"_s,
                 serviceIdOf(seed::ConfluentService), u"--add-allowed-principals"_s, tidb});
        QVERIFY2(r.stderrText.contains(u"(InvalidVpcEndpointServiceId.NotFound)"_s),
                 qPrintable(r.stderrText));
    }

    void acceptAndRejectConnectionRequests()
    {
        CliResult r = aws({u"ec2"_s, u"describe-vpc-endpoint-connections"_s, u"--filters"_s,
                           u"Name=vpc-endpoint-state,Values=pendingAcceptance"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        const QJsonArray pending = r.json.value("VpcEndpointConnections"_L1).toArray();
        QCOMPARE(pending.size(), 1);
        const QJsonObject request = pending.first().toObject();
        QCOMPARE(request.value("VpcEndpointOwner"_L1).toString(),
                 QLatin1StringView(AwsAccounts::TidbCloudAccount));
        const QString endpointId = request.value("VpcEndpointId"_L1).toString();
        const QString serviceId = request.value("ServiceId"_L1).toString();
        QCOMPARE(connectionOf(seed::OrdersProd, seed::KafkaSelfhosted).value("state"_L1).toString(),
                 u"PENDING_ACCEPTANCE"_s);

        r = aws({u"ec2"_s, u"accept-vpc-endpoint-connections"_s, u"--service-id"_s, serviceId,
                 u"--vpc-endpoint-ids"_s, endpointId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(r.json.value("Unsuccessful"_L1).toArray().size(), 0);
        QCOMPARE(connectionOf(seed::OrdersProd, seed::KafkaSelfhosted).value("state"_L1).toString(),
                 u"ACTIVE"_s);

        // A second accept changes nothing and says why, per endpoint.
        r = aws({u"ec2"_s, u"accept-vpc-endpoint-connections"_s, u"--service-id"_s, serviceId,
                 u"--vpc-endpoint-ids"_s, endpointId, u"vpce-00000000000000000"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        const QJsonArray unsuccessful = r.json.value("Unsuccessful"_L1).toArray();
        QCOMPARE(unsuccessful.size(), 2);
        QCOMPARE(unsuccessful[0]["Error"_L1]["Code"_L1].toString(), u"InvalidVpcEndpointState"_s);
        QCOMPARE(unsuccessful[1]["Error"_L1]["Code"_L1].toString(),
                 u"InvalidVpcEndpointId.NotFound"_s);

        // A new request, rejected: TiDB Cloud's side sees FAILED.
        const Reply created = m_sandbox->request(
            "POST", u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(seed::OrdersProd),
            QJsonObject{{u"privateLinkConnection"_s,
                         QJsonObject{{u"displayName"_s, u"to-reject"_s},
                                     {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                                     {u"awsEndpointService"_s,
                                      QJsonObject{{u"name"_s, u"com.amazonaws.vpce.us-east-1."_s +
                                                                  serviceId}}}}}});
        QVERIFY(created.ok());
        const QString id = created.json.value("privateLinkConnectionId"_L1).toString();
        QTRY_COMPARE(connectionOf(seed::OrdersProd, id).value("state"_L1).toString(),
                     u"PENDING_ACCEPTANCE"_s);
        const QString newEndpoint =
            connectionOf(seed::OrdersProd, id)["awsEndpointService"_L1]["endpointId"_L1].toString();
        r = aws({u"ec2"_s, u"reject-vpc-endpoint-connections"_s, u"--service-id"_s, serviceId,
                 u"--vpc-endpoint-ids"_s, newEndpoint});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(connectionOf(seed::OrdersProd, id).value("state"_L1).toString(), u"FAILED"_s);
        r = aws({u"ec2"_s, u"describe-vpc-endpoint-connections"_s, u"--filters"_s,
                 u"Name=vpc-endpoint-id,Values="_s + newEndpoint});
        QCOMPARE(r.json["VpcEndpointConnections"_L1][0]["VpcEndpointState"_L1].toString(),
                 u"rejected"_s);
    }

    void anotherAccountsServiceIsSeenOnlyWhenAllowed()
    {
        const QStringList args{u"ec2"_s, u"describe-vpc-endpoint-services"_s, u"--service-names"_s,
                               seed::ConfluentService};
        CliResult r = aws(args);
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(InvalidServiceName)"_s), qPrintable(r.stderrText));

        const QString user =
            u"arn:aws:iam::%1:root"_s.arg(QLatin1StringView(AwsAccounts::UserAccount));
        const QJsonObject stored =
            m_sandbox
                ->request("GET", u"/sandbox/v1/endpointServices/%1"_s.arg(seed::ConfluentService))
                .json;
        QJsonArray principals = stored.value("allowedPrincipals"_L1).toArray();
        principals.append(user);
        QVERIFY(m_sandbox
                    ->request("POST",
                              u"/sandbox/v1/endpointServices/%1:setAllowedPrincipals"_s.arg(
                                  seed::ConfluentService),
                              QJsonObject{{u"allowedPrincipals"_s, principals}})
                    .ok());
        r = aws(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        const QJsonObject detail = r.json["ServiceDetails"_L1][0].toObject();
        QCOMPARE(detail.value("Owner"_L1).toString(),
                 QLatin1StringView(AwsAccounts::ConfluentAccount));
        // Zone names as the asking account names them.
        QStringList expected;
        for (const QString &id : strings(stored.value("availabilityZoneIds"_L1)))
            expected.append(AwsAccounts::zoneName(QLatin1StringView(AwsAccounts::UserAccount),
                                                  u"us-east-1"_s, id));
        expected.sort();
        QCOMPARE(strings(detail.value("AvailabilityZones"_L1)), expected);
    }

    void wrongCredentialsFailAsOnAws()
    {
        const QHash<QString, QString> wrongSecret{
            {u"AWS_SECRET_ACCESS_KEY"_s, u"not-the-secret"_s}};
        CliResult r = aws({u"ec2"_s, u"describe-availability-zones"_s}, wrongSecret);
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(AuthFailure)"_s), qPrintable(r.stderrText));
        r = aws({u"sts"_s, u"get-caller-identity"_s}, wrongSecret);
        QVERIFY2(r.stderrText.contains(u"(SignatureDoesNotMatch)"_s), qPrintable(r.stderrText));
        const QHash<QString, QString> unknownKey{
            {u"AWS_ACCESS_KEY_ID"_s, u"AKIAUNKNOWNUNKNOWN00"_s}};
        r = aws({u"sts"_s, u"get-caller-identity"_s}, unknownKey);
        QVERIFY2(r.stderrText.contains(u"(InvalidClientTokenId)"_s), qPrintable(r.stderrText));
        // A session token the key does not have.
        r = aws({u"ec2"_s, u"describe-availability-zones"_s},
                {{u"AWS_SESSION_TOKEN"_s, u"forged"_s}});
        QVERIFY2(r.stderrText.contains(u"(AuthFailure)"_s), qPrintable(r.stderrText));
    }

    void staleOrMissingSignatures()
    {
        // A client that signs with a clock 20 minutes behind (the console's signer; the CLI
        // always signs with the present).
        QNetworkAccessManager nam;
        auto post = [&](const QDateTime &signedAt, bool sign, const QByteArray &service) {
            const QUrl url = m_sandbox->url().resolved(QUrl(u"/aws/"_s));
            SignableRequest request;
            request.method = "POST";
            request.path = "/aws/";
            request.headers = {
                {"Host", url.host().toLatin1() + ':' + QByteArray::number(url.port())},
                {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
            request.body = service == "sts" ? "Action=GetCallerIdentity&Version=2011-06-15"
                                            : "Action=DescribeAvailabilityZones&Version=2016-11-15";
            AwsCredentials keys;
            keys.accessKeyId = m_sandbox->config().awsAccessKeyId;
            keys.secretAccessKey = m_sandbox->config().awsSecretAccessKey;
            if (sign)
                AwsSigner::sign(request, keys, "us-east-1", service, signedAt);
            QNetworkRequest http(url);
            for (const auto &[name, value] : std::as_const(request.headers)) {
                if (name != "Host")
                    http.setRawHeader(name, value);
            }
            QNetworkReply *reply = nam.post(http, request.body);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
                return std::make_pair(0, u"no answer in 10 s"_s);
            const auto result =
                std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                               QString::fromUtf8(reply->readAll()));
            reply->deleteLater();
            return result;
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto [status, body] = post(now, true, "ec2");
        QCOMPARE(status, 200);
        std::tie(status, body) = post(now.addSecs(-20 * 60), true, "ec2");
        QCOMPARE(status, 400);
        QVERIFY2(body.contains(u"<Code>RequestExpired</Code>"_s) && body.contains(u"<RequestID>"_s),
                 qPrintable(body));
        std::tie(status, body) = post(now.addSecs(-20 * 60), true, "sts");
        QCOMPARE(status, 403);
        QVERIFY2(body.contains(u"<Code>SignatureDoesNotMatch</Code>"_s) &&
                     body.contains(u"Signature expired"_s),
                 qPrintable(body));
        std::tie(status, body) = post(now, false, "ec2");
        QCOMPARE(status, 401);
        QVERIFY2(body.contains(u"<Code>MissingAuthenticationToken</Code>"_s), qPrintable(body));
    }

    void aValueWithAControlCharacterStillGetsReadableXml()
    {
        // EC2 echoes a bad value in its message. XML cannot hold a C0 control character: Qt's
        // writer dropped it without a word (and flagged an error nobody read), so the message
        // quoted a value the client never sent. It is now shown as U+FFFD, in readable XML.
        const QString id = u"vpce-svc-\u001b[31mred"_s;
        const CliResult r =
            aws({u"ec2"_s, u"describe-vpc-endpoint-service-permissions"_s, u"--service-id"_s, id});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(InvalidVpcEndpointServiceId.Malformed)"_s),
                 qPrintable(r.stderrText));
        QVERIFY(!r.stderrText.contains(QChar(0x1b)));
        QVERIFY2(r.stderrText.contains(u"'vpce-svc-\uFFFD[31mred'"_s), qPrintable(r.stderrText));
    }

    void throttlingAndFaultsInEc2sWords()
    {
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"rateLimitPerMinute"_s, 2}})
                    .ok());
        const QHash<QString, QString> once{{u"AWS_MAX_ATTEMPTS"_s, u"1"_s}};
        QCOMPARE(aws({u"ec2"_s, u"describe-availability-zones"_s}, once).exitCode, 0);
        QCOMPARE(aws({u"ec2"_s, u"describe-availability-zones"_s}, once).exitCode, 0);
        CliResult r = aws({u"ec2"_s, u"describe-availability-zones"_s}, once);
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(RequestLimitExceeded)"_s), qPrintable(r.stderrText));
        r = aws({u"sts"_s, u"get-caller-identity"_s}, once);
        QVERIFY2(r.stderrText.contains(u"(Throttling)"_s), qPrintable(r.stderrText));

        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"rateLimitPerMinute"_s, 0}})
                    .ok());
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/faults"_s,
                              QJsonObject{{u"status"_s, 500}, {u"pathPrefix"_s, u"/aws/"_s}})
                    .ok());
        r = aws({u"ec2"_s, u"describe-availability-zones"_s}, once);
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(InternalError)"_s), qPrintable(r.stderrText));
        // The TiDB Cloud API is untouched by a fault on /aws/.
        QVERIFY(m_sandbox->request("GET", u"/v1beta1/clusters"_s).ok());
    }

    void dryRunChangesNothing()
    {
        const QString id = serviceIdOf(seed::NoPrincipals);
        const CliResult r =
            aws({u"ec2"_s, u"modify-vpc-endpoint-service-permissions"_s, u"--dry-run"_s,
                 u"--service-id"_s, id, u"--add-allowed-principals"_s, u"*"_s});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(DryRunOperation)"_s), qPrintable(r.stderrText));
        const QJsonObject stored =
            m_sandbox->request("GET", u"/sandbox/v1/endpointServices/%1"_s.arg(seed::NoPrincipals))
                .json;
        QCOMPARE(stored.value("allowedPrincipals"_L1).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAws)
#include "tst_sandboxawsapi.moc"
