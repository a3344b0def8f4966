// Connect via Private Endpoint, driven offscreen: an AWS cluster, an Alibaba Cloud cluster and a
// custom MatrixOne Cloud target kept per profile, the connection strings, and the doctor on the
// last page and in its own dialog against a real MariaDB on loopback.
#include "MariaDbServer.h"
#include "SeedIds.h"
#include "UnwritableSettings.h"
#include "WizardDriver.h"

#include "ui/EndpointActions.h"
#include "ui/EndpointDoctorDialog.h"
#include "ui/widgets/EndpointDoctorWidget.h"
#include "ui/wizards/EndpointCheckPage.h"
#include "ui/wizards/PrivateEndpointWizard.h"

#include "diagnostics/EndpointDoctor.h"
#include "services/EndpointTargetStore.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using plc::test::next;
using plc::test::type;
using test::seed::HzPayments;
using test::seed::OrdersProd;

namespace {
const QString OrdersService = u"com.amazonaws.vpce.us-east-1.vpce-svc-03342995a2e1c3d9a"_s;
const QString OrdersHost = u"gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com"_s;
const QString MatrixOneService = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1a2b3c4d5e6f7g8"_s;

template<typename T> T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

QString text(QWidget *parent, const QString &name)
{
    if (auto *edit = child<QLineEdit>(parent, name))
        return edit->text();
    if (auto *box = child<QPlainTextEdit>(parent, name))
        return box->toPlainText();
    if (auto *label = child<QLabel>(parent, name))
        return label->text();
    return u"<no %1>"_s.arg(name);
}

bool visible(QWidget *parent, const QString &name)
{
    auto *widget = child<QWidget>(parent, name);
    return widget && widget->isVisible();
}
} // namespace

