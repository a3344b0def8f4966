// The sandbox's STS AssumeRole, driven by Debian's AWS CLI (`aws sts assume-role`): each
// role's trust policy (account, MFA, external ID), session lengths, role chaining, and the
// temporary keys it hands out — accepted by the sandbox's EC2 and STS until they expire.
#include "AwsCliRunner.h"
#include "SandboxFixture.h"

#include "sandbox/aws/AwsAccounts.h"
#include "sandbox/aws/IamRoles.h"

#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using plc::sandbox::AwsAccounts;
using plc::sandbox::IamRoles;

namespace {
QString roleArn(const QString &name)
{
    return u"arn:aws:iam::%1:role/%2"_s.arg(QLatin1StringView(AwsAccounts::UserAccount), name);
}

QHash<QString, QString> keysOf(const CliResult &assumed)
{
    const QJsonObject keys = assumed.json.value("Credentials"_L1).toObject();
    return {{u"AWS_ACCESS_KEY_ID"_s, keys.value("AccessKeyId"_L1).toString()},
            {u"AWS_SECRET_ACCESS_KEY"_s, keys.value("SecretAccessKey"_L1).toString()},
            {u"AWS_SESSION_TOKEN"_s, keys.value("SessionToken"_L1).toString()}};
}

qint64 secondsLeft(const CliResult &assumed)
{
    const QDateTime expires = QDateTime::fromString(
        assumed.json.value("Credentials"_L1).toObject().value("Expiration"_L1).toString(),
        Qt::ISODate);
    return QDateTime::currentDateTimeUtc().secsTo(expires);
}
} // namespace

