// The AWS side in the window, offscreen against the sandbox's EC2 and STS: the profile
// dialog's AWS account, the create wizard's live checks and the principal added once, Accept
// and Reject on AWS, Diagnose on AWS, and screenshots of each in three languages. Runs once
// on a desktop screen and once on a 1280×720 one.
#include "ConsoleFixture.h"
#include "SeedIds.h"
#include "WizardDriver.h"

#include "api/RequestLog.h"
#include "sandbox/aws/AwsAccounts.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "ui/ConnectionActions.h"
#include "ui/ConnectionWizards.h"
#include "ui/ProfileDialog.h"
#include "ui/providers/LinkCheckList.h"
#include "ui/providers/aws/AwsAccountEditor.h"
#include "ui/providers/aws/AwsChecksPage.h"
#include "ui/providers/aws/AwsDecisionDialog.h"
#include "ui/providers/aws/AwsDiagnosisDialog.h"
#include "ui/wizards/CreateConnectionWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using plc::test::next;
using plc::test::type;
using namespace plc::test::seed;

namespace {
const QString ReadyService = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
const QString FarZonesService = u"com.amazonaws.vpce.us-east-1.vpce-svc-0e0e0e0e0e0e0e0e5"_s;
} // namespace

class TestAwsUi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleFixture> m_console;
    QString m_screen;

    int sent(const QString &action) const
    {
        int count = 0;
        for (const RequestLogEntry &entry : m_console->client->requestLog()->entries())
            count += entry.path.endsWith(u' ' + action) ? 1 : 0;
        return count;
    }

    CreateConnectionWizard *openCreate()
    {
        if (!m_console->selectCluster(OrdersProd, 4))
            return nullptr;
        if (!QTest::qWaitFor(
                [this] { return !m_console->panel()->availabilityZones().accountId.isEmpty(); },
                10'000))
            return nullptr;
        return m_console->panel()->wizards()->openCreate();
    }

    /// Through the details to the AWS checks page, the checks done.
    AwsChecksPage *toChecks(CreateConnectionWizard *wizard, const QString &name,
                            const QString &service, const QString &crossRegion = {})
    {
        if (!next(wizard)->isEnabled())
            return nullptr;
        next(wizard)->click();
        type(wizard->findChild<QLineEdit *>(u"displayNameEdit"_s), name);
        type(wizard->findChild<QLineEdit *>(u"endpointServiceEdit"_s), service);
        if (!crossRegion.isEmpty())
            type(wizard->findChild<QLineEdit *>(u"serviceRegionEdit"_s), crossRegion);
        next(wizard)->click();
        auto *page = qobject_cast<AwsChecksPage *>(wizard->currentPage());
        if (!page ||
            !QTest::qWaitFor(
                [page] { return page->findChild<QPushButton *>(u"awsCheckAgain"_s)->isEnabled(); },
                15'000))
            return nullptr;
        return page;
    }

    static QString rowText(AwsChecksPage *page, AwsCheck::Kind kind)
    {
        for (QLabel *row : page->findChild<LinkCheckList *>(u"awsCheckList"_s)->rows()) {
            if (row->objectName() == u"check%1"_s.arg(int(kind)))
                return row->text();
        }
        return {};
    }

    /// Saves the screenshot, and fails on a sentence or button cut off in it.
    bool shot(QWidget *widget, const QString &prefix, const QString &name)
    {
        const bool saved = test::screenshot(widget, prefix, name + u'-' + m_screen);
        const QStringList clipped = test::clippedTexts(widget);
        if (!clipped.isEmpty())
            qWarning().noquote() << prefix << name << "cuts off:" << clipped;
        return saved && clipped.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QSize screen = QGuiApplication::primaryScreen()->size();
        m_screen = u"%1x%2"_s.arg(screen.width()).arg(screen.height());
        test::isolateSettings(u"tst_awsui_"_s + m_screen);
    }

    void init()
    {
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->startFast());
        m_console->useSandboxAws();
    }

    void cleanup() { m_console.reset(); }

    void withoutAnAccountTheChecklistStays()
    {
        m_console->aws->clear();
        auto *wizard = openCreate();
        QVERIFY(wizard);
        QVERIFY(!next(wizard)->isEnabled());
        QCOMPARE(wizard->page(CreateConnectionWizard::ProviderChecksPage), nullptr);
        QVERIFY(wizard->currentPage()->findChild<QCheckBox *>()->isVisible());
    }

    void liveChecksAddThePrincipalOnceAndAcceptTheRequest()
    {
        auto *wizard = openCreate();
        QVERIFY(wizard);
        // No boxes to tick: the console checks them itself.
        QVERIFY(next(wizard)->isEnabled());
        QVERIFY(!wizard->currentPage()->findChild<QCheckBox *>()->isVisible());
        AwsChecksPage *page = toChecks(wizard, u"legacy-again"_s, NoPrincipals);
        QVERIFY(page);
        QVERIFY2(rowText(page, AwsCheck::Kind::Principal).startsWith(u"✗"_s),
                 qPrintable(rowText(page, AwsCheck::Kind::Principal)));
        QVERIFY(rowText(page, AwsCheck::Kind::Principal)
                    .contains(u"Add arn:aws:iam::380838443567:root"_s));
        QVERIFY(rowText(page, AwsCheck::Kind::Zones).startsWith(u"✓"_s));
        QVERIFY(!next(wizard)->isEnabled());
        auto *add = page->findChild<QPushButton *>(u"awsAddPrincipal"_s);
        QVERIFY(add->isVisible());

        // Cancel changes nothing.
        add->click();
        auto *box = page->findChild<QMessageBox *>(u"awsAddPrincipalConfirm"_s);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(
            u"--add-allowed-principals='arn:aws:iam::380838443567:root'"_s));
        // The same change as a command acts on the same account: the sandbox's endpoint.
        QVERIFY2(box->informativeText().contains(
                     u"--add-allowed-principals='arn:aws:iam::380838443567:root' "
                     "--endpoint-url='%1'"_s.arg(
                         m_console->sandbox->url().resolved(QUrl(u"/aws/"_s)).toString())),
                 qPrintable(box->informativeText()));
        QVERIFY(test::showsPlainText(box));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(100);
        QCOMPARE(sent(u"ModifyVpcEndpointServicePermissions"_s), 0);

        add->click();
        box = page->findChild<QMessageBox *>(u"awsAddPrincipalConfirm"_s);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowText(page, AwsCheck::Kind::Principal).startsWith(u"✓"_s),
                                 15'000);
        QCOMPARE(sent(u"ModifyVpcEndpointServicePermissions"_s), 1);
        QTRY_VERIFY(next(wizard)->isEnabled());
        QVERIFY(!add->isVisible());

        // Summary, create, and the request accepted from the progress page.
        next(wizard)->click();
        QCOMPARE(wizard->currentId(), int(CreateConnectionWizard::SummaryPage));
        next(wizard)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateConnectionWizard::ProgressPage),
                                  10'000);
        auto *action = wizard->findChild<QPushButton *>(u"providerSideAction"_s);
        QTRY_VERIFY_WITH_TIMEOUT(action->isVisible(), 15'000);
        action->click();
        auto *dialog = wizard->findChild<AwsDecisionDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->decideButton()->isEnabled(), 10'000);
        QVERIFY(dialog->findChild<QLabel *>(u"awsRequest"_s)->text().contains(u"380838443567"_s));
        dialog->decideButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->text().startsWith(u"Accepted on AWS"_s), 10'000);
        QCOMPARE(dialog->sendCount(), 1);
        QVERIFY(!dialog->decideButton()->isEnabled());
        QCOMPARE(sent(u"AcceptVpcEndpointConnections"_s), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->findChild<QLabel *>(u"progressState"_s)->text().contains(u"Active"_s), 15'000);
    }

    void eachFailureIsShown_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("crossRegion");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("ready") << ReadyService << QString() << int(AwsCheck::Kind::Zones) << u"✓"_s
                               << false;
        // (The details page itself refuses a service of another region unless it is named as
        // the cross-region one.)
        QTest::newRow("cross-region")
            << TokyoService << u"ap-northeast-1"_s << int(AwsCheck::Kind::Zones) << u"ℹ"_s << false;
        QTest::newRow("no zone in common")
            << FarZonesService << QString() << int(AwsCheck::Kind::Zones) << u"✗"_s << true;
        QTest::newRow("another account's")
            << ConfluentService << QString() << int(AwsCheck::Kind::Service) << u"?"_s << false;
    }

    void eachFailureIsShown()
    {
        QFETCH(QString, service);
        QFETCH(QString, crossRegion);
        QFETCH(int, kind);
        QFETCH(QString, mark);
        QFETCH(bool, blocks);
        QVERIFY(test::addAwsService(*m_console->sandbox, FarZonesService,
                                    {u"use1-az5"_s, u"use1-az6"_s}, false));
        auto *wizard = openCreate();
        QVERIFY(wizard);
        AwsChecksPage *page = toChecks(wizard, u"checked"_s, service, crossRegion);
        QVERIFY(page);
        const QString row = rowText(page, AwsCheck::Kind(kind));
        QVERIFY2(row.startsWith(mark), qPrintable(row));
        QCOMPARE(next(wizard)->isEnabled(), !blocks);
    }

    void actionsNeedAnAccountAndAPendingRequest()
    {
        ConnectionActions *actions = m_console->panel()->actions();
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QVERIFY(m_console->selectConnection(OrdersRds));
        QVERIFY(!actions->acceptRequest()->isEnabled());
        QVERIFY(actions->acceptRequest()->toolTip().contains(u"Pending Acceptance"_s));
        QVERIFY(actions->diagnoseSide()->isEnabled());
        QVERIFY(m_console->selectConnection(KafkaSelfhosted));
        QVERIFY(actions->acceptRequest()->isEnabled());
        // The details pane offers it under the next step.
        auto *detailsAccept =
            m_console->panel()->findChild<QToolButton *>(u"detailsAcceptRequest"_s);
        QTRY_VERIFY(detailsAccept->isVisibleTo(m_console->panel()));
        m_console->aws->clear();
        QVERIFY(!actions->acceptRequest()->isEnabled());
        QTRY_VERIFY(!detailsAccept->isVisibleTo(m_console->panel()));
        QVERIFY(actions->acceptRequest()->toolTip().contains(u"Choose an AWS account"_s));
        m_console->useSandboxAws();
        QVERIFY(actions->rejectRequest()->isEnabled());

        // Reject says what it does, and the connection then fails.
        actions->rejectRequest()->trigger();
        auto *dialog = m_console->panel()->findChild<AwsDecisionDialog *>(u"awsRejectDialog"_s);
        QVERIFY(dialog);
        QVERIFY(!dialog->decideButton()->isDefault());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->decideButton()->isEnabled(), 10'000);
        dialog->decideButton()->click();
        // Reject asks again in so many words before anything is sent.
        auto *box = dialog->findChild<QMessageBox *>(u"awsRejectConfirm"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"cannot be accepted afterwards"_s));
        QCOMPARE(sent(u"RejectVpcEndpointConnections"_s), 0);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->text().startsWith(u"Rejected on AWS"_s), 10'000);
        QCOMPARE(sent(u"RejectVpcEndpointConnections"_s), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_console->panel()->selectedConnection() &&
                                     m_console->panel()->selectedConnection()->state.value ==
                                         ConnectionState::Failed,
                                 15'000);
        dialog->close();
    }

    void diagnoseFindsTheCause()
    {
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QVERIFY(m_console->selectConnection(LegacyMysql));
        QTRY_VERIFY(!m_console->panel()->availabilityZones().accountId.isEmpty());
        QTRY_VERIFY(m_console->panel()
                        ->findChild<QToolButton *>(u"detailsDiagnoseSide"_s)
                        ->isVisibleTo(m_console->panel()));
        m_console->panel()->actions()->diagnoseSide()->trigger();
        auto *dialog = m_console->panel()->findChild<AwsDiagnosisDialog *>();
        QVERIFY(dialog);
        QSignalSpy diagnosed(dialog, &AwsDiagnosisDialog::diagnosed);
        QVERIFY(diagnosed.wait(15'000));
        QVERIFY2(dialog->cause()->text().contains(u"not in the Allow principals"_s),
                 qPrintable(dialog->cause()->text()));
        dialog->close();
    }

    void profileDialogTestsTheAwsAccount()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(u"config"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"[profile sandbox-admin]\nregion = us-east-1\nendpoint_url = %1\n"
                   "aws_access_key_id = %2\naws_secret_access_key = %3\n"
                   "[profile wrong-secret]\nregion = us-east-1\nendpoint_url = %1\n"
                   "aws_access_key_id = %2\naws_secret_access_key = not-it\n"
                   "[profile sso]\nsso_session = corp\n"_s
                       .arg(m_console->sandbox->url().resolved(QUrl(u"/aws/"_s)).toString(),
                            m_console->sandbox->config().awsAccessKeyId,
                            m_console->sandbox->config().awsSecretAccessKey)
                       .toUtf8());
        file.close();
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        AwsAccountEditor *editor = qobject_cast<AwsAccountEditor *>(dialog.accountEditor(u"aws"_s));
        editor->setEnvironment({{u"AWS_CONFIG_FILE"_s, config},
                                {u"AWS_SHARED_CREDENTIALS_FILE"_s, dir.filePath(u"none"_s)}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The sandbox entry: its own account, nothing to choose.
        QVERIFY(!editor->combo()->isEnabled());
        dialog.findChild<QPushButton *>(u"newButton"_s)->click();
        QVERIFY(editor->combo()->isEnabled());
        QCOMPARE(editor->combo()->count(), 6); // none, default chain, keychain, three profiles
        auto *test = editor->findChild<QPushButton *>(u"awsTestButton"_s);
        auto *result = editor->findChild<QLabel *>(u"awsTestResult"_s);
        QVERIFY(!test->isEnabled()); // nothing to test with "None"

        const auto choose = [&](const QString &name) {
            editor->combo()->setCurrentIndex(editor->combo()->findData(u"profile:"_s + name));
        };
        choose(u"wrong-secret"_s);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✗"_s), 15'000);
        QVERIFY2(result->text().contains(u"SignatureDoesNotMatch"_s), qPrintable(result->text()));
        choose(u"sso"_s);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"credential_process"_s), 15'000);
        choose(u"sandbox-admin"_s);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✓"_s), 15'000);
        QVERIFY2(result->text().contains(QLatin1StringView(sandbox::AwsAccounts::UserAccount)),
                 qPrintable(result->text()));

        // Saved as a name: no AWS key in the settings.
        type(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"with-aws"_s);
        type(dialog.findChild<QLineEdit *>(u"publicKeyEdit"_s),
             m_console->sandbox->config().publicKey);
        type(dialog.findChild<QLineEdit *>(u"privateKeyEdit"_s),
             m_console->sandbox->config().privateKey);
        dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
        QTRY_VERIFY(profiles.profile(u"with-aws"_s).has_value());
        QCOMPARE(profiles.profile(u"with-aws"_s)->providerAccounts.value(u"aws"_s),
                 u"profile:sandbox-admin"_s);
        QSettings settings;
        settings.sync();
        QFile saved(settings.fileName());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY(text.contains("profile:sandbox-admin"));
        QVERIFY(!text.contains(m_console->sandbox->config().awsSecretAccessKey.toUtf8()));
        QVERIFY(!text.contains(m_console->sandbox->config().awsAccessKeyId.toUtf8()));
        QVERIFY(profiles.remove(u"with-aws"_s));
    }

    void aTypedKeyGoesToTheKeychainOnly()
    {
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        AwsAccountEditor *editor = qobject_cast<AwsAccountEditor *>(dialog.accountEditor(u"aws"_s));
        editor->setEnvironment({{u"AWS_ENDPOINT_URL"_s,
                                 m_console->sandbox->url().resolved(QUrl(u"/aws/"_s)).toString()},
                                {u"AWS_CONFIG_FILE"_s, u"/nonexistent/config"_s},
                                {u"AWS_SHARED_CREDENTIALS_FILE"_s, u"/nonexistent/credentials"_s}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QPushButton *>(u"newButton"_s)->click();
        type(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"typed-aws"_s);
        type(dialog.findChild<QLineEdit *>(u"publicKeyEdit"_s),
             m_console->sandbox->config().publicKey);
        type(dialog.findChild<QLineEdit *>(u"privateKeyEdit"_s),
             m_console->sandbox->config().privateKey);
        editor->combo()->setCurrentIndex(editor->combo()->findData(u"keychain"_s));
        auto *keyId = editor->findChild<QLineEdit *>(u"awsKeyIdEdit"_s);
        auto *secret = editor->findChild<QLineEdit *>(u"awsSecretEdit"_s);
        auto *error = editor->findChild<QLabel *>(u"awsKeyError"_s);
        QVERIFY(keyId->isVisible());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        // Nothing typed: a new profile needs the key; a malformed ID says what is expected.
        auto *save = dialog.findChild<QPushButton *>(u"saveButton"_s);
        save->click();
        QVERIFY(error->isVisible());
        QVERIFY(!profiles.profile(u"typed-aws"_s));
        type(keyId, u"akia lower case"_s);
        type(secret, u"x"_s);
        save->click();
        QVERIFY2(error->text().contains(u"capital letters and digits"_s),
                 qPrintable(error->text()));
        QVERIFY(!profiles.profile(u"typed-aws"_s));

        // The right key tests and saves; it lands in the keychain and nowhere else.
        keyId->clear();
        secret->clear();
        type(keyId, m_console->sandbox->config().awsAccessKeyId);
        type(secret, m_console->sandbox->config().awsSecretAccessKey);
        editor->findChild<QPushButton *>(u"awsTestButton"_s)->click();
        auto *result = editor->findChild<QLabel *>(u"awsTestResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✓"_s), 15'000);
        save->click();
        QTRY_VERIFY(profiles.profile(u"typed-aws"_s).has_value());
        QCOMPARE(profiles.profile(u"typed-aws"_s)->providerAccounts.value(u"aws"_s), u"keychain"_s);
        QVERIFY(keyId->text().isEmpty() && secret->text().isEmpty()); // not left on screen
        auto *read =
            secrets.readSecret(AwsAccount::keychainEntry(profiles.profile(u"typed-aws"_s)->keyId));
        QString stored;
        read->onFinished(this, [&stored](const QString &value) { stored = value; });
        QTRY_VERIFY(!stored.isEmpty());
        QCOMPARE(AwsAccount::unpackKey(stored).secretAccessKey,
                 m_console->sandbox->config().awsSecretAccessKey);
        QSettings settings;
        settings.sync();
        QFile saved(settings.fileName());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(
            !saved.readAll().contains(m_console->sandbox->config().awsSecretAccessKey.toUtf8()));
        QVERIFY(profiles.remove(u"typed-aws"_s));
    }

    void screenshots_data() { test::addLanguageRows(); }

    void screenshots()
    {
        QFETCH(QString, language);
        QVERIFY(m_console->languages->setLanguage(language));
        QVERIFY(test::addAwsService(*m_console->sandbox, FarZonesService,
                                    {u"use1-az5"_s, u"use1-az6"_s}, false));
        struct Case
        {
            QString name, service, crossRegion;
        };
        const QList<Case> cases{{u"1-ready"_s, ReadyService, {}},
                                {u"2-principal"_s, NoPrincipals, {}},
                                {u"3-cross-region"_s, TokyoService, u"ap-northeast-1"_s},
                                {u"4-zones"_s, FarZonesService, {}},
                                {u"5-not-visible"_s, ConfluentService, {}}};
        for (const auto &[name, service, crossRegion] : cases) {
            auto *wizard = openCreate();
            QVERIFY(wizard);
            QVERIFY(toChecks(wizard, u"shown"_s, service, crossRegion));
            QVERIFY(shot(wizard, u"aws-checks"_s, name + u'-' + language));
            wizard->reject();
            QTest::qWait(50);
        }
        QVERIFY(m_console->selectConnection(KafkaSelfhosted));
        auto *accept =
            qobject_cast<AwsDecisionDialog *>(m_console->panel()->wizards()->openDecision(true));
        QVERIFY(accept);
        QTRY_VERIFY_WITH_TIMEOUT(accept->decideButton()->isEnabled(), 10'000);
        QVERIFY(shot(accept, u"aws-accept"_s, language));
        accept->close();
        QVERIFY(m_console->selectConnection(LegacyMysql));
        auto *diagnosis =
            qobject_cast<AwsDiagnosisDialog *>(m_console->panel()->wizards()->openDiagnosis());
        QVERIFY(diagnosis);
        QSignalSpy diagnosed(diagnosis, &AwsDiagnosisDialog::diagnosed);
        QVERIFY(diagnosed.wait(15'000));
        QVERIFY(shot(diagnosis, u"aws-diagnosis"_s, language));
        diagnosis->close();

        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        dialog.findChild<QPushButton *>(u"newButton"_s)->click();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(shot(&dialog, u"profile-aws"_s, language));
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestAwsUi)
#include "tst_awslinkui.moc"
