// IAM Identity Center as the AWS CLI uses it: a sign-in's token that `aws sso login` wrote
// under ~/.aws/sso/cache (written here the way the CLI writes it), the portal's
// GetRoleCredentials at the sandbox — checked with Debian's `aws sso get-role-credentials` —
// profiles with sso_session and with the older sso_* keys, botocore's own SSO provider
// reaching the same role, and every way a sign-in fails said with the command to run.
#include "AwaitJob.h"
#include "AwsCliRunner.h"
#include "BotocoreOracle.h"
#include "ProviderSandbox.h"

#include "providers/aws/AwsAccount.h"
#include "providers/aws/AwsIdentityCenter.h"
#include "providers/aws/AwsQueryClient.h"
#include "sandbox/aws/AwsAccounts.h"
#include "services/LanguageManager.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using plc::sandbox::AwsAccounts;

namespace {
const QString StartUrl = u"https://sandbox-directory.awsapps.com/start"_s;

QString ssoArn(const QString &permissionSet)
{
    return u"arn:aws:sts::%1:assumed-role/AWSReservedSSO_%2_5f2b1c0e3d4a6b79/sandbox-user"_s.arg(
        QLatin1StringView(AwsAccounts::UserAccount), permissionSet);
}
} // namespace

class TestAwsSso final : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;
    ProviderSandbox m_sandbox{u"/aws"_s};
    std::unique_ptr<QTemporaryDir> m_home;
    QHash<QString, QString> m_env;

    /// A sign-in from the sandbox (`seconds` may be negative: one that expired).
    QString signIn(int seconds = 3600, const QStringList &roles = {u"PrivateLinkAdmin"_s})
    {
        const auto reply =
            m_sandbox->request("POST", u"/sandbox/v1/sso/tokens"_s,
                               QJsonObject{{u"expiresInSeconds"_s, seconds},
                                           {u"roles"_s, QJsonArray::fromStringList(roles)}});
        return reply.json.value("accessToken"_L1).toString();
    }

    /// What `aws sso login` leaves behind: the token file named by the SHA-1 of `key`.
    void writeToken(const QString &key, const QString &token, int seconds)
    {
        const QString dir = m_home->filePath(u".aws/sso/cache"_s);
        QDir().mkpath(dir);
        QFile file(dir + u'/' +
                   QString::fromLatin1(
                       QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex()) +
                   u".json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{u"startUrl"_s, StartUrl},
                                      {u"region"_s, u"us-east-1"_s},
                                      {u"accessToken"_s, token},
                                      {u"expiresAt"_s,
                                       QDateTime::currentDateTimeUtc().addSecs(seconds).toString(
                                           u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s)}})
                .toJson());
    }

    void writeConfig()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QDir().mkpath(m_home->filePath(u".aws"_s));
        QFile config(m_home->filePath(u".aws/config"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(u"[sso-session corp]\nsso_start_url = %1\nsso_region = us-east-1\n"
                     "sso_registration_scopes = sso:account:access\n"
                     "[profile admin]\nsso_session = corp\nsso_account_id = %2\n"
                     "sso_role_name = PrivateLinkAdmin\nregion = us-east-1\n"
                     "[profile readonly]\nsso_session = corp\nsso_account_id = %2\n"
                     "sso_role_name = PrivateLinkReadOnly\nregion = us-east-1\n"
                     "[profile legacy]\nsso_start_url = %1\nsso_region = us-east-1\n"
                     "sso_account_id = %2\nsso_role_name = PrivateLinkAdmin\nregion = us-east-1\n"
                     "[profile chained]\nrole_arn = arn:aws:iam::%2:role/PrivateLinkAdmin\n"
                     "source_profile = admin\nrole_session_name = plc-sso\nregion = us-east-1\n"
                     "[profile noaccount]\nsso_session = corp\nsso_role_name = x\n"
                     "[profile nosession]\nsso_session = elsewhere\nsso_account_id = %2\n"
                     "sso_role_name = PrivateLinkAdmin\n"_s
                         .arg(StartUrl, QLatin1StringView(AwsAccounts::UserAccount))
                         .toUtf8());
        config.close();
        QFile(m_home->filePath(u".aws/credentials"_s)).open(QIODevice::WriteOnly);
        m_env = {{u"HOME"_s, m_home->path()},
                 {u"AWS_CONFIG_FILE"_s, m_home->filePath(u".aws/config"_s)},
                 {u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home->filePath(u".aws/credentials"_s)},
                 {u"AWS_ENDPOINT_URL"_s, m_sandbox.mountUrl().toString()},
                 // The token goes only to an endpoint given for the portal itself.
                 {u"AWS_ENDPOINT_URL_SSO"_s, m_sandbox.mountUrl().toString()}};
    }

    std::unique_ptr<AwsAccount> account(const QString &profile)
    {
        auto made = std::make_unique<AwsAccount>(nullptr);
        made->choose({AwsAccountChoice::Kind::NamedProfile, profile}, m_env);
        return made;
    }

    QJsonObject botocore(const QString &profile)
    {
        return runBotocore(botocoreRequest(m_home->filePath(u".aws/config"_s),
                                           m_home->filePath(u".aws/credentials"_s), m_home->path(),
                                           profile, m_sandbox.mountUrl().toString()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }
    void cleanupTestCase() { m_sandbox.stop(); }

    void thePortalAnswersDebiansAwsCli()
    {
        AwsCliRunner cli(m_sandbox->url(), m_sandbox->config().awsAccessKeyId,
                         m_sandbox->config().awsSecretAccessKey);
        const QString token = signIn();
        const QStringList get{u"sso"_s,
                              u"get-role-credentials"_s,
                              u"--account-id"_s,
                              QLatin1StringView(AwsAccounts::UserAccount),
                              u"--access-token"_s,
                              token};
        CliResult r = cli.run(get + QStringList{u"--role-name"_s, u"PrivateLinkAdmin"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        const QJsonObject keys = r.json.value("roleCredentials"_L1).toObject();
        QVERIFY(keys.value("accessKeyId"_L1).toString().startsWith(u"ASIA"_s));
        QVERIFY(keys.value("expiration"_L1).toDouble() > QDateTime::currentMSecsSinceEpoch());
        // The keys are the permission set's role on STS.
        r = cli.run({u"sts"_s, u"get-caller-identity"_s},
                    {{u"AWS_ACCESS_KEY_ID"_s, keys.value("accessKeyId"_L1).toString()},
                     {u"AWS_SECRET_ACCESS_KEY"_s, keys.value("secretAccessKey"_L1).toString()},
                     {u"AWS_SESSION_TOKEN"_s, keys.value("sessionToken"_L1).toString()}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.stderrText));
        QCOMPARE(r.json.value("Arn"_L1).toString(), ssoArn(u"PrivateLinkAdmin"_s));
        // A permission set the sign-in does not have; a token that is no sign-in's.
        r = cli.run(get + QStringList{u"--role-name"_s, u"PrivateLinkReadOnly"_s});
        QVERIFY2(r.stderrText.contains(u"(ForbiddenException)"_s), qPrintable(r.stderrText));
        r = cli.run({u"sso"_s, u"get-role-credentials"_s, u"--account-id"_s,
                     QLatin1StringView(AwsAccounts::UserAccount), u"--access-token"_s, signIn(-60),
                     u"--role-name"_s, u"PrivateLinkAdmin"_s});
        QVERIFY2(r.stderrText.contains(u"(UnauthorizedException)"_s), qPrintable(r.stderrText));
    }

    void aSignInGivesTheRoleAndItIsNamed()
    {
        writeConfig();
        writeToken(u"corp"_s, signIn(), 3600); // sso_session: named by the session
        auto admin = account(u"admin"_s);
        QVERIFY2(admin->problem().isEmpty(), qPrintable(admin->problem()));
        QVERIFY(admin->description().startsWith(u"IAM Identity Center role PrivateLinkAdmin"_s));
        m_sandbox.resetRequests();
        auto [identity, error] = await(admin->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.arn, ssoArn(u"PrivateLinkAdmin"_s));
        QCOMPARE(m_sandbox.requests(), 3); // GetRoleCredentials, GetCallerIdentity, the call
        QVERIFY(admin->description().startsWith(ssoArn(u"PrivateLinkAdmin"_s)));
        // Kept until they near their expiry.
        std::tie(identity, error) = await(admin->identity());
        QCOMPARE(m_sandbox.requests(), 4);

        // The older keys: the token named by the start URL.
        writeToken(StartUrl, signIn(), 3600);
        std::tie(identity, error) = await(account(u"legacy"_s)->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.arn, ssoArn(u"PrivateLinkAdmin"_s));

        // A role assumed with the sign-in's keys.
        std::tie(identity, error) = await(account(u"chained"_s)->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.arn, u"arn:aws:sts::%1:assumed-role/PrivateLinkAdmin/plc-sso"_s.arg(
                                   QLatin1StringView(AwsAccounts::UserAccount)));
    }

    void botocoreReachesTheSameRole()
    {
        writeConfig();
        writeToken(u"corp"_s, signIn(), 3600);
        writeToken(StartUrl, signIn(), 3600);
        for (const QString &profile : {u"admin"_s, u"legacy"_s}) {
            const QJsonObject oracle = botocore(profile);
            QVERIFY2(oracle.value("ok"_L1).toBool(),
                     QJsonDocument(oracle).toJson(QJsonDocument::Compact).constData());
            QCOMPARE(oracle.value("arn"_L1).toString(), ssoArn(u"PrivateLinkAdmin"_s));
            const auto [identity, error] = await(account(profile)->identity());
            QCOMPARE(identity.arn, oracle.value("arn"_L1).toString());
        }
    }

    void aSignInThatCannotBeUsedIsSaidWithTheCommand()
    {
        writeConfig();
        // No sign-in yet.
        auto admin = account(u"admin"_s);
        m_sandbox.resetRequests();
        auto [identity, error] = await(admin->identity());
        QCOMPARE(error.providerCode, u"SsoSignInNeeded"_s);
        QVERIFY2(error.userMessage().contains(u"aws sso login --sso-session 'corp'"_s),
                 qPrintable(error.userMessage()));
        QCOMPARE(m_sandbox.requests(), 0);
        // An expired one: refused before anything is sent, as botocore refuses it.
        writeToken(u"corp"_s, signIn(-60), -60);
        admin = account(u"admin"_s);
        std::tie(identity, error) = await(admin->identity());
        QVERIFY2(error.userMessage().contains(u"expired"_s), qPrintable(error.userMessage()));
        QVERIFY(error.userMessage().contains(u"aws sso login --sso-session 'corp'"_s));
        QCOMPARE(m_sandbox.requests(), 0);
        QCOMPARE(botocore(u"admin"_s).value("ok"_L1).toBool(), false);
        // The file says it is good, the portal no longer takes it.
        writeToken(u"corp"_s, signIn(-60), 3600);
        std::tie(identity, error) = await(account(u"admin"_s)->identity());
        QCOMPARE(error.providerCode, u"UnauthorizedException"_s);
        QVERIFY2(error.userMessage().contains(u"no longer accepts the sign-in"_s),
                 qPrintable(error.userMessage()));
        // A permission set the sign-in does not have.
        writeToken(u"corp"_s, signIn(), 3600);
        std::tie(identity, error) = await(account(u"readonly"_s)->identity());
        QCOMPARE(error.providerCode, u"ForbiddenException"_s);
        QVERIFY2(error.userMessage().contains(u"does not give your sign-in role "
                                              "PrivateLinkReadOnly"_s),
                 qPrintable(error.userMessage()));
        // Settings the console cannot use, said before anything is read.
        QVERIFY(account(u"noaccount"_s)->problem().contains(u"sso_account_id is 12 digits"_s));
        QVERIFY(account(u"nosession"_s)->problem().contains(u"[sso-session elsewhere]"_s));
    }

    void theTokenGoesOnlyToThePortal()
    {
        writeConfig();
        writeToken(u"corp"_s, signIn(), 3600);
        // Only the endpoint for every service: the portal is AWS's own, never the sandbox.
        m_env.remove(u"AWS_ENDPOINT_URL_SSO"_s);
        const AwsResolvedProfile resolved =
            AwsProfileResolver::resolve(u"admin"_s, m_env, AwsSharedFiles::load(m_env));
        QCOMPARE(resolved.sso.portal, QUrl(u"https://portal.sso.us-east-1.amazonaws.com/"_s));
        // A name with `+` is sent as itself; an older CLI's `…UTC` expiry is read.
        AwsSsoSettings sso = resolved.sso;
        sso.roleName = u"PrivateLink+Ops"_s;
        sso.portal = m_sandbox.mountUrl();
        const QString token = signIn(3600, {u"PrivateLink+Ops"_s});
        writeToken(u"corp"_s, token, 3600);
        QFile file(sso.tokenFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        json.replace("Z\"", "UTC\"");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QString problem;
        QCOMPARE(AwsIdentityCenter::token(sso, QDateTime::currentDateTimeUtc(), &problem), token);
        AwsQueryClient client(nullptr);
        auto *job = new AwsRoleCredentialsJob(&client, sso, this);
        // Sent as `+`, the portal would read "PrivateLink Ops", which the sign-in does not give.
        const auto [role, error] = await(job);
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QVERIFY(role.keys.accessKeyId.startsWith(u"ASIA"_s));
    }

    void theLoginCommandQuotesByPosition()
    {
        AwsSsoSettings sso;
        sso.profile = u"prod; rm -rf ~"_s;
        QCOMPARE(AwsIdentityCenter::loginCommand(sso),
                 u"aws sso login --profile 'prod; rm -rf ~'"_s);
        sso.session = u"it's"_s;
        QCOMPARE(AwsIdentityCenter::loginCommand(sso), u"aws sso login --sso-session 'it'\\''s'"_s);
    }
};

QTEST_GUILESS_MAIN(TestAwsSso)
#include "tst_awssso.moc"
