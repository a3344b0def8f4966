// Issue 29, item 6: text from outside (names and messages from TiDB Cloud, a provider, a TCP
// server, the user's files) is shown as the text it is, never as markup. Hostile names are put in
// the sandbox, every wizard and dialog is driven through its pages, and every label, page header,
// button, tooltip, cell tooltip and message box is rendered as Qt renders it.
// (Item 1 rides along: the delete wizard's acknowledgement follows the facts it acknowledges.)
#include "MarkupInspector.h"
#include "SeedIds.h"
#include "WizardDriver.h"

#include "ui/ConnectionActions.h"
#include "ui/ConnectionPicturePane.h"
#include "ui/ConnectionWizards.h"
#include "ui/EndpointActions.h"
#include "ui/EndpointDoctorDialog.h"
#include "ui/ProfileDialog.h"
#include "ui/RequestLogWindow.h"
#include "ui/providers/BuiltInProviders.h"
#include "ui/widgets/EndpointDoctorWidget.h"
#include "ui/wizards/AttachDomainsWizard.h"
#include "ui/wizards/AttachPreviewPage.h"
#include "ui/wizards/ConfluentProgressPage.h"
#include "ui/wizards/ConfluentWizard.h"
#include "ui/wizards/CreateConnectionWizard.h"
#include "ui/wizards/DeleteConnectionWizard.h"
#include "ui/wizards/DetachDomainsWizard.h"
#include "ui/wizards/DomainsProgressPage.h"
#include "ui/wizards/PrivateEndpointWizard.h"
#include "ui/wizards/SinkTestDialog.h"

#include "api/RequestLog.h"
#include "models/ConnectionFeed.h"
#include "sandbox/SandboxStore.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using plc::test::next;
using plc::test::type;
using test::seed::LegacyMysql;
using test::seed::NoPrincipals;
using test::seed::OrdersProd;
using test::seed::OrdersRds;
using test::seed::TokyoWeb;

namespace {

// Each piece of hostile text and where the test puts it.
const test::HostileText HxConnection{u"HX01"_s, u"<b>HX01</b> R&D"_s}; // a connection's name
const test::HostileText HxChangefeed{u"HX02"_s, u"<img src=\"HX02\">HX02"_s};
const test::HostileText HxClusterName{u"HX03"_s,
                                      u"<a href=\"https://evil.example/HX03\">HX03</a>"_s};
const test::HostileText HxRefused{u"HX05"_s, u"<u>HX05</u>"_s};     // echoed by a 409
const test::HostileText HxDescription{u"HX06"_s, u"<b>HX06</b>"_s}; // an endpoint service's
const test::HostileText HxPending{u"HX07"_s, u"<i>HX07</i>"_s};     // a pending connection's name
const test::HostileText HxConfluentName{u"HX08"_s, u"<s>HX08</s>"_s};
const test::HostileText HxTarget{u"HX09"_s, u"<b>HX09</b>"_s};          // a saved endpoint target
const test::HostileText HxProfileName{u"HX10"_s, u"<img src=x>HX10"_s}; // no "/" in a profile
const test::HostileText HxServerGreeting{u"HX11"_s, u"<b>HX11</b>"_s};  // a MySQL error packet
const test::HostileText HxFailedName{u"HX12"_s, u"<b>HX12</b>"_s};
const test::HostileText HxFailedMessage{u"HX13"_s,
                                        u"<a href=\"https://evil.example/HX13\">HX13</a>"_s};
const test::HostileText HxTraceId{u"HX14"_s, u"<b>HX14</b>"_s};
const test::HostileText HxRegion{u"HX15"_s, u"<b>HX15</b>"_s};

const QList<test::HostileText> Hostile{
    HxConnection, HxChangefeed,    HxClusterName, HxRefused,     HxDescription,
    HxPending,    HxConfluentName, HxTarget,      HxProfileName, HxServerGreeting,
    HxFailedName, HxFailedMessage, HxTraceId,     HxRegion};

// Endpoint services of the user's AWS account in us-east-1, added for this test.
const QString ActiveService = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a0b0c0d0e0f00101"_s;
const QString PendingService = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a0b0c0d0e0f00102"_s;
const QString NetworkService = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a0b0c0d0e0f00103"_s;
const QString MatrixOneService = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1a2b3c4d5e6f7g8"_s;

/// Accepts connections and answers each with a MySQL error packet that quotes hostile text.
class RefusingServer final : public QTcpServer
{
public:
    RefusingServer()
    {
        const QByteArray payload =
            QByteArray::fromHex("ff6a04") + HxServerGreeting.literal.toUtf8();
        QByteArray header(4, '\0');
        header[0] = char(payload.size());
        connect(this, &QTcpServer::newConnection, this, [this, packet = header + payload] {
            while (QTcpSocket *socket = nextPendingConnection())
                socket->write(packet);
        });
        listen(QHostAddress::LocalHost, 0);
    }
};

} // namespace