class TestSandboxAwsRoles final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<AwsCliRunner> m_cli;

    CliResult assume(const QString &role, const QStringList &more = {},
                     const QHash<QString, QString> &env = {})
    {
        return m_cli->run(QStringList{u"sts"_s, u"assume-role"_s, u"--role-arn"_s, roleArn(role),
                                      u"--role-session-name"_s, u"plc-test"_s} +
                              more,
                          env);
    }

    /// The CLI sends what its own checks would have refused (`parameter_validation = false`).
    void unvalidated()
    {
        QFile config(m_cli->home() + u"/config"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[default]\nparameter_validation = false\n");
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
        m_cli = std::make_unique<AwsCliRunner>(m_sandbox->url(), m_sandbox->config().awsAccessKeyId,
                                               m_sandbox->config().awsSecretAccessKey);
    }
    void cleanup()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    void aRoleIsAssumedAndItsKeysWork()
    {
        const CliResult r = assume(u"PrivateLinkAdmin"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        const QJsonObject keys = r.json.value("Credentials"_L1).toObject();
        QVERIFY(keys.value("AccessKeyId"_L1).toString().startsWith(u"ASIA"_s));
        QCOMPARE(keys.value("AccessKeyId"_L1).toString().size(), 20);
        QCOMPARE(keys.value("SecretAccessKey"_L1).toString().size(), 40);
        QVERIFY(keys.value("SessionToken"_L1).toString().size() > 100);
        QVERIFY(qAbs(secondsLeft(r) - 3600) < 60);
        const QString assumedArn = u"arn:aws:sts::%1:assumed-role/PrivateLinkAdmin/plc-test"_s.arg(
            QLatin1StringView(AwsAccounts::UserAccount));
        QCOMPARE(r.json.value("AssumedRoleUser"_L1).toObject().value("Arn"_L1).toString(),
                 assumedArn);

        // The temporary keys, with their token, are the role's on STS and EC2.
        const CliResult who = m_cli->run({u"sts"_s, u"get-caller-identity"_s}, keysOf(r));
        QVERIFY2(who.exitCode == 0, qPrintable(who.stderrText));
        QCOMPARE(who.json.value("Arn"_L1).toString(), assumedArn);
        QCOMPARE(who.json.value("Account"_L1).toString(),
                 QLatin1StringView(AwsAccounts::UserAccount));
        QVERIFY(who.json.value("UserId"_L1).toString().endsWith(u":plc-test"_s));
        const CliResult vpcs = m_cli->run({u"ec2"_s, u"describe-vpcs"_s}, keysOf(r));
        QVERIFY2(vpcs.exitCode == 0, qPrintable(vpcs.stderrText));
        QVERIFY(!vpcs.json.value("Vpcs"_L1).toArray().isEmpty());

        // Without the token, or with another, the key is refused.
        QHash<QString, QString> noToken = keysOf(r);
        noToken.insert(u"AWS_SESSION_TOKEN"_s, QString());
        CliResult refused = m_cli->run({u"sts"_s, u"get-caller-identity"_s}, noToken);
        QVERIFY2(refused.stderrText.contains(u"(InvalidClientTokenId)"_s),
                 qPrintable(refused.stderrText));
        QHash<QString, QString> forged = keysOf(r);
        forged.insert(u"AWS_SESSION_TOKEN"_s, u"IQoJforged"_s);
        refused = m_cli->run({u"ec2"_s, u"describe-vpcs"_s}, forged);
        QVERIFY2(refused.stderrText.contains(u"(AuthFailure)"_s), qPrintable(refused.stderrText));
    }

    void sessionLengthsFollowTheRoleAndTheChain()
    {
        CliResult r = assume(u"PrivateLinkAdmin"_s, {u"--duration-seconds"_s, u"7200"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QVERIFY(qAbs(secondsLeft(r) - 7200) < 60);
        r = assume(u"PrivateLinkPartner"_s, {u"--duration-seconds"_s, u"7200"_s, u"--external-id"_s,
                                             u"tidb-private-link-sandbox"_s});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(ValidationError)"_s) &&
                     r.stderrText.contains(u"MaxSessionDuration"_s),
                 qPrintable(r.stderrText));
        // What the CLI itself would refuse, sent anyway: STS says it in its own words.
        unvalidated();
        r = assume(u"PrivateLinkAdmin"_s, {u"--duration-seconds"_s, u"899"_s});
        QVERIFY2(r.stderrText.contains(u"(ValidationError)"_s) &&
                     r.stderrText.contains(u"greater than or equal to 900"_s),
                 qPrintable(r.stderrText));
        r = assume(u"PrivateLinkAdmin"_s, {u"--role-session-name"_s, u"a b"_s});
        QVERIFY2(r.stderrText.contains(u"roleSessionName"_s), qPrintable(r.stderrText));

        // A role's keys assuming a role: one hour at most.
        const CliResult first = assume(u"PrivateLinkAdmin"_s);
        QVERIFY2(first.exitCode == 0, qPrintable(first.stderrText));
        r = assume(u"PrivateLinkAdmin"_s, {u"--duration-seconds"_s, u"7200"_s}, keysOf(first));
        QVERIFY2(r.stderrText.contains(u"role chaining"_s), qPrintable(r.stderrText));
        r = assume(u"PrivateLinkAdmin"_s, {}, keysOf(first));
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    }

    void mfaIsAskedWhereTheTrustPolicySaysSo()
    {
        CliResult r = assume(u"PrivateLinkAdminMfa"_s);
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(AccessDenied)"_s) &&
                     r.stderrText.contains(u"user/sandbox-admin is not authorized to perform: "
                                           "sts:AssumeRole"_s),
                 qPrintable(r.stderrText));
        const QStringList device{u"--serial-number"_s, IamRoles::mfaDevice()};
        r = assume(u"PrivateLinkAdminMfa"_s, device + QStringList{u"--token-code"_s, u"654321"_s});
        QVERIFY2(r.stderrText.contains(u"invalid MFA one time pass code"_s),
                 qPrintable(r.stderrText));
        r = assume(u"PrivateLinkAdminMfa"_s,
                   {u"--serial-number"_s, roleArn(u"nobody"_s).replace(u"role/"_s, u"mfa/"_s),
                    u"--token-code"_s, QString::fromLatin1(IamRoles::MfaCode)});
        QVERIFY2(r.stderrText.contains(u"unable to validate MFA code"_s), qPrintable(r.stderrText));
        unvalidated();
        r = assume(u"PrivateLinkAdminMfa"_s, device + QStringList{u"--token-code"_s, u"12345"_s});
        QVERIFY2(r.stderrText.contains(u"(ValidationError)"_s), qPrintable(r.stderrText));
        const CliResult withMfa =
            assume(u"PrivateLinkAdminMfa"_s,
                   device + QStringList{u"--token-code"_s, QString::fromLatin1(IamRoles::MfaCode)});
        QVERIFY2(withMfa.exitCode == 0, qPrintable(withMfa.stderrText));
        // A session signed in with MFA keeps it along a chain; one without never gains it.
        r = assume(u"PrivateLinkAdminMfa"_s, {}, keysOf(withMfa));
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        const CliResult plain = assume(u"PrivateLinkAdmin"_s);
        r = assume(u"PrivateLinkAdminMfa"_s, {}, keysOf(plain));
        QVERIFY2(r.stderrText.contains(u"(AccessDenied)"_s), qPrintable(r.stderrText));
    }

    void anExternalIdOrATrustPolicyRefuses()
    {
        CliResult r = assume(u"PrivateLinkPartner"_s);
        QVERIFY2(r.stderrText.contains(u"(AccessDenied)"_s), qPrintable(r.stderrText));
        r = assume(u"PrivateLinkPartner"_s, {u"--external-id"_s, u"another-id"_s});
        QVERIFY2(r.stderrText.contains(u"(AccessDenied)"_s), qPrintable(r.stderrText));
        r = assume(u"PrivateLinkPartner"_s, {u"--external-id"_s, u"tidb-private-link-sandbox"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        r = assume(u"PrivateLinkAuditor"_s);
        QVERIFY2(r.stderrText.contains(u"(AccessDenied)"_s) &&
                     r.stderrText.contains(roleArn(u"PrivateLinkAuditor"_s)),
                 qPrintable(r.stderrText));
        r = assume(u"NoSuchRole"_s);
        QVERIFY2(r.stderrText.contains(u"(AccessDenied)"_s), qPrintable(r.stderrText));
    }

    void temporaryKeysExpire()
    {
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"temporaryKeySeconds"_s, 1}})
                    .ok());
        const CliResult r = assume(u"PrivateLinkAdmin"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QVERIFY(secondsLeft(r) <= 1);
        QTest::qWait(1500);
        CliResult late = m_cli->run({u"sts"_s, u"get-caller-identity"_s}, keysOf(r));
        QVERIFY2(late.stderrText.contains(u"(ExpiredToken)"_s), qPrintable(late.stderrText));
        late = m_cli->run({u"ec2"_s, u"describe-vpcs"_s}, keysOf(r));
        QVERIFY2(late.stderrText.contains(u"(RequestExpired)"_s), qPrintable(late.stderrText));
    }

    void throttlingInStsWords()
    {
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/faults"_s,
                              QJsonObject{{u"status"_s, 429},
                                          {u"pathPrefix"_s, u"/aws/"_s},
                                          {u"remaining"_s, 1}})
                    .ok());
        CliResult r = assume(u"PrivateLinkAdmin"_s, {}, {{u"AWS_MAX_ATTEMPTS"_s, u"1"_s}});
        QCOMPARE(r.exitCode, 254);
        QVERIFY2(r.stderrText.contains(u"(Throttling)"_s), qPrintable(r.stderrText));
        r = assume(u"PrivateLinkAdmin"_s, {}, {{u"AWS_MAX_ATTEMPTS"_s, u"1"_s}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAwsRoles)
#include "tst_sandboxawsroles.moc"
