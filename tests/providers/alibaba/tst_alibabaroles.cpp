// RAM roles as the aliyun CLI assumes them: the RamRoleArn and ChainableRamRoleArn modes of
// ~/.aliyun/config.json (chains, cycles, what is out of shape), the modes the console cannot
// use named with what to do, STS AssumeRole at the sandbox with the session named, the keys
// kept and renewed, and a change sent with keys that last through it.
#include "AwaitJob.h"
#include "ProviderSandbox.h"

#include "api/RequestLog.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "providers/alibaba/AlibabaLinkService.h"
#include "services/LanguageManager.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using Source = AlibabaResolvedProfile::Source;

namespace {
const QString Admin = u"acs:ram::1432156789012345:role/privatelinkadmin"_s;
const QString Auditor = u"acs:ram::1432156789012345:role/privatelinkauditor"_s;

QByteArray profileJson(const QString &name, const QString &mode, const QString &more)
{
    return u"{\"name\": \"%1\", \"mode\": \"%2\", \"region_id\": \"cn-hangzhou\"%3}"_s
        .arg(name, mode, more.isEmpty() ? QString() : u", "_s + more)
        .toUtf8();
}

QByteArray configOf(const QList<QByteArray> &profiles)
{
    return "{\"current\": \"\", \"profiles\": [" + profiles.join(",\n") + "]}";
}
} // namespace

