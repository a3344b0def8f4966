// Assumed roles as the AWS CLI assumes them, at the sandbox: STS AssumeRole with the role's
// settings (external ID, session name and length, MFA), the MFA code asked for, refusals,
// renewal before expiry and before a change, and botocore's own credential providers (Debian's
// python3-botocore) reaching the same role. How profiles are read: tst_awsroleprofiles.
#include "AwaitJob.h"
#include "BotocoreOracle.h"
#include "ProviderSandbox.h"

#include "api/RequestLog.h"
#include "providers/aws/AwsAccount.h"
#include "providers/aws/AwsKeysJob.h"
#include "providers/aws/AwsLinkService.h"
#include "sandbox/aws/AwsAccounts.h"
#include "sandbox/aws/IamRoles.h"
#include "services/LanguageManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using plc::sandbox::AwsAccounts;
using plc::sandbox::IamRoles;
using Source = AwsResolvedProfile::Source;

namespace {
QString role(const QString &name)
{
    return u"arn:aws:iam::%1:role/%2"_s.arg(QLatin1StringView(AwsAccounts::UserAccount), name);
}

QString assumed(const QString &name, const QString &session)
{
    return u"arn:aws:sts::%1:assumed-role/%2/%3"_s.arg(QLatin1StringView(AwsAccounts::UserAccount),
                                                       name, session);
}

/// Answers each code question with `code`, counting them.
struct CodeDesk
{
    QString code = QString::fromLatin1(IamRoles::MfaCode);
    bool cancel = false;
    int asked = 0;
    QString lastDevice;

    ProviderAccount::CodeAsker asker(QObject *parent)
    {
        return [this, parent](const ProviderAccount::CodeQuestion &question) {
            ++asked;
            lastDevice = question.device;
            // As the dialog's Cancel: an error every waiter hears of.
            return new ReadyJob<QString>(
                code, cancel ? ApiError::provider(u"MfaCodeNotGiven"_s, u"no code"_s) : ApiError(),
                parent);
        };
    }
};
} // namespace

