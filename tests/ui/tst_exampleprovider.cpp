// The provider seams are real: Example Cloud, a third cloud provider made only for this test
// (ExampleCloud.h) and registered by the test itself in place of the built-in ones, shows in
// the profile dialog, the create wizard's checks page, the connection actions and the decision
// and diagnosis dialogs, and is driven through them — with no file outside the tests changed
// for it.
#include "ConsoleFixture.h"
#include "ExampleCloud.h"
#include "SeedIds.h"
#include "WizardDriver.h"

#include "models/FleetFeed.h"
#include "models/FleetTableModel.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "services/Settings.h"
#include "shell/FleetSession.h"
#include "shell/SandboxLauncher.h"
#include "ui/ConnectionActions.h"
#include "ui/ConnectionWizards.h"
#include "ui/ProfileDialog.h"
#include "ui/providers/ProviderUis.h"
#include "ui/wizards/CreateConnectionWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using namespace plc::test::seed;

class TestExampleProvider final : public QObject
{
    Q_OBJECT

    test::ExampleLedger m_ledger;
    std::unique_ptr<test::ConsoleFixture> m_console;

    test::ExampleAccount *account() const
    {
        return qobject_cast<test::ExampleAccount *>(m_console->accounts.front().get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings(u"tst_exampleprovider"_s);
        ProviderUis::clear();
        ProviderUis::add(std::make_shared<test::ExampleProviderUi>(&m_ledger));
    }

    void init()
    {
        m_ledger = {};
        m_console = std::make_unique<test::ConsoleFixture>();
        m_console->ownProviders = true;
        QVERIFY(m_console->startFast());
        // The console made one account, Example Cloud's, and no other.
        QCOMPARE(m_console->accounts.size(), size_t(1));
        QVERIFY(account());
        QVERIFY(!m_console->aws);
        QVERIFY(!m_console->alibaba);
    }

    void cleanup() { m_console.reset(); }

    void theProfileDialogHasItsRowAndSavesItsAccount()
    {
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        // Its row only: no AWS or Alibaba Cloud row.
        QCOMPARE(dialog.accountEditor(u"aws"_s), nullptr);
        QCOMPARE(dialog.accountEditor(u"alibaba"_s), nullptr);
        auto *editor = qobject_cast<test::ExampleEditor *>(dialog.accountEditor(u"example"_s));
        QVERIFY(editor);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        bool labelled = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            labelled = labelled || (label->buddy() == editor->combo() &&
                                    label->text() == u"E&xample Cloud account:"_s);
        QVERIFY(labelled);

        dialog.findChild<QPushButton *>(u"newButton"_s)->click();
        QVERIFY(editor->combo()->isEnabled());
        // None, the tool's default, the keychain, and its two profiles.
        QCOMPARE(editor->combo()->count(), 5);
        editor->combo()->setCurrentIndex(editor->combo()->findData(u"profile:ex-prod"_s));
        auto *verify = editor->findChild<QPushButton *>(u"exampleTestButton"_s);
        QVERIFY(verify && verify->isEnabled());
        verify->click();
        QTRY_VERIFY(editor->findChild<QLabel *>(u"exampleTestResult"_s)
                        ->text()
                        .contains(u"Example Cloud knows ex-prod."_s));

        type(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"with-example"_s);
        type(dialog.findChild<QLineEdit *>(u"publicKeyEdit"_s),
             m_console->sandbox->config().publicKey);
        type(dialog.findChild<QLineEdit *>(u"privateKeyEdit"_s),
             m_console->sandbox->config().privateKey);
        dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
        QTRY_VERIFY(profiles.profile(u"with-example"_s).has_value());
        const QMap<QString, QString> expected{{u"example"_s, u"profile:ex-prod"_s}};
        QCOMPARE(profiles.profile(u"with-example"_s)->providerAccounts, expected);
        profiles.remove(u"with-example"_s);
    }

    void theConnectionActionsSpeakItsWordsAndOpenItsDialogs()
    {
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QVERIFY(m_console->selectConnection(KafkaSelfhosted));
        ConnectionActions *actions = m_console->panel()->actions();
        QCOMPARE(actions->acceptRequest()->text(), u"Accept on Example Cloud…"_s);
        QCOMPARE(actions->diagnoseSide()->text(), u"Diagnose on Example Cloud…"_s);
        // No account chosen: its own sentence says what to do.
        QVERIFY(!actions->acceptRequest()->isEnabled());
        QVERIFY(actions->acceptRequest()->toolTip().contains(
            u"Choose an Example Cloud account for this profile."_s));

        account()->actAs({CloudAccountChoice::Kind::NamedProfile, u"ex-prod"_s});
        QTRY_VERIFY(actions->acceptRequest()->isEnabled());
        QCOMPARE(actions->acceptRequest()->toolTip(), u"Accept the request on Example Cloud"_s);

        // Accept: its dialog finds the request and sends the decision once.
        auto *decision = qobject_cast<test::ExampleDecisionDialog *>(
            m_console->panel()->wizards()->openDecision(true));
        QVERIFY(decision);
        QTRY_VERIFY(decision->decideButton()->isEnabled());
        QVERIFY(decision->request()->text().contains(u"on Example Cloud"_s));
        decision->decideButton()->click();
        QTRY_VERIFY(decision->status()->text().contains(u"Example Cloud took it."_s));
        QCOMPARE(m_ledger.decisions, 1);
        QVERIFY(m_ledger.accepted);
        QCOMPARE(decision->sendCount(), 1);
        decision->close();

        // Diagnose: its dialog runs its checks.
        auto *diagnosis = qobject_cast<test::ExampleDiagnosisDialog *>(
            m_console->panel()->wizards()->openDiagnosis());
        QVERIFY(diagnosis);
        QTRY_COMPARE(diagnosis->cause()->text(), u"Example Cloud finds nothing wrong."_s);
        QCOMPARE(m_ledger.checks, 1);
        diagnosis->close();
    }

    void theCreateWizardChecksOnItAndMakesItsChangeOnce()
    {
        account()->actAs({CloudAccountChoice::Kind::NamedProfile, u"ex-prod"_s});
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QVERIFY(QTest::qWaitFor(
            [this] { return !m_console->panel()->availabilityZones().accountId.isEmpty(); },
            10'000));
        CreateConnectionWizard *wizard = m_console->panel()->wizards()->openCreate();
        QVERIFY(wizard);
        // The prerequisites are checked on Example Cloud, in its words.
        QVERIFY(wizard->currentPage()
                    ->findChild<QLabel *>(u"checklistTitle"_s)
                    ->text()
                    .contains(u"the console checks each item on Example Cloud"_s));
        QVERIFY(next(wizard)->isEnabled());
        next(wizard)->click();
        type(wizard->findChild<QLineEdit *>(u"displayNameEdit"_s), u"via-example"_s);
        type(wizard->findChild<QLineEdit *>(u"endpointServiceEdit"_s),
             u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f6a7b8"_s);
        next(wizard)->click();
        auto *page = qobject_cast<test::ExampleChecksPage *>(wizard->currentPage());
        QVERIFY(page);
        QCOMPARE(wizard->currentId(), int(CreateConnectionWizard::ProviderChecksPage));
        QTRY_VERIFY(page->findChild<QPushButton *>(u"exampleCheckAgain"_s)->isEnabled());
        // TiDB Cloud may not connect yet: Next waits for the change the page offers.
        QVERIFY(!next(wizard)->isEnabled());
        auto *letIn = page->findChild<QPushButton *>(u"exampleLetIn"_s);
        QVERIFY(letIn && letIn->isVisible());
        letIn->click();
        auto *box = page->findChild<QMessageBox *>(u"exampleLetInConfirm"_s);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(next(wizard)->isEnabled());
        QCOMPARE(m_ledger.allowListAdds, 1);
        QCOMPARE(page->sendCount(), 1);
        wizard->reject();
    }

    void theFleetReadsItsSideThroughTheInterface()
    {
        // The fleet's own accounts are Example Cloud's too: its answer ranks the rows.
        ProfileStore profiles;
        SecretStore secrets;
        QVERIFY(Settings::fleetProfiles().setValue({Profile::sandboxName()}));
        CommandLineOptions options;
        QTemporaryDir dir;
        SandboxLauncher launcher(dir.filePath(u"fleet.sqlite"_s));
        FleetSession session(options, &profiles, &secrets, &launcher);
        session.feed()->setSharePerMinute(6000);
        session.feed()->setPassInterval(3'600'000);
        session.start();
        const FleetTableModel *model = session.feed()->model();
        const auto sideOf = [model](const QString &connectionId) {
            const FleetRow *row = model->rowAt(
                model->rowOf(FleetRow::keyOf(Profile::sandboxName(), OrdersProd, connectionId)));
            return row ? row->side : ProviderSide{};
        };
        QTRY_COMPARE_WITH_TIMEOUT(sideOf(KafkaSelfhosted).finding,
                                  ProviderSide::Finding::AwaitingYou, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(sideOf(LegacyMysql).finding,
                                  ProviderSide::Finding::PrincipalMissing, 30'000);
        QVERIFY(sideOf(KafkaSelfhosted).sentence.startsWith(u"Example Cloud says so of "_s));
        QCOMPARE(m_ledger.sideReads, 2);
        QVERIFY(Settings::fleetProfiles().setValue({}));
    }
};

QTEST_MAIN(TestExampleProvider)
#include "tst_exampleprovider.moc"
