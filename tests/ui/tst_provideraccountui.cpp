// The profile dialog's account of each cloud provider, one row per provider, against the
// sandbox's STS: the provider CLI's profiles offered by name (AWS: ~/.aws/config; Alibaba
// Cloud: the aliyun CLI's ~/.aliyun/config.json), Verify answered by STS (AWS through
// endpoint_url or AWS_ENDPOINT_URL, Alibaba Cloud through ALIBABA_CLOUD_ENDPOINT, as their CLIs
// reach a custom endpoint), a choice saved as a name with no key in the settings, and a key
// typed for the keychain checked as typed, kept in the keychain only, and gone with its
// profile. Runs once on a desktop screen and once on a 1280×720 one.
#include "AwaitJob.h"
#include "ConsoleFixture.h"
#include "SandboxFixture.h"

#include "providers/alibaba/AlibabaAccount.h"
#include "providers/aws/AwsAccount.h"
#include "sandbox/aws/AwsAccounts.h"
#include "services/LanguageManager.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "ui/ProfileDialog.h"
#include "ui/providers/BuiltInProviders.h"
#include "ui/providers/CloudAccountEditor.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

namespace {
using Environment = QHash<QString, QString>;

/// What differs between the providers' account editors in the tests they share.
struct AccountRow
{
    QString id;                        ///< the provider's id: `aws`, `alibaba`
    const char *editorClass = nullptr; ///< the editor's class (qobject_cast's answer)
    /// Writes the provider CLI's profiles under `dir` (`sandbox-admin`, `wrong-secret`, `sso`),
    /// and gives the environment that finds them and reaches the sandbox's STS (empty when the
    /// file could not be written).
    std::function<Environment(const QTemporaryDir &dir, SandboxFixture &sandbox)> cliProfiles;
    /// The environment with no CLI profile, reaching the sandbox's STS.
    std::function<Environment(SandboxFixture &sandbox)> noCliProfiles;
    QString ssoAnswer;       ///< in Verify's answer for the single sign-on profile
    QString verifiedAccount; ///< in Verify's answer for the sandbox's key
    std::function<QString(SandboxFixture &)> keyId, secret; ///< the sandbox's key
    QString malformedKeyId;                                 ///< a key ID the editor refuses
    QString malformedSays;                                  ///< what it says of it
    std::function<QString(const QString &profileKeyId)> keychainEntry;
    std::function<QString(const QString &stored)> storedSecret; ///< the secret of a stored key
    int storedReadTimeout = 5'000;
};

const AccountRow &aws()
{
    static const AccountRow row{
        .id = u"aws"_s,
        .editorClass = "plc::AwsAccountEditor",
        .cliProfiles =
            [](const QTemporaryDir &dir, SandboxFixture &sandbox) {
                const QString config = dir.filePath(u"config"_s);
                QFile file(config);
                if (!file.open(QIODevice::WriteOnly))
                    return Environment(); // none: the test fails on it
                file.write(u"[profile sandbox-admin]\nregion = us-east-1\nendpoint_url = %1\n"
                           "aws_access_key_id = %2\naws_secret_access_key = %3\n"
                           "[profile wrong-secret]\nregion = us-east-1\nendpoint_url = %1\n"
                           "aws_access_key_id = %2\naws_secret_access_key = not-it\n"
                           "[profile sso]\nsso_session = corp\n"_s
                               .arg(sandbox.url().resolved(QUrl(u"/aws/"_s)).toString(),
                                    sandbox.config().awsAccessKeyId,
                                    sandbox.config().awsSecretAccessKey)
                               .toUtf8());
                return Environment{{u"AWS_CONFIG_FILE"_s, config},
                                   {u"AWS_SHARED_CREDENTIALS_FILE"_s, dir.filePath(u"none"_s)}};
            },
        .noCliProfiles =
            [](SandboxFixture &sandbox) {
                return Environment{
                    {u"AWS_ENDPOINT_URL"_s, sandbox.url().resolved(QUrl(u"/aws/"_s)).toString()},
                    {u"AWS_CONFIG_FILE"_s, u"/nonexistent/config"_s},
                    {u"AWS_SHARED_CREDENTIALS_FILE"_s, u"/nonexistent/credentials"_s}};
            },
        .ssoAnswer = u"[sso-session corp]"_s,
        .verifiedAccount = QString::fromLatin1(sandbox::AwsAccounts::UserAccount),
        .keyId = [](SandboxFixture &s) { return s.config().awsAccessKeyId; },
        .secret = [](SandboxFixture &s) { return s.config().awsSecretAccessKey; },
        .malformedKeyId = u"akia lower case"_s,
        .malformedSays = u"capital letters and digits"_s,
        .keychainEntry = [](const QString &keyId) { return AwsAccount::keychainEntry(keyId); },
        .storedSecret =
            [](const QString &stored) { return AwsAccount::unpackKey(stored).secretAccessKey; },
        .storedReadTimeout = 5'000,
    };
    return row;
}

const AccountRow &alibaba()
{
    static const AccountRow row{
        .id = u"alibaba"_s,
        .editorClass = "plc::AlibabaAccountEditor",
        .cliProfiles =
            [](const QTemporaryDir &home, SandboxFixture &sandbox) {
                QDir(home.path()).mkpath(u".aliyun"_s);
                QFile file(home.filePath(u".aliyun/config.json"_s));
                if (!file.open(QIODevice::WriteOnly))
                    return Environment(); // none: the test fails on it
                const QString keyId = sandbox.config().alibabaAccessKeyId;
                file.write(
                    QJsonDocument(
                        QJsonObject{
                            {u"current"_s, u"sandbox-admin"_s},
                            {u"profiles"_s,
                             QJsonArray{
                                 QJsonObject{{u"name"_s, u"sandbox-admin"_s},
                                             {u"mode"_s, u"AK"_s},
                                             {u"access_key_id"_s, keyId},
                                             {u"access_key_secret"_s,
                                              sandbox.config().alibabaAccessKeySecret},
                                             {u"region_id"_s, u"cn-hangzhou"_s}},
                                 QJsonObject{{u"name"_s, u"wrong-secret"_s},
                                             {u"mode"_s, u"AK"_s},
                                             {u"access_key_id"_s, keyId},
                                             {u"access_key_secret"_s, u"not-it"_s}},
                                 QJsonObject{{u"name"_s, u"sso"_s}, {u"mode"_s, u"CloudSSO"_s}}}}})
                        .toJson());
                return Environment{{u"HOME"_s, home.path()},
                                   {u"ALIBABA_CLOUD_ENDPOINT"_s,
                                    sandbox.url().resolved(QUrl(u"/alibaba/"_s)).toString()}};
            },
        .noCliProfiles =
            [](SandboxFixture &sandbox) {
                return Environment{{u"HOME"_s, u"/nonexistent"_s},
                                   {u"ALIBABA_CLOUD_ENDPOINT"_s,
                                    sandbox.url().resolved(QUrl(u"/alibaba/"_s)).toString()}};
            },
        .ssoAnswer = u"CloudSSO"_s,
        .verifiedAccount = u"1432156789012345"_s,
        .keyId = [](SandboxFixture &s) { return s.config().alibabaAccessKeyId; },
        .secret = [](SandboxFixture &s) { return s.config().alibabaAccessKeySecret; },
        .malformedKeyId = u"LTAI short"_s,
        .malformedSays = u"16 to 128 letters and digits"_s,
        .keychainEntry = [](const QString &keyId) { return AlibabaAccount::keychainEntry(keyId); },
        .storedSecret =
            [](const QString &stored) { return AlibabaAccount::unpackKey(stored).accessKeySecret; },
        .storedReadTimeout = 10'000,
    };
    return row;
}

const AccountRow &accountRow(const QString &id)
{
    return id == aws().id ? aws() : alibaba();
}

/// A `provider` column with a row per provider.
void addProviderRows()
{
    QTest::addColumn<QString>("provider");
    for (const AccountRow *row : {&aws(), &alibaba()})
        QTest::newRow(qPrintable(row->id)) << row->id;
}
} // namespace