class TestAwsRoles final : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;
    ProviderSandbox m_sandbox{u"/aws"_s};
    std::unique_ptr<QTemporaryDir> m_home;
    QHash<QString, QString> m_env;

    /// The sandbox's key pair as profile `base`, and `config` as the config file.
    void writeFiles(const QString &config)
    {
        m_home = std::make_unique<QTemporaryDir>();
        QFile credentials(m_home->filePath(u"credentials"_s));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        // A role may be written in the credentials file too, as the CLI reads it.
        credentials.write(u"[base]\naws_access_key_id = %1\naws_secret_access_key = %2\n"
                          "[credrole]\nrole_arn = %3\nsource_profile = base\n"
                          "role_session_name = plc-cred\n"_s
                              .arg(m_sandbox->config().awsAccessKeyId,
                                   m_sandbox->config().awsSecretAccessKey,
                                   role(u"PrivateLinkAdmin"_s))
                              .toUtf8());
        credentials.close();
        QFile file(m_home->filePath(u"config"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.toUtf8());
        file.close();
        m_env = {{u"AWS_CONFIG_FILE"_s, m_home->filePath(u"config"_s)},
                 {u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home->filePath(u"credentials"_s)},
                 {u"AWS_ENDPOINT_URL"_s, m_sandbox.mountUrl().toString()}};
    }

    static QString sandboxRoles()
    {
        return u"[profile admin]\nregion = us-east-1\nrole_arn = %1\nsource_profile = base\n"
               "role_session_name = plc-admin\n"
               "[profile mfa]\nregion = us-east-1\nrole_arn = %2\nsource_profile = base\n"
               "mfa_serial = %3\nrole_session_name = plc-mfa\n"
               "[profile chained]\nregion = us-east-1\nrole_arn = %1\nsource_profile = mfa\n"
               "role_session_name = plc-chained\n"
               "[profile partner]\nregion = us-east-1\nrole_arn = %4\nsource_profile = base\n"
               "external_id = tidb-private-link-sandbox\nrole_session_name = plc-partner\n"
               "[profile wrongexternal]\nregion = us-east-1\nrole_arn = %4\n"
               "source_profile = base\nexternal_id = not-the-one\n"
               "[profile auditor]\nregion = us-east-1\nrole_arn = %5\nsource_profile = base\n"
               "[profile fromenv]\nregion = us-east-1\nrole_arn = %1\n"
               "credential_source = Environment\nrole_session_name = plc-env\n"_s.arg(
                   role(u"PrivateLinkAdmin"_s), role(u"PrivateLinkAdminMfa"_s),
                   IamRoles::mfaDevice(), role(u"PrivateLinkPartner"_s),
                   role(u"PrivateLinkAuditor"_s));
    }

    /// The console's AwsAccount for `profile`, with `desk` answering code questions.
    std::unique_ptr<AwsAccount> account(const QString &profile, CodeDesk *desk = nullptr,
                                        RequestLog *log = nullptr,
                                        const QHash<QString, QString> &more = {})
    {
        auto made = std::make_unique<AwsAccount>(log);
        if (desk)
            made->setCodeAsker(desk->asker(made.get()));
        QHash<QString, QString> env = m_env;
        env.insert(more);
        made->choose({AwsAccountChoice::Kind::NamedProfile, profile}, env);
        return made;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }
    void cleanupTestCase() { m_sandbox.stop(); }
    void init()
    {
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"temporaryKeySeconds"_s, 0}})
                    .ok());
        QVERIFY(m_sandbox->request("DELETE", u"/sandbox/v1/faults"_s).ok());
    }

    void aRoleIsAssumedAndNamed()
    {
        writeFiles(sandboxRoles());
        RequestLog log;
        auto admin = account(u"admin"_s, nullptr, &log);
        QVERIFY2(admin->problem().isEmpty(), qPrintable(admin->problem()));
        QCOMPARE(admin->description(),
                 u"role %1 (AWS profile admin)"_s.arg(role(u"PrivateLinkAdmin"_s)));
        const QString before = admin->actingKey();
        m_sandbox.resetRequests();
        const auto [identity, error] = await(admin->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.arn, assumed(u"PrivateLinkAdmin"_s, u"plc-admin"_s));
        QCOMPARE(identity.account, QLatin1StringView(AwsAccounts::UserAccount));
        // AssumeRole, GetCallerIdentity for the window, then the call asked for.
        QCOMPARE(m_sandbox.requests(), 3);
        QCOMPARE(admin->description(), u"%1 in AWS account %2 (AWS profile admin)"_s.arg(
                                           assumed(u"PrivateLinkAdmin"_s, u"plc-admin"_s),
                                           QLatin1StringView(AwsAccounts::UserAccount)));
        QVERIFY2(admin->keysNote().contains(u"renewed by themselves"_s),
                 qPrintable(admin->keysNote()));
        // Renewed keys are the same account for a change sent before.
        QCOMPARE(admin->actingKey(), before);
        // The keys are kept: the next call assumes nothing.
        const auto zones =
            await(admin->run<QList<AwsZone>>("ec2", u"us-east-1"_s, [&](const AwsTarget &t) {
                return admin->ec2().availabilityZones(t);
            }));
        QVERIFY2(!zones.second.isError(), qPrintable(zones.second.userMessage()));
        QCOMPARE(m_sandbox.requests(), 4);
        // The request log names actions, never a key, a token or the role's secret.
        for (const RequestLogEntry &entry : log.entries()) {
            QVERIFY(!entry.path.contains(u"ASIA"_s));
            QVERIFY(!entry.path.contains(m_sandbox->config().awsSecretAccessKey));
        }
        QVERIFY(log.entries().first().path.endsWith(u" AssumeRole"_s));
    }

    void theGlobalStsEndpointIsSignedForUsEast1()
    {
        writeFiles(u"[profile legacy]\nregion = eu-west-1\nsts_regional_endpoints = legacy\n"
                   "[profile regional]\nregion = eu-west-1\n"_s);
        QFile credentials(m_home->filePath(u"credentials"_s));
        QVERIFY(credentials.open(QIODevice::Append));
        credentials.write("[legacy]\naws_access_key_id = AKIALEGACY0000000000\n"
                          "aws_secret_access_key = s\n[regional]\n"
                          "aws_access_key_id = AKIAREGIONAL00000000\naws_secret_access_key = s\n");
        credentials.close();
        QHash<QString, QString> env = m_env;
        env.remove(u"AWS_ENDPOINT_URL"_s); // AWS's own endpoints: nothing is sent here
        AwsAccount legacy(nullptr);
        legacy.choose({AwsAccountChoice::Kind::NamedProfile, u"legacy"_s}, env);
        auto [target, error] = await(legacy.target("sts", {}));
        QVERIFY(!error.isError());
        QCOMPARE(target.endpoint, QUrl(u"https://sts.amazonaws.com/"_s));
        QCOMPARE(target.region, QByteArray("us-east-1"));
        AwsAccount regional(nullptr);
        regional.choose({AwsAccountChoice::Kind::NamedProfile, u"regional"_s}, env);
        std::tie(target, error) = await(regional.target("sts", {}));
        QCOMPARE(target.endpoint, QUrl(u"https://sts.eu-west-1.amazonaws.com/"_s));
        QCOMPARE(target.region, QByteArray("eu-west-1"));
    }

    void anMfaCodeIsAskedOnceAndOnlyWhenKeysAreNeeded()
    {
        writeFiles(sandboxRoles());
        CodeDesk desk;
        auto mfa = account(u"mfa"_s, &desk);
        QCOMPARE(desk.asked, 0); // choosing the profile asks nothing
        auto [identity, error] = await(mfa->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.arn, assumed(u"PrivateLinkAdminMfa"_s, u"plc-mfa"_s));
        QCOMPARE(desk.asked, 1);
        QCOMPARE(desk.lastDevice, IamRoles::mfaDevice());
        QVERIFY2(mfa->keysNote().contains(u"asks for a code from MFA device"_s),
                 qPrintable(mfa->keysNote()));
        std::tie(identity, error) = await(mfa->identity());
        QVERIFY(!error.isError());
        QCOMPARE(desk.asked, 1);

        // A chain that starts with the MFA role asks once, at its start.
        CodeDesk chainDesk;
        auto chained = account(u"chained"_s, &chainDesk);
        std::tie(identity, error) = await(chained->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.arn, assumed(u"PrivateLinkAdmin"_s, u"plc-chained"_s));
        QCOMPARE(chainDesk.asked, 1);
    }

    void aWrongOrWithheldCodeSendsNothingElse()
    {
        writeFiles(sandboxRoles());
        CodeDesk wrong;
        wrong.code = u"654321"_s;
        auto mfa = account(u"mfa"_s, &wrong);
        m_sandbox.resetRequests();
        auto [zones, error] =
            await(mfa->run<QList<AwsZone>>("ec2", u"us-east-1"_s, [&](const AwsTarget &t) {
                return mfa->ec2().availabilityZones(t);
            }));
        QVERIFY(error.isError());
        QVERIFY2(error.userMessage().contains(u"did not accept the MFA code"_s),
                 qPrintable(error.userMessage()));
        QVERIFY2(error.userMessage().contains(role(u"PrivateLinkAdminMfa"_s)),
                 qPrintable(error.userMessage()));
        QCOMPARE(m_sandbox.requests(), 1); // the AssumeRole only, no EC2 call

        CodeDesk cancelled;
        cancelled.cancel = true;
        mfa = account(u"mfa"_s, &cancelled);
        m_sandbox.resetRequests();
        std::tie(zones, error) =
            await(mfa->run<QList<AwsZone>>("ec2", u"us-east-1"_s, [&](const AwsTarget &t) {
                return mfa->ec2().availabilityZones(t);
            }));
        QCOMPARE(error.providerCode, u"MfaCodeNotGiven"_s);
        QCOMPARE(m_sandbox.requests(), 0);

        mfa = account(u"mfa"_s); // nothing can ask
        std::tie(zones, error) =
            await(mfa->run<QList<AwsZone>>("ec2", u"us-east-1"_s, [&](const AwsTarget &t) {
                return mfa->ec2().availabilityZones(t);
            }));
        QCOMPARE(error.providerCode, u"MfaCodeNeeded"_s);
        QCOMPARE(m_sandbox.requests(), 0);
    }

    void refusalsAreSentencesAndNothingIsActedOn_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("says");
        QTest::newRow("trust policy") << u"auditor"_s << u"did not let these keys assume"_s;
        QTest::newRow("external ID") << u"wrongexternal"_s << u"did not let these keys assume"_s;
    }
    void refusalsAreSentencesAndNothingIsActedOn()
    {
        QFETCH(QString, profile);
        QFETCH(QString, says);
        writeFiles(sandboxRoles());
        auto refused = account(profile);
        m_sandbox.resetRequests();
        const auto [zones, error] =
            await(refused->run<QList<AwsZone>>("ec2", u"us-east-1"_s, [&](const AwsTarget &t) {
                return refused->ec2().availabilityZones(t);
            }));
        QCOMPARE(error.providerCode, u"AccessDenied"_s);
        QVERIFY2(error.userMessage().contains(says), qPrintable(error.userMessage()));
        QVERIFY2(error.userMessage().contains(u"for AWS profile %1"_s.arg(profile)),
                 qPrintable(error.userMessage()));
        QCOMPARE(m_sandbox.requests(), 1);
    }

    void throttlingIsRetriedThenSaid()
    {
        writeFiles(sandboxRoles());
        auto admin = account(u"admin"_s);
        // Throttled once: retried as a read is, then assumed.
        QVERIFY(m_sandbox.setFault({{u"status"_s, 429}, {u"remaining"_s, 1}}));
        auto [identity, error] = await(admin->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        // Throttled throughout: a sentence, and no EC2 call.
        admin = account(u"admin"_s);
        QVERIFY(m_sandbox.setFault({{u"status"_s, 429}}));
        m_sandbox.resetRequests();
        std::tie(identity, error) = await(admin->identity());
        QCOMPARE(error.providerCode, u"Throttling"_s);
        QVERIFY2(error.userMessage().contains(u"throttling"_s), qPrintable(error.userMessage()));
    }

    void keysAreRenewedBeforeTheyExpireAndBeforeAChange()
    {
        writeFiles(sandboxRoles());
        // Keys that last four seconds stand for a session shorter than a change needs: used
        // while a quarter of their life is left, renewed for a change once half is gone, with
        // the code asked for before the change rather than during it.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"temporaryKeySeconds"_s, 4}})
                    .ok());
        CodeDesk desk;
        auto mfa = account(u"mfa"_s, &desk);
        QVERIFY(!await(mfa->identity()).second.isError());
        QCOMPARE(desk.asked, 1);
        QVERIFY(!await(mfa->identity()).second.isError());
        QCOMPARE(desk.asked, 1);
        QTest::qWait(2500); // less than half their life left
        m_sandbox.resetRequests();
        Job *prepared = mfa->prepareForChange(15);
        bool done = false;
        connect(prepared, &Job::finished, this, [&done, prepared] {
            QVERIFY(prepared->succeeded());
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 30'000));
        QCOMPARE(desk.asked, 2);
        QCOMPARE(m_sandbox.requests(), 2); // AssumeRole and GetCallerIdentity
        // Keys that last a minute are never used: each call renews them first.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"temporaryKeySeconds"_s, 1}})
                    .ok());
        auto admin = account(u"admin"_s);
        QVERIFY(!await(admin->identity()).second.isError());
        QTest::qWait(1200);
        const auto [identity, error] = await(admin->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.arn, assumed(u"PrivateLinkAdmin"_s, u"plc-admin"_s));
        // Keys that last long enough are not renewed for a change.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"temporaryKeySeconds"_s, 0}})
                    .ok());
        auto lasting = account(u"mfa"_s, &desk);
        QVERIFY(!await(lasting->identity()).second.isError());
        QCOMPARE(desk.asked, 3);
        m_sandbox.resetRequests();
        prepared = lasting->prepareForChange(15);
        done = false;
        connect(prepared, &Job::finished, this, [&done] { done = true; });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 30'000));
        QCOMPARE(desk.asked, 3);
        QCOMPARE(m_sandbox.requests(), 0);
    }

    void aChangeRenewsKeysFirstOrIsNotSent()
    {
        writeFiles(sandboxRoles());
        // Keys with less than half their life left (four seconds stand for a session shorter
        // than a change needs): the code is asked for before the change leaves, and the change
        // is sent once, with the renewed keys.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"temporaryKeySeconds"_s, 4}})
                    .ok());
        CodeDesk desk;
        auto mfa = account(u"mfa"_s, &desk);
        QVERIFY(!await(mfa->identity()).second.isError());
        QCOMPARE(desk.asked, 1);
        QTest::qWait(2500);
        const QString serviceId = u"vpce-svc-09f8e7d6c5b4a3921"_s; // NoPrincipals of the seed
        AwsLinkService service(mfa.get());
        SendOnce *change = service.addPrincipal(u"us-east-1"_s, serviceId,
                                                u"arn:aws:iam::380838443567:root"_s, this);
        QSignalSpy done(change, &SendOnce::done);
        m_sandbox.resetRequests();
        change->run();
        QVERIFY(done.wait(15'000));
        QCOMPARE(desk.asked, 2);
        QCOMPARE(change->sendCount(), 1);
        QCOMPARE(m_sandbox.requests(), 3); // AssumeRole, GetCallerIdentity, the change

        // The code withheld when the keys need renewing: the change is not sent, and may be.
        mfa = account(u"mfa"_s, &desk);
        QVERIFY(!await(mfa->identity()).second.isError());
        QTest::qWait(2500);
        desk.cancel = true;
        AwsLinkService again(mfa.get());
        change = again.addPrincipal(u"us-east-1"_s, serviceId, u"arn:aws:iam::111122223333:root"_s,
                                    this);
        QSignalSpy failed(change, &SendOnce::failed);
        m_sandbox.resetRequests();
        change->run();
        QVERIFY(failed.wait(15'000));
        QCOMPARE(failed.constFirst().at(1).toBool(), false); // not made, known
        QCOMPARE(change->sendCount(), 0);
        QCOMPARE(m_sandbox.requests(), 0);
    }

    void botocoreResolvesTheSameRoles()
    {
        writeFiles(sandboxRoles());
        const QHash<QString, QString> keys{
            {u"AWS_ACCESS_KEY_ID"_s, m_sandbox->config().awsAccessKeyId},
            {u"AWS_SECRET_ACCESS_KEY"_s, m_sandbox->config().awsSecretAccessKey}};
        // Each profile and the session it reaches (empty: a refusal): a role, MFA with the code
        // given to botocore's prompter, a chain, an external ID, the environment's keys, a role
        // in the credentials file, a trust policy and an external ID that refuse.
        const QList<std::pair<QString, QString>> profiles{
            {u"admin"_s, assumed(u"PrivateLinkAdmin"_s, u"plc-admin"_s)},
            {u"mfa"_s, assumed(u"PrivateLinkAdminMfa"_s, u"plc-mfa"_s)},
            {u"chained"_s, assumed(u"PrivateLinkAdmin"_s, u"plc-chained"_s)},
            {u"partner"_s, assumed(u"PrivateLinkPartner"_s, u"plc-partner"_s)},
            {u"fromenv"_s, assumed(u"PrivateLinkAdmin"_s, u"plc-env"_s)},
            {u"credrole"_s, assumed(u"PrivateLinkAdmin"_s, u"plc-cred"_s)},
            {u"auditor"_s, QString()},
            {u"wrongexternal"_s, QString()}};
        QJsonArray requests;
        for (const auto &[profile, arn] : profiles)
            requests.append(botocoreRequest(m_home->filePath(u"config"_s),
                                            m_home->filePath(u"credentials"_s), m_home->path(),
                                            profile, m_sandbox.mountUrl().toString(),
                                            QString::fromLatin1(IamRoles::MfaCode), keys));
        // One Python process for all: botocore is imported once.
        const QJsonArray oracles = runBotocore(requests);
        QCOMPARE(oracles.size(), profiles.size());
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            const auto &[profile, arn] = profiles.at(i);
            const QJsonObject oracle = oracles.at(i).toObject();
            CodeDesk desk;
            auto console = account(profile, &desk, nullptr, keys);
            const auto [identity, error] = await(console->identity());
            if (arn.isEmpty()) {
                QCOMPARE(oracle.value("ok"_L1).toBool(), false);
                QCOMPARE(oracle.value("errorCode"_L1).toString(), u"AccessDenied"_s);
                QCOMPARE(error.providerCode, u"AccessDenied"_s);
                continue;
            }
            QVERIFY2(oracle.value("ok"_L1).toBool(),
                     QJsonDocument(oracle).toJson(QJsonDocument::Compact).constData());
            QVERIFY2(!error.isError(), qPrintable(profile + u": "_s + error.userMessage()));
            QCOMPARE(oracle.value("arn"_L1).toString(), arn);
            QCOMPARE(identity.arn, arn);
            // Each asked for the code as many times: once where the chain has a device.
            QCOMPARE(oracle.value("mfaPrompts"_L1).toArray().size(), desk.asked);
        }
    }
};

QTEST_GUILESS_MAIN(TestAwsRoles)
#include "tst_awsroles.moc"
