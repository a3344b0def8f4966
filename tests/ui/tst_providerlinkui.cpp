// Each cloud provider's side in the window, offscreen against the sandbox (AWS: EC2 and STS;
// Alibaba Cloud: PrivateLink and STS), one row per provider: the create wizard's live checks
// and the change that lets TiDB Cloud's account connect (AWS: the Allow principals; Alibaba
// Cloud: the Service Whitelist) sent once, Accept/Allow and Reject sent once (Reject asks
// first), Diagnose, and screenshots of each in three languages. What one provider alone does
// has a test of its own below. Runs whole on a desktop screen; on a 1280×720 one, its screenshots.
#include "ConsoleFixture.h"
#include "SeedIds.h"
#include "WizardDriver.h"

#include "api/RequestLog.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "ui/ConnectionActions.h"
#include "ui/ConnectionWizards.h"
#include "ui/ProfileDialog.h"
#include "ui/providers/LinkCheckList.h"
#include "ui/providers/LinkChecksPage.h"
#include "ui/providers/LinkDecisionDialog.h"
#include "ui/providers/LinkDiagnosisDialog.h"
#include "ui/wizards/CreateConnectionWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace plc;
using plc::test::next;
using plc::test::SandboxFixture;
using plc::test::type;
using namespace plc::test::seed;

namespace {
// AWS's services of the sandbox (with NoPrincipals, TokyoService, ConfluentService of SeedIds).
const QString AwsReadyService = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
const QString AwsFarZonesService = u"com.amazonaws.vpce.us-east-1.vpce-svc-0e0e0e0e0e0e0e0e5"_s;
const QString AwsTidbPrincipal = u"arn:aws:iam::380838443567:root"_s;

// Alibaba Cloud's services of the sandbox, in cn-hangzhou.
const QString AlibabaPrefix = u"com.aliyuncs.privatelink.cn-hangzhou."_s;
const QString PaymentsService = u"epsrv-bp1c2d3e4f5g6h7i8"_s; // whitelist has TiDB Cloud's
const QString KafkaService = u"epsrv-bp1k9m8n7b6v5c4x3"_s;    // zone k only
const QString FarService = u"epsrv-bp1h0h0h0h0h0h0h0"_s;      // added: zone h only
const QString TidbAccount = u"5548313946124153"_s;

bool setAlibabaWhitelist(SandboxFixture &sandbox, const QString &serviceId,
                         const QJsonArray &accounts)
{
    return sandbox
        .request("POST",
                 u"/sandbox/v1/endpointServices/%1%2:setAllowedPrincipals"_s.arg(AlibabaPrefix,
                                                                                 serviceId),
                 QJsonObject{{u"allowedPrincipals"_s, accounts}})
        .ok();
}

bool addAlibabaFarService(SandboxFixture &sandbox)
{
    return sandbox
        .request("POST", u"/sandbox/v1/endpointServices"_s,
                 QJsonObject{{u"name"_s, AlibabaPrefix + FarService},
                             {u"availabilityZoneIds"_s, QJsonArray{u"cn-hangzhou-h"_s}},
                             {u"allowedPrincipals"_s, QJsonArray{TidbAccount}},
                             {u"owner"_s, u"USER"_s}})
        .ok();
}

/// One service the checks page is shown for: its name in the screenshots, the service, the
/// region named as the service's when it is in another one.
struct ServiceCase
{
    QString name, service, crossRegion;
};

/// What differs between the providers in the tests they share. `{endpoint}` in a text stands
/// for the sandbox's mount of the provider (`…/aws/`).
struct ProviderRow
{
    QString id; ///< the provider's id and the sandbox's mount: `aws`, `alibaba`
    QString clusterId;
    int clusterConnections = 0;
    std::function<ProviderAccount *(test::ConsoleFixture &)> account;
    std::function<void(test::ConsoleFixture &)> useSandboxAccount;
    /// The provider's windows, by class name (qobject_cast's answer, as inherits() gives it).
    const char *checksPageClass = nullptr;
    const char *decisionClass = nullptr;
    const char *diagnosisClass = nullptr;

    /// Adds the service with no zone in common with the cluster.
    std::function<bool(SandboxFixture &)> addFarService;
    /// Empties the whitelist of the service the live checks add TiDB Cloud's account to (null:
    /// the seed already leaves it out).
    std::function<bool(SandboxFixture &)> leaveTidbOut;

