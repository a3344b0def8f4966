// The Alibaba Cloud side in the window, offscreen against the sandbox's PrivateLink and STS:
// the create wizard's live checks and TiDB Cloud's account added to the Service Whitelist
// once, Allow and Reject on Alibaba Cloud (sent once, the request's status in Alibaba Cloud's
// words), Diagnose on Alibaba Cloud, and screenshots of each in three languages. Runs once on
// a desktop screen and once on a 1280×720 one.
#include "ConsoleFixture.h"
#include "SeedIds.h"
#include "WizardDriver.h"

#include "api/RequestLog.h"
#include "ui/ConnectionActions.h"
#include "ui/ConnectionWizards.h"
#include "ui/providers/LinkCheckList.h"
#include "ui/providers/alibaba/AlibabaChecksPage.h"
#include "ui/providers/alibaba/AlibabaDecisionDialog.h"
#include "ui/providers/alibaba/AlibabaDiagnosisDialog.h"
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

using namespace Qt::StringLiterals;
using namespace plc;
using plc::test::next;
using plc::test::type;
using namespace plc::test::seed;

namespace {
const QString Prefix = u"com.aliyuncs.privatelink.cn-hangzhou."_s;
const QString PaymentsService = u"epsrv-bp1c2d3e4f5g6h7i8"_s; // whitelist has TiDB Cloud's
const QString KafkaService = u"epsrv-bp1k9m8n7b6v5c4x3"_s;    // zone k only
const QString FarService = u"epsrv-bp1h0h0h0h0h0h0h0"_s;      // added: zone h only
const QString TidbAccount = u"5548313946124153"_s;
} // namespace

