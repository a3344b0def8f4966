// A private endpoint into a cluster made from the console, offscreen against the sandbox's EC2:
// the AWS page reads the VPC with the profile's account, suggests subnets in the service's
// zones and the group that lets 4000 in, checks, offers the fixes it can make (each confirmed
// and sent once), makes the endpoint once after a confirmation and a dry run, follows it until
// it is available, and offers it for use instead of a second one. Without an account, only the
// steps and the command. Screenshots in three languages, on a desktop and a 1280×720 screen.
#include "ConsoleFixture.h"
#include "SeedIds.h"
#include "WizardDriver.h"

#include "api/RequestLog.h"
#include "ui/EndpointActions.h"
#include "ui/providers/LinkCheckList.h"
#include "ui/providers/aws/AwsInboundPanel.h"
#include "ui/wizards/PrivateEndpointWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using plc::test::next;
using test::seed::OrdersProd;

namespace {
const QString OrdersHost = u"gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com"_s;

template<typename T> T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

QStringList checked(QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}
} // namespace

class TestInboundEndpointUi final : public QObject
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

    /// The wizard for orders-prod, on the AWS page.
    PrivateEndpointWizard *openOnAwsPage()
    {
        if (!m_console->selectCluster(OrdersProd, 4))
            return nullptr;
        auto *wizard = m_console->window->endpointActions()->openForCluster();
        if (!wizard)
            return nullptr;
        next(wizard)->click();
        return wizard->currentId() == PrivateEndpointWizard::providerPage(CloudProvider::Aws)
                   ? wizard
                   : nullptr;
    }

    /// Waits until the panel has read a VPC (its subnets are listed and nothing is read).
    static bool read(AwsInboundPanel *panel)
    {
        return QTest::qWaitFor(
            [panel] {
                auto *subnets = panel->findChild<QListWidget *>(u"awsInboundSubnets"_s);
                auto *refresh = panel->findChild<QPushButton *>(u"awsInboundRefresh"_s);
                return subnets->count() > 0 && refresh->isEnabled();
            },
            10'000);
    }

    /// Clicks `button`, then Yes in the question it opens; false when no question came.
    static bool confirm(QWidget *panel, const QString &button, QString *question = nullptr)
    {
        child<QPushButton>(panel, button)->click();
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (box = child<QMessageBox>(panel, button + u"Confirm"_s)); }, 5000))
            return false;
        if (question)
            *question = box->text() + u'\n' + box->informativeText();
        box->button(QMessageBox::Yes)->click();
        return true;
    }

    bool shot(QWidget *widget, const QString &name)
    {
        const bool saved = test::screenshot(widget, u"inbound-endpoint"_s, name + u'-' + m_screen);
        const QStringList clipped = test::clippedTexts(widget);
        if (!clipped.isEmpty())
            qWarning().noquote() << name << "cuts off:" << clipped;
        return saved && clipped.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QSize screen = QGuiApplication::primaryScreen()->size();
        m_screen = u"%1x%2"_s.arg(screen.width()).arg(screen.height());
        test::isolateSettings(u"tst_inboundendpointui_"_s + m_screen);
    }

    void init()
    {
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->startFast());
    }

    void cleanup() { m_console.reset(); }

    void withoutAnAccountOnlyTheStepsShow()
    {
        auto *wizard = openOnAwsPage();
        QVERIFY(wizard);
        auto *fromConsole = child<QRadioButton>(wizard, u"awsFromConsole"_s);
        QVERIFY(!fromConsole->isEnabled());
        QVERIFY(fromConsole->text().contains(u"choose an AWS account"_s));
        QVERIFY(child<QRadioButton>(wizard, u"awsMyself"_s)->isChecked());
        QVERIFY(!child<AwsInboundPanel>(wizard, u"awsInboundPanel"_s)->isVisible());
        QVERIFY(child<QLabel>(wizard, u"awsSteps"_s)->isVisible());
        QCOMPARE(sent(u"DescribeVpcs"_s), 0); // nothing read without an account
    }

    void theEndpointIsMadeFromTheConsoleOnce()
    {
        m_console->useSandboxAws();
        auto *wizard = openOnAwsPage();
        QVERIFY(wizard);
        QVERIFY(child<QRadioButton>(wizard, u"awsFromConsole"_s)->isChecked());
        auto *panel = child<AwsInboundPanel>(wizard, u"awsInboundPanel"_s);
        QVERIFY(panel->isVisible());
        QVERIFY(!child<QLabel>(wizard, u"awsSteps"_s)->isVisible());
        QVERIFY(read(panel));

        auto *vpc = child<QComboBox>(panel, u"awsInboundVpc"_s);
        QCOMPARE(vpc->count(), 2);
        QVERIFY(vpc->currentText().startsWith(u"vpc-0c1f9e2d3b4a59687 · prod-app"_s));
        auto *subnets = child<QListWidget>(panel, u"awsInboundSubnets"_s);
        QCOMPARE(subnets->count(), 4);
        // One per zone of the service; the subnet in use1-az3 cannot be chosen.
        QCOMPARE(checked(subnets),
                 (QStringList{u"subnet-0a4e1c2b3d5f60718"_s, u"subnet-0b5f2d3c4e6a70819"_s,
                              u"subnet-0d7b4f5e6a8c9103b"_s}));
        QVERIFY(!(subnets->item(2)->flags() & Qt::ItemIsEnabled));
        auto *groups = child<QListWidget>(panel, u"awsInboundGroups"_s);
        QCOMPARE(checked(groups), QStringList{u"sg-0f2b3c4d5e6f70819"_s});
        QVERIFY(groups->item(1)->text().contains(u"lets TCP 4000 in from 10.20.0.0/16"_s));
        auto *checks = child<LinkCheckList>(panel, u"awsInboundChecks"_s);
        QVERIFY(LinkCheck::verdict(checks->checks()) == LinkCheck::Verdict::Passes);
        auto *command = child<QPlainTextEdit>(panel, u"awsInboundCommand"_s);
        QVERIFY(command->toPlainText().contains(u"aws ec2 create-vpc-endpoint"_s));
        QVERIFY(command->toPlainText().contains(u"--private-dns-enabled"_s));
        QVERIFY(shot(wizard, u"1-checked"_s));

        // Unticking the group that opens 4000 fails the check and holds Create back.
        auto *create = child<QPushButton>(panel, u"awsCreateEndpoint"_s);
        groups->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!create->isEnabled());
        QVERIFY(!LinkCheck::passes(checks->checks()));
        groups->item(1)->setCheckState(Qt::Checked);
        QVERIFY(create->isEnabled());

        // Cancel sends nothing.
        create->click();
        auto *box = child<QMessageBox>(panel, u"awsCreateEndpointConfirm"_s);
        QVERIFY(box);
        QVERIFY(test::showsPlainText(box));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(sent(u"CreateVpcEndpoint"_s), 0);

        QString question;
        QVERIFY(confirm(panel, u"awsCreateEndpoint"_s, &question));
        QVERIFY2(question.contains(u"vpc-0c1f9e2d3b4a59687"_s), qPrintable(question));
        QVERIFY2(question.contains(u"the sandbox's AWS account"_s), qPrintable(question));
        QVERIFY2(question.contains(u"aws ec2 create-vpc-endpoint"_s), qPrintable(question));
        auto *status = child<QLabel>(panel, u"awsEndpointStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"is available"_s), 15'000);
        QCOMPARE(sent(u"CreateVpcEndpoint"_s), 2); // the dry run, then the change once
        QVERIFY(panel->endpoint());
        const QString id = panel->endpoint()->endpointId;
        QCOMPARE(child<QLineEdit>(panel, u"awsEndpointId"_s)->text(), id);
        QVERIFY(child<QLabel>(panel, u"awsEndpointDnsNames"_s)->text().contains(OrdersHost));
        QVERIFY(child<QLabel>(panel, u"awsEndpointAllowlist"_s)->text().contains(id));
        QVERIFY(!create->isEnabled()); // made: never a second one from here
        QVERIFY(shot(wizard, u"2-available"_s));

        // Read again: the endpoint is offered for use, not made twice.
        child<QPushButton>(panel, u"awsInboundRefresh"_s)->click();
        QVERIFY(read(panel));
        panel->start(m_console->aws, wizard->context().target);
        QVERIFY(read(panel));
        auto *reuse = child<QPushButton>(panel, u"awsUseEndpoint"_s);
        QTRY_VERIFY(reuse->isVisible());
        QVERIFY(!create->isEnabled());
        QVERIFY(shot(wizard, u"3-existing"_s));
        reuse->click();
        QCOMPARE(panel->endpoint()->endpointId, id);
        QCOMPARE(sent(u"CreateVpcEndpoint"_s), 2);
    }

    void theFixesAreConfirmedAndSentOnce()
    {
        m_console->useSandboxAws();
        auto *wizard = openOnAwsPage();
        QVERIFY(wizard);
        auto *panel = child<AwsInboundPanel>(wizard, u"awsInboundPanel"_s);
        QVERIFY(read(panel));
        auto *vpc = child<QComboBox>(panel, u"awsInboundVpc"_s);
        vpc->setCurrentIndex(1);
        emit vpc->activated(1);
        QTRY_VERIFY(panel->facts().vpc.vpcId == u"vpc-07d3e5a1b9c2f4e60"_s &&
                    !panel->facts().subnets.isEmpty());
        QVERIFY(read(panel));
        auto *fixDns = child<QPushButton>(panel, u"awsFixDns"_s);
        auto *openPort = child<QPushButton>(panel, u"awsOpenPort"_s);
        QVERIFY(fixDns->isVisible());
        QVERIFY(openPort->isVisible());
        QVERIFY(!child<QPushButton>(panel, u"awsCreateEndpoint"_s)->isEnabled());
        QVERIFY(shot(wizard, u"4-fixes"_s));

        QString question;
        QVERIFY(confirm(panel, u"awsFixDns"_s, &question));
        QVERIFY2(question.contains(u"--enable-dns-hostnames"_s), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(!fixDns->isVisible() && panel->facts().dnsHostnames == true,
                                 10'000);
        QCOMPARE(sent(u"ModifyVpcAttribute"_s), 1);
        QVERIFY(read(panel));
        QVERIFY(confirm(panel, u"awsOpenPort"_s, &question));
        QVERIFY2(question.contains(u"--port=4000 --cidr='172.31.0.0/16'"_s), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(!openPort->isVisible(), 10'000);
        QCOMPARE(sent(u"AuthorizeSecurityGroupIngress"_s), 1);
        QVERIFY(read(panel));
        auto *checks = child<LinkCheckList>(panel, u"awsInboundChecks"_s);
        QVERIFY(LinkCheck::passes(checks->checks()));
    }

    void screenshotsInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("ja_JP") << u"ja_JP"_s;
    }

    void screenshotsInEachLanguage()
    {
        QFETCH(QString, language);
        m_console->useSandboxAws();
        QVERIFY(m_console->languages->setLanguage(language));
        auto *wizard = openOnAwsPage();
        QVERIFY(wizard);
        auto *panel = child<AwsInboundPanel>(wizard, u"awsInboundPanel"_s);
        QVERIFY(read(panel));
        QVERIFY(shot(wizard, u"1-checked-"_s + language));
        auto *vpc = child<QComboBox>(panel, u"awsInboundVpc"_s);
        vpc->setCurrentIndex(1);
        emit vpc->activated(1);
        QTRY_VERIFY(panel->facts().vpc.vpcId == u"vpc-07d3e5a1b9c2f4e60"_s);
        QVERIFY(read(panel));
        QVERIFY(shot(wizard, u"4-fixes-"_s + language));
    }
};

QTEST_MAIN(TestInboundEndpointUi)
#include "tst_inboundendpointui.moc"