    // The live checks and the change.
    QString liveName, liveService;
    QString principalFix;  ///< in the ✗ row of TiDB Cloud's account
    QString changeButton;  ///< its object name; `<it>Confirm` is the question
    QString changeAction;  ///< the provider API's action that makes the change
    QString pageCommands;  ///< in the page's CLI commands (empty: not checked)
    QStringList question;  ///< in the question's informative text
    QString acceptCommand; ///< the progress page's command, its second line (empty: not checked)
    QString acceptCommandComment; ///< its first line (empty: not checked)
    QString progressAction;       ///< the progress page's button (empty: not checked)

    // Accept / Allow and Reject.
    QStringList request; ///< in the decision window's request
    QString accepted;    ///< the status once accepted
    QString acceptAction, rejectAction;
    QString acceptText, diagnoseText; ///< the actions' texts (empty: not checked)
    QString activeConnection; ///< an Active connection: nothing to accept (empty: not checked)
    QString pendingSeed;      ///< a seeded connection in Pending Acceptance (empty: one is made)
    QString pendingService;   ///< where one is made
    QString noAccount;        ///< Accept's tool tip with no account
    QString rejectWarning;    ///< in Reject's question
    QString rejected;         ///< the status once rejected

    // Diagnose.
    QString failedSeed; ///< a seeded Failed connection (empty: one is made on liveService)
    QString cause;      ///< in the cause found