class TestAlibabaLinkUi final : public QObject
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

    bool setWhitelist(const QString &serviceId, const QJsonArray &accounts)
    {
        return m_console->sandbox
            ->request(
                "POST",
                u"/sandbox/v1/endpointServices/%1%2:setAllowedPrincipals"_s.arg(Prefix, serviceId),
                QJsonObject{{u"allowedPrincipals"_s, accounts}})
            .ok();
    }

    bool addFarService()
    {
        return m_console->sandbox
            ->request("POST", u"/sandbox/v1/endpointServices"_s,
                      QJsonObject{{u"name"_s, Prefix + FarService},
                                  {u"availabilityZoneIds"_s, QJsonArray{u"cn-hangzhou-h"_s}},
                                  {u"allowedPrincipals"_s, QJsonArray{TidbAccount}},
                                  {u"owner"_s, u"USER"_s}})
            .ok();
    }

    CreateConnectionWizard *openCreate()
    {
        if (!m_console->selectCluster(HzPayments, 2))
            return nullptr;
        if (!QTest::qWaitFor(
                [this] { return !m_console->panel()->availabilityZones().accountId.isEmpty(); },
                10'000))
            return nullptr;
        return m_console->panel()->wizards()->openCreate();
    }

    /// Through the details to the Alibaba Cloud checks page, the checks done.
    AlibabaChecksPage *toChecks(CreateConnectionWizard *wizard, const QString &name,
                                const QString &serviceId)
    {
        if (!next(wizard)->isEnabled())
            return nullptr;
        next(wizard)->click();
        type(wizard->findChild<QLineEdit *>(u"displayNameEdit"_s), name);
        type(wizard->findChild<QLineEdit *>(u"endpointServiceEdit"_s), Prefix + serviceId);
        next(wizard)->click();
        auto *page = qobject_cast<AlibabaChecksPage *>(wizard->currentPage());
        if (!page ||
            !QTest::qWaitFor(
                [page] {
                    return page->findChild<QPushButton *>(u"alibabaCheckAgain"_s)->isEnabled();
                },
                15'000))
            return nullptr;
        return page;
    }

    static QString rowText(QWidget *parent, LinkCheck::Kind kind)
    {
        for (QLabel *row : parent->findChild<LinkCheckList *>(u"alibabaCheckList"_s)->rows()) {
            if (row->objectName() == u"check%1"_s.arg(int(kind)))
                return row->text();
        }
        return {};
    }

    /// A new connection of HzPayments waiting for the owner, shown and selected.
    QString selectPending(const QString &serviceId, const QString &name)
    {
        if (!m_console->panel()->cluster() ||
            m_console->panel()->cluster()->clusterId != HzPayments) {
            if (!m_console->selectCluster(HzPayments, 2))
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
        test::isolateSettings(u"tst_alibabalinkui_"_s + m_screen);
    }

    void init()
    {
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->startFast());
        m_console->useSandboxAlibaba();
    }

    void cleanup() { m_console.reset(); }

    void withoutAnAccountTheChecklistStays()
    {
        m_console->alibaba->clear();
        auto *wizard = openCreate();
        QVERIFY(wizard);
        QVERIFY(!next(wizard)->isEnabled());
        QCOMPARE(wizard->page(CreateConnectionWizard::ProviderChecksPage), nullptr);
        QVERIFY(wizard->currentPage()->findChild<QCheckBox *>()->isVisible());
    }

    void liveChecksAddTheAccountOnceAndAllowTheRequest()
    {
        QVERIFY(setWhitelist(KafkaService, {}));
        auto *wizard = openCreate();
        QVERIFY(wizard);
        // No boxes to tick: the console checks them itself.
        QVERIFY(next(wizard)->isEnabled());
        QVERIFY(!wizard->currentPage()->findChild<QCheckBox *>()->isVisible());
        AlibabaChecksPage *page = toChecks(wizard, u"kafka-hz-2"_s, KafkaService);
        QVERIFY(page);
        const QString whitelist = rowText(page, LinkCheck::Kind::Principal);
        QVERIFY2(whitelist.startsWith(u"✗"_s), qPrintable(whitelist));
        QVERIFY(whitelist.contains(TidbAccount));
        QVERIFY(rowText(page, LinkCheck::Kind::Zones).startsWith(u"✓"_s));
        QVERIFY(!next(wizard)->isEnabled());
        auto *add = page->findChild<QPushButton *>(u"alibabaAddUser"_s);
        QVERIFY(add->isVisible());
        QVERIFY(page->findChild<QPlainTextEdit *>(u"alibabaCommands"_s)
                    ->toPlainText()
                    .contains(u"aliyun privatelink AddUserToVpcEndpointService "
                              "--RegionId='cn-hangzhou' --ServiceId='%1' --UserId='%2'"_s.arg(
                                  KafkaService, TidbAccount)));

        // Cancel changes nothing.
        add->click();
        auto *box = page->findChild<QMessageBox *>(u"alibabaAddUserConfirm"_s);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"--UserId='%1'"_s.arg(TidbAccount)));
        QVERIFY(test::showsPlainText(box));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(100);
        QCOMPARE(sent(u"AddUserToVpcEndpointService"_s), 0);

        add->click();
        box = page->findChild<QMessageBox *>(u"alibabaAddUserConfirm"_s);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowText(page, LinkCheck::Kind::Principal).startsWith(u"✓"_s),
                                 15'000);
        QCOMPARE(sent(u"AddUserToVpcEndpointService"_s), 1);
        QCOMPARE(page->sendCount(), 1);
        QTRY_VERIFY(next(wizard)->isEnabled());
        QVERIFY(!add->isVisible());

        // Summary, create, and the request allowed from the progress page.
        next(wizard)->click();
        QCOMPARE(wizard->currentId(), int(CreateConnectionWizard::SummaryPage));
        next(wizard)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CreateConnectionWizard::ProgressPage),
                                  10'000);
        // The sandbox's account: a comment line names it, the command follows.
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->findChild<QPlainTextEdit *>(u"acceptCommand"_s)
                ->toPlainText()
                .section(u'\n', 1, 1)
                .startsWith(u"aliyun privatelink EnableVpcEndpointConnection"_s),
            15'000);
        QVERIFY(
            wizard->findChild<QPlainTextEdit *>(u"acceptCommand"_s)
                ->toPlainText()
                .startsWith(u"# The sandbox's Alibaba Cloud account at "_s +
                            m_console->sandbox->url().resolved(QUrl(u"/alibaba/"_s)).toString()));
        auto *action = wizard->findChild<QPushButton *>(u"providerSideAction"_s);
        QTRY_VERIFY_WITH_TIMEOUT(action->isVisible(), 15'000);
        QCOMPARE(action->text(), u"&Allow on Alibaba Cloud…"_s);
        action->click();
        auto *dialog = wizard->findChild<AlibabaDecisionDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->decideButton()->isEnabled(), 10'000);
        QVERIFY2(dialog->request()->text().contains(TidbAccount),
                 qPrintable(dialog->request()->text()));
        QVERIFY(dialog->request()->text().contains(u"Status on Alibaba Cloud: Pending."_s));
        QVERIFY(dialog->decideButton()->isDefault());
        dialog->decideButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status()->text().startsWith(u"Allowed on Alibaba Cloud"_s),
                                 10'000);
        QCOMPARE(dialog->sendCount(), 1);
        QVERIFY(!dialog->decideButton()->isEnabled());
        QCOMPARE(sent(u"EnableVpcEndpointConnection"_s), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->findChild<QLabel *>(u"progressState"_s)->text().contains(u"Active"_s), 15'000);
    }

    void eachFailureIsShown_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mark");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("ready") << PaymentsService << int(LinkCheck::Kind::Zones) << u"✓"_s << false;
        QTest::newRow("must be allowed")
            << PaymentsService << int(LinkCheck::Kind::Acceptance) << u"ℹ"_s << false;
        QTest::newRow("no zone in common")
            << FarService << int(LinkCheck::Kind::Zones) << u"✗"_s << true;
    }

    void eachFailureIsShown()
    {
        QFETCH(QString, service);
        QFETCH(int, kind);
        QFETCH(QString, mark);
        QFETCH(bool, blocks);
        QVERIFY(addFarService());
        auto *wizard = openCreate();
        QVERIFY(wizard);
        AlibabaChecksPage *page = toChecks(wizard, u"checked"_s, service);
        QVERIFY(page);
        const QString row = rowText(page, LinkCheck::Kind(kind));
        QVERIFY2(row.startsWith(mark), qPrintable(row));
        QCOMPARE(next(wizard)->isEnabled(), !blocks);
    }

    void actionsSpeakAlibabaCloudAndRejectAsksFirst()
    {
        ConnectionActions *actions = m_console->panel()->actions();
        QVERIFY(m_console->selectCluster(HzPayments, 2));
        QCOMPARE(actions->acceptRequest()->text(), u"Allow on Alibaba Cloud…"_s);
        QCOMPARE(actions->diagnoseSide()->text(), u"Diagnose on Alibaba Cloud…"_s);
        const QString id = selectPending(PaymentsService, u"payments-2"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(actions->acceptRequest()->isEnabled());
        auto *detailsAccept =
            m_console->panel()->findChild<QToolButton *>(u"detailsAcceptRequest"_s);
        QTRY_VERIFY(detailsAccept->isVisibleTo(m_console->panel()));
        m_console->alibaba->clear();
        QVERIFY(!actions->acceptRequest()->isEnabled());
        QVERIFY(actions->acceptRequest()->toolTip().contains(u"Choose an Alibaba Cloud account"_s));
        QCOMPARE(m_console->panel()->wizards()->openDecision(true), nullptr);
        m_console->useSandboxAlibaba();
        QVERIFY(actions->rejectRequest()->isEnabled());

        // Reject asks in so many words; Cancel sends nothing.
        actions->rejectRequest()->trigger();
        auto *dialog =
            m_console->panel()->findChild<AlibabaDecisionDialog *>(u"alibabaRejectDialog"_s);
        QVERIFY(dialog);
        QVERIFY(!dialog->decideButton()->isDefault());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->decideButton()->isEnabled(), 10'000);
        dialog->decideButton()->click();
        auto *box = dialog->findChild<QMessageBox *>(u"alibabaRejectConfirm"_s);
        QVERIFY(box);
        QVERIFY(test::showsPlainText(box));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(100);
        QCOMPARE(sent(u"DisableVpcEndpointConnection"_s), 0);
        dialog->decideButton()->click();
        box = dialog->findChild<QMessageBox *>(u"alibabaRejectConfirm"_s);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->status()->text().startsWith(u"Rejected on Alibaba Cloud"_s), 10'000);
        QCOMPARE(sent(u"DisableVpcEndpointConnection"_s), 1);
        QCOMPARE(dialog->sendCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_console->panel()->selectedConnection() &&
                                     m_console->panel()->selectedConnection()->state.value ==
                                         ConnectionState::Failed,
                                 15'000);
        dialog->close();
    }

    void aRequestNoLongerPendingIsNotDecided()
    {
        const QString id = selectPending(PaymentsService, u"payments-3"_s);
        QVERIFY(!id.isEmpty());
        auto *dialog = qobject_cast<AlibabaDecisionDialog *>(
            m_console->panel()->wizards()->openDecision(true));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->decideButton()->isEnabled(), 10'000);
        // Someone else allows it first, from a second window.
        auto *other = qobject_cast<AlibabaDecisionDialog *>(
            m_console->panel()->wizards()->openDecision(true));
        QVERIFY(other);
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
        QCOMPARE(sent(u"EnableVpcEndpointConnection"_s), 2);
        dialog->close();
    }

    void diagnoseFindsTheCause()
    {
        QVERIFY(setWhitelist(KafkaService, {}));
        QVERIFY(m_console->selectCluster(HzPayments, 2));
        const QString id =
            test::pendingAlibabaConnection(*m_console->sandbox, KafkaService, u"kafka-failed"_s);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(test::hzPaymentsConnectionState(*m_console->sandbox, id),
                                  u"FAILED"_s, 10'000);
        m_console->panel()->reloadAndSelect(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_console->panel()->selectedConnection() &&
                                     m_console->panel()->selectedConnection()->state.value ==
                                         ConnectionState::Failed,
                                 10'000);
        QTRY_VERIFY(!m_console->panel()->availabilityZones().accountId.isEmpty());
        QTRY_VERIFY(m_console->panel()
                        ->findChild<QToolButton *>(u"detailsDiagnoseSide"_s)
                        ->isVisibleTo(m_console->panel()));
        m_console->panel()->actions()->diagnoseSide()->trigger();
        auto *dialog = m_console->panel()->findChild<AlibabaDiagnosisDialog *>();
        QVERIFY(dialog);
        QSignalSpy diagnosed(dialog, &AlibabaDiagnosisDialog::diagnosed);
        QVERIFY(diagnosed.wait(15'000));
        QVERIFY2(dialog->cause()->text().contains(u"not in the Service Whitelist"_s),
                 qPrintable(dialog->cause()->text()));
        QVERIFY(rowText(dialog, LinkCheck::Kind::Principal).startsWith(u"✗"_s));
        dialog->close();
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("ja_JP") << u"ja_JP"_s;
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QVERIFY(m_console->languages->setLanguage(language));
        QVERIFY(addFarService());
        QVERIFY(setWhitelist(KafkaService, {}));
        const QList<std::pair<QString, QString>> cases{{u"1-ready"_s, PaymentsService},
                                                       {u"2-whitelist"_s, KafkaService},
                                                       {u"3-zones"_s, FarService}};
        for (const auto &[name, service] : cases) {
            auto *wizard = openCreate();
            QVERIFY(wizard);
            QVERIFY(toChecks(wizard, u"shown"_s, service));
            QVERIFY(shot(wizard, u"alibaba-checks"_s, name + u'-' + language));
            wizard->reject();
            QTest::qWait(50);
        }
        QVERIFY(!selectPending(PaymentsService, u"payments-shot"_s).isEmpty());
        auto *allow = qobject_cast<AlibabaDecisionDialog *>(
            m_console->panel()->wizards()->openDecision(true));
        QVERIFY(allow);
        QTRY_VERIFY_WITH_TIMEOUT(allow->decideButton()->isEnabled(), 10'000);
        QVERIFY(shot(allow, u"alibaba-allow"_s, language));
        allow->close();
        auto *diagnosis =
            qobject_cast<AlibabaDiagnosisDialog *>(m_console->panel()->wizards()->openDiagnosis());
        QVERIFY(diagnosis);
        QSignalSpy diagnosed(diagnosis, &AlibabaDiagnosisDialog::diagnosed);
        QVERIFY(diagnosed.wait(15'000));
        QVERIFY(shot(diagnosis, u"alibaba-diagnosis"_s, language));
        diagnosis->close();
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestAlibabaLinkUi)
#include "tst_alibabalinkui.moc"
