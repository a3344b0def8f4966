// AlibabaAccount: which Alibaba Cloud account a profile acts on — the sandbox's, the aliyun
// CLI's profiles, an AccessKey from the keychain — who STS says it is, and that neither a
// region from a file or a server nor a missing key ever turns into a request.
#include "AwaitJob.h"
#include "SandboxFixture.h"

#include "api/RequestLog.h"
#include "providers/alibaba/AlibabaAccount.h"
#include "services/LanguageManager.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

class TestAlibabaAccount final : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;

    /// A HOME whose ~/.aliyun/config.json holds `json`.
    static QHash<QString, QString> home(const QTemporaryDir &dir, const QByteArray &json)
    {
        QDir(dir.path()).mkpath(u".aliyun"_s);
        QFile file(dir.filePath(u".aliyun/config.json"_s));
        if (file.open(QIODevice::WriteOnly))
            file.write(json);
        return {{u"HOME"_s, dir.path()}};
    }

private Q_SLOTS:
    void initTestCase() { m_languages.setLanguage(u"en"_s); }

    void theSandboxsAccountIsWhoStsSays()
    {
        SandboxFixture sandbox;
        sandbox.config().settings = fastSettings();
        QVERIFY(sandbox.start());
        RequestLog log;
        AlibabaAccount account(&log);
        QSignalSpy changed(&account, &AlibabaAccount::changed);
        account.useSandbox(
            sandbox.url().resolved(QUrl(u"/alibaba/"_s)),
            {sandbox.config().alibabaAccessKeyId, sandbox.config().alibabaAccessKeySecret, {}, {}});
        QCOMPARE(changed.size(), 1);
        QVERIFY(account.isSandbox());
        QVERIFY(account.problem().isEmpty());
        QCOMPARE(account.description(), u"the sandbox's Alibaba Cloud account"_s);
        const auto [identity, error] = await(account.identity());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(identity.accountId, u"1432156789012345"_s);

        // PrivateLink in the region a cluster names, through the same mount.
        const AlibabaTarget target = account.privateLinkTarget(u"cn-hangzhou"_s);
        const auto [services, listError] =
            await(account.run<QList<AlibabaService>>(target, [&account](const AlibabaTarget &t) {
                return account.privateLink().services(t);
            }));
        QVERIFY2(!listError.isError(), qPrintable(listError.userMessage()));
        QCOMPARE(services.size(), 2);
        // The log names actions, never a key.
        for (const RequestLogEntry &entry : log.entries()) {
            QVERIFY(!entry.path.contains(sandbox.config().alibabaAccessKeyId));
            QVERIFY(!entry.path.contains(sandbox.config().alibabaAccessKeySecret));
        }
    }

    void anAliyunProfileGivesKeysRegionAndTheRealEndpoint()
    {
        QTemporaryDir dir;
        const auto environment = home(dir, R"({"current": "dev", "profiles": [
            {"name": "dev", "mode": "AK", "access_key_id": "LTAIdevdevdevdevdev1",
             "access_key_secret": "devsecret", "region_id": "cn-beijing"},
            {"name": "prod", "mode": "AK", "access_key_id": "LTAIprodprodprodprod",
             "access_key_secret": "prodsecret", "region_id": "cn-hangzhou"}]})");
        RequestLog log;
        AlibabaAccount account(&log);
        account.choose({CloudAccountChoice::Kind::NamedProfile, u"prod"_s}, environment);
        QVERIFY(account.problem().isEmpty());
        QCOMPARE(account.defaultRegion(), u"cn-hangzhou"_s);
        AlibabaTarget target = account.privateLinkTarget({});
        QCOMPARE(target.endpoint, QUrl(u"https://privatelink.cn-hangzhou.aliyuncs.com/"_s));
        QCOMPARE(target.credentials.accessKeyId, u"LTAIprodprodprodprod"_s);
        QCOMPARE(account.stsTarget().endpoint, QUrl(u"https://sts.aliyuncs.com/"_s));
        QVERIFY(account.description().contains(u"prod"_s));
        QVERIFY(!account.description().contains(u"prodsecret"_s));

        // The default chain: the current profile, unless the environment has keys.
        account.choose({CloudAccountChoice::Kind::DefaultChain, {}}, environment);
        QCOMPARE(account.privateLinkTarget({}).credentials.accessKeyId, u"LTAIdevdevdevdevdev1"_s);
        QCOMPARE(account.profileNames(environment), (QStringList{u"dev"_s, u"prod"_s}));
    }

    void aRegionThatIsNoRegionNeverBecomesAHost_data()
    {
        QTest::addColumn<QString>("region");
        QTest::newRow("a host and path") << u"evil.example/x?"_s;
        QTest::newRow("a user part") << u"cn-hangzhou@evil.example"_s;
        QTest::newRow("upper case") << u"CN-HANGZHOU"_s;
        QTest::newRow("a control character") << u"cn-hang\u001bzhou"_s;
    }

    void aRegionThatIsNoRegionNeverBecomesAHost()
    {
        QFETCH(QString, region);
        RequestLog log;
        AlibabaAccount account(&log);
        account.useKeys({u"LTAIkeychainkeyid01"_s, u"secret"_s, {}, {}});
        const AlibabaTarget target = account.privateLinkTarget(region);
        QVERIFY(target.endpoint.isEmpty());
        const auto [value, error] =
            await(account.run<QList<AlibabaService>>(target, [&account](const AlibabaTarget &t) {
                return account.privateLink().services(t);
            }));
        QCOMPARE(error.providerCode, u"NoRegion"_s);
        QVERIFY2(error.sentence.contains(u"cn-hangzhou"_s), qPrintable(error.userMessage()));
        QVERIFY(!error.sentence.contains(QChar(0x1b)));
        QCOMPARE(log.entries().size(), 0);
    }

    void withoutKeysNothingIsSentAndTheUserIsToldWhy()
    {
        QTemporaryDir dir;
        const auto environment = home(dir, R"({"current": "sso", "profiles": [
            {"name": "sso", "mode": "CloudSSO", "region_id": "cn-hangzhou"}]})");
        RequestLog log;
        AlibabaAccount account(&log);
        QVERIFY(!account.isConfigured());
        QVERIFY(!account.problem().isEmpty());
        account.choose({CloudAccountChoice::Kind::DefaultChain, {}}, environment);
        QVERIFY(account.isConfigured());
        const QString problem = account.problem();
        QVERIFY2(problem.contains(u"CloudSSO"_s), qPrintable(problem));
        const auto [value, error] = await(account.identity());
        QCOMPARE(error.providerCode, u"NoCredentials"_s);
        QCOMPARE(error.sentence, problem);
        QCOMPARE(log.entries().size(), 0);

        // A keychain entry that could not be read says so.
        account.useKeys({}, u"The keychain is locked."_s);
        QCOMPARE(account.problem(), u"The keychain is locked."_s);
        account.useKeys({});
        QVERIFY(account.problem().contains(u"profile dialog"_s));
    }

    void aliyunsEndpointVariableNamesOneEndpointForEveryApi_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QUrl>("endpoint");
        QTest::newRow("a host") << u"privatelink.cn-shanghai.aliyuncs.com"_s
                                << QUrl(u"https://privatelink.cn-shanghai.aliyuncs.com/"_s);
        QTest::newRow("a URL") << u"http://127.0.0.1:8080/alibaba/"_s
                               << QUrl(u"http://127.0.0.1:8080/alibaba/"_s);
        QTest::newRow("a URL without a path")
            << u"https://gw.example.com"_s << QUrl(u"https://gw.example.com/"_s);
        QTest::newRow("no host") << u"https://"_s << QUrl(u"invalid:"_s);
    }

    void aliyunsEndpointVariableNamesOneEndpointForEveryApi()
    {
        QFETCH(QString, value);
        QFETCH(QUrl, endpoint);
        const QHash<QString, QString> environment{
            {u"ALIBABA_CLOUD_ENDPOINT"_s, value},
            {u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIenvironmentkey1"_s},
            {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"s"_s}};
        RequestLog log;
        AlibabaAccount account(&log);
        account.choose({CloudAccountChoice::Kind::DefaultChain, {}}, environment);
        QCOMPARE(account.privateLinkTarget(u"cn-hangzhou"_s).endpoint, endpoint);
        QCOMPARE(account.stsTarget().endpoint, endpoint);
        account.useKeys({u"LTAIkeychainkeyid01"_s, u"s"_s, {}, {}}, {}, environment);
        QCOMPARE(account.privateLinkTarget(u"cn-hangzhou"_s).endpoint, endpoint);
        // Unset: each API's own endpoint.
        account.choose({CloudAccountChoice::Kind::DefaultChain, {}},
                       {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIenvironmentkey1"_s},
                        {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"s"_s}});
        QCOMPARE(account.stsTarget().endpoint, QUrl(u"https://sts.aliyuncs.com/"_s));
    }

    void anUnusableEndpointIsRefusedNotReplaced()
    {
        RequestLog log;
        AlibabaAccount account(&log);
        account.useKeys({u"LTAIkeychainkeyid01"_s, u"s"_s, {}, {}}, {},
                        {{u"ALIBABA_CLOUD_ENDPOINT"_s, u"http://gw.example.com/"_s}});
        // Plain http leaves this machine only to loopback: nothing is sent.
        const auto [identity, error] = await(account.identity());
        QCOMPARE(error.kind, ApiError::Kind::InsecureUrl);
        QCOMPARE(log.entries().size(), 0);
    }

    void theKeychainHoldsIdAndSecretTogether()
    {
        const QString packed = AlibabaAccount::packKey(u"LTAI5tExampleKeyId1234"_s, u"s3cr3t"_s);
        const AlibabaCredentials keys = AlibabaAccount::unpackKey(packed);
        QCOMPARE(keys.accessKeyId, u"LTAI5tExampleKeyId1234"_s);
        QCOMPARE(keys.accessKeySecret, u"s3cr3t"_s);
        QVERIFY(!AlibabaAccount::unpackKey(u"{\"accessKeyId\":\"x\"}"_s).isComplete());
        QVERIFY(!AlibabaAccount::unpackKey(u"not json"_s).isComplete());
        QCOMPARE(AlibabaAccount::keychainEntry(u"k1"_s), u"k1/alibaba"_s);
    }

    void typedKeysAreCheckedWithWhatIsExpected_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("idOk");
        QTest::addColumn<bool>("secretOk");
        QTest::newRow("fine") << u"LTAI5tExampleKeyId1234"_s << u"abcDEF123"_s << true << true;
        QTest::newRow("empty") << QString() << QString() << false << false;
        QTest::newRow("short id") << u"LTAI5t"_s << u"x"_s << false << true;
        QTest::newRow("spaces") << u"LTAI5t Example Key"_s << u"a b"_s << false << false;
        QTest::newRow("long secret")
            << u"LTAI5tExampleKeyId1234"_s << QString(129, u'a') << true << false;
    }

    void typedKeysAreCheckedWithWhatIsExpected()
    {
        QFETCH(QString, id);
        QFETCH(QString, secret);
        QFETCH(bool, idOk);
        QFETCH(bool, secretOk);
        QCOMPARE(AlibabaAccount::checkAccessKeyId(id).isEmpty(), idOk);
        QCOMPARE(AlibabaAccount::checkAccessKeySecret(secret).isEmpty(), secretOk);
        if (!idOk)
            QVERIFY(AlibabaAccount::checkAccessKeyId(id).endsWith(u'.'));
    }

    void theChoiceIsKeptAsASettingWithoutAKey()
    {
        for (const CloudAccountChoice &choice :
             {CloudAccountChoice{}, CloudAccountChoice{CloudAccountChoice::Kind::DefaultChain, {}},
              CloudAccountChoice{CloudAccountChoice::Kind::NamedProfile, u"prod"_s},
              CloudAccountChoice{CloudAccountChoice::Kind::KeychainKey, {}}})
            QCOMPARE(CloudAccountChoice::fromSetting(choice.toSetting()), choice);
        QCOMPARE(CloudAccountChoice::fromSetting(u"profile:"_s).kind,
                 CloudAccountChoice::Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestAlibabaAccount)
#include "tst_alibabaaccount.moc"