class TestProviderAccountUi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    LanguageManager m_languages;

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    /// The settings file as written; false when it cannot be read.
    static bool readSettings(QByteArray *text)
    {
        QSettings settings;
        settings.sync();
        QFile saved(settings.fileName());
        if (!saved.open(QIODevice::ReadOnly))
            return false;
        *text = saved.readAll();
        return true;
    }

    /// Fills the TiDB Cloud part of a new profile.
    void fillProfile(ProfileDialog &dialog, const QString &name)
    {
        dialog.findChild<QPushButton *>(u"newButton"_s)->click();
        type(dialog.findChild<QLineEdit *>(u"nameEdit"_s), name);
        type(dialog.findChild<QLineEdit *>(u"publicKeyEdit"_s), m_sandbox->config().publicKey);
        type(dialog.findChild<QLineEdit *>(u"privateKeyEdit"_s), m_sandbox->config().privateKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QSize screen = QGuiApplication::primaryScreen()->size();
        isolateSettings(u"tst_provideraccountui_%1x%2"_s.arg(screen.width()).arg(screen.height()));
        m_languages.setLanguage(u"en"_s);
        // The profile dialog has a row per registered cloud provider.
        BuiltInProviders::install();
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void theDialogVerifiesACliProfile_data() { addProviderRows(); }

    /// The provider CLI's profiles are offered by name, Verify says what each one is (a wrong
    /// secret, a single sign-on profile, the sandbox's key and its account, never the secret),
    /// and the profile keeps the name only: no key in the settings.
    void theDialogVerifiesACliProfile()
    {
        QFETCH(QString, provider);
        const AccountRow &row = accountRow(provider);
        const QString profileName = u"with-"_s + row.id;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Environment environment = row.cliProfiles(dir, *m_sandbox);
        QVERIFY(!environment.isEmpty()); // the CLI's profiles written
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        CloudAccountEditor *editor = dialog.accountEditor(row.id);
        QVERIFY(editor);
        QVERIFY(editor->inherits(row.editorClass));
        editor->setEnvironment(environment);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The sandbox entry: its own account, nothing to choose.
        QVERIFY(!editor->combo()->isEnabled());
        QVERIFY(
            editor->findChild<QLabel *>(row.id + u"AccountHelp"_s)->text().contains(u"sandbox"_s));
        fillProfile(dialog, profileName);
        QVERIFY(editor->combo()->isEnabled());
        QCOMPARE(editor->combo()->count(), 6); // none, default, keychain, three profiles
        auto *verify = editor->findChild<QPushButton *>(row.id + u"TestButton"_s);
        auto *result = editor->findChild<QLabel *>(row.id + u"TestResult"_s);
        QVERIFY(!verify->isEnabled()); // nothing to verify with "None"

        const auto choose = [&](const QString &name) {
            editor->combo()->setCurrentIndex(editor->combo()->findData(u"profile:"_s + name));
        };
        choose(u"wrong-secret"_s);
        verify->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✗"_s), 15'000);
        QVERIFY2(result->text().contains(u"SignatureDoesNotMatch"_s), qPrintable(result->text()));
        choose(u"sso"_s);
        verify->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(row.ssoAnswer), 15'000);
        choose(u"sandbox-admin"_s);
        verify->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✓"_s), 15'000);
        QVERIFY2(result->text().contains(row.verifiedAccount), qPrintable(result->text()));
        QVERIFY(!result->text().contains(row.secret(*m_sandbox)));

        // Saved as a name: no key in the settings.
        dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
        QTRY_VERIFY(profiles.profile(profileName).has_value());
        QCOMPARE(profiles.profile(profileName)->providerAccounts.value(row.id),
                 u"profile:sandbox-admin"_s);
        QByteArray text;
        QVERIFY(readSettings(&text));
        QVERIFY(text.contains("profile:sandbox-admin"));
        QVERIFY(!text.contains(row.secret(*m_sandbox).toUtf8()));
        QVERIFY(!text.contains(row.keyId(*m_sandbox).toUtf8()));

        // Shown again as saved.
        dialog.selectProfile(Profile::sandboxName());
        dialog.selectProfile(profileName);
        QCOMPARE(editor->choice().toSetting(), u"profile:sandbox-admin"_s);
        QVERIFY(profiles.remove(profileName));
    }

    void aTypedKeyGoesToTheKeychainOnly_data() { addProviderRows(); }

    /// A key typed for the keychain is checked as typed, verifies, is saved to the keychain
    /// and nowhere else (not left on screen, not in the settings), may stay untyped when the
    /// profile is saved again, and is removed with its profile.
    void aTypedKeyGoesToTheKeychainOnly()
    {
        QFETCH(QString, provider);
        const AccountRow &row = accountRow(provider);
        const QString profileName = u"typed-"_s + row.id;
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        CloudAccountEditor *editor = dialog.accountEditor(row.id);
        QVERIFY(editor);
        QVERIFY(editor->inherits(row.editorClass));
        editor->setEnvironment(row.noCliProfiles(*m_sandbox));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillProfile(dialog, profileName);
        editor->combo()->setCurrentIndex(editor->combo()->findData(u"keychain"_s));
        auto *keyId = editor->findChild<QLineEdit *>(row.id + u"KeyIdEdit"_s);
        auto *secret = editor->findChild<QLineEdit *>(row.id + u"SecretEdit"_s);
        auto *error = editor->findChild<QLabel *>(row.id + u"KeyError"_s);
        QVERIFY(keyId->isVisible());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        // Nothing typed: a new profile needs the key; a malformed ID says what is expected.
        auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
        save->click();
        QVERIFY(error->isVisible());
        QVERIFY(!profiles.profile(profileName));
        type(keyId, row.malformedKeyId);
        type(secret, u"x"_s);
        save->click();
        QVERIFY2(error->text().contains(row.malformedSays), qPrintable(error->text()));
        QVERIFY(!profiles.profile(profileName));

        // The right key verifies and saves; it lands in the keychain and nowhere else.
        keyId->clear();
        secret->clear();
        type(keyId, row.keyId(*m_sandbox));
        type(secret, row.secret(*m_sandbox));
        editor->findChild<QPushButton *>(row.id + u"TestButton"_s)->click();
        auto *result = editor->findChild<QLabel *>(row.id + u"TestResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✓"_s), 15'000);
        save->click();
        QTRY_VERIFY(profiles.profile(profileName).has_value());
        QCOMPARE(profiles.profile(profileName)->providerAccounts.value(row.id), u"keychain"_s);
        QVERIFY(keyId->text().isEmpty() && secret->text().isEmpty()); // not left on screen
        const QString entry = row.keychainEntry(profiles.profile(profileName)->keyId);
        QString stored;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                stored = await(secrets.readSecret(entry)).first;
                return !stored.isEmpty();
            }(),
            row.storedReadTimeout);
        QCOMPARE(row.storedSecret(stored), row.secret(*m_sandbox));
        QByteArray text;
        QVERIFY(readSettings(&text));
        QVERIFY(!text.contains(row.secret(*m_sandbox).toUtf8()));

        // Kept: the fields may stay empty when the profile is saved again.
        QVERIFY(keyId->placeholderText().contains(u"keychain"_s));
        save->click();
        QVERIFY(error->isHidden());

        // Removing the profile removes its key from the keychain too.
        dialog.selectProfile(profileName);
        dialog.findChild<QPushButton *>(u"removeButton"_s)->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>()) != nullptr);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!profiles.profile(profileName));
        QTRY_VERIFY_WITH_TIMEOUT(await(secrets.readSecret(entry)).second.isError(), 10'000);
    }
};

QTEST_MAIN(TestProviderAccountUi)
#include "tst_provideraccountui.moc"