    // Screenshots.
    QList<ServiceCase> shotCases;
    QString checksShot, decisionShot, diagnosisShot;
    QString diagnosisShotOf; ///< the connection diagnosed (empty: the pending one)
    QString profileShot;     ///< the profile dialog's (empty: none)
};

const ProviderRow &aws()
{
    static const ProviderRow row{
        .id = u"aws"_s,
        .clusterId = OrdersProd,
        .clusterConnections = 4,
        .account = [](test::ConsoleFixture &c) -> ProviderAccount * { return c.aws; },
        .useSandboxAccount = [](test::ConsoleFixture &c) { c.useSandboxAws(); },
        .checksPageClass = "plc::AwsChecksPage",
        .decisionClass = "plc::AwsDecisionDialog",
        .diagnosisClass = "plc::AwsDiagnosisDialog",
        .addFarService =
            [](SandboxFixture &s) {
                return test::addAwsService(s, AwsFarZonesService, {u"use1-az5"_s, u"use1-az6"_s},
                                           false);
            },
        .leaveTidbOut = {},
        .liveName = u"legacy-again"_s,
        .liveService = NoPrincipals,
        .principalFix = u"Add "_s + AwsTidbPrincipal,
        .changeButton = u"awsAddPrincipal"_s,
        .changeAction = u"ModifyVpcEndpointServicePermissions"_s,
        .pageCommands = {},
        // The same change as a command acts on the same account: the sandbox's endpoint.
        .question = {u"--add-allowed-principals='%1'"_s.arg(AwsTidbPrincipal),
                     u"--add-allowed-principals='%1' --endpoint-url='{endpoint}'"_s.arg(
                         AwsTidbPrincipal)},
        .acceptCommand = {},
        .acceptCommandComment = {},
        .progressAction = {},
        .request = {u"380838443567"_s},
        .accepted = u"Accepted on AWS"_s,
        .acceptAction = u"AcceptVpcEndpointConnections"_s,
        .rejectAction = u"RejectVpcEndpointConnections"_s,
        .acceptText = u"Accept on AWS…"_s,
        .diagnoseText = u"Diagnose on AWS…"_s,
        .activeConnection = OrdersRds,
        .pendingSeed = KafkaSelfhosted,
        .pendingService = {},
        .noAccount = u"Choose an AWS account"_s,
        .rejectWarning = u"cannot be accepted afterwards"_s,
        .rejected = u"Rejected on AWS"_s,
        .failedSeed = LegacyMysql,
        .cause = u"not in the Allow principals"_s,
        .shotCases = {{u"1-ready"_s, AwsReadyService, {}},
                      {u"2-principal"_s, NoPrincipals, {}},
                      {u"3-cross-region"_s, TokyoService, u"ap-northeast-1"_s},
                      {u"4-zones"_s, AwsFarZonesService, {}},
                      {u"5-not-visible"_s, ConfluentService, {}}},
        .checksShot = u"aws-checks"_s,
        .decisionShot = u"aws-accept"_s,
        .diagnosisShot = u"aws-diagnosis"_s,
        .diagnosisShotOf = LegacyMysql,
        .profileShot = u"profile-aws"_s,
    };
    return row;
}

const ProviderRow &alibaba()
{
    static const ProviderRow row{
        .id = u"alibaba"_s,
        .clusterId = HzPayments,
        .clusterConnections = 2,
        .account = [](test::ConsoleFixture &c) -> ProviderAccount * { return c.alibaba; },
        .useSandboxAccount = [](test::ConsoleFixture &c) { c.useSandboxAlibaba(); },
        .checksPageClass = "plc::AlibabaChecksPage",
        .decisionClass = "plc::AlibabaDecisionDialog",
        .diagnosisClass = "plc::AlibabaDiagnosisDialog",
        .addFarService = addAlibabaFarService,
        .leaveTidbOut = [](SandboxFixture &s) { return setAlibabaWhitelist(s, KafkaService, {}); },
        .liveName = u"kafka-hz-2"_s,
        .liveService = AlibabaPrefix + KafkaService,
        .principalFix = TidbAccount,
        .changeButton = u"alibabaAddUser"_s,
        .changeAction = u"AddUserToVpcEndpointService"_s,
        .pageCommands = u"aliyun privatelink AddUserToVpcEndpointService "
                        "--RegionId='cn-hangzhou' --ServiceId='%1' --UserId='%2'"_s.arg(
                            KafkaService, TidbAccount),
        .question = {u"--UserId='%1'"_s.arg(TidbAccount)},
        // The sandbox's account: a comment line names it, the command follows.
        .acceptCommand = u"aliyun privatelink EnableVpcEndpointConnection"_s,
        .acceptCommandComment = u"# The sandbox's Alibaba Cloud account at {endpoint}"_s,
        .progressAction = u"&Allow on Alibaba Cloud…"_s,
        .request = {TidbAccount, u"Status on Alibaba Cloud: Pending."_s},
        .accepted = u"Allowed on Alibaba Cloud"_s,
        .acceptAction = u"EnableVpcEndpointConnection"_s,
        .rejectAction = u"DisableVpcEndpointConnection"_s,
        .acceptText = u"Allow on Alibaba Cloud…"_s,
        .diagnoseText = u"Diagnose on Alibaba Cloud…"_s,
        .activeConnection = {},
        .pendingSeed = {},
        .pendingService = PaymentsService,
        .noAccount = u"Choose an Alibaba Cloud account"_s,
        .rejectWarning = u"cannot be allowed afterwards"_s,
        .rejected = u"Rejected on Alibaba Cloud"_s,
        .failedSeed = {},
        .cause = u"not in the Service Whitelist"_s,
        .shotCases = {{u"1-ready"_s, AlibabaPrefix + PaymentsService, {}},
                      {u"2-whitelist"_s, AlibabaPrefix + KafkaService, {}},
                      {u"3-zones"_s, AlibabaPrefix + FarService, {}}},
        .checksShot = u"alibaba-checks"_s,
        .decisionShot = u"alibaba-allow"_s,
        .diagnosisShot = u"alibaba-diagnosis"_s,
        .diagnosisShotOf = {},
        .profileShot = {},
    };
    return row;
}

const ProviderRow &providerRow(const QString &id)
{
    return id == aws().id ? aws() : alibaba();
}

/// A `provider` column with a row per provider.
void addProviderRows()
{
    QTest::addColumn<QString>("provider");
    for (const ProviderRow *row : {&aws(), &alibaba()})
        QTest::newRow(qPrintable(row->id)) << row->id;
}
} // namespace

