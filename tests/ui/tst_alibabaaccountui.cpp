// The profile dialog's Alibaba Cloud account: the aliyun CLI's profiles offered by name, Verify
// answered by STS (the sandbox's, reached through ALIBABA_CLOUD_ENDPOINT as the aliyun CLI
// reaches a custom endpoint), an AccessKey typed for the keychain checked as typed and kept in
// the keychain only, and gone with its profile.
#include "AwaitJob.h"
#include "SandboxFixture.h"

#include "services/LanguageManager.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "ui/ProfileDialog.h"
#include "ui/providers/BuiltInProviders.h"
#include "ui/providers/alibaba/AlibabaAccountEditor.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

class TestAlibabaUi final : public QObject
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

    QString endpoint() const { return m_sandbox->url().resolved(QUrl(u"/alibaba/"_s)).toString(); }

    QByteArray settingsText() const
    {
        QSettings settings;
        settings.sync();
        QFile saved(settings.fileName());
        return saved.open(QIODevice::ReadOnly) ? saved.readAll() : QByteArray();
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
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PrivateLinkConsoleTests"_s);
        QCoreApplication::setApplicationName(u"tst_alibabaaccountui"_s);
        QSettings().clear();
        m_languages.setLanguage(u"en"_s);
        // The profile dialog has a row per registered cloud provider.
        BuiltInProviders::install();
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->config().settings = fastSettings();
        QVERIFY(m_sandbox->start());
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void theDialogVerifiesAnAliyunProfile()
    {
        QTemporaryDir home;
        QDir(home.path()).mkpath(u".aliyun"_s);
        QFile file(home.filePath(u".aliyun/config.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(
                QJsonObject{
                    {u"current"_s, u"sandbox-admin"_s},
                    {u"profiles"_s,
                     QJsonArray{
                         QJsonObject{
                             {u"name"_s, u"sandbox-admin"_s},
                             {u"mode"_s, u"AK"_s},
                             {u"access_key_id"_s, m_sandbox->config().alibabaAccessKeyId},
                             {u"access_key_secret"_s, m_sandbox->config().alibabaAccessKeySecret},
                             {u"region_id"_s, u"cn-hangzhou"_s}},
                         QJsonObject{{u"name"_s, u"wrong-secret"_s},
                                     {u"mode"_s, u"AK"_s},
                                     {u"access_key_id"_s, m_sandbox->config().alibabaAccessKeyId},
                                     {u"access_key_secret"_s, u"not-it"_s}},
                         QJsonObject{{u"name"_s, u"sso"_s}, {u"mode"_s, u"CloudSSO"_s}}}}})
                .toJson());
        file.close();
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        AlibabaAccountEditor *editor =
            qobject_cast<AlibabaAccountEditor *>(dialog.accountEditor(u"alibaba"_s));
        editor->setEnvironment(
            {{u"HOME"_s, home.path()}, {u"ALIBABA_CLOUD_ENDPOINT"_s, endpoint()}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The sandbox entry: its own account, nothing to choose.
        QVERIFY(!editor->combo()->isEnabled());
        QVERIFY(
            editor->findChild<QLabel *>(u"alibabaAccountHelp"_s)->text().contains(u"sandbox"_s));
        fillProfile(dialog, u"with-alibaba"_s);
        QVERIFY(editor->combo()->isEnabled());
        QCOMPARE(editor->combo()->count(), 6); // none, default, keychain, three profiles
        auto *verify = editor->findChild<QPushButton *>(u"alibabaTestButton"_s);
        auto *result = editor->findChild<QLabel *>(u"alibabaTestResult"_s);
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
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"CloudSSO"_s), 15'000);
        choose(u"sandbox-admin"_s);
        verify->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✓"_s), 15'000);
        QVERIFY2(result->text().contains(u"1432156789012345"_s), qPrintable(result->text()));
        QVERIFY(!result->text().contains(m_sandbox->config().alibabaAccessKeySecret));

        // Saved as a name: no key in the settings.
        dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
        QTRY_VERIFY(profiles.profile(u"with-alibaba"_s).has_value());
        QCOMPARE(profiles.profile(u"with-alibaba"_s)->providerAccounts.value(u"alibaba"_s),
                 u"profile:sandbox-admin"_s);
        const QByteArray text = settingsText();
        QVERIFY(text.contains("profile:sandbox-admin"));
        QVERIFY(!text.contains(m_sandbox->config().alibabaAccessKeySecret.toUtf8()));
        QVERIFY(!text.contains(m_sandbox->config().alibabaAccessKeyId.toUtf8()));

        // Shown again as saved.
        dialog.selectProfile(Profile::sandboxName());
        dialog.selectProfile(u"with-alibaba"_s);
        QCOMPARE(editor->choice().toSetting(), u"profile:sandbox-admin"_s);
        QVERIFY(profiles.remove(u"with-alibaba"_s));
    }

    void aTypedAccessKeyGoesToTheKeychainOnly()
    {
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        AlibabaAccountEditor *editor =
            qobject_cast<AlibabaAccountEditor *>(dialog.accountEditor(u"alibaba"_s));
        editor->setEnvironment(
            {{u"HOME"_s, u"/nonexistent"_s}, {u"ALIBABA_CLOUD_ENDPOINT"_s, endpoint()}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillProfile(dialog, u"typed-alibaba"_s);
        editor->combo()->setCurrentIndex(editor->combo()->findData(u"keychain"_s));
        auto *keyId = editor->findChild<QLineEdit *>(u"alibabaKeyIdEdit"_s);
        auto *secret = editor->findChild<QLineEdit *>(u"alibabaSecretEdit"_s);
        auto *error = editor->findChild<QLabel *>(u"alibabaKeyError"_s);
        QVERIFY(keyId->isVisible());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        // Nothing typed: a new profile needs the AccessKey; a malformed ID says what is expected.
        auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
        save->click();
        QVERIFY(error->isVisible());
        QVERIFY(!profiles.profile(u"typed-alibaba"_s));
        type(keyId, u"LTAI short"_s);
        type(secret, u"x"_s);
        save->click();
        QVERIFY2(error->text().contains(u"16 to 128 letters and digits"_s),
                 qPrintable(error->text()));
        QVERIFY(!profiles.profile(u"typed-alibaba"_s));

        // The right AccessKey verifies and saves; it lands in the keychain and nowhere else.
        keyId->clear();
        secret->clear();
        type(keyId, m_sandbox->config().alibabaAccessKeyId);
        type(secret, m_sandbox->config().alibabaAccessKeySecret);
        editor->findChild<QPushButton *>(u"alibabaTestButton"_s)->click();
        auto *result = editor->findChild<QLabel *>(u"alibabaTestResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✓"_s), 15'000);
        save->click();
        QTRY_VERIFY(profiles.profile(u"typed-alibaba"_s).has_value());
        QCOMPARE(profiles.profile(u"typed-alibaba"_s)->providerAccounts.value(u"alibaba"_s),
                 u"keychain"_s);
        QVERIFY(keyId->text().isEmpty() && secret->text().isEmpty()); // not left on screen
        const QString entry =
            AlibabaAccount::keychainEntry(profiles.profile(u"typed-alibaba"_s)->keyId);
        QString stored;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                stored = await(secrets.readSecret(entry)).first;
                return !stored.isEmpty();
            }(),
            10'000);
        QCOMPARE(AlibabaAccount::unpackKey(stored).accessKeySecret,
                 m_sandbox->config().alibabaAccessKeySecret);
        QVERIFY(!settingsText().contains(m_sandbox->config().alibabaAccessKeySecret.toUtf8()));

        // Kept: the fields may stay empty when the profile is saved again.
        QVERIFY(keyId->placeholderText().contains(u"keychain"_s));
        save->click();
        QVERIFY(error->isHidden());

        // Removing the profile removes its AccessKey from the keychain too.
        dialog.selectProfile(u"typed-alibaba"_s);
        dialog.findChild<QPushButton *>(u"removeButton"_s)->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>()) != nullptr);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!profiles.profile(u"typed-alibaba"_s));
        QTRY_VERIFY_WITH_TIMEOUT(await(secrets.readSecret(entry)).second.isError(), 10'000);
    }
};

QTEST_MAIN(TestAlibabaUi)
#include "tst_alibabaaccountui.moc"
