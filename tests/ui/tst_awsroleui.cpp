// Roles in the window, offscreen against the sandbox: the MFA code dialog (what it checks,
// that it keeps nothing), the provider side's choice of whom the sandbox's key pair acts as,
// the code asked for when the role is assumed, the account line and a change's confirmation
// naming the role's session and account, and screenshots of both in three languages. Runs
// whole on a desktop screen; on a 1280×720 one, its screenshots.
#include "ConsoleFixture.h"
#include "ProviderSandbox.h"
#include "WizardDriver.h"

#include "sandbox/aws/AwsAccounts.h"
#include "sandbox/aws/IamRoles.h"
#include "services/Settings.h"
#include "ui/SandboxProviderPanel.h"
#include "ui/providers/CodeQuestionDialog.h"
#include "ui/providers/LinkDecisionDialog.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using plc::sandbox::AwsAccounts;
using plc::sandbox::IamRoles;

namespace {
QString roleArn(const QString &name)
{
    return u"arn:aws:iam::%1:role/%2"_s.arg(QLatin1StringView(AwsAccounts::UserAccount), name);
}

CodeQuestionDialog *openCodeDialog()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *dialog = qobject_cast<CodeQuestionDialog *>(widget);
            dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}
} // namespace

class TestAwsRoleUi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleFixture> m_console;
    QString m_screen;
    QHash<QString, int> m_chosen; ///< the choices the window announced, per provider

    bool shot(QWidget *widget, const QString &name)
    {
        const bool saved = test::screenshot(widget, u"aws-role"_s, name + u'-' + m_screen);
        const QStringList clipped = test::clippedTexts(widget);
        if (!clipped.isEmpty())
            qWarning().noquote() << name << "cuts off:" << clipped;
        return saved && clipped.isEmpty();
    }

    /// Opens the provider side and waits for the sandbox's roles.
    QComboBox *roleCombo()
    {
        auto *action = m_console->window->findChild<QAction *>(u"actionProviderSide"_s);
        if (!action)
            return nullptr;
        if (!action->isChecked())
            action->trigger();
        auto *combo = m_console->window->findChild<QComboBox *>(u"awsSandboxRole"_s);
        if (!QTest::qWaitFor(
                [&] {
                    combo = m_console->window->findChild<QComboBox *>(u"awsSandboxRole"_s);
                    return combo && combo->count() == 5;
                },
                10'000))
            return nullptr;
        return combo;
    }

    /// Chooses `role` (empty: the key pair) as the user does.
    static void choose(QComboBox *combo, const QString &role)
    {
        combo->setCurrentIndex(combo->findData(role));
        Q_EMIT combo->activated(combo->currentIndex());
    }

    QLabel *accountLine() const
    {
        return m_console->window->findChild<QLabel *>(u"awsSandboxAccountLine"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QSize screen = QGuiApplication::primaryScreen()->size();
        m_screen = u"%1x%2"_s.arg(screen.width()).arg(screen.height());
        test::isolateSettings(u"tst_awsroleui_"_s + m_screen);
    }
    void init()
    {
        m_chosen.clear();
        Settings::sandboxRole(u"aws"_s).remove();
        Settings::sandboxRole(u"alibaba"_s).remove();
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->startFast());
        m_console->useSandboxAws();
        m_console->aws->setCodeAsker(CodeQuestionDialog::asker(m_console->window.get()));
        m_console->useSandboxAlibaba();
        // What ProfileActivation does when a role is chosen: that provider's account acts as
        // it, the other is left alone.
        connect(
            m_console->window->providerPanel(), &SandboxProviderPanel::roleChosen, this,
            [this](const QString &id) {
                ++m_chosen[id];
                const QJsonObject role =
                    QJsonDocument::fromJson(Settings::sandboxRole(id).value().toUtf8()).object();
                ProviderAccount *account = id == u"aws"_s
                                               ? static_cast<ProviderAccount *>(m_console->aws)
                                               : m_console->alibaba;
                const bool aws = id == u"aws"_s;
                account->actInSandbox(m_console->sandbox->url().resolved(QUrl(u'/' + id + u'/')),
                                      aws ? m_console->sandbox->config().awsAccessKeyId
                                          : m_console->sandbox->config().alibabaAccessKeyId,
                                      aws ? m_console->sandbox->config().awsSecretAccessKey
                                          : m_console->sandbox->config().alibabaAccessKeySecret,
                                      {role.value("arn"_L1).toString(),
                                       role.value("mfaDevice"_L1).toString(),
                                       role.value("externalId"_L1).toString()});
            });
    }
    void cleanup()
    {
        m_console.reset();
        QVERIFY(m_console == nullptr);
    }

    void theCodeIsCheckedAndNotKept()
    {
        auto *dialog = new CodeQuestionDialog(
            {IamRoles::mfaDevice(), roleArn(u"PrivateLinkAdminMfa"_s), u"AWS profile ops"_s},
            m_console->window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<CodeQuestionDialog> alive(dialog);
        ValueJob<QString> *answer = dialog->answer();
        QString code;
        bool answered = false;
        connect(answer, &Job::finished, this, [&] {
            answered = true;
            if (answer->succeeded())
                code = answer->value();
        });
        dialog->open();
        auto *field = dialog->findChild<QLineEdit *>(u"mfaCodeField"_s);
        auto *problem = dialog->findChild<QLabel *>(u"mfaCodeProblem"_s);
        QVERIFY(field && problem);
        QVERIFY(dialog->findChild<QLabel *>(u"mfaCodeIntro"_s)
                    ->text()
                    .contains(roleArn(u"PrivateLinkAdminMfa"_s)));
        dialog->accept();
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"Enter the 6-digit code your MFA device shows now."_s);
        test::type(field, u"12a45"_s);
        dialog->accept();
        QCOMPARE(problem->text(), u"A code is 6 digits, such as 123456."_s);
        QVERIFY(!answered);
        field->clear();
        test::type(field, u"123456"_s);
        dialog->accept();
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 2000));
        QCOMPARE(code, u"123456"_s);
        QVERIFY(field->text().isEmpty() || !alive);

        // Cancel is an error each waiter hears of, naming the role; a question taken back
        // closes its dialog.
        dialog = new CodeQuestionDialog({IamRoles::mfaDevice(), roleArn(u"x"_s), u"a"_s},
                                        m_console->window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        answer = dialog->answer();
        bool cancelled = false;
        connect(answer, &Job::finished, this, [&] {
            cancelled = answer->error().providerCode == u"MfaCodeNotGiven"_s &&
                        answer->error().userMessage().contains(roleArn(u"x"_s));
        });
        dialog->open();
        dialog->reject();
        QVERIFY(QTest::qWaitFor([&] { return cancelled; }, 2000));
        dialog = new CodeQuestionDialog({IamRoles::mfaDevice(), roleArn(u"x"_s), u"a"_s},
                                        m_console->window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        alive = dialog;
        dialog->open();
        dialog->answer()->cancel();
        QVERIFY(QTest::qWaitFor([&] { return !alive; }, 2000));
    }

    void aSandboxRoleIsAssumedWithItsCodeAndNamed()
    {
        QComboBox *combo = roleCombo();
        QVERIFY(combo);
        QVERIFY(combo->itemText(combo->findData(roleArn(u"PrivateLinkAdminMfa"_s)))
                    .contains(u"MFA code"_s));
        QVERIFY(combo->itemText(combo->findData(roleArn(u"PrivateLinkAuditor"_s)))
                    .contains(u"does not trust"_s));
        choose(combo, roleArn(u"PrivateLinkAdminMfa"_s));
        // Kept by name, never with a key.
        const QString kept = Settings::sandboxRole(u"aws"_s).value();
        QVERIFY(kept.contains(roleArn(u"PrivateLinkAdminMfa"_s)));
        QVERIFY(!kept.contains(m_console->sandbox->config().awsSecretAccessKey));
        QTRY_VERIFY_WITH_TIMEOUT(
            accountLine()->text().contains(
                u"role %1 in the sandbox's AWS account"_s.arg(roleArn(u"PrivateLinkAdminMfa"_s))),
            5000);
        // Choosing asks nothing; Assume Now asks for the code.
        QVERIFY(!openCodeDialog());
        auto *assume = m_console->window->findChild<QPushButton *>(u"awsAssumeNow"_s);
        QVERIFY(assume && assume->isVisible());
        assume->click();
        CodeQuestionDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = openCodeDialog()) != nullptr; }, 5000));
        QVERIFY(dialog->findChild<QLabel *>(u"mfaCodeDevice"_s)->text() == IamRoles::mfaDevice());
        test::type(dialog->findChild<QLineEdit *>(u"mfaCodeField"_s), u"654321"_s);
        dialog->accept();
        // A wrong code: AWS's refusal in a sentence on the line, nothing assumed.
        QTRY_VERIFY_WITH_TIMEOUT(accountLine()->text().contains(u"did not accept the MFA code"_s),
                                 10'000);
        assume->click();
        QVERIFY(QTest::qWaitFor([&] { return (dialog = openCodeDialog()) != nullptr; }, 5000));
        test::type(dialog->findChild<QLineEdit *>(u"mfaCodeField"_s),
                   QString::fromLatin1(IamRoles::MfaCode));
        dialog->accept();
        const QString session = u"arn:aws:sts::%1:assumed-role/PrivateLinkAdminMfa/"_s.arg(
            QLatin1StringView(AwsAccounts::UserAccount));
        QTRY_VERIFY_WITH_TIMEOUT(accountLine()->text().contains(session), 10'000);
        QVERIFY(accountLine()->text().contains(
            u"in the sandbox's AWS account %1"_s.arg(QLatin1StringView(AwsAccounts::UserAccount))));
        QVERIFY(accountLine()->text().contains(u"asks for a code from MFA device"_s));

        // A change's confirmation says whom it acts as: the role's session in its account.
        PrivateLinkConnection connection;
        connection.displayName = u"payments"_s;
        connection.endpointService.name =
            u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
        connection.endpointService.region = u"us-east-1"_s;
        connection.endpointService.endpointId = u"vpce-0123456789abcdef0"_s;
        std::unique_ptr<LinkDecisionDialog> decision(ProviderUis::byId(u"aws"_s)->newDecisionDialog(
            m_console->aws, connection, true, m_console->window.get()));
        bool named = false;
        const auto labels = decision->findChildren<QLabel *>();
        for (QLabel *label : labels)
            named = named || label->text().contains(session);
        QVERIFY(named);

        // Only AWS's account followed the choice; choosing the same again changes nothing.
        QCOMPARE(m_chosen.value(u"aws"_s), 1);
        QCOMPARE(m_chosen.value(u"alibaba"_s), 0);
        choose(combo, roleArn(u"PrivateLinkAdminMfa"_s));
        QCOMPARE(m_chosen.value(u"aws"_s), 1);

        // Alibaba Cloud's RAM role, on its own row: assumed without a code, and named.
        auto *alibaba = m_console->window->findChild<QComboBox *>(u"alibabaSandboxRole"_s);
        QVERIFY(alibaba);
        QCOMPARE(alibaba->count(), 3);
        choose(alibaba, u"acs:ram::1432156789012345:role/privatelinkadmin"_s);
        QCOMPARE(m_chosen.value(u"alibaba"_s), 1);
        m_console->window->findChild<QPushButton *>(u"alibabaAssumeNow"_s)->click();
        auto *alibabaLine = m_console->window->findChild<QLabel *>(u"alibabaSandboxAccountLine"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            alibabaLine->text().contains(
                u"acs:ram::1432156789012345:assumed-role/privatelinkadmin/private-link-console-"_s),
            10'000);
        QVERIFY(!openCodeDialog());
        // The AWS role's keys were left alone.
        QVERIFY(accountLine()->text().contains(session));

        // Back to the key pair: the role is forgotten, and nothing is asked.
        choose(combo, QString());
        QTRY_VERIFY_WITH_TIMEOUT(accountLine()->text() == u"Acting as the sandbox's AWS account."_s,
                                 5000);
        QVERIFY(!assume->isVisible());
        QVERIFY(Settings::sandboxRole(u"aws"_s).value().isEmpty());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageManager::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }
    /// The code dialog, and the provider side naming the assumed role, in each language.
    void screenshots()
    {
        QFETCH(QString, language);
        QVERIFY(m_console->languages->setLanguage(language));
        QComboBox *combo = roleCombo();
        QVERIFY(combo);
        choose(combo, roleArn(u"PrivateLinkAdminMfa"_s));
        auto *assume = m_console->window->findChild<QPushButton *>(u"awsAssumeNow"_s);
        QTRY_VERIFY(assume->isVisible());
        assume->click();
        CodeQuestionDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (dialog = openCodeDialog()) != nullptr; }, 5000));
        test::type(dialog->findChild<QLineEdit *>(u"mfaCodeField"_s), u"12"_s);
        dialog->accept(); // the problem shown
        QVERIFY(shot(dialog, u"mfa-code-"_s + language));
        auto *field = dialog->findChild<QLineEdit *>(u"mfaCodeField"_s);
        field->clear();
        test::type(field, QString::fromLatin1(IamRoles::MfaCode));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(accountLine()->text().contains(u"assumed-role"_s), 10'000);
        auto *dock = m_console->window->findChild<QDockWidget *>(u"providerDock"_s);
        QVERIFY(dock);
        QVERIFY(shot(dock, u"provider-side-role-"_s + language));
        QVERIFY(shot(m_console->window.get(), u"window-role-"_s + language));
    }
};

QTEST_MAIN(TestAwsRoleUi)
#include "tst_awsroleui.moc"
