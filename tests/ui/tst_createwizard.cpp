// Create Private Link Connection, driven offscreen against the sandbox.
#include "SeedIds.h"
#include "WizardDriver.h"

#include "api/RequestLog.h"
#include "domain/ConnectionInput.h"
#include "ui/ConnectionWizards.h"
#include "ui/widgets/MessageBar.h"
#include "ui/wizards/CreateConnectionWizard.h"
#include "ui/wizards/CreateProgressPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using plc::test::next;
using plc::test::type;

using test::seed::NoPrincipals;
using test::seed::OrdersProd;
using test::seed::TokyoService;
using test::seed::TokyoWeb;

class TestCreateWizard final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleFixture> m_console;

    CreateConnectionWizard *open(const QString &clusterId)
    {
        auto *table = m_console->clusterTable();
        const int row = m_console->window->clusterModel()->rowOf(clusterId);
        table->setCurrentIndex(
            qobject_cast<QSortFilterProxyModel *>(table->model())
                ->mapFromSource(m_console->window->clusterModel()->index(row, 0)));
        if (!QTest::qWaitFor(
                [&] {
                    return m_console->panel()->cluster() &&
                           m_console->panel()->cluster()->clusterId == clusterId &&
                           !m_console->panel()->availabilityZones().accountId.isEmpty();
                },
                10'000))
            return nullptr;
        return m_console->panel()->wizards()->openCreate();
    }

    /// Ticks the prerequisites, types the details and arrives at the summary.
    static bool fillIn(CreateConnectionWizard *wizard, const QString &name, const QString &service)
    {
        for (auto *check : wizard->currentPage()->findChildren<QCheckBox *>())
            check->setChecked(true);
        if (!next(wizard)->isEnabled())
            return false;
        next(wizard)->click();
        type(wizard->findChild<QLineEdit *>(u"displayNameEdit"_s), name);
        type(wizard->findChild<QLineEdit *>(u"endpointServiceEdit"_s), service);
        if (!next(wizard)->isEnabled())
            return false;
        next(wizard)->click();
        return wizard->currentId() == CreateConnectionWizard::SummaryPage;
    }

    static void screenshot(QWizard *wizard, const QString &name)
    {
        QVERIFY(test::screenshot(wizard, u"create-wizard"_s, name));
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(u"tst_createwizard"_s); }

    void init()
    {
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->startFast());
    }

    void cleanup() { m_console.reset(); }

    void aCreateEndsActiveAfterTheProviderAccepts()
    {
        auto *wizard = open(TokyoWeb);
        QVERIFY(wizard);
        QVERIFY(!next(wizard)->isEnabled()); // the checklist comes first
        QVERIFY(
            wizard->findChild<QLabel *>(u"accountIdLabel"_s)->text().contains(u"380838443567"_s));
        QVERIFY(fillIn(wizard, u"tokyo-rds"_s, TokyoService));
        QVERIFY(
            wizard->findChild<QPlainTextEdit *>(u"createCommand"_s)
                ->toPlainText()
                .contains(u"create --cluster-id '10289543321198765434' --display-name 'tokyo-rds' "
                          "--type 'AWS_ENDPOINT_SERVICE'"_s));
        next(wizard)->click(); // Create
        QTRY_COMPARE(wizard->currentId(), int(CreateConnectionWizard::ProgressPage));
        auto *progress = qobject_cast<CreateProgressPage *>(wizard->currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(progress->shownState(), ConnectionState::PendingAcceptance,
                                  15'000);
        const auto *label = wizard->findChild<QLabel *>(u"progressExplanation"_s);
        QVERIFY(label->text().contains(u"Endpoint Connections tab"_s));
        // No AWS account in this profile: the AWS CLI's own defaults, no comment line.
        QVERIFY(wizard->findChild<QPlainTextEdit *>(u"acceptCommand"_s)
                    ->toPlainText()
                    .startsWith(
                        u"aws ec2 accept-vpc-endpoint-connections --region='ap-northeast-1' "
                        "--service-id='vpce-svc-0c1d2e3f4a5b6c7d8' --vpc-endpoint-ids='vpce-"_s));
        // The provider accepts (the sandbox's admin API plays the AWS console).
        const PrivateLinkConnection created = *wizard->context().created;
        const auto accepted = m_console->sandbox->request(
            "POST", u"/sandbox/v1/endpointServices/%1/connectionRequests/%2:accept"_s.arg(
                        TokyoService, created.endpointService.endpointId));
        QVERIFY2(accepted.ok(), qPrintable(accepted.error.userMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(progress->shownState(), ConnectionState::Active, 15'000);
        const auto get = m_console->sandbox->request(
            "GET", u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(
                       TokyoWeb, created.privateLinkConnectionId));
        QCOMPARE(get.json.value(u"state"_s).toString(), u"ACTIVE"_s);
        // The table picked the new connection up and selected it.
        QTRY_COMPARE(m_console->panel()->selectedConnectionId(), created.privateLinkConnectionId);
        wizard->close();
    }

    void aMissingPrincipalFailsWithItsLikelyCause()
    {
        auto *wizard = open(OrdersProd);
        QVERIFY(wizard);
        QVERIFY(fillIn(wizard, u"needs-principal"_s, NoPrincipals));
        next(wizard)->click();
        QTRY_COMPARE(wizard->currentId(), int(CreateConnectionWizard::ProgressPage));
        auto *progress = qobject_cast<CreateProgressPage *>(wizard->currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(progress->shownState(), ConnectionState::Failed, 15'000);
        const QString text = wizard->findChild<QLabel *>(u"progressExplanation"_s)->text();
        QVERIFY2(text.contains(u"Allow principals"_s), qPrintable(text));
        QVERIFY(text.contains(u"Most likely"_s));
        wizard->close();
    }

    void aServerRefusalKeepsTheInputAndSendsOnce()
    {
        auto *wizard = open(OrdersProd);
        QVERIFY(wizard);
        QVERIFY(fillIn(wizard, u"refused"_s, NoPrincipals));
        // The next create is refused with 503 (the sandbox's fault injection).
        const auto fault =
            m_console->sandbox->request("PUT", u"/sandbox/v1/faults"_s,
                                        QJsonObject{{u"status"_s, 503},
                                                    {u"method"_s, u"POST"_s},
                                                    {u"pathPrefix"_s, u"/v1beta1/clusters"_s},
                                                    {u"remaining"_s, 1}});
        QVERIFY2(fault.ok(), QJsonDocument(fault.json).toJson().constData());
        const int before = m_console->client->requestLog()->entries().size();
        next(wizard)->click();
        QVERIFY(!next(wizard)->isEnabled()); // no second click while it is on its way
        auto *bar = wizard->findChild<MessageBar *>(u"createMessageBar"_s);
        QTRY_VERIFY(bar->text().contains(u"not created"_s));
        QCOMPARE(wizard->currentId(), int(CreateConnectionWizard::SummaryPage));
        QCOMPARE(wizard->field(u"displayName"_s).toString(), u"refused"_s);
        // A 503 on a create is not retried behind the user's back.
        QCOMPARE(test::sentSince(*m_console->client, before, "POST"), 1);
        // Trying again, by the user's choice, creates it.
        QVERIFY(next(wizard)->isEnabled());
        next(wizard)->click();
        QTRY_COMPARE(wizard->currentId(), int(CreateConnectionWizard::ProgressPage));
        wizard->close();
    }

    void badInputIsExplainedAndBlocksNext_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("problemObject");
        QTest::addColumn<QString>("expected");
        const QString good = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
        QTest::newRow("empty service") << u"n"_s << u" "_s << u"serviceProblem"_s << u"spaces"_s;
        QTest::newRow("name too long")
            << QString(65, u'x') << good << u"nameProblem"_s << u"at most 64"_s;
        QTest::newRow("name with space around")
            << u" n"_s << good << u"nameProblem"_s << u"start or end with a space"_s;
        QTest::newRow("name taken")
            << u"orders-rds"_s << good << u"nameProblem"_s << u"already has"_s;
        QTest::newRow("wrong pattern") << u"n"_s << u"com.amazonaws.vpce.us-east-1.vpce-svc-123"_s
                                       << u"serviceProblem"_s << u"17 hexadecimal"_s;
        QTest::newRow("alibaba name on aws")
            << u"n"_s << u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1c2d3e4f5g6h7i8"_s
            << u"serviceProblem"_s << u"runs on AWS"_s;
        QTest::newRow("look-alike dot")
            << u"n"_s << u"com.amazonaws.vpce．us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s
            << u"serviceProblem"_s << u"only looks like"_s;
        QTest::newRow("other region")
            << u"n"_s << u"com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d4e5f60718"_s
            << u"serviceProblem"_s << u"cross-region"_s;
    }

    void badInputIsExplainedAndBlocksNext()
    {
        QFETCH(QString, name);
        QFETCH(QString, service);
        QFETCH(QString, problemObject);
        QFETCH(QString, expected);
        auto *wizard = open(OrdersProd);
        QVERIFY(wizard);
        QVERIFY(!fillIn(wizard, name, service));
        QCOMPARE(wizard->currentId(), int(CreateConnectionWizard::DetailsPage));
        auto *problem = wizard->findChild<QLabel *>(problemObject);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(expected), qPrintable(problem->text()));
        wizard->close();
    }

    void noZoneInCommonFailsWithItsLikelyCause()
    {
        // A service whose only zone the cluster does not have (orders-prod: use1-az1/2/4).
        const QString lonely = u"com.amazonaws.vpce.us-east-1.vpce-svc-0e0e0e0e0e0e0e0e0"_s;
        QVERIFY(test::addAwsService(*m_console->sandbox, lonely, {u"use1-az5"_s}, false));
        auto *wizard = open(OrdersProd);
        QVERIFY(wizard);
        QVERIFY(fillIn(wizard, u"no-common-zone"_s, lonely));
        next(wizard)->click();
        QTRY_COMPARE(wizard->currentId(), int(CreateConnectionWizard::ProgressPage));
        auto *progress = qobject_cast<CreateProgressPage *>(wizard->currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(progress->shownState(), ConnectionState::Failed, 15'000);
        const QString text = wizard->findChild<QLabel *>(u"progressExplanation"_s)->text();
        QVERIFY2(text.contains(u"availability zone"_s), qPrintable(text));
        QVERIFY(text.contains(u"Most likely"_s));
        wizard->close();
    }

    void aRefusalOnTheLastPageIsShownAndNothingIsSentTwice_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("400") << 400 << u"injected fault: HTTP 400"_s;
        QTest::newRow("404") << 404 << u"not found (404)"_s;
        QTest::newRow("409 (a name taken meanwhile)") << 409 << u"already exists"_s;
        QTest::newRow("429 beyond the retry budget") << 429 << u"Too many requests"_s;
        QTest::newRow("500, checked: not created") << 500 << u"internal problem (500)"_s;
    }

    void aRefusalOnTheLastPageIsShownAndNothingIsSentTwice()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        auto *wizard = open(OrdersProd);
        QVERIFY(wizard);
        QVERIFY(fillIn(wizard, u"refused"_s, NoPrincipals));
        if (status == 409) {
            // Someone else creates a connection with the same name after the wizard checked.
            const auto other = m_console->sandbox->request(
                "POST", u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(OrdersProd),
                QJsonObject{{u"privateLinkConnection"_s,
                             QJsonObject{{u"displayName"_s, u"refused"_s},
                                         {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                                         {u"awsEndpointService"_s,
                                          QJsonObject{{u"name"_s, NoPrincipals}}}}}});
            QVERIFY(other.ok());
        } else {
            QVERIFY(test::setFault(*m_console->sandbox, {{u"status"_s, status},
                                                         {u"retryAfterSeconds"_s, 120},
                                                         {u"method"_s, u"POST"_s},
                                                         {u"remaining"_s, 1}}));
        }
        const qsizetype before = m_console->client->requestLog()->entries().size();
        next(wizard)->click();
        auto *bar = wizard->findChild<MessageBar *>(u"createMessageBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(u"not created"_s), 10'000);
        QVERIFY2(bar->text().contains(expected), qPrintable(bar->text()));
        QCOMPARE(wizard->currentId(), int(CreateConnectionWizard::SummaryPage));
        QCOMPARE(wizard->field(u"displayName"_s).toString(), u"refused"_s);
        QCOMPARE(test::sentSince(*m_console->client, before, "POST"), 1);
        QVERIFY(next(wizard)->isEnabled()); // the user may try again
        wizard->close();
    }

    void aLostAnswerIsLookedForInsteadOfSentAgain()
    {
        auto *wizard = open(TokyoWeb);
        QVERIFY(wizard);
        QVERIFY(fillIn(wizard, u"slow-answer"_s, TokyoService));
        // The create is carried out, but its answer comes after the console gave up waiting.
        m_console->client->setRequestTimeout(1'000);
        QVERIFY(test::setFault(
            *m_console->sandbox,
            {{u"latencyMs"_s, 4'000}, {u"method"_s, u"POST"_s}, {u"remaining"_s, 1}}));
        const qsizetype before = m_console->client->requestLog()->entries().size();
        next(wizard)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateConnectionWizard::ProgressPage),
                                  15'000);
        QCOMPARE(test::sentSince(*m_console->client, before, "POST"), 1);
        QCOMPARE(wizard->context().created->displayName, u"slow-answer"_s);
        const auto list = m_console->sandbox->request(
            "GET", u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(TokyoWeb));
        QCOMPARE(list.json.value(u"privateLinkConnections"_s).toArray().size(), 1);
        wizard->close();
    }

    void anUnknownOutcomeOffersCheckAgainAndNeverCreateAgain()
    {
        auto *wizard = open(TokyoWeb);
        QVERIFY(wizard);
        QVERIFY(fillIn(wizard, u"broken-answer"_s, TokyoService));
        // Every answer about Tokyo's connections breaks off: the create is carried out, and
        // the read that should tell breaks off as well.
        QVERIFY(test::setFault(
            *m_console->sandbox,
            {{u"closeMidResponse"_s, true},
             {u"pathPrefix"_s, u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(TokyoWeb)}}));
        const qsizetype before = m_console->client->requestLog()->entries().size();
        next(wizard)->click();
        auto *bar = wizard->findChild<MessageBar *>(u"createMessageBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(u"not known"_s), 20'000);
        QCOMPARE(wizard->currentId(), int(CreateConnectionWizard::SummaryPage));
        QVERIFY(!next(wizard)->isEnabled()); // Create stays disabled: only Check Again
        QVERIFY(test::setFault(*m_console->sandbox, {}));
        QVERIFY(test::clickBarButton(bar)); // Check Again
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateConnectionWizard::ProgressPage),
                                  10'000);
        QCOMPARE(test::sentSince(*m_console->client, before, "POST"), 1);
        wizard->close();
    }

    void theRulesAreTheSameWithoutTheWizard()
    {
        QVERIFY(!ConnectionInput::displayNameProblem(u"a\tb"_s, {}).isEmpty());
        QVERIFY(ConnectionInput::displayNameProblem(QString(64, u'x'), {}).isEmpty());
        QVERIFY(ConnectionInput::serviceRegionProblem(u"us-west-2"_s, u"us-east-1"_s).isEmpty());
        QVERIFY(!ConnectionInput::serviceRegionProblem(u"us-east-1"_s, u"us-east-1"_s).isEmpty());
        QVERIFY(!ConnectionInput::serviceRegionProblem(u"west"_s, u"us-east-1"_s).isEmpty());
        QVERIFY(ConnectionInput::endpointServiceProblem(
                    u"com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d4e5f60718"_s,
                    CloudProvider::Aws, u"us-east-1"_s, u"us-west-2"_s)
                    .isEmpty());
        QVERIFY(!ConnectionInput::endpointServiceProblem(
                     u"com.aliyuncs.privatelink.ap-southeast-1.epsrv-t4na1b2c3d4e5f6g7"_s,
                     CloudProvider::AlibabaCloud, u"cn-hangzhou"_s, {})
                     .isEmpty());
        QVERIFY(ConnectionInput::uniqueNameProblem(DomainType::TidbCloudManaged, {}).isEmpty());
        QVERIFY(!ConnectionInput::uniqueNameProblem(DomainType::Confluent, {}).isEmpty());
        QVERIFY(
            ConnectionInput::uniqueNameProblem(DomainType::Confluent, u"domnprzqrog.us-east-1"_s)
                .isEmpty());
        QVERIFY(ConnectionInput::confirms(u"orders-rds"_s, u"orders-rds"_s));
        QVERIFY(!ConnectionInput::confirms(u"orders-rds "_s, u"orders-rds"_s));
    }

    /// Saved for review under build/screenshots: every page, each language.
    void screenshotsOfEveryPage_data() { test::addLanguageRows(); }

    void screenshotsOfEveryPage()
    {
        QFETCH(QString, language);
        QVERIFY(m_console->languages->setLanguage(language));
        auto *wizard = open(TokyoWeb);
        QVERIFY(wizard);
        screenshot(wizard, u"1-prerequisites-"_s + language);
        for (auto *check : wizard->currentPage()->findChildren<QCheckBox *>())
            check->setChecked(true);
        next(wizard)->click();
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"displayNameEdit"_s), u"tokyo-rds"_s);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"endpointServiceEdit"_s),
                         u"com.amazonaws.vpce.us-west-2.vpce-svc-0c1d2e3f4a5b6c7d8"_s);
        screenshot(wizard, u"2-details-problem-"_s + language);
        wizard->findChild<QLineEdit *>(u"endpointServiceEdit"_s)->clear();
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"endpointServiceEdit"_s), TokyoService);
        next(wizard)->click();
        screenshot(wizard, u"3-summary-"_s + language);
        next(wizard)->click();
        QTRY_COMPARE(wizard->currentId(), int(CreateConnectionWizard::ProgressPage));
        auto *progress = qobject_cast<CreateProgressPage *>(wizard->currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(progress->shownState(), ConnectionState::PendingAcceptance,
                                  15'000);
        screenshot(wizard, u"4-progress-pending-"_s + language);
        wizard->close();
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestCreateWizard)
#include "tst_createwizard.moc"
