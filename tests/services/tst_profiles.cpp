// Profiles in QSettings, their validation, the ticloud import and the command line.
#include "services/Profile.h"
#include "services/ProfileStore.h"
#include "services/TicloudConfigImporter.h"
#include "shell/CommandLineOptions.h"

#include "UnwritableSettings.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

class TestProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PrivateLinkConsoleTests"_s);
        QCoreApplication::setApplicationName(u"tst_profiles"_s);
    }

    void init() { QSettings().clear(); }

    void theSandboxProfileAlwaysExists()
    {
        ProfileStore store;
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.profiles().constFirst().isSandbox());
        QCOMPARE(store.activeProfileName(), Profile::sandboxName());
        QVERIFY(!store.remove(Profile::sandboxName()));
        QVERIFY(
            !store.save({Profile::sandboxName(), QUrl(u"https://x.example"_s), u"K"_s, {}, {}}));
    }

    void saveRenameRemoveAndTheActiveChoice()
    {
        ProfileStore store;
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.save({u"prod/eu"_s.replace(u'/', u'-'),
                            QUrl(u"https://serverless.tidbapi.com"_s),
                            u"PUBKEY1"_s,
                            {},
                            {}}));
        QVERIFY(store.save(
            {u"staging 2"_s, QUrl(u"https://serverless.tidbapi.com"_s), u"PUBKEY2"_s, {}, {}}));
        QCOMPARE(store.profiles().size(), 3);
        store.setActiveProfileName(u"staging 2"_s);
        QCOMPARE(store.activeProfileName(), u"staging 2"_s);
        QVERIFY(store.rename(
            u"staging 2"_s,
            {u"staging"_s, QUrl(u"https://serverless.tidbapi.com"_s), u"PUBKEY2"_s, {}, {}}));
        QCOMPARE(store.activeProfileName(), u"staging"_s); // the choice follows the rename
        QVERIFY(!store.profile(u"staging 2"_s));
        QVERIFY(!store.rename(
            u"staging"_s,
            {u"prod-eu"_s, QUrl(u"https://a.example"_s), u"X"_s, {}, {}})); // would overwrite
        QVERIFY(store.remove(u"staging"_s));
        QCOMPARE(store.activeProfileName(), Profile::sandboxName());
        QVERIFY(changed.size() >= 4);
        // A new store (a restart) reads the same.
        ProfileStore again;
        QCOMPARE(again.profile(u"prod-eu"_s)->publicKey, u"PUBKEY1"_s);
    }

    // A profile the settings file could not take is not saved: it is not listed for the rest of
    // the session either (QSettings keeps what it failed to write in memory), and nothing
    // announces a change.
    void aProfileThatCannotBeWrittenIsNeitherSavedNorListed()
    {
        test::UnwritableSettings unwritable;
        QVERIFY(unwritable.isReady());
        ProfileStore store;
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        QVERIFY(!store.save({u"prod"_s, QUrl(u"https://x.example"_s), u"K"_s, {}, {}}));
        QVERIFY(!store.profile(u"prod"_s));
        QCOMPARE(store.profiles().size(), 1); // the sandbox only
        QCOMPARE(changed.size(), 0);
    }

    void fieldsAreValidated_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name ok") << u"name"_s << u"prod (EU) 日本"_s << true;
        QTest::newRow("name empty") << u"name"_s << QString() << false;
        QTest::newRow("name spaces") << u"name"_s << u"   "_s << false;
        QTest::newRow("name padded") << u"name"_s << u" prod"_s << false;
        QTest::newRow("name too long") << u"name"_s << QString(65, u'p') << false;
        QTest::newRow("name sandbox") << u"name"_s << u"sandbox"_s << false;
        QTest::newRow("name slash") << u"name"_s << u"a/b"_s << false;
        QTest::newRow("name escape") << u"name"_s << u"a\u001b[2Jb"_s << false;
        QTest::newRow("name bidi override") << u"name"_s << u"prod\u202Eved"_s << false;
        QTest::newRow("url https") << u"url"_s << u"https://serverless.tidbapi.com"_s << true;
        QTest::newRow("url loopback http") << u"url"_s << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("url remote http") << u"url"_s << u"http://serverless.tidbapi.com"_s << false;
        QTest::newRow("url no scheme") << u"url"_s << u"serverless.tidbapi.com"_s << false;
        QTest::newRow("url user info")
            << u"url"_s << u"https://me:pw@serverless.tidbapi.com"_s << false;
        QTest::newRow("url empty") << u"url"_s << QString() << false;
        QTest::newRow("public ok") << u"public"_s << u"7YZ8ABCD"_s << true;
        QTest::newRow("public space") << u"public"_s << u"7YZ8 ABCD"_s << false;
        QTest::newRow("public look-alike") << u"public"_s << u"7YZ8АBCD"_s << false; // Cyrillic А
        QTest::newRow("public empty") << u"public"_s << QString() << false;
        QTest::newRow("private ok") << u"private"_s << u"a1b2-c3d4_e5"_s << true;
        QTest::newRow("private newline") << u"private"_s << u"a1b2\nc3"_s << false;
        QTest::newRow("private too long") << u"private"_s << QString(300, u'x') << false;
    }

    void fieldsAreValidated()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QString problem = field == "name"_L1     ? Profile::checkName(value)
                                : field == "url"_L1    ? Profile::checkApiUrl(value)
                                : field == "public"_L1 ? Profile::checkPublicKey(value)
                                                       : Profile::checkPrivateKey(value);
        QCOMPARE(problem.isEmpty(), valid);
    }

    void theSettingsFileNeverHoldsAPrivateKey()
    {
        ProfileStore store;
        QVERIFY(store.save(
            {u"prod"_s, QUrl(u"https://serverless.tidbapi.com"_s), u"PUBLICONLY"_s, {}, {}}));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("PUBLICONLY"));
        QVERIFY(!content.contains("rivate")); // no privateKey key of any spelling
    }

    void importsTheTicloudConfiguration()
    {
        const TicloudConfig config = TicloudConfigImporter::parse(R"(
current-profile = "prod"

[prod]
public-key = "PROD1234"
private-key = "prod-secret-1"

[dev]
public-key = "DEV5678"
serverless-endpoint = "http://127.0.0.1:8080"

[broken]
public-key = "has space"

[Sandbox]
public-key = "X"
)");
        QVERIFY(config.error.isEmpty());
        QCOMPARE(config.currentProfile, u"prod"_s);
        QCOMPARE(config.profiles.size(), 4);
        auto find = [&](const QString &name) {
            return *std::find_if(config.profiles.begin(), config.profiles.end(),
                                 [&](const ImportedProfile &p) { return p.name == name; });
        };
        QCOMPARE(find(u"prod"_s).publicKey, u"PROD1234"_s);
        QCOMPARE(find(u"prod"_s).privateKey, u"prod-secret-1"_s);
        QCOMPARE(find(u"prod"_s).apiUrl, QUrl(u"https://serverless.tidbapi.com"_s));
        QVERIFY(find(u"prod"_s).problem.isEmpty());
        QCOMPARE(find(u"dev"_s).apiUrl, QUrl(u"http://127.0.0.1:8080"_s));
        QVERIFY(find(u"dev"_s).privateKey.isEmpty());
        QVERIFY(!find(u"broken"_s).problem.isEmpty());
        QVERIFY(!find(u"Sandbox"_s).problem.isEmpty());
    }

    void malformedConfigurationsAreReportedNotCrashed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not TOML") << QByteArray("[prod\npublic-key = ");
        QTest::newRow("duplicate table")
            << QByteArray("[a]\npublic-key=\"X\"\n[a]\npublic-key=\"Y\"\n");
        QTest::newRow("no profiles") << QByteArray("current-profile = \"x\"\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4);
    }

    void malformedConfigurationsAreReportedNotCrashed()
    {
        QFETCH(QByteArray, text);
        const TicloudConfig config = TicloudConfigImporter::parse(text);
        QVERIFY(!config.error.isEmpty());
    }

    void wrongTypesInAProfileAreSkippedAsProblems()
    {
        const TicloudConfig config = TicloudConfigImporter::parse("[p]\npublic-key = 42\n");
        QCOMPARE(config.profiles.size(), 1);
        QVERIFY(!config.profiles[0].problem.isEmpty()); // no public key as a string
    }

    void aMissingFileIsSaidPlainly()
    {
        QTemporaryDir dir;
        const TicloudConfig config = TicloudConfigImporter::load(dir.filePath(u"none.toml"_s));
        QVERIFY(config.error.contains(u"none.toml"_s));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("publicKey");
        QTest::addColumn<QString>("privateKey");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nothing") << QStringList{} << QString() << QString() << true;
        QTest::newRow("profile") << QStringList{u"--profile"_s, u"prod"_s} << QString() << QString()
                                 << true;
        QTest::newRow("api url with env key")
            << QStringList{u"--api-url"_s, u"https://serverless.tidbapi.com"_s} << u"K"_s << u"S"_s
            << true;
        QTest::newRow("api url without key")
            << QStringList{u"--api-url"_s, u"https://serverless.tidbapi.com"_s} << QString()
            << QString() << false;
        QTest::newRow("api url insecure")
            << QStringList{u"--api-url"_s, u"http://serverless.tidbapi.com"_s} << u"K"_s << u"S"_s
            << false;
        QTest::newRow("both") << QStringList{u"--api-url"_s, u"https://a.example"_s, u"--profile"_s,
                                             u"p"_s}
                              << u"K"_s << u"S"_s << false;
        QTest::newRow("bad language")
            << QStringList{u"--lang"_s, u"fr"_s} << QString() << QString() << false;
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, publicKey);
        QFETCH(QString, privateKey);
        QFETCH(bool, valid);
        arguments.prepend(u"privatelink-console"_s);
        const CommandLineOptions options =
            CommandLineOptions::parse(arguments, publicKey, privateKey);
        QCOMPARE(options.isValid(), valid);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