class TestEndpointWizard final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleFixture> m_console;
    std::unique_ptr<test::MariaDbServer> m_mariadb;

    EndpointActions *actions() const { return m_console->window->endpointActions(); }

    PrivateEndpointWizard *openFor(const QString &clusterId)
    {
        if (!m_console->selectCluster(clusterId, clusterId == OrdersProd ? 4 : 2))
            return nullptr;
        if (!actions()->connectAction()->isEnabled())
            return nullptr;
        return actions()->openForCluster();
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        QVERIFY(test::screenshot(widget, u"endpoint-wizard"_s, name));
    }

    /// Fills the custom target page with a MatrixOne Cloud instance.
    static void fillMatrixOne(QWizard *wizard, const QString &name)
    {
        type(child<QLineEdit>(wizard, u"targetNameEdit"_s), name);
        type(child<QLineEdit>(wizard, u"targetServiceEdit"_s), MatrixOneService);
        type(child<QLineEdit>(wizard, u"targetZonesEdit"_s), u"cn-hangzhou-i"_s);
        type(child<QLineEdit>(wizard, u"targetUserEdit"_s), u"acme:admin:accountadmin"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings(u"tst_endpointwizard"_s);
        m_mariadb = std::make_unique<test::MariaDbServer>();
        QVERIFY2(m_mariadb->start(), qPrintable(m_mariadb->error()));
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->startFast());
        actions()->setProfile(u"prod"_s);
    }

    void cleanupTestCase()
    {
        m_console.reset();
        m_mariadb.reset();
    }

    void actionNeedsAPrivateEndpoint()
    {
        Cluster cluster;
        cluster.displayName = u"gcp-cluster"_s;
        actions()->setCluster(cluster);
        QVERIFY(!actions()->connectAction()->isEnabled());
        QVERIFY(actions()->connectAction()->toolTip().contains(u"gcp-cluster"_s));
        actions()->setCluster(std::nullopt);
        QVERIFY(!actions()->connectAction()->isEnabled());
        QVERIFY(m_console->selectCluster(test::seed::TokyoWeb, 0));
        QVERIFY(actions()->connectAction()->isEnabled());
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QVERIFY(actions()->connectAction()->isEnabled());
        // A refresh that changes the selected cluster updates the action without a new selection.
        const int row = m_console->window->clusterModel()->rowOf(OrdersProd);
        Cluster changed = *m_console->window->clusterModel()->clusterAt(row);
        const Cluster original = changed;
        changed.endpoints.privateAws.reset();
        m_console->window->clusterModel()->upsert({changed});
        QVERIFY(!actions()->connectAction()->isEnabled());
        m_console->window->clusterModel()->upsert({original});
        QVERIFY(actions()->connectAction()->isEnabled());
        // The cluster table offers it in its context menu.
        QVERIFY(m_console->clusterTable()->actions().contains(actions()->connectAction()));
    }

    void awsCluster()
    {
        auto *wizard = openFor(OrdersProd);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(PrivateEndpointWizard::ServicePage));
        QCOMPARE(text(wizard, u"serviceName"_s), OrdersService);
        QCOMPARE(text(wizard, u"zoneIds"_s), u"use1-az1, use1-az2, use1-az4"_s);
        QCOMPARE(text(wizard, u"regionId"_s), u"us-east-1"_s);
        QCOMPARE(text(wizard, u"privateHost"_s), OrdersHost);
        QCOMPARE(text(wizard, u"privatePort"_s), u"4000"_s);
        QCOMPARE(text(wizard, u"databaseUser"_s), u"3pTAoNNegb47Uc8.root"_s);
        QVERIFY(text(wizard, u"serviceNote"_s).contains(u"one private endpoint per region"_s));
        QVERIFY(text(wizard, u"serviceNote"_s).contains(u"DNS hostnames and DNS resolution"_s));
        child<QPushButton>(wizard, u"copyServiceName"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), OrdersService);
        child<QPushButton>(wizard, u"copyRegionId"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"us-east-1"_s);

        next(wizard)->click();
        QCOMPARE(wizard->currentId(), int(PrivateEndpointWizard::providerPage(CloudProvider::Aws)));
        const QString steps = text(wizard, u"awsSteps"_s);
        for (const QString &choice :
             {u"Endpoint services that use NLBs and GWLBs"_s, u"Verify service"_s,
              u"Enable DNS name"_s, u"use1-az1, use1-az2, use1-az4"_s, u"port 4000"_s,
              OrdersService})
            QVERIFY2(steps.contains(choice), qPrintable(choice));
        // Nothing typed: the document's placeholders, and nothing to copy yet.
        QVERIFY(text(wizard, u"awsCommand"_s).contains(u"--vpc-id ${your_vpc_id}"_s));
        auto *copy = child<QPushButton>(wizard, u"copyAwsCommand"_s);
        QVERIFY(!copy->isEnabled());
        // The console route needs no IDs: Next is never held back by them.
        QVERIFY(next(wizard)->isEnabled());

        auto *vpc = child<QLineEdit>(wizard, u"vpcIdEdit"_s);
        type(vpc, u"vpc-XYZ"_s);
        QVERIFY(visible(wizard, u"vpcProblem"_s));
        QVERIFY(text(wizard, u"vpcProblem"_s).contains(u"8 or 17 hexadecimal"_s));
        QVERIFY(!copy->isEnabled());
        screenshot(wizard, u"2-aws-problem"_s);
        vpc->clear();
        type(vpc, u"vpc-0a1b2c3d4e5f67890"_s);
        QVERIFY(!visible(wizard, u"vpcProblem"_s));
        type(child<QLineEdit>(wizard, u"subnetIdsEdit"_s), u"subnet-0123456789abcdef0"_s);
        type(child<QLineEdit>(wizard, u"securityGroupIdsEdit"_s), u"sg-0f1e2d3c4b5a69788"_s);
        const QString command =
            u"aws ec2 create-vpc-endpoint --vpc-id 'vpc-0a1b2c3d4e5f67890' --region 'us-east-1' "
            "--service-name '%1' --vpc-endpoint-type Interface --subnet-ids "
            "'subnet-0123456789abcdef0' --security-group-ids 'sg-0f1e2d3c4b5a69788' "
            "--private-dns-enabled"_s.arg(OrdersService);
        QCOMPARE(text(wizard, u"awsCommand"_s), command);
        QVERIFY(copy->isEnabled());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), command);
        QVERIFY(text(wizard, u"awsTroubleshooting"_s).contains(u"conflicting DNS domain"_s));

        next(wizard)->click();
        QCOMPARE(wizard->currentId(), int(PrivateEndpointWizard::ConnectPage));
        auto *combo = child<QComboBox>(wizard, u"connectWithCombo"_s);
        QCOMPARE(combo->count(), 5);
        QVERIFY(child<QCheckBox>(wizard, u"tlsCheck"_s)->isChecked());
        QCOMPARE(text(wizard, u"connectionString"_s),
                 u"mysql --connect-timeout 15 -h '%1' -P 4000 -u '3pTAoNNegb47Uc8.root' -p "
                 "--ssl-mode=VERIFY_IDENTITY --ssl-ca=/etc/ssl/certs/ca-certificates.crt"_s.arg(
                     OrdersHost));
        combo->setCurrentIndex(1);
        QVERIFY(text(wizard, u"connectionString"_s)
                    .startsWith(u"jdbc:mysql://%1:4000/"_s.arg(OrdersHost)));
        child<QCheckBox>(wizard, u"tlsCheck"_s)->setChecked(false);
        QVERIFY(!text(wizard, u"connectionString"_s).contains(u"sslMode"_s));
        for (int i = 2; i < combo->count(); ++i) {
            combo->setCurrentIndex(i);
            QVERIFY(text(wizard, u"connectionString"_s).contains(OrdersHost));
            QVERIFY(text(wizard, u"connectionString"_s).contains(u"DB_PASSWORD"_s));
        }

        next(wizard)->click();
        QCOMPARE(wizard->currentId(), int(PrivateEndpointWizard::CheckPage));
        QCOMPARE(text(wizard, u"endpointAddressEdit"_s), OrdersHost + u":4000"_s);
        QCOMPARE(text(wizard, u"checkCommand"_s),
                 u"privatelink-console --check-endpoint '%1:4000'"_s.arg(OrdersHost));
        QVERIFY(text(wizard, u"checkTroubleshooting"_s).contains(u"Manage security groups"_s));
        QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
        wizard->close();
    }

    void doctorOnTheLastPage()
    {
        auto *wizard = openFor(OrdersProd);
        QVERIFY(wizard);
        while (wizard->currentId() != PrivateEndpointWizard::CheckPage)
            next(wizard)->click();
        auto *page = qobject_cast<EndpointCheckPage *>(wizard->currentPage());
        EndpointDoctorWidget *doctor = page->doctor();
        doctor->doctor()->setTimeout(2000);
        QSignalSpy finished(doctor, &EndpointDoctorWidget::checkFinished);

        // Outside the VPC the private host does not resolve: said, with the likely cause.
        auto *check = child<QPushButton>(wizard, u"checkEndpointButton"_s);
        auto *address = child<QLineEdit>(wizard, u"endpointAddressEdit"_s);
        address->setText(u"gateway01-privatelink.us-east-1.prod.aws.invalid:4000"_s);
        check->click();
        QVERIFY(!check->isEnabled());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(doctor->lastReport().outcome, EndpointCheckReport::Outcome::NameNotResolved);
        QCOMPARE(text(wizard, u"checkMark0"_s), u"✗"_s);
        QVERIFY(text(wizard, u"checkCause"_s).contains(u"Enable DNS name"_s));
        screenshot(wizard, u"5-check-not-resolved"_s);

        // A bad address is refused before anything is sent.
        address->clear();
        type(address, u"db.internal"_s);
        QVERIFY(!check->isEnabled());
        QVERIFY(text(wizard, u"endpointAddressProblem"_s).contains(u"Add the port"_s));

        // The real MariaDB answers.
        address->setText(u"127.0.0.1:%1"_s.arg(m_mariadb->port()));
        QVERIFY(check->isEnabled());
        check->click();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(doctor->lastReport().outcome, EndpointCheckReport::Outcome::Answered);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(text(wizard, u"checkMark%1"_s.arg(i)), u"✓"_s);
        QVERIFY(text(wizard, u"checkStep2"_s).contains(u"MariaDB"_s));
        QVERIFY(text(wizard, u"checkVerdict"_s).contains(u"answered"_s));
        child<QPushButton>(wizard, u"copyCheckReport"_s)->click();
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"✓ A MySQL-protocol server"_s));
        screenshot(wizard, u"5-check-answered"_s);
        wizard->close();
    }

    void alibabaCluster()
    {
        auto *wizard = openFor(HzPayments);
        QVERIFY(wizard);
        QVERIFY(text(wizard, u"serviceNote"_s).contains(u"vSwitch"_s));
        next(wizard)->click();
        QCOMPARE(wizard->currentId(),
                 int(PrivateEndpointWizard::providerPage(CloudProvider::AlibabaCloud)));
        const QString steps = text(wizard, u"alibabaSteps"_s);
        for (const QString &choice :
             {u"Interface Endpoint"_s,
              u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l"_s,
              u"cn-hangzhou-j, cn-hangzhou-k"_s, u"delete the second"_s,
              u"Zones and Network Interfaces"_s})
            QVERIFY2(steps.contains(choice), qPrintable(choice));
        auto *copy = child<QPushButton>(wizard, u"copyHostsLine"_s);
        QVERIFY(!copy->isEnabled());
        auto *ip = child<QLineEdit>(wizard, u"endpointIpEdit"_s);
        type(ip, u"172.16.0.300"_s);
        QVERIFY(visible(wizard, u"endpointIpProblem"_s));
        QVERIFY(!copy->isEnabled());
        ip->clear();
        type(ip, u"172.16.0.12"_s);
        QVERIFY(!visible(wizard, u"endpointIpProblem"_s));
        QVERIFY(!visible(wizard, u"endpointIpNote"_s));
        QCOMPARE(text(wizard, u"hostsLine"_s),
                 u"172.16.0.12 gateway01-privatelink.cn-hangzhou.prod.alicloud.tidbcloud.com "
                 "com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l"_s);
        QVERIFY(copy->isEnabled());
        // A public address is allowed, with a word of warning.
        ip->clear();
        type(ip, u"47.96.1.2"_s);
        QVERIFY(visible(wizard, u"endpointIpNote"_s));
        QVERIFY(copy->isEnabled());
        next(wizard)->click();
        QCOMPARE(wizard->currentId(), int(PrivateEndpointWizard::ConnectPage));
        next(wizard)->click();
        QVERIFY(text(wizard, u"checkTroubleshooting"_s).contains(u"hosts line"_s));
        wizard->close();
    }

    void customMatrixOneTarget()
    {
        auto *wizard = actions()->openForOtherService();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(PrivateEndpointWizard::CustomPage));
        QVERIFY(!next(wizard)->isEnabled());
        QCOMPARE(text(wizard, u"targetPortEdit"_s), u"6001"_s);
        fillMatrixOne(wizard, u"MatrixOne orders"_s);
        // The Region ID comes from the service name.
        QCOMPARE(text(wizard, u"targetRegionEdit"_s), u"cn-hangzhou"_s);
        // A user without the role is refused with what is expected.
        auto *user = child<QLineEdit>(wizard, u"targetUserEdit"_s);
        user->clear();
        type(user, u"acme:admin"_s);
        QVERIFY(!next(wizard)->isEnabled());
        QVERIFY(text(wizard, u"targetUserEditProblem"_s).contains(u"account:admin:role"_s));
        screenshot(wizard, u"1-custom-problem"_s);
        user->clear();
        type(user, u"acme:admin:accountadmin"_s);
        QVERIFY(next(wizard)->isEnabled());
        next(wizard)->click();
        QCOMPARE(wizard->currentId(), int(PrivateEndpointWizard::ServicePage));
        // Kept in this profile only.
        const auto saved = EndpointTargetStore::targets(u"prod"_s);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().serviceName, MatrixOneService);
        QCOMPARE(saved.first().port, 6001);
        QVERIFY(EndpointTargetStore::targets(u"staging"_s).isEmpty());
        QCOMPARE(text(wizard, u"privateHost"_s), MatrixOneService);

        next(wizard)->click();
        QCOMPARE(wizard->currentId(),
                 int(PrivateEndpointWizard::providerPage(CloudProvider::AlibabaCloud)));
        type(child<QLineEdit>(wizard, u"endpointIpEdit"_s), u"172.16.0.12"_s);
        // The MatrixOne document's format: {endpoint IP} {service name} {service name}.
        QCOMPARE(text(wizard, u"hostsLine"_s), u"172.16.0.12 %1 %1"_s.arg(MatrixOneService));
        next(wizard)->click();
        QVERIFY(!child<QCheckBox>(wizard, u"tlsCheck"_s)->isChecked());
        QCOMPARE(
            text(wizard, u"connectionString"_s),
            u"mysql --connect-timeout 15 -h '%1' -P 6001 -u 'acme:admin:accountadmin' -p"_s.arg(
                MatrixOneService));
        next(wizard)->click();
        QCOMPARE(text(wizard, u"endpointAddressEdit"_s), MatrixOneService + u":6001"_s);
        wizard->close();

        // Opened again, the saved target is offered; picking it fills the form.
        wizard = actions()->openForOtherService();
        auto *savedCombo = child<QComboBox>(wizard, u"savedTargetsCombo"_s);
        QCOMPARE(savedCombo->count(), 2);
        savedCombo->setCurrentIndex(1);
        Q_EMIT savedCombo->activated(1);
        QCOMPARE(text(wizard, u"targetNameEdit"_s), u"MatrixOne orders"_s);
        QCOMPARE(text(wizard, u"targetUserEdit"_s), u"acme:admin:accountadmin"_s);
        QVERIFY(next(wizard)->isEnabled());
        // Another profile sees none of them.
        actions()->setProfile(u"staging"_s);
        auto *other = actions()->openForOtherService();
        QCOMPARE(child<QComboBox>(other, u"savedTargetsCombo"_s)->count(), 1);
        other->close();
        // A settings file that cannot be written: said so on the page, which stays.
        {
            test::UnwritableSettings unwritable;
            QVERIFY(unwritable.isReady());
            auto *blocked = actions()->openForOtherService();
            fillMatrixOne(blocked, u"MatrixOne blocked"_s);
            QVERIFY(!visible(blocked, u"saveProblem"_s));
            next(blocked)->click();
            QCOMPARE(blocked->currentId(), int(PrivateEndpointWizard::CustomPage));
            QVERIFY(visible(blocked, u"saveProblem"_s));
            QVERIFY(text(blocked, u"saveProblem"_s).contains(u"could not be saved"_s));
            screenshot(blocked, u"1-custom-save-problem"_s);
            blocked->close();
        }
        QVERIFY(EndpointTargetStore::targets(u"staging"_s).isEmpty());
        // A run with --api-url (no profile) keeps the target for the window only.
        actions()->setProfile(QString());
        auto *unsaved = actions()->openForOtherService();
        fillMatrixOne(unsaved, u"MatrixOne scratch"_s);
        next(unsaved)->click();
        QCOMPARE(unsaved->currentId(), int(PrivateEndpointWizard::ServicePage));
        QVERIFY(EndpointTargetStore::targets(QString()).isEmpty());
        unsaved->close();
        actions()->setProfile(u"prod"_s);
        wizard->close();
    }

    void doctorDialog()
    {
        EndpointDoctorDialog *dialog = actions()->openDoctor();
        QVERIFY(dialog->isVisible());
        EndpointDoctorWidget *doctor = dialog->doctor();
        doctor->doctor()->setTimeout(30'000);
        QSignalSpy finished(doctor, &EndpointDoctorWidget::checkFinished);
        // A port that accepts and says nothing: cancelled while waiting for the greeting.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        doctor->setAddress(u"127.0.0.1:%1"_s.arg(silent.serverPort()));
        child<QPushButton>(dialog, u"checkEndpointButton"_s)->click();
        QTRY_COMPARE(text(dialog, u"checkMark2"_s), u"…"_s);
        auto *cancel = child<QPushButton>(dialog, u"cancelCheckButton"_s);
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(doctor->lastReport().outcome, EndpointCheckReport::Outcome::Cancelled);
        QVERIFY(text(dialog, u"checkVerdict"_s).contains(u"cancelled"_s));
        QVERIFY(child<QPushButton>(dialog, u"checkEndpointButton"_s)->isEnabled());
        dialog->close();
    }

    void screenshotsOfEveryPage_data() { test::addLanguageRows(); }
    void screenshotsOfEveryPage()
    {
        QFETCH(QString, language);
        QVERIFY(m_console->languages->setLanguage(language));
        // AWS, every page; the last one with MariaDB's answer.
        auto *wizard = openFor(OrdersProd);
        QVERIFY(wizard);
        screenshot(wizard, u"1-service-aws-"_s + language);
        next(wizard)->click();
        type(child<QLineEdit>(wizard, u"vpcIdEdit"_s), u"vpc-0a1b2c3d4e5f67890"_s);
        type(child<QLineEdit>(wizard, u"subnetIdsEdit"_s), u"subnet-0123456789abcdef0"_s);
        screenshot(wizard, u"2-aws-"_s + language);
        next(wizard)->click();
        screenshot(wizard, u"3-connect-"_s + language);
        next(wizard)->click();
        auto *page = qobject_cast<EndpointCheckPage *>(wizard->currentPage());
        QSignalSpy finished(page->doctor(), &EndpointDoctorWidget::checkFinished);
        page->doctor()->setAddress(u"127.0.0.1:%1"_s.arg(m_mariadb->port()));
        page->doctor()->check();
        QVERIFY(finished.wait(10'000));
        screenshot(wizard, u"4-check-"_s + language);
        wizard->close();

        // Alibaba Cloud's steps and hosts line.
        wizard = openFor(HzPayments);
        QVERIFY(wizard);
        screenshot(wizard, u"1-service-alibaba-"_s + language);
        next(wizard)->click();
        type(child<QLineEdit>(wizard, u"endpointIpEdit"_s), u"172.16.0.12"_s);
        screenshot(wizard, u"2-alibaba-"_s + language);
        wizard->close();

        // The custom target's form, filled.
        wizard = actions()->openForOtherService();
        fillMatrixOne(wizard, u"MatrixOne billing "_s + language);
        screenshot(wizard, u"1-custom-"_s + language);
        wizard->close();

        // The doctor on its own, after a refused connection.
        EndpointDoctorDialog *dialog = actions()->openDoctor();
        QSignalSpy refused(dialog->doctor(), &EndpointDoctorWidget::checkFinished);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        dialog->doctor()->setAddress(u"127.0.0.1:%1"_s.arg(port));
        dialog->doctor()->check();
        QVERIFY(refused.wait(10'000));
        QVERIFY(test::screenshot(dialog, u"endpoint-doctor"_s, u"refused-"_s + language));
        dialog->close();
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestEndpointWizard)
#include "tst_endpointwizard.moc"