class TestMarkup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ConsoleFixture> m_console;
    QString m_active;  ///< the ACTIVE connection named HxConnection, HxChangefeed through it
    QString m_pending; ///< the connection named HxPending, waiting for the owner's acceptance

    QStringList m_found; ///< what the current test function found, for its last line

    /// Notes (and prints) every place of `window` that does not show the hostile text as it
    /// is; the test function goes on through its pages and fails at the end (nothingFound()).
    bool look(QWidget *window, const QString &where)
    {
        const QStringList problems = test::markupProblems(window, Hostile);
        for (const QString &problem : problems) {
            qWarning().noquote() << where + u": "_s + problem;
            m_found.append(where + u": "_s + problem);
        }
        return problems.isEmpty();
    }

    bool nothingFound() const
    {
        if (!m_found.isEmpty())
            qWarning("%d place(s) show outside text as markup", int(m_found.size()));
        return m_found.isEmpty();
    }

    /// Closes `window` when the test function ends, also when it fails early.
    static auto closing(QWidget *window)
    {
        return qScopeGuard([guarded = QPointer<QWidget>(window)] {
            if (guarded)
                guarded->close();
        });
    }

    EndpointActions *endpoints() const { return m_console->window->endpointActions(); }

    bool addService(const QString &name, bool confluent, const QString &description)
    {
        const test::Reply reply = m_console->sandbox->request(
            "POST", u"/sandbox/v1/endpointServices"_s,
            QJsonObject{{u"name"_s, name},
                        {u"availabilityZoneIds"_s, QJsonArray{u"use1-az1"_s, u"use1-az2"_s}},
                        {u"allowedPrincipals"_s, QJsonArray{u"arn:aws:iam::380838443567:root"_s}},
                        {u"owner"_s, confluent ? u"CONFLUENT"_s : u"USER"_s},
                        {u"description"_s, description}});
        return reply.ok();
    }

    test::Reply createConnection(const QString &name, const QString &service)
    {
        return m_console->sandbox->request(
            "POST", u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(OrdersProd),
            QJsonObject{
                {u"privateLinkConnection"_s,
                 QJsonObject{{u"displayName"_s, name},
                             {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                             {u"awsEndpointService"_s, QJsonObject{{u"name"_s, service}}}}}});
    }

    QString stateOf(const QString &id)
    {
        return m_console->sandbox
            ->request("GET",
                      u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(OrdersProd, id))
            .json.value(u"state"_s)
            .toString();
    }

    /// Selects the cluster (its connections and zones read) and, when given, a connection of it
    /// (its domains read).
    bool select(const QString &clusterId, const QString &connectionId = {})
    {
        const int row = m_console->window->clusterModel()->rowOf(clusterId);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_console->clusterTable()->model());
        m_console->clusterTable()->setCurrentIndex(
            proxy->mapFromSource(m_console->window->clusterModel()->index(row, 0)));
        ConnectionsPanel *panel = m_console->panel();
        const bool shown = QTest::qWaitFor(
            [&] {
                return panel->cluster() && panel->cluster()->clusterId == clusterId &&
                       !panel->availabilityZones().accountId.isEmpty() &&
                       panel->feed()->hasLoaded() &&
                       (connectionId.isEmpty() || panel->model()->rowOf(connectionId) >= 0);
            },
            10'000);
        return shown && (connectionId.isEmpty() || m_console->selectConnection(connectionId));
    }

    /// Clicks Next (or the commit button) and waits until the wizard is on another page.
    static bool moveOn(QWizard *wizard, int timeoutMs = 10'000)
    {
        const int from = wizard->currentId();
        if (!next(wizard)->isEnabled())
            return false;
        next(wizard)->click();
        return QTest::qWaitFor([&] { return wizard->currentId() != from; }, timeoutMs);
    }

    /// Runs `trigger`, which opens a message box (modal, perhaps with its own event loop), and
    /// checks the box before saying No to it.
    bool lookAtMessageBox(const std::function<void()> &trigger, const QString &where)
    {
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            const QList<QWidget *> windows = QApplication::topLevelWidgets();
            for (QWidget *window : windows) {
                auto *box = qobject_cast<QMessageBox *>(window);
                if (!box || !box->isVisible())
                    continue;
                seen = true;
                look(box, where);
                poll.stop();
                if (QAbstractButton *no = box->button(QMessageBox::No))
                    no->click();
                else if (QAbstractButton *cancel = box->button(QMessageBox::Cancel))
                    cancel->click();
                else
                    box->reject();
                return;
            }
        });
        poll.start();
        trigger();
        if (!QTest::qWaitFor([&] { return seen; }, 5000))
            qWarning().noquote() << where + u": no message box"_s;
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings(u"tst_markup"_s);
        BuiltInProviders::install();
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(u"sandbox.sqlite"_s);
        {
            // A first start seeds the file…
            test::SandboxFixture seeding(file);
            QVERIFY(seeding.start());
        }
        {
            // …and names and messages the API would never send are written into it.
            sandbox::SandboxStore store;
            QString error;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            auto orders = store.cluster(OrdersProd);
            QVERIFY(orders);
            (*orders)[u"displayName"_s] = HxClusterName.literal;
            QVERIFY(store.putCluster(*orders));
            auto tokyo = store.cluster(TokyoWeb);
            QVERIFY(tokyo);
            QJsonObject region = tokyo->value(u"region"_s).toObject();
            region[u"regionId"_s] = u"aws-"_s + HxRegion.literal;
            region[u"name"_s] = u"regions/aws-"_s + HxRegion.literal;
            (*tokyo)[u"region"_s] = region;
            QVERIFY(store.putCluster(*tokyo));
            auto legacy = store.connection(OrdersProd, LegacyMysql);
            QVERIFY(legacy);
            (*legacy)[u"displayName"_s] = HxFailedName.literal;
            (*legacy)[u"message"_s] = HxFailedMessage.literal;
            QVERIFY(store.putConnection(*legacy, std::nullopt));
        }
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->start([&file](test::SandboxFixture &sandbox) {
            sandbox.config().settings = test::fastSettings();
            sandbox.config().dataFile = file;
            sandbox.setContractChecks(false); // the cluster's name breaks its pattern on purpose
        }));
        endpoints()->setProfile(u"prod"_s); // endpoint targets are kept per profile

        QVERIFY(addService(ActiveService, true, HxDescription.literal));
        QVERIFY(addService(PendingService, false, HxDescription.literal));
        QVERIFY(addService(NetworkService, true, {}));
        const test::Reply active = createConnection(HxConnection.literal, ActiveService);
        QVERIFY2(active.ok(), qPrintable(active.error.userMessage()));
        m_active = active.json.value(u"privateLinkConnectionId"_s).toString();
        const test::Reply pending = createConnection(HxPending.literal, PendingService);
        QVERIFY2(pending.ok(), qPrintable(pending.error.userMessage()));
        m_pending = pending.json.value(u"privateLinkConnectionId"_s).toString();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_active), u"ACTIVE"_s, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_pending), u"PENDING_ACCEPTANCE"_s, 10'000);
        const test::Reply feed = m_console->sandbox->request(
            "POST", u"/v1beta1/clusters/%1/changefeeds"_s.arg(OrdersProd),
            QJsonObject{
                {u"displayName"_s, HxChangefeed.literal},
                {u"sink"_s,
                 QJsonObject{{u"type"_s, u"KAFKA"_s},
                             {u"kafka"_s,
                              QJsonObject{{u"network"_s,
                                           QJsonObject{{u"networkType"_s, u"PRIVATE_LINK"_s},
                                                       {u"privateLink"_s,
                                                        QJsonObject{{u"privateLinkConnectionId"_s,
                                                                     m_active},
                                                                    {u"port"_s, 9092}}}}}}}}},
                {u"filter"_s, QJsonObject{}}});
        QVERIFY2(feed.ok(), qPrintable(feed.error.userMessage()));
        // A domain group to detach, whatever the attach wizard does.
        const test::Reply attached = m_console->sandbox->request(
            "POST",
            u"/v1beta1/clusters/%1/privateLinkConnections/%2:attachDomains"_s.arg(OrdersProd,
                                                                                  m_active),
            QJsonObject{
                {u"attachDomain"_s, QJsonObject{{u"type"_s, u"CONFLUENT"_s},
                                                {u"uniqueName"_s, u"lkcm4rkup1.us-east-1"_s}}}});
        QVERIFY2(attached.ok(), qPrintable(attached.error.userMessage()));
        m_console->panel()->reload();
        QVERIFY(select(OrdersProd, m_active));
    }

    void cleanupTestCase() { m_console.reset(); }

    void init() { m_found.clear(); }

    void trust2_item06_mainWindowShowsNamesAndMessagesAsText()
    {
        QVERIFY(select(OrdersProd, m_active));
        // The changefeed through it is listed under Used by.
        QTRY_VERIFY(m_console->panel()->feed()->changefeedsKnown());
        look(m_console->window.get(), u"main window, active connection"_s);
        QVERIFY(m_console->selectConnection(LegacyMysql));
        look(m_console->window.get(), u"main window, failed connection"_s);
        QVERIFY(m_console->selectConnection(m_pending));
        look(m_console->window.get(), u"main window, pending connection"_s);
        QVERIFY(select(TokyoWeb));
        look(m_console->window.get(), u"main window, cluster in region"_s);

        QVERIFY(nothingFound());
    }

    void trust2_item06_createWizardShowsNamesAndRefusalsAsText()
    {
        QVERIFY(select(OrdersProd));
        auto *wizard = m_console->panel()->wizards()->openCreate();
        QVERIFY(wizard);
        const auto closeWizard = closing(wizard);
        look(wizard, u"create wizard, prerequisites"_s);
        for (auto *check : wizard->currentPage()->findChildren<QCheckBox *>())
            check->setChecked(true);
        QVERIFY(moveOn(wizard));
        // A name the cluster has already: the sentence under the field quotes it.
        auto *name = wizard->findChild<QLineEdit *>(u"displayNameEdit"_s);
        type(name, HxConnection.literal);
        look(wizard, u"create wizard, taken name"_s);
        name->clear();
        type(name, HxRefused.literal);
        type(wizard->findChild<QLineEdit *>(u"endpointServiceEdit"_s), NoPrincipals);
        QVERIFY(moveOn(wizard));
        QCOMPARE(wizard->currentId(), int(CreateConnectionWizard::SummaryPage));
        look(wizard, u"create wizard, summary"_s);
        // Someone else takes the name meanwhile: TiDB Cloud's refusal quotes it.
        QVERIFY(createConnection(HxRefused.literal, NoPrincipals).ok());
        const auto refused = [wizard] {
            const QList<MessageBar *> bars = wizard->findChildren<MessageBar *>();
            return std::any_of(bars.begin(), bars.end(), [](const MessageBar *bar) {
                return bar->isVisible() && bar->text().contains(HxRefused.marker);
            });
        };
        next(wizard)->click();
        QTRY_VERIFY_WITH_TIMEOUT(refused(), 10'000);
        look(wizard, u"create wizard, refused"_s);
        wizard->close();

        // The region of a cluster is quoted by the checklist.
        QVERIFY(select(TokyoWeb));
        wizard = m_console->panel()->wizards()->openCreate();
        QVERIFY(wizard);
        const auto closeRegionWizard = closing(wizard);
        look(wizard, u"create wizard, region"_s);
        QVERIFY(nothingFound());
    }

    void trust2_item06_attachWizardShowsTheNameAsText()
    {
        QVERIFY(select(OrdersProd, m_active));
        auto *wizard = m_console->panel()->wizards()->openAttach();
        QVERIFY(wizard);
        const auto closeWizard = closing(wizard);
        look(wizard, u"attach wizard, type"_s);
        QVERIFY(moveOn(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->context().preview.has_value(), 10'000);
        look(wizard, u"attach wizard, preview"_s);
        QVERIFY(moveOn(wizard));
        auto *progress = qobject_cast<DomainsProgressPage *>(wizard->currentPage());
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress->allActive(), 15'000);
        look(wizard, u"attach wizard, progress"_s);
        QVERIFY(nothingFound());
    }

    void trust2_item06_detachWizardShowsNamesAsText()
    {
        QVERIFY(select(OrdersProd, m_active));
        QTRY_VERIFY(!m_console->panel()->selectedConnection()->attachedDomains->isEmpty());
        auto *wizard = m_console->panel()->wizards()->openDetach();
        QVERIFY(wizard);
        const auto closeWizard = closing(wizard);
        auto *groups = wizard->findChild<QListWidget *>(u"domainGroups"_s);
        QTRY_VERIFY(groups->count() > 0);
        if (!groups->currentItem())
            groups->setCurrentRow(0);
        look(wizard, u"detach wizard, pick"_s);
        QVERIFY(moveOn(wizard));
        look(wizard, u"detach wizard, confirm"_s);
        QVERIFY(moveOn(wizard));
        QCOMPARE(wizard->currentId(), int(DetachDomainsWizard::ProgressPage));
        look(wizard, u"detach wizard, progress"_s);
        QVERIFY(nothingFound());
    }

    void trust2_item06_sinkTestShowsNamesAndAnswersAsText()
    {
        QVERIFY(select(OrdersProd, m_active));
        SinkTestDialog *dialog = m_console->panel()->wizards()->openSinkTest();
        QVERIFY(dialog);
        const auto closeDialog = closing(dialog);
        look(dialog, u"sink test"_s);
        auto *test = dialog->findChild<QPushButton *>(u"sinkTestButton"_s);
        QVERIFY(test->isEnabled());
        QSignalSpy tested(dialog, &SinkTestDialog::tested);
        test->click();
        QVERIFY(tested.wait(10'000));
        look(dialog, u"sink test, answered"_s);
        QVERIFY(nothingFound());
    }

    void trust2_item06_providerSideShowsNamesAsText()
    {
        m_console->useSandboxAws();
        QVERIFY(select(OrdersProd, m_pending));
        look(m_console->window.get(), u"main window, pending, with AWS"_s);
        QDialog *decision = m_console->panel()->wizards()->openDecision(true);
        QVERIFY(decision);
        const auto closeDecision = closing(decision);
        (void)QTest::qWaitFor([&] {
            auto *request = decision->findChild<QLabel *>(u"awsRequest"_s);
            return request && request->text().contains(u"vpce-"_s);
        });
        look(decision, u"accept dialog"_s);
        decision->close();
        QVERIFY(m_console->selectConnection(m_active));
        QDialog *diagnosis = m_console->panel()->wizards()->openDiagnosis();
        QVERIFY(diagnosis);
        const auto closeDiagnosis = closing(diagnosis);
        (void)QTest::qWaitFor([&] {
            auto *cause = diagnosis->findChild<QLabel *>(u"awsCause"_s);
            return cause && !cause->text().isEmpty();
        });
        look(diagnosis, u"diagnosis dialog"_s);
        QVERIFY(nothingFound());
    }

    void trust2_item06_confluentWizardShowsNamesAsText()
    {
        QVERIFY(select(OrdersProd, m_active));
        auto *wizard = m_console->panel()->wizards()->openConfluent();
        QVERIFY(wizard);
        const auto closeWizard = closing(wizard);
        type(wizard->findChild<QLineEdit *>(u"confluentSubdomainEdit"_s),
             u"use1-az1.lkc9h8g7f6.us-east-1.aws.confluent.cloud"_s);
        look(wizard, u"Confluent wizard, network"_s);
        for (int step = 0; step < 3; ++step) {
            if (step > 0) {
                look(wizard, u"Confluent wizard, step %1"_s.arg(step + 1));
                wizard->currentPage()->findChild<QCheckBox *>(u"stepDone"_s)->setChecked(true);
            }
            QVERIFY(moveOn(wizard));
        }
        QCOMPARE(wizard->currentId(), int(ConfluentWizard::EndpointPage));
        type(wizard->findChild<QLineEdit *>(u"vpcServiceEndpointEdit"_s), NetworkService);
        auto *name = wizard->findChild<QLineEdit *>(u"displayNameEdit"_s);
        name->clear();
        type(name, HxConnection.literal);
        look(wizard, u"Confluent wizard, taken name"_s);
        name->clear();
        type(name, HxConfluentName.literal);
        look(wizard, u"Confluent wizard, endpoint"_s);
        QVERIFY(moveOn(wizard));
        auto *progress = qobject_cast<ConfluentProgressPage *>(wizard->currentPage());
        QVERIFY(progress);
        QTRY_COMPARE_WITH_TIMEOUT(progress->stage(), ConfluentProgressPage::Stage::Done, 20'000);
        look(wizard, u"Confluent wizard, done"_s);
        QVERIFY(nothingFound());
    }

    void trust2_item06_endpointWizardShowsClusterNamesAndRegionsAsText()
    {
        for (const QString &clusterId : {OrdersProd, TokyoWeb}) {
            QVERIFY(select(clusterId));
            look(m_console->window.get(), u"main window, endpoint action"_s);
            PrivateEndpointWizard *wizard = endpoints()->openForCluster();
            QVERIFY(wizard);
            const auto closeWizard = closing(wizard);
            while (true) {
                look(wizard,
                     u"endpoint wizard for %1, page %2"_s.arg(clusterId).arg(wizard->currentId()));
                if (wizard->currentId() == PrivateEndpointWizard::CheckPage)
                    break;
                QVERIFY(moveOn(wizard));
            }
            wizard->close();
        }
        QVERIFY(nothingFound());
    }

    void trust2_item06_endpointWizardShowsASavedTargetsNameAsText()
    {
        PrivateEndpointWizard *wizard = endpoints()->openForOtherService();
        QVERIFY(wizard);
        const auto closeWizard = closing(wizard);
        type(wizard->findChild<QLineEdit *>(u"targetNameEdit"_s), HxTarget.literal);
        type(wizard->findChild<QLineEdit *>(u"targetServiceEdit"_s), MatrixOneService);
        type(wizard->findChild<QLineEdit *>(u"targetZonesEdit"_s), u"cn-hangzhou-i"_s);
        type(wizard->findChild<QLineEdit *>(u"targetUserEdit"_s), u"acme:admin:accountadmin"_s);
        QVERIFY(moveOn(wizard)); // saves the target
        while (true) {
            look(wizard, u"endpoint wizard for a target, page %1"_s.arg(wizard->currentId()));
            if (wizard->currentId() == PrivateEndpointWizard::CheckPage)
                break;
            QVERIFY(moveOn(wizard));
        }
        wizard->close();

        wizard = endpoints()->openForOtherService();
        QVERIFY(wizard);
        const auto closeSecondWizard = closing(wizard);
        // A second target of the same name: the sentence quotes the saved one's.
        type(wizard->findChild<QLineEdit *>(u"targetNameEdit"_s), HxTarget.literal);
        look(wizard, u"endpoint wizard, taken target name"_s);
        auto *saved = wizard->findChild<QComboBox *>(u"savedTargetsCombo"_s);
        const int index = saved->findData(HxTarget.literal);
        QVERIFY(index > 0);
        saved->setCurrentIndex(index);
        Q_EMIT saved->activated(index);
        auto *remove = wizard->findChild<QPushButton *>(u"removeTargetButton"_s);
        QVERIFY(remove->isEnabled());
        QVERIFY(lookAtMessageBox([remove] { remove->click(); },
                                 u"endpoint wizard, remove a saved target"_s));
        QVERIFY(nothingFound());
    }

    void trust2_item06_doctorShowsTheServersWordsAsText()
    {
        RefusingServer server;
        QVERIFY(server.isListening());
        EndpointDoctorDialog *dialog = endpoints()->openDoctor();
        QVERIFY(dialog);
        const auto closeDialog = closing(dialog);
        dialog->findChild<QLineEdit *>(u"endpointAddressEdit"_s)
            ->setText(u"127.0.0.1:%1"_s.arg(server.serverPort()));
        QSignalSpy finished(dialog->doctor(), &EndpointDoctorWidget::checkFinished);
        dialog->findChild<QPushButton *>(u"checkEndpointButton"_s)->click();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(dialog->doctor()->lastReport().greeting.errorMessage, HxServerGreeting.literal);
        look(dialog, u"endpoint doctor"_s);
        QVERIFY(nothingFound());
    }

    void trust2_item06_profileDialogShowsProfileNamesAsText()
    {
        ProfileStore profiles;
        SecretStore secrets;
        ProfileDialog dialog(&profiles, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto edit = [&dialog](const QString &name) {
            return dialog.findChild<QLineEdit *>(name);
        };
        dialog.findChild<QPushButton *>(u"newButton"_s)->click();
        type(edit(u"nameEdit"_s), HxProfileName.literal);
        edit(u"apiUrlEdit"_s)->setText(m_console->sandbox->url().toString());
        type(edit(u"publicKeyEdit"_s), m_console->sandbox->config().publicKey);
        type(edit(u"privateKeyEdit"_s), m_console->sandbox->config().privateKey);
        dialog.findChild<QRadioButton *>(u"sessionOnlyRadio"_s)->setChecked(true);
        dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
        QTRY_VERIFY(dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"saved"_s));
        look(&dialog, u"profile dialog, saved"_s);
        QVERIFY(lookAtMessageBox(
            [&dialog] { dialog.findChild<QPushButton *>(u"removeButton"_s)->click(); },
            u"profile dialog, remove"_s));
        // A second profile of the same name: the sentence quotes it.
        dialog.findChild<QPushButton *>(u"newButton"_s)->click();
        type(edit(u"nameEdit"_s), HxProfileName.literal);
        dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
        QTRY_VERIFY(dialog.findChild<QLabel *>(u"nameError"_s)->isVisible());
        look(&dialog, u"profile dialog, taken name"_s);

        QVERIFY(nothingFound());
    }

    void trust2_item06_requestLogShowsWhatServersSaidAsText()
    {
        RequestLog log;
        RequestLogEntry entry;
        entry.time = QDateTime::currentDateTime();
        entry.method = "GET";
        entry.path = u"/v1beta1/clusters/"_s + HxTraceId.literal;
        entry.status = 500;
        entry.traceId = HxTraceId.literal; // any server's header
        entry.outcome = HxTraceId.literal; // a provider's error code
        log.add(entry);
        RequestLogWindow window(&log, m_console->window.get());
        window.show();
        look(&window, u"request log"_s);

        QVERIFY(nothingFound());
    }

    /// The picture's SVG drawing names the connection in its title: as text, not as elements
    /// of the file.
    void trust2_item06_anExportedDrawingNamesTheConnectionAsText()
    {
        QVERIFY(select(OrdersProd, m_active));
        auto *pane = m_console->panel()->findChild<ConnectionPicturePane *>();
        QVERIFY(pane);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"picture.svg"_s);
        QSignalSpy exported(pane, &ConnectionPicturePane::exported);
        pane->exportTo(file);
        QVERIFY(!exported.isEmpty() || exported.wait(10'000));
        QVERIFY(exported.at(0).at(1).toBool());
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svg);
        QString title;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"title"_s)
                title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(title, u"Private link connection "_s + HxConnection.literal);
    }

    /// Item 1: a tick given for "may be running" does not carry over to "N are running", nor a
    /// tick given for one running changefeed to two.
    void trust2_item01_theAcknowledgementFollowsTheFacts()
    {
        QVERIFY(select(OrdersProd, OrdersRds));
        QTRY_COMPARE(m_console->panel()->feed()->changefeedsThrough(OrdersRds).size(), 2);
        const QList<Changefeed> through = m_console->panel()->feed()->changefeedsThrough(OrdersRds);
        const Cluster cluster = *m_console->panel()->cluster();
        const PrivateLinkConnection connection = *m_console->panel()->selectedConnection();
        const auto changefeedsRead = [this](qsizetype from) {
            const auto entries = m_console->client->requestLog()->entries();
            for (qsizetype i = from; i < entries.size(); ++i) {
                if (entries[i].path.endsWith(u"/changefeeds"_s) ||
                    entries[i].path.contains(u"/changefeeds?"_s))
                    return true;
            }
            return false;
        };
        struct Case
        {
            bool known;
            QList<Changefeed> shown;
            bool keepsTheTick;
        };
        QList<Changefeed> running;
        for (const Changefeed &c : through) {
            if (c.state.value == ChangefeedState::Running)
                running.append(c);
        }
        QCOMPARE(running.size(), 1);
        const QList<Case> cases{{false, {}, false}, {true, running, false}, {true, through, true}};
        for (const Case &c : cases) {
            auto *wizard =
                new DeleteConnectionWizard(m_console->privateLinks.get(), m_console->watcher.get(),
                                           cluster, connection, m_console->window.get());
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            wizard->setChangefeeds(m_console->changefeeds.get(), c.known, c.shown);
            const qsizetype before = m_console->client->requestLog()->entries().size();
            wizard->show(); // the changefeeds are read again; the answer is not in yet
            auto *acknowledge = wizard->findChild<QCheckBox *>(u"deleteAcknowledgeChangefeeds"_s);
            QVERIFY(acknowledge->isVisible());
            acknowledge->setChecked(true);
            QTRY_VERIFY(changefeedsRead(before));
            QTRY_VERIFY(wizard->context().changefeedsKnown);
            QTest::qWait(50);
            QCOMPARE(wizard->context().through.size(), 2);
            QCOMPARE(acknowledge->isChecked(), c.keepsTheTick);
            wizard->close();
        }
    }

    /// Last: the connection is deleted.
    void trust2_item06_deleteWizardShowsTheNameAsText()
    {
        QVERIFY(select(OrdersProd, m_active));
        auto *wizard = m_console->panel()->wizards()->openDelete();
        QVERIFY(wizard);
        const auto closeWizard = closing(wizard);
        QTRY_VERIFY(wizard->context().changefeedsKnown);
        look(wizard, u"delete wizard, confirm"_s);
        auto *confirm = wizard->findChild<QLineEdit *>(u"deleteConfirmEdit"_s);
        type(confirm, u"x"_s);
        look(wizard, u"delete wizard, wrong name"_s);
        confirm->clear();
        type(confirm, HxConnection.literal);
        if (auto *acknowledge = wizard->findChild<QCheckBox *>(u"deleteAcknowledgeChangefeeds"_s);
            acknowledge->isVisible())
            acknowledge->setChecked(true);
        QVERIFY(moveOn(wizard));
        QCOMPARE(wizard->currentId(), int(DeleteConnectionWizard::ProgressPage));
        look(wizard, u"delete wizard, progress"_s);
        QVERIFY(nothingFound());
    }
};

QTEST_MAIN(TestMarkup)
#include "tst_markup.moc"