class TestAlibabaRoles final : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;
    ProviderSandbox m_sandbox{u"/alibaba"_s};
    std::unique_ptr<QTemporaryDir> m_home;
    QHash<QString, QString> m_env;

    /// `~/.aliyun/config.json` with the sandbox's AccessKey in the profiles that take one.
    QByteArray sandboxConfig() const
    {
        const QString key = u"\"access_key_id\": \"%1\", \"access_key_secret\": \"%2\""_s.arg(
            m_sandbox->config().alibabaAccessKeyId, m_sandbox->config().alibabaAccessKeySecret);
        return configOf({
            profileJson(u"base"_s, u"AK"_s, key),
            profileJson(u"admin"_s, u"RamRoleArn"_s,
                        key + u", \"ram_role_arn\": \"%1\", \"ram_session_name\": \"plc-admin\", "
                              "\"expired_seconds\": 900"_s.arg(Admin)),
            profileJson(u"chained"_s, u"ChainableRamRoleArn"_s,
                        u"\"source_profile\": \"admin\", \"ram_role_arn\": \"%1\", "
                        "\"ram_session_name\": \"plc-chained\""_s.arg(Admin)),
            profileJson(u"auditor"_s, u"RamRoleArn"_s,
                        key + u", \"ram_role_arn\": \"%1\""_s.arg(Auditor)),
        });
    }

    void writeConfig(const QByteArray &json)
    {
        m_home = std::make_unique<QTemporaryDir>();
        QDir().mkpath(m_home->filePath(u".aliyun"_s));
        QFile file(m_home->filePath(u".aliyun/config.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        m_env = {{u"HOME"_s, m_home->path()},
                 {u"ALIBABA_CLOUD_ENDPOINT"_s, m_sandbox.mountUrl().toString()}};
    }

    std::unique_ptr<AlibabaAccount> account(const QString &profile, RequestLog *log = nullptr)
    {
        auto made = std::make_unique<AlibabaAccount>(log);
        made->choose({CloudAccountChoice::Kind::NamedProfile, profile}, m_env);
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
    }

    void rolesResolveAsTheCliDoes()
    {
        const AliyunConfig config = AliyunConfig::fromJson(
            configOf(
                {profileJson(u"base"_s, u"AK"_s,
                             u"\"access_key_id\": \"LTAIbase\", \"access_key_secret\": \"s\""_s),
                 profileJson(u"role"_s, u"RamRoleArn"_s,
                             u"\"access_key_id\": \"LTAIrole\", \"access_key_secret\": \"s\", "
                             "\"ram_role_arn\": \"acs:ram::1:role/a\", \"expired_seconds\": "
                             "1800, \"ram_session_name\": \"me\", \"external_id\": \"ext\""_s),
                 profileJson(u"chain"_s, u"ChainableRamRoleArn"_s,
                             u"\"source_profile\": \"role\", \"ram_role_arn\": "
                             "\"acs:ram::1:role/b\""_s)}),
            u"/c.json"_s);
        AlibabaResolvedProfile r = AlibabaProfileResolver::resolve(u"role"_s, {}, config);
        QCOMPARE(r.source, Source::ConfigFile);
        QCOMPARE(r.credentials.accessKeyId, u"LTAIrole"_s);
        QCOMPARE(r.roles.size(), 1);
        QCOMPARE(r.roles.first().roleArn, u"acs:ram::1:role/a"_s);
        QCOMPARE(r.roles.first().durationSeconds, 1800);
        QCOMPARE(r.roles.first().sessionName, u"me"_s);
        QCOMPARE(r.roles.first().externalId, u"ext"_s);
        // A chain is assumed from its end: role's AccessKey assumes a, whose keys assume b.
        r = AlibabaProfileResolver::resolve(u"chain"_s, {}, config);
        QCOMPARE(r.credentials.accessKeyId, u"LTAIrole"_s);
        QCOMPARE(r.roles.size(), 2);
        QCOMPARE(r.roles.at(1).roleArn, u"acs:ram::1:role/b"_s);
        QCOMPARE(r.roles.at(1).profileName, u"chain"_s);
    }

    void whatCannotBeUsedIsSaid_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("says");
        const QString keys = u"\"access_key_id\": \"LTAIx\", \"access_key_secret\": \"s\", "_s;
        QTest::newRow("no source") << profileJson(u"p"_s, u"ChainableRamRoleArn"_s,
                                                  u"\"ram_role_arn\": \"acs:ram::1:role/a\""_s)
                                   << u"names no source_profile"_s;
        QTest::newRow("missing source")
            << profileJson(
                   u"p"_s, u"ChainableRamRoleArn"_s,
                   u"\"source_profile\": \"gone\", \"ram_role_arn\": \"acs:ram::1:role/a\""_s)
            << u"source_profile gone of Alibaba Cloud profile p is not in"_s;
        QTest::newRow("cycle")
            << profileJson(u"p"_s, u"ChainableRamRoleArn"_s,
                           u"\"source_profile\": \"p\", \"ram_role_arn\": \"acs:ram::1:role/a\""_s)
            << u"go round in a circle through source_profile (p → p)"_s;
        QTest::newRow("not a role")
            << profileJson(u"p"_s, u"RamRoleArn"_s,
                           keys + u"\"ram_role_arn\": \"arn:aws:iam::1:role/a\""_s)
            << u"is not a RAM role's ARN"_s;
        QTest::newRow("too long")
            << profileJson(
                   u"p"_s, u"RamRoleArn"_s,
                   keys + u"\"ram_role_arn\": \"acs:ram::1:role/a\", \"expired_seconds\": 99999"_s)
            << u"900 (15 minutes) to 43200"_s;
        QTest::newRow("no key") << profileJson(u"p"_s, u"RamRoleArn"_s,
                                               u"\"ram_role_arn\": \"acs:ram::1:role/a\""_s)
                                << u"lacks its AccessKey ID or AccessKey secret"_s;
        QTest::newRow("instance only")
            << profileJson(u"p"_s, u"EcsRamRole"_s, {}) << u"which only an ECS instance has"_s;
        QTest::newRow("a program") << profileJson(u"p"_s, u"External"_s, {})
                                   << u"from a program or an address (External mode)"_s;
        QTest::newRow("sso") << profileJson(u"p"_s, u"CloudSSO"_s, {})
                             << u"signs in with the CloudSSO mode"_s;
    }
    void whatCannotBeUsedIsSaid()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, says);
        const AliyunConfig config = AliyunConfig::fromJson(configOf({profile}), u"/c.json"_s);
        const AlibabaResolvedProfile r = AlibabaProfileResolver::resolve(u"p"_s, {}, config);
        QCOMPARE(r.source, Source::None);
        QVERIFY(r.roles.isEmpty());
        QVERIFY2(r.problem.contains(says), qPrintable(r.problem));
    }

    void aRamRoleIsAssumedNamedAndKept()
    {
        writeConfig(sandboxConfig());
        RequestLog log;
        auto admin = account(u"admin"_s, &log);
        QVERIFY2(admin->problem().isEmpty(), qPrintable(admin->problem()));
        QCOMPARE(admin->description(), u"RAM role %1 (Alibaba Cloud profile admin)"_s.arg(Admin));
        const QString before = admin->actingKey();
        m_sandbox.resetRequests();
        auto [identity, error] = await(admin->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        const QString session =
            u"acs:ram::1432156789012345:assumed-role/privatelinkadmin/plc-admin"_s;
        QCOMPARE(identity.arn, session);
        QCOMPARE(identity.identityType, u"AssumedRoleUser"_s);
        QCOMPARE(m_sandbox.requests(), 3); // AssumeRole, GetCallerIdentity, the call
        QCOMPARE(
            admin->description(),
            u"%1 in Alibaba Cloud account 1432156789012345 (Alibaba Cloud profile admin)"_s.arg(
                session));
        QCOMPARE(admin->actingKey(), before);
        QVERIFY(admin->keysNote().contains(u"renewed by themselves"_s));
        // Kept: the next call assumes nothing; the log names actions only.
        std::tie(identity, error) = await(admin->identity());
        QCOMPARE(m_sandbox.requests(), 4);
        for (const RequestLogEntry &entry : log.entries())
            QVERIFY(!entry.path.contains(u"STS."_s));

        // A chain: admin's role keys assume the role again.
        auto chained = account(u"chained"_s);
        std::tie(identity, error) = await(chained->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.arn,
                 u"acs:ram::1432156789012345:assumed-role/privatelinkadmin/plc-chained"_s);
    }

    void aRefusalIsASentenceAndNothingIsCalled()
    {
        writeConfig(sandboxConfig());
        auto auditor = account(u"auditor"_s);
        m_sandbox.resetRequests();
        const auto [identity, error] = await(auditor->identity());
        QCOMPARE(error.providerCode, u"NoPermission"_s);
        QVERIFY2(error.userMessage().contains(u"Assuming RAM role %1 for Alibaba Cloud profile "
                                              "auditor"_s.arg(Auditor)),
                 qPrintable(error.userMessage()));
        QCOMPARE(m_sandbox.requests(), 1);
    }

    void keysAreRenewedAndAChangeGetsKeysThatLast()
    {
        writeConfig(sandboxConfig());
        // Keys that last a second are never used once expired: the call renews them first.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"temporaryKeySeconds"_s, 1}})
                    .ok());
        auto brief = account(u"admin"_s);
        QVERIFY(!await(brief->identity()).second.isError());
        QTest::qWait(1200);
        m_sandbox.resetRequests();
        const auto [identity, error] = await(brief->identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(m_sandbox.requests(), 3); // renewed: AssumeRole, GetCallerIdentity, the call

        // Four seconds stand for a session shorter than a change needs: once half is gone,
        // the keys are renewed before the change leaves.
        QVERIFY(m_sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"temporaryKeySeconds"_s, 4}})
                    .ok());
        auto admin = account(u"admin"_s);
        QVERIFY(!await(admin->identity()).second.isError());
        QTest::qWait(2500);
        AlibabaLinkService service(admin.get());
        SendOnce *change = service.addUser(u"cn-hangzhou"_s, u"epsrv-bp1k9m8n7b6v5c4x3"_s,
                                           u"1111222233334444"_s, this);
        QSignalSpy done(change, &SendOnce::done);
        QSignalSpy failed(change, &SendOnce::failed);
        m_sandbox.resetRequests();
        change->run();
        QVERIFY(QTest::qWaitFor([&] { return done.size() + failed.size() > 0; }, 15'000));
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty()
                                ? QString()
                                : failed.first().at(0).value<ApiError>().userMessage()));
        QCOMPARE(change->sendCount(), 1);
        QCOMPARE(m_sandbox.requests(), 3); // AssumeRole, GetCallerIdentity, the change
    }
};

QTEST_GUILESS_MAIN(TestAlibabaRoles)
#include "tst_alibabaroles.moc"