class TestProviderLinkUi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleFixture> m_console;
    QString m_screen;

    /// The sandbox's mount of the provider, as the commands name it.
    QString endpoint(const ProviderRow &row) const
    {
        return m_console->sandbox->url().resolved(QUrl(u'/' + row.id + u'/')).toString();
    }

    QString withEndpoint(const ProviderRow &row, QString text) const
    {
        return text.replace(u"{endpoint}"_s, endpoint(row));
    }

    int sent(const QString &action) const
    {
        int count = 0;
        for (const RequestLogEntry &entry : m_console->client->requestLog()->entries())
            count += entry.path.endsWith(u' ' + action) ? 1 : 0;
        return count;
    }

    CreateConnectionWizard *openCreate(const ProviderRow &row)
    {
        if (!m_console->selectCluster(row.clusterId, row.clusterConnections))
            return nullptr;
        if (!QTest::qWaitFor(
                [this] { return !m_console->panel()->availabilityZones().accountId.isEmpty(); },
                10'000))
            return nullptr;
        return m_console->panel()->wizards()->openCreate();
    }

    /// Through the details to the provider's checks page, the checks done; null when the page
    /// is not the provider's.
    LinkChecksPage *toChecks(const ProviderRow &row, CreateConnectionWizard *wizard,
                             const QString &name, const QString &service,
                             const QString &crossRegion = {})
    {
        if (!next(wizard)->isEnabled())
            return nullptr;
        next(wizard)->click();
        type(wizard->findChild<QLineEdit *>(u"displayNameEdit"_s), name);
        type(wizard->findChild<QLineEdit *>(u"endpointServiceEdit"_s), service);
        if (!crossRegion.isEmpty())
            type(wizard->findChild<QLineEdit *>(u"serviceRegionEdit"_s), crossRegion);
        next(wizard)->click();
        auto *page = qobject_cast<LinkChecksPage *>(wizard->currentPage());
        if (!page || !page->inherits(row.checksPageClass) ||
            !QTest::qWaitFor(
                [&] {
                    return page->findChild<QPushButton *>(row.id + u"CheckAgain"_s)->isEnabled();
                },
                15'000))
            return nullptr;
        return page;
    }

    static QString rowText(const ProviderRow &row, QWidget *parent, LinkCheck::Kind kind)
    {
        for (QLabel *label : parent->findChild<LinkCheckList *>(row.id + u"CheckList"_s)->rows()) {
            if (label->objectName() == u"check%1"_s.arg(int(kind)))
                return label->text();
        }
        return {};
    }

    /// A new connection of the provider's cluster waiting for the owner, shown and selected.
    QString selectPending(const ProviderRow &row, const QString &serviceId, const QString &name)
    {
        if (!m_console->panel()->cluster() ||
            m_console->panel()->cluster()->clusterId != row.clusterId) {
            if (!m_console->selectCluster(row.clusterId, row.clusterConnections))
                return {};
        }
        const QString id = test::pendingAlibabaConnection(*m_console->sandbox, serviceId, name);
        if (id.isEmpty())
            return {};
        m_console->panel()->reloadAndSelect(id);
        if (!QTest::qWaitFor(
                [&] {
                    const PrivateLinkConnection *c = m_console->panel()->selectedConnection();
                    return c && c->privateLinkConnectionId == id &&
                           c->state.value == ConnectionState::PendingAcceptance;
                },
                10'000))
            return {};
        return id;
    }

    /// Selects a connection in Pending Acceptance: the seeded one, or a new one named `name`.
    bool selectAPending(const ProviderRow &row, const QString &name)
    {
        if (!row.pendingSeed.isEmpty())
            return m_console->selectConnection(row.pendingSeed);
        return !selectPending(row, row.pendingService, name).isEmpty();
    }

    /// The row's provider: its account acts on the sandbox's, as the console does in sandbox
    /// mode (the other provider's stays unconfigured).
    const ProviderRow &useProvider(const QString &id)
    {
        const ProviderRow &row = providerRow(id);
        row.useSandboxAccount(*m_console);
        return row;
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
        test::isolateSettings(u"tst_providerlinkui_"_s + m_screen);
    }

    void init()
    {
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->startFast());
    }

    void cleanup() { m_console.reset(); }

    void withoutAnAccountTheChecklistStays_data() { addProviderRows(); }

    /// With no account for the provider, the create wizard keeps its checklist of boxes to
    /// tick and has no checks page.
    void withoutAnAccountTheChecklistStays()
    {
        QFETCH(QString, provider);
        const ProviderRow &row = useProvider(provider);
        row.account(*m_console)->clear();
        auto *wizard = openCreate(row);
        QVERIFY(wizard);
        QVERIFY(!next(wizard)->isEnabled());
        QCOMPARE(wizard->page(CreateConnectionWizard::ProviderChecksPage), nullptr);
        QVERIFY(wizard->currentPage()->findChild<QCheckBox *>()->isVisible());
    }

    void liveChecksLetTidbCloudInOnceAndAcceptTheRequest_data() { addProviderRows(); }

    /// The live checks find TiDB Cloud's account left out, the change that lets it in is asked
    /// first (Cancel sends nothing) and sent once, and the request is accepted (allowed) once
    /// from the progress page.
    void liveChecksLetTidbCloudInOnceAndAcceptTheRequest()
    {
        QFETCH(QString, provider);
        const ProviderRow &row = useProvider(provider);
        if (row.leaveTidbOut)
            QVERIFY(row.leaveTidbOut(*m_console->sandbox));
        auto *wizard = openCreate(row);
        QVERIFY(wizard);
        // No boxes to tick: the console checks them itself.
        QVERIFY(next(wizard)->isEnabled());
        QVERIFY(!wizard->currentPage()->findChild<QCheckBox *>()->isVisible());
        LinkChecksPage *page = toChecks(row, wizard, row.liveName, row.liveService);
        QVERIFY(page);
        const QString principal = rowText(row, page, LinkCheck::Kind::Principal);
        QVERIFY2(principal.startsWith(u"✗"_s), qPrintable(principal));
        QVERIFY2(principal.contains(row.principalFix), qPrintable(principal));
        QVERIFY(rowText(row, page, LinkCheck::Kind::Zones).startsWith(u"✓"_s));
        QVERIFY(!next(wizard)->isEnabled());
        auto *add = page->findChild<QPushButton *>(row.changeButton);
        QVERIFY(add->isVisible());
        if (!row.pageCommands.isEmpty()) {
            QVERIFY(page->findChild<QPlainTextEdit *>(row.id + u"Commands"_s)
                        ->toPlainText()
                        .contains(row.pageCommands));
        }

        // Cancel changes nothing.
        add->click();
        auto *box = page->findChild<QMessageBox *>(row.changeButton + u"Confirm"_s);
        QVERIFY(box);
        for (const QString &text : row.question) {
            QVERIFY2(box->informativeText().contains(withEndpoint(row, text)),
                     qPrintable(box->informativeText()));
        }
        QVERIFY(test::showsPlainText(box));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(100);
        QCOMPARE(sent(row.changeAction), 0);

        add->click();
        box = page->findChild<QMessageBox *>(row.changeButton + u"Confirm"_s);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowText(row, page, LinkCheck::Kind::Principal).startsWith(u"✓"_s),
                                 15'000);
        QCOMPARE(sent(row.changeAction), 1);
        QCOMPARE(page->sendCount(), 1);
        QTRY_VERIFY(next(wizard)->isEnabled());
        QVERIFY(!add->isVisible());

        // Summary, create, and the request accepted (allowed) from the progress page.
        next(wizard)->click();
        QCOMPARE(wizard->currentId(), int(CreateConnectionWizard::SummaryPage));
        next(wizard)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateConnectionWizard::ProgressPage),
                                  10'000);
        if (!row.acceptCommand.isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QPlainTextEdit *>(u"acceptCommand"_s)
                                         ->toPlainText()
                                         .section(u'\n', 1, 1)
                                         .startsWith(row.acceptCommand),
                                     15'000);
        }
        if (!row.acceptCommandComment.isEmpty()) {
            QVERIFY(wizard->findChild<QPlainTextEdit *>(u"acceptCommand"_s)
                        ->toPlainText()
                        .startsWith(withEndpoint(row, row.acceptCommandComment)));
        }
        auto *action = wizard->findChild<QPushButton *>(u"providerSideAction"_s);
        QTRY_VERIFY_WITH_TIMEOUT(action->isVisible(), 15'000);
        if (!row.progressAction.isEmpty())
            QCOMPARE(action->text(), row.progressAction);
        action->click();
        auto *dialog = wizard->findChild<LinkDecisionDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->inherits(row.decisionClass));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->decideButton()->isEnabled(), 10'000);
        // The request as the provider shows it (`<id>Request`).
        QCOMPARE(dialog->findChild<QLabel *>(row.id + u"Request"_s), dialog->request());
        for (const QString &text : row.request) {
            QVERIFY2(dialog->request()->text().contains(text),
                     qPrintable(dialog->request()->text()));
        }
        QVERIFY(dialog->decideButton()->isDefault());
        dialog->decideButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->text().startsWith(row.accepted), 10'000);
        QCOMPARE(dialog->sendCount(), 1);
        QVERIFY(!dialog->decideButton()->isEnabled());
        QCOMPARE(sent(row.acceptAction), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->findChild<QLabel *>(u"progressState"_s)->text().contains(u"Active"_s), 15'000);
    }

    void eachFailureIsShown_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("crossRegion");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<bool>("blocks");
        const QString awsId = aws().id;
        QTest::newRow("aws: ready") << awsId << AwsReadyService << QString()
                                    << int(LinkCheck::Kind::Zones) << u"✓"_s << false;
        // (The details page itself refuses a service of another region unless it is named as
        // the cross-region one.)
        QTest::newRow("aws: cross-region") << awsId << TokyoService << u"ap-northeast-1"_s
                                           << int(LinkCheck::Kind::Zones) << u"ℹ"_s << false;
        QTest::newRow("aws: no zone in common") << awsId << AwsFarZonesService << QString()
                                                << int(LinkCheck::Kind::Zones) << u"✗"_s << true;
        QTest::newRow("aws: another account's") << awsId << ConfluentService << QString()
                                                << int(LinkCheck::Kind::Service) << u"?"_s << false;
        const QString alibabaId = alibaba().id;
        QTest::newRow("alibaba: ready") << alibabaId << AlibabaPrefix + PaymentsService << QString()
                                        << int(LinkCheck::Kind::Zones) << u"✓"_s << false;
        QTest::newRow("alibaba: must be allowed")
            << alibabaId << AlibabaPrefix + PaymentsService << QString()
            << int(LinkCheck::Kind::Acceptance) << u"ℹ"_s << false;
        QTest::newRow("alibaba: no zone in common")
            << alibabaId << AlibabaPrefix + FarService << QString() << int(LinkCheck::Kind::Zones)
            << u"✗"_s << true;
    }

    /// Each check's mark, and whether it stops Next.
    void eachFailureIsShown()
    {
        QFETCH(QString, provider);
        QFETCH(QString, service);
        QFETCH(QString, crossRegion);
        QFETCH(int, kind);
        QFETCH(QString, mark);
        QFETCH(bool, blocks);
        const ProviderRow &row = useProvider(provider);
        QVERIFY(row.addFarService(*m_console->sandbox));
        auto *wizard = openCreate(row);
        QVERIFY(wizard);
        LinkChecksPage *page = toChecks(row, wizard, u"checked"_s, service, crossRegion);
        QVERIFY(page);
        const QString text = rowText(row, page, LinkCheck::Kind(kind));
        QVERIFY2(text.startsWith(mark), qPrintable(text));
        QCOMPARE(next(wizard)->isEnabled(), !blocks);
    }

    void actionsNeedAnAccountAndRejectAsksFirst_data() { addProviderRows(); }

    /// Accept (Allow) needs the provider's account and a pending request, and says which
    /// account is missing; Reject asks in so many words (Cancel sends nothing), is sent once,
    /// and the connection then fails.
    void actionsNeedAnAccountAndRejectAsksFirst()
    {
        QFETCH(QString, provider);
        const ProviderRow &row = useProvider(provider);
        ConnectionActions *actions = m_console->panel()->actions();
        QVERIFY(m_console->selectCluster(row.clusterId, row.clusterConnections));
        if (!row.acceptText.isEmpty())
            QCOMPARE(actions->acceptRequest()->text(), row.acceptText);
        if (!row.diagnoseText.isEmpty())
            QCOMPARE(actions->diagnoseSide()->text(), row.diagnoseText);
        if (!row.activeConnection.isEmpty()) {
            QVERIFY(m_console->selectConnection(row.activeConnection));
            QVERIFY(!actions->acceptRequest()->isEnabled());
            QVERIFY(actions->acceptRequest()->toolTip().contains(u"Pending Acceptance"_s));
            QVERIFY(actions->diagnoseSide()->isEnabled());
        }
        QVERIFY(selectAPending(row, u"payments-2"_s));
        QVERIFY(actions->acceptRequest()->isEnabled());
        // The details pane offers it under the next step.
        auto *detailsAccept =
            m_console->panel()->findChild<QToolButton *>(u"detailsAcceptRequest"_s);
        QTRY_VERIFY(detailsAccept->isVisibleTo(m_console->panel()));
        row.account(*m_console)->clear();
        QVERIFY(!actions->acceptRequest()->isEnabled());
        QTRY_VERIFY(!detailsAccept->isVisibleTo(m_console->panel()));
        QVERIFY(actions->acceptRequest()->toolTip().contains(row.noAccount));
        QCOMPARE(m_console->panel()->wizards()->openDecision(true), nullptr);
        row.useSandboxAccount(*m_console);
        QVERIFY(actions->rejectRequest()->isEnabled());

        // Reject asks again in so many words before anything is sent; Cancel sends nothing.
        actions->rejectRequest()->trigger();
        auto *dialog =
            m_console->panel()->findChild<LinkDecisionDialog *>(row.id + u"RejectDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->inherits(row.decisionClass));
        QVERIFY(!dialog->decideButton()->isDefault());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->decideButton()->isEnabled(), 10'000);
        dialog->decideButton()->click();
        auto *box = dialog->findChild<QMessageBox *>(row.id + u"RejectConfirm"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(row.rejectWarning), qPrintable(box->text()));
        QVERIFY(test::showsPlainText(box));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(100);
        QCOMPARE(sent(row.rejectAction), 0);
        dialog->decideButton()->click();
        box = dialog->findChild<QMessageBox *>(row.id + u"RejectConfirm"_s);
        QVERIFY(box);
        QCOMPARE(sent(row.rejectAction), 0);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->text().startsWith(row.rejected), 10'000);
        QCOMPARE(sent(row.rejectAction), 1);
        QCOMPARE(dialog->sendCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_console->panel()->selectedConnection() &&
                                     m_console->panel()->selectedConnection()->state.value ==
                                         ConnectionState::Failed,
                                 15'000);
        dialog->close();
    }

    /// Alibaba Cloud: a request allowed from another window meanwhile is refused by Alibaba
    /// Cloud; the window reads it again and says what it is now, with nothing left to click.
    void aRequestNoLongerPendingIsNotDecided()
    {
        const ProviderRow &row = useProvider(alibaba().id);
        const QString id = selectPending(row, PaymentsService, u"payments-3"_s);
        QVERIFY(!id.isEmpty());
        auto *dialog =
            qobject_cast<LinkDecisionDialog *>(m_console->panel()->wizards()->openDecision(true));
        QVERIFY(dialog);
        QVERIFY(dialog->inherits(row.decisionClass));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->decideButton()->isEnabled(), 10'000);
        // Someone else allows it first, from a second window.
        auto *other =
            qobject_cast<LinkDecisionDialog *>(m_console->panel()->wizards()->openDecision(true));
        QVERIFY(other);
        QVERIFY(other->inherits(row.decisionClass));
        QTRY_VERIFY_WITH_TIMEOUT(other->decideButton()->isEnabled(), 10'000);
        other->decideButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(other->status()->text().startsWith(u"Allowed"_s), 10'000);
        other->close();
        // The first window's click is refused by Alibaba Cloud; the window reads the request
        // again and says what it is now, with nothing left to click.
        dialog->decideButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->text().contains(u"nothing to decide"_s), 10'000);
        QVERIFY2(dialog->status()->text().startsWith(u"The endpoint connection is no longer "
                                                     "waiting to be allowed"_s),
                 qPrintable(dialog->status()->text()));
        QVERIFY(!dialog->decideButton()->isEnabled());
        QCOMPARE(dialog->sendCount(), 1);
        QCOMPARE(sent(row.acceptAction), 2);
        dialog->close();
    }

    void diagnoseFindsTheCause_data() { addProviderRows(); }

    /// Diagnose on a failed connection names TiDB Cloud's account left out as the cause.
    void diagnoseFindsTheCause()
    {
        QFETCH(QString, provider);
        const ProviderRow &row = useProvider(provider);
        if (row.leaveTidbOut)
            QVERIFY(row.leaveTidbOut(*m_console->sandbox));
        QVERIFY(m_console->selectCluster(row.clusterId, row.clusterConnections));
        if (!row.failedSeed.isEmpty()) {
            QVERIFY(m_console->selectConnection(row.failedSeed));
        } else {
            // A new connection to the service TiDB Cloud's account is left out of: it fails.
            const QString id = test::pendingAlibabaConnection(*m_console->sandbox, KafkaService,
                                                              u"kafka-failed"_s);
            QVERIFY(!id.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(test::hzPaymentsConnectionState(*m_console->sandbox, id),
                                      u"FAILED"_s, 10'000);
            m_console->panel()->reloadAndSelect(id);
            QTRY_VERIFY_WITH_TIMEOUT(m_console->panel()->selectedConnection() &&
                                         m_console->panel()->selectedConnection()->state.value ==
                                             ConnectionState::Failed,
                                     10'000);
        }
        QTRY_VERIFY(!m_console->panel()->availabilityZones().accountId.isEmpty());
        QTRY_VERIFY(m_console->panel()
                        ->findChild<QToolButton *>(u"detailsDiagnoseSide"_s)
                        ->isVisibleTo(m_console->panel()));
        m_console->panel()->actions()->diagnoseSide()->trigger();
        auto *dialog = m_console->panel()->findChild<LinkDiagnosisDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->inherits(row.diagnosisClass));
        QSignalSpy diagnosed(dialog, &LinkDiagnosisDialog::diagnosed);
        QVERIFY(diagnosed.wait(15'000));
        QVERIFY2(dialog->cause()->text().contains(row.cause), qPrintable(dialog->cause()->text()));
        QVERIFY(rowText(row, dialog, LinkCheck::Kind::Principal).startsWith(u"✗"_s));

        // The cause is one the console fixes: asked first (Cancel sends nothing), sent once,
        // then checked again.
        QPushButton *fix = dialog->fixButton();
        QVERIFY(fix->isVisible());
        const QString confirmName = fix->objectName() + u"Confirm"_s;
        fix->click();
        auto *box = dialog->findChild<QMessageBox *>(confirmName);
        QVERIFY(box);
        QVERIFY(test::showsPlainText(box));
        QVERIFY2(box->informativeText().contains(row.question.first()),
                 qPrintable(box->informativeText()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!dialog->findChild<QMessageBox *>(confirmName));
        QCOMPARE(sent(row.changeAction), 0);
        fix->click();
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(confirmName)));
        box->button(QMessageBox::Yes)->click();
        QVERIFY(diagnosed.wait(15'000));
        QCOMPARE(sent(row.changeAction), 1);
        QVERIFY2(rowText(row, dialog, LinkCheck::Kind::Principal).startsWith(u"✓"_s),
                 qPrintable(rowText(row, dialog, LinkCheck::Kind::Principal)));
        QVERIFY(!fix->isVisible());
        dialog->close();
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("language");
        for (const ProviderRow *row : {&aws(), &alibaba()}) {
            for (const QString &language : LanguageManager::availableLanguages())
                QTest::addRow("%s: %s", qPrintable(row->id), qPrintable(language))
                    << row->id << language;
        }
    }

    /// The checks page for each service case, the decision and the diagnosis windows, in each
    /// language, with nothing cut off.
    void screenshots()
    {
        QFETCH(QString, provider);
        QFETCH(QString, language);
        const ProviderRow &row = useProvider(provider);
        QVERIFY(m_console->languages->setLanguage(language));
        QVERIFY(row.addFarService(*m_console->sandbox));
        if (row.leaveTidbOut)
            QVERIFY(row.leaveTidbOut(*m_console->sandbox));
        for (const auto &[name, service, crossRegion] : row.shotCases) {
            auto *wizard = openCreate(row);
            QVERIFY(wizard);
            QVERIFY(toChecks(row, wizard, u"shown"_s, service, crossRegion));
            QVERIFY(shot(wizard, row.checksShot, name + u'-' + language));
            wizard->reject();
            QTest::qWait(50);
        }
        QVERIFY(selectAPending(row, u"payments-shot"_s));
        auto *decision =
            qobject_cast<LinkDecisionDialog *>(m_console->panel()->wizards()->openDecision(true));
        QVERIFY(decision);
        QVERIFY(decision->inherits(row.decisionClass));
        QTRY_VERIFY_WITH_TIMEOUT(decision->decideButton()->isEnabled(), 10'000);
        QVERIFY(shot(decision, row.decisionShot, language));
        decision->close();
        if (!row.diagnosisShotOf.isEmpty())
            QVERIFY(m_console->selectConnection(row.diagnosisShotOf));
        auto *diagnosis =
            qobject_cast<LinkDiagnosisDialog *>(m_console->panel()->wizards()->openDiagnosis());
        QVERIFY(diagnosis);
        QVERIFY(diagnosis->inherits(row.diagnosisClass));
        QSignalSpy diagnosed(diagnosis, &LinkDiagnosisDialog::diagnosed);
        QVERIFY(diagnosed.wait(15'000));
        QVERIFY(shot(diagnosis, row.diagnosisShot, language));
        diagnosis->close();

        if (!row.profileShot.isEmpty()) {
            ProfileStore profiles;
            SecretStore secrets;
            ProfileDialog dialog(&profiles, &secrets);
            dialog.findChild<QPushButton *>(u"newButton"_s)->click();
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(shot(&dialog, row.profileShot, language));
        }
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestProviderLinkUi)
#include "tst_providerlinkui.moc"
