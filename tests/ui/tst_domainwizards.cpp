// Attach Domains, Detach Domains and Delete, driven offscreen against the sandbox.
#include "SeedIds.h"
#include "WizardDriver.h"

#include "domain/DomainNames.h"
#include "ui/ConnectionActions.h"
#include "ui/ConnectionWizards.h"
#include "ui/wizards/AttachDomainsWizard.h"
#include "ui/wizards/AttachPreviewPage.h"
#include "ui/wizards/DeleteConnectionWizard.h"
#include "ui/wizards/DetachDomainsWizard.h"
#include "ui/wizards/DomainsProgressPage.h"
#include "ui/wizards/RemovalProgressPage.h"

#include "models/ConnectionFeed.h"
#include "models/ConnectionTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using plc::test::next;
using plc::test::type;

using test::seed::ConfluentEvents;
using test::seed::ConfluentGroup;
using test::seed::HzPayments;
using test::seed::LegacyMysql;
using test::seed::OrdersProd;
using test::seed::OrdersRds;
using test::seed::PolardbPayments;
using test::seed::TokyoWeb;

class TestDomainWizards final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleFixture> m_console;

    /// Selects the connection (its domains read) in the cluster.
    bool select(const QString &clusterId, int connections, const QString &connectionId)
    {
        return m_console->selectCluster(clusterId, connections) &&
               m_console->selectConnection(connectionId);
    }

    QJsonObject getConnection(const QString &clusterId, const QString &id)
    {
        return m_console->sandbox
            ->request("GET", u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(clusterId, id))
            .json;
    }

    QJsonObject group(const QJsonObject &connection, const QString &uniqueName)
    {
        for (const auto &value : connection.value(u"attachedDomains"_s).toArray()) {
            if (value.toObject().value(u"uniqueName"_s).toString() == uniqueName)
                return value.toObject();
        }
        return {};
    }

    static QStringList listed(QListWidget *list)
    {
        QStringList items;
        for (int i = 0; i < list->count(); ++i)
            items.append(list->item(i)->text());
        return items;
    }

    /// From the type page to the preview, the dry run answered.
    static bool toPreview(AttachDomainsWizard *wizard)
    {
        if (!next(wizard)->isEnabled())
            return false;
        next(wizard)->click();
        auto *preview = qobject_cast<AttachPreviewPage *>(wizard->currentPage());
        return preview &&
               QTest::qWaitFor([&] { return wizard->context().preview.has_value(); }, 10'000);
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(u"tst_domainwizards"_s); }

    void init()
    {
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->startFast());
    }

    void cleanup()
    {
        QVERIFY(m_console->sandbox->contractViolations().isEmpty());
        m_console.reset();
    }

    void managedDomainsDryRunThenAttach()
    {
        QVERIFY(select(OrdersProd, 4, OrdersRds));
        m_console->panel()->actions()->attach()->trigger();
        auto *wizard = m_console->panel()->findChild<AttachDomainsWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->findChild<QRadioButton *>(u"managedRadio"_s)->isChecked());
        QVERIFY(toPreview(wizard));
        const AttachDomain preview = *wizard->context().preview;
        QVERIFY(DomainNames::isValidManagedUniqueName(preview.uniqueName));
        // One domain per zone of the cluster, under the generated unique name.
        const QStringList domains = listed(wizard->findChild<QListWidget *>(u"previewDomains"_s));
        QCOMPARE(
            domains,
            DomainNames::managedDomains(
                preview.uniqueName, u"aws"_s,
                m_console->panel()->selectedConnection()->endpointService.availabilityZoneIds));
        const QString command =
            wizard->findChild<QPlainTextEdit *>(u"attachCommand"_s)->toPlainText();
        QVERIFY2(command.contains(u"--type 'TIDBCLOUD_MANAGED' --dry-run"_s), qPrintable(command));
        QVERIFY(command.contains(u"--unique-name '"_s + preview.uniqueName + u'\''));
        // Nothing is attached by the dry run.
        QVERIFY(group(getConnection(OrdersProd, OrdersRds), preview.uniqueName).isEmpty());

        const qsizetype before = m_console->client->requestLog()->entries().size();
        next(wizard)->click(); // Attach Domains
        QTRY_COMPARE(wizard->currentId(), int(AttachDomainsWizard::ProgressPage));
        auto *progress = qobject_cast<DomainsProgressPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(progress->allActive(), 15'000);
        QCOMPARE(test::sentSince(*m_console->client, before, "POST"), 1);
        const QJsonObject attached =
            group(getConnection(OrdersProd, OrdersRds), preview.uniqueName);
        QCOMPARE(attached.value(u"type"_s).toString(), u"TIDBCLOUD_MANAGED"_s);
        for (const auto &domain : attached.value(u"domains"_s).toArray())
            QCOMPARE(domain.toObject().value(u"state"_s).toString(), u"ACTIVE"_s);
        QVERIFY(wizard->findChild<QLabel *>(u"domainsExplanation"_s)
                    ->text()
                    .contains(u"advertised listeners"_s));
        wizard->close();
    }

    void confluentUniqueNameFromTheSubdomainThenAttach()
    {
        QVERIFY(select(OrdersProd, 4, OrdersRds));
        auto *wizard = m_console->panel()->wizards()->openAttach();
        QVERIFY(wizard);
        wizard->findChild<QRadioButton *>(u"confluentRadio"_s)->setChecked(true);
        QVERIFY(!next(wizard)->isEnabled()); // a unique name is needed
        type(wizard->findChild<QLineEdit *>(u"confluentSubdomainEdit"_s),
             u"use1-az2.lkc7q2z9xw.us-east-1.aws.confluent.cloud"_s);
        QCOMPARE(wizard->findChild<QLineEdit *>(u"uniqueNameEdit"_s)->text(),
                 u"lkc7q2z9xw.us-east-1"_s);
        QVERIFY(toPreview(wizard));
        QCOMPARE(wizard->context().preview->uniqueName, u"lkc7q2z9xw.us-east-1"_s);
        QVERIFY(listed(wizard->findChild<QListWidget *>(u"previewDomains"_s))
                    .contains(u"*.lkc7q2z9xw.us-east-1.aws.confluent.cloud"_s));
        next(wizard)->click();
        QTRY_COMPARE(wizard->currentId(), int(AttachDomainsWizard::ProgressPage));
        auto *progress = qobject_cast<DomainsProgressPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(progress->allActive(), 15'000);
        QCOMPARE(group(getConnection(OrdersProd, OrdersRds), u"lkc7q2z9xw.us-east-1"_s)
                     .value(u"type"_s)
                     .toString(),
                 u"CONFLUENT"_s);
        wizard->close();
    }

    void badConfluentInputIsExplained_data()
    {
        QTest::addColumn<QString>("uniqueName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << u"Enter the unique name"_s;
        QTest::newRow("whitespace") << u" "_s << u"network ID and its AWS region"_s;
        QTest::newRow("no region") << u"lkc7q2z9xw"_s << u"network ID and its AWS region"_s;
        QTest::newRow("other region") << u"lkc7q2z9xw.us-west-2"_s << u"is in us-west-2"_s;
        QTest::newRow("look-alike dot")
            << u"lkc7q2z9xw．us-east-1"_s << u"network ID and its AWS region"_s;
        QTest::newRow("already attached") << u"domnprzqrog.us-east-1"_s << u"already attached"_s;
    }

    void badConfluentInputIsExplained()
    {
        QFETCH(QString, uniqueName);
        QFETCH(QString, expected);
        QVERIFY(select(OrdersProd, 4, ConfluentEvents));
        auto *wizard = m_console->panel()->wizards()->openAttach();
        QVERIFY(wizard);
        wizard->findChild<QRadioButton *>(u"confluentRadio"_s)->setChecked(true);
        auto *edit = wizard->findChild<QLineEdit *>(u"uniqueNameEdit"_s);
        type(edit, uniqueName.isEmpty() ? u"x"_s : uniqueName);
        if (uniqueName.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        auto *problem = wizard->findChild<QLabel *>(u"uniqueNameProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(expected), qPrintable(problem->text()));
        QVERIFY(!next(wizard)->isEnabled());
        // The helper explains a pasted text that is not a subdomain.
        type(wizard->findChild<QLineEdit *>(u"confluentSubdomainEdit"_s), u"kafka.example.com"_s);
        QVERIFY(wizard->findChild<QLabel *>(u"subdomainProblem"_s)->isVisible());
        wizard->close();
    }

    void anAlibabaConnectionOffersOnlyManagedDomains()
    {
        QVERIFY(select(HzPayments, 2, PolardbPayments));
        auto *wizard = m_console->panel()->wizards()->openAttach();
        QVERIFY(wizard);
        QVERIFY(wizard->findChild<QRadioButton *>(u"managedRadio"_s));
        QVERIFY(!wizard->findChild<QRadioButton *>(u"confluentRadio"_s));
        QVERIFY(wizard->findChild<QLabel *>(u"confluentUnavailable"_s)
                    ->text()
                    .contains(u"AWS Endpoint Service"_s));
        QVERIFY(toPreview(wizard));
        for (const Domain &domain : wizard->context().preview->domains)
            QVERIFY2(domain.name.endsWith(u".alicloud.plc.tidbcloud.com"_s),
                     qPrintable(domain.name));
        wizard->close();
    }

    void aFailedDryRunBlocksTheAttachUntilRetried()
    {
        QVERIFY(select(OrdersProd, 4, OrdersRds));
        auto *wizard = m_console->panel()->wizards()->openAttach();
        QVERIFY(
            test::setFault(*m_console->sandbox,
                           {{u"status"_s, 400}, {u"method"_s, u"POST"_s}, {u"remaining"_s, 1}}));
        next(wizard)->click();
        auto *bar = wizard->findChild<MessageBar *>(u"previewMessageBar"_s);
        QTRY_VERIFY(bar->text().contains(u"dry run did not succeed"_s));
        QVERIFY(!next(wizard)->isEnabled());
        QVERIFY(test::clickBarButton(bar));
        QTRY_VERIFY(wizard->context().preview.has_value());
        QVERIFY(next(wizard)->isEnabled());
        // The attach itself is refused: shown, kept, sent once.
        QVERIFY(
            test::setFault(*m_console->sandbox,
                           {{u"status"_s, 409}, {u"method"_s, u"POST"_s}, {u"remaining"_s, 1}}));
        const qsizetype before = m_console->client->requestLog()->entries().size();
        next(wizard)->click();
        auto *attachBar = wizard->findChild<MessageBar *>(u"attachMessageBar"_s);
        QTRY_VERIFY(attachBar->text().contains(u"were not attached"_s));
        QCOMPARE(wizard->currentId(), int(AttachDomainsWizard::PreviewPage));
        QCOMPARE(test::sentSince(*m_console->client, before, "POST"), 1);
        wizard->close();
    }

    void detachFollowsUntilTheGroupIsGone()
    {
        QVERIFY(select(OrdersProd, 4, ConfluentEvents));
        m_console->panel()->actions()->detach()->trigger();
        auto *wizard = m_console->panel()->findChild<DetachDomainsWizard *>();
        QVERIFY(wizard);
        auto *groups = wizard->findChild<QListWidget *>(u"domainGroups"_s);
        QTRY_COMPARE(groups->count(), 1);
        QVERIFY(groups->currentItem()); // the only group is picked
        QVERIFY(groups->currentItem()->text().contains(ConfluentGroup));
        QVERIFY(wizard->findChild<QLabel *>(u"pickedDomains"_s)
                    ->text()
                    .contains(u"*.use1-az4.domnprzqrog.us-east-1.aws.confluent.cloud"_s));
        next(wizard)->click();
        const QString consequence = wizard->findChild<QLabel *>(u"detachConsequence"_s)->text();
        QVERIFY(consequence.contains(u"*.domnprzqrog.us-east-1.aws.confluent.cloud"_s));
        QVERIFY(consequence.contains(u"no longer resolve"_s));
        // The Kafka changefeed through the connection is named before anything is sent.
        QVERIFY2(consequence.contains(u"These Kafka changefeeds run through this connection"_s),
                 qPrintable(consequence));
        QVERIFY(consequence.contains(u"orders-to-confluent (Running), port 9092"_s));
        QVERIFY(wizard->findChild<QPlainTextEdit *>(u"detachCommand"_s)
                    ->toPlainText()
                    .contains(u"--attach-domain-id '"_s + ConfluentGroup + u'\''));
        next(wizard)->click(); // Detach Domains
        QTRY_COMPARE(wizard->currentId(), int(DetachDomainsWizard::ProgressPage));
        auto *progress = qobject_cast<RemovalProgressPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(progress->isRemoved(), 15'000);
        QVERIFY(getConnection(OrdersProd, ConfluentEvents)
                    .value(u"attachedDomains"_s)
                    .toArray()
                    .isEmpty());
        wizard->close();
    }

    void deleteNeedsTheNameAndFollowsUntilGone()
    {
        QVERIFY(select(OrdersProd, 4, ConfluentEvents));
        m_console->panel()->actions()->remove()->trigger();
        auto *wizard = m_console->panel()->findChild<DeleteConnectionWizard *>();
        QVERIFY(wizard);
        auto *dependents = wizard->findChild<QLabel *>(u"deleteDependents"_s);
        QTRY_VERIFY(dependents->text().contains(u"1 attached domain group"_s));
        QVERIFY2(dependents->text().contains(u"4 in all"_s), qPrintable(dependents->text()));
        // The changefeed through it, read again as the page opened, with its state.
        QTRY_VERIFY2(dependents->text().contains(u"1 changefeed runs through it and fails"_s),
                     qPrintable(dependents->text()));
        QVERIFY(
            dependents->text().contains(u"orders-to-confluent — Running, Kafka on port 9092"_s));
        QVERIFY(wizard->findChild<QPlainTextEdit *>(u"deleteCommand"_s)
                    ->toPlainText()
                    .contains(u"delete --cluster-id '"_s + OrdersProd + u'\''));
        auto *confirm = wizard->findChild<QLineEdit *>(u"deleteConfirmEdit"_s);
        auto *acknowledge = wizard->findChild<QCheckBox *>(u"deleteAcknowledgeChangefeeds"_s);
        QVERIFY(acknowledge->isVisible());
        QVERIFY(!next(wizard)->isEnabled());
        type(confirm, u"confluent-event"_s);
        QVERIFY(!next(wizard)->isEnabled());
        QVERIFY(wizard->findChild<QLabel *>(u"confirmProblem"_s)->isVisible());
        type(confirm, u"s"_s);
        // The typed name alone is not enough while a changefeed runs through it.
        QVERIFY(!wizard->findChild<QLabel *>(u"confirmProblem"_s)->isVisible());
        QVERIFY(!next(wizard)->isEnabled());
        acknowledge->click();
        QVERIFY(next(wizard)->isEnabled());
        next(wizard)->click(); // Delete
        QTRY_COMPARE(wizard->currentId(), int(DeleteConnectionWizard::ProgressPage));
        auto *progress = qobject_cast<RemovalProgressPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(progress->isRemoved(), 15'000);
        QCOMPARE(m_console->sandbox
                     ->request("GET", u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(
                                          OrdersProd, ConfluentEvents))
                     .status,
                 404);
        QTRY_COMPARE(m_console->panel()->model()->rowCount(), 3);
        wizard->close();
    }

    void unreadableChangefeedsNeedTheAcknowledgementToo()
    {
        // The key may not read changefeeds: the table and the wizard cannot know what runs.
        QVERIFY(test::setFault(
            *m_console->sandbox,
            {{u"status"_s, 403},
             {u"pathPrefix"_s, u"/v1beta1/clusters/%1/changefeeds"_s.arg(OrdersProd)}}));
        QVERIFY(m_console->selectCluster(TokyoWeb, 0)); // OrdersProd is read anew
        QVERIFY(select(OrdersProd, 4, LegacyMysql));
        QTRY_VERIFY(m_console->panel()->feed()->changefeedError().isError());
        QCOMPARE(m_console->panel()
                     ->model()
                     ->index(m_console->panel()->model()->rowOf(LegacyMysql),
                             ConnectionTableModel::UsedByColumn)
                     .data()
                     .toString(),
                 u"—"_s);
        auto *wizard = m_console->panel()->wizards()->openDelete();
        QVERIFY(wizard);
        auto *dependents = wizard->findChild<QLabel *>(u"deleteDependents"_s);
        QTRY_VERIFY2(dependents->text().contains(u"could not be read"_s),
                     qPrintable(dependents->text()));
        auto *acknowledge = wizard->findChild<QCheckBox *>(u"deleteAcknowledgeChangefeeds"_s);
        QVERIFY(acknowledge->isVisible());
        QVERIFY(acknowledge->text().contains(u"may be running"_s));
        type(wizard->findChild<QLineEdit *>(u"deleteConfirmEdit"_s), u"legacy-mysql"_s);
        QVERIFY(!next(wizard)->isEnabled());
        acknowledge->click();
        QVERIFY(next(wizard)->isEnabled());
        wizard->close();
        QVERIFY(test::setFault(*m_console->sandbox, {}));
    }

    void aDeleteWhoseAnswerIsLostIsCheckedNotSentAgain()
    {
        QVERIFY(select(OrdersProd, 4, LegacyMysql));
        auto *wizard = m_console->panel()->wizards()->openDelete();
        QVERIFY(wizard);
        // Nothing runs through it: the typed name is enough.
        QTRY_VERIFY(wizard->findChild<QLabel *>(u"deleteDependents"_s)
                        ->text()
                        .contains(u"no changefeed runs through it"_s));
        QVERIFY(wizard->findChild<QCheckBox *>(u"deleteAcknowledgeChangefeeds"_s)->isHidden());
        type(wizard->findChild<QLineEdit *>(u"deleteConfirmEdit"_s), u"legacy-mysql"_s);
        QVERIFY(next(wizard)->isEnabled());
        // The connection stays Deleting for a while, so the check reads a whole answer.
        QVERIFY(m_console->sandbox
                    ->request("PUT", u"/sandbox/v1/settings"_s,
                              QJsonObject{{u"deletingDelayMs"_s, 60'000}})
                    .ok());
        QVERIFY(test::setFault(
            *m_console->sandbox,
            {{u"closeMidResponse"_s, true},
             {u"pathPrefix"_s,
              u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(OrdersProd, LegacyMysql)}}));
        const qsizetype before = m_console->client->requestLog()->entries().size();
        next(wizard)->click();
        auto *bar = wizard->findChild<MessageBar *>(u"deleteMessageBar"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(bar->text().contains(u"not known"_s), qPrintable(bar->text()),
                                  20'000);
        QVERIFY(!next(wizard)->isEnabled());
        QVERIFY(test::setFault(*m_console->sandbox, {}));
        QVERIFY(test::clickBarButton(bar)); // Check Again: it is being deleted or gone
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DeleteConnectionWizard::ProgressPage),
                                  10'000);
        QCOMPARE(test::sentSince(*m_console->client, before, "DELETE"), 1);
        wizard->close();
    }

    /// Saved for review under build/screenshots: every page, each language.
    void screenshotsOfEveryPage_data() { test::addLanguageRows(); }

    void screenshotsOfEveryPage()
    {
        QFETCH(QString, language);
        QVERIFY(m_console->languages->setLanguage(language));
        QVERIFY(select(OrdersProd, 4, OrdersRds));
        auto *attach = m_console->panel()->wizards()->openAttach();
        QVERIFY(attach);
        QVERIFY(test::screenshot(attach, u"attach-wizard"_s, u"1-type-"_s + language));
        attach->findChild<QRadioButton *>(u"confluentRadio"_s)->setChecked(true);
        type(attach->findChild<QLineEdit *>(u"uniqueNameEdit"_s), u"lkc7q2z9xw.us-west-2"_s);
        QVERIFY(test::screenshot(attach, u"attach-wizard"_s, u"1-type-problem-"_s + language));
        attach->findChild<QRadioButton *>(u"managedRadio"_s)->setChecked(true);
        QVERIFY(toPreview(attach));
        QVERIFY(test::screenshot(attach, u"attach-wizard"_s, u"2-preview-"_s + language));
        next(attach)->click();
        QTRY_COMPARE(attach->currentId(), int(AttachDomainsWizard::ProgressPage));
        QVERIFY(test::screenshot(attach, u"attach-wizard"_s, u"3-progress-"_s + language));
        auto *progress = qobject_cast<DomainsProgressPage *>(attach->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(progress->allActive(), 15'000);
        QVERIFY(test::screenshot(attach, u"attach-wizard"_s, u"4-active-"_s + language));
        attach->close();

        QVERIFY(m_console->selectConnection(ConfluentEvents));
        auto *detach = m_console->panel()->wizards()->openDetach();
        QVERIFY(detach);
        QTRY_COMPARE(detach->findChild<QListWidget *>(u"domainGroups"_s)->count(), 1);
        QVERIFY(test::screenshot(detach, u"detach-wizard"_s, u"1-pick-"_s + language));
        next(detach)->click();
        QVERIFY(test::screenshot(detach, u"detach-wizard"_s, u"2-confirm-"_s + language));
        next(detach)->click();
        QTRY_COMPARE(detach->currentId(), int(DetachDomainsWizard::ProgressPage));
        auto *removal = qobject_cast<RemovalProgressPage *>(detach->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(removal->isRemoved(), 15'000);
        QVERIFY(test::screenshot(detach, u"detach-wizard"_s, u"3-done-"_s + language));
        detach->close();

        auto *remove = m_console->panel()->wizards()->openDelete();
        QVERIFY(remove);
        QTRY_VERIFY(remove->findChild<QLabel *>(u"deleteDependents"_s)->text().contains(u"<li>"_s));
        type(remove->findChild<QLineEdit *>(u"deleteConfirmEdit"_s), u"confluent"_s);
        QVERIFY(test::screenshot(remove, u"delete-wizard"_s, u"1-confirm-"_s + language));
        type(remove->findChild<QLineEdit *>(u"deleteConfirmEdit"_s), u"-events"_s);
        remove->findChild<QCheckBox *>(u"deleteAcknowledgeChangefeeds"_s)->click();
        next(remove)->click();
        QTRY_COMPARE(remove->currentId(), int(DeleteConnectionWizard::ProgressPage));
        QVERIFY(test::screenshot(remove, u"delete-wizard"_s, u"2-progress-"_s + language));
        remove->close();
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestDomainWizards)
#include "tst_domainwizards.moc"
