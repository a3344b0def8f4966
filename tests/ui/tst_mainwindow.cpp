// The main window offscreen against the real sandbox.
#include "ConsoleFixture.h"
#include "WizardDriver.h"

#include "api/ApiClient.h"
#include "models/ClusterTableModel.h"
#include "models/ConnectionTableModel.h"
#include "models/DomainTableModel.h"
#include "services/ClusterService.h"
#include "services/LanguageManager.h"
#include "services/PrivateLinkService.h"
#include "services/SandboxAdminService.h"
#include "services/Settings.h"
#include "services/Watcher.h"
#include "ui/AboutDialog.h"
#include "ui/ConnectionDetailsPane.h"
#include "ui/ConnectionsPanel.h"
#include "ui/MainWindow.h"
#include "ui/SandboxProviderPanel.h"
#include "ui/widgets/MessageBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleFixture> m_console;
    // Short names for the fixture's parts.
    test::SandboxFixture *m_sandbox = nullptr;
    ApiClient *m_client = nullptr;
    Watcher *m_watcher = nullptr;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;

    QTableView *table() const { return m_window->findChild<QTableView *>(u"clusterTable"_s); }
    QString headerText(int column) const
    {
        return table()->model()->headerData(column, Qt::Horizontal).toString();
    }
    QStringList columnTexts(int column) const
    {
        QStringList texts;
        for (int r = 0; r < table()->model()->rowCount(); ++r)
            texts.append(table()->model()->index(r, column).data().toString());
        return texts;
    }

    /// The window as it is, and at 1280×720 (a laptop's room), then back to its size.
    void grabAt1280x720(const QString &file)
    {
        const QSize size = m_window->size();
        m_window->resize(1280, 720);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(file));
        m_window->resize(size);
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(u"tst_mainwindow"_s); }

    void init()
    {
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->start());
        m_sandbox = m_console->sandbox.get();
        m_client = m_console->client.get();
        m_watcher = m_console->watcher.get();
        m_languages = m_console->languages.get();
        m_window = m_console->window.get();
    }

    void cleanup() { m_console.reset(); }

    void showsTheSandboxClusters()
    {
        QCOMPARE(table()->model()->rowCount(), 6);
        QVERIFY(columnTexts(ClusterTableModel::NameColumn).contains(u"orders-prod"_s));
        QVERIFY(columnTexts(ClusterTableModel::IdColumn).contains(u"10289543321198765432"_s));
        const QStringList providers = columnTexts(ClusterTableModel::ProviderColumn);
        QVERIFY(providers.contains(u"AWS"_s));
        QVERIFY(providers.contains(u"Alibaba Cloud"_s));
        QVERIFY(columnTexts(ClusterTableModel::RegionColumn).contains(u"Tokyo (ap-northeast-1)"_s));
        QVERIFY(columnTexts(ClusterTableModel::StateColumn).contains(u"Creating"_s));
        QVERIFY(columnTexts(ClusterTableModel::PlanColumn)
                    .contains(u"Essential"_s)); // hidden, still there
        QVERIFY(table()->horizontalHeader()->isSectionHidden(ClusterTableModel::PlanColumn));
        QVERIFY(m_window->windowTitle().startsWith(u"Sandbox"_s));
        QCOMPARE(m_window->findChild<QLabel *>(u"statusLabel"_s)->text(), u"6 clusters"_s);
        QVERIFY(m_window->findChild<QLabel *>(u"lastRefreshLabel"_s)
                    ->text()
                    .startsWith(u"Last refresh"_s));
        QVERIFY(!m_window->findChild<MessageBar *>(u"messageBar"_s)->isVisible());
    }

    void typingFilters()
    {
        auto *filter = m_window->findChild<QLineEdit *>(u"clusterFilterEdit"_s);
        QVERIFY(filter);
        filter->setFocus();
        QTest::keyClicks(filter, u"alibaba"_s);
        QTRY_COMPARE(table()->model()->rowCount(), 2);
        QTest::keyClicks(filter, u" hangzhou"_s);
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(columnTexts(ClusterTableModel::NameColumn), QStringList{u"hz-payments"_s});
        filter->clear();
        QTRY_COMPARE(table()->model()->rowCount(), 6);
    }

    void clickingAHeaderSorts()
    {
        QHeaderView *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(ClusterTableModel::RegionColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(ClusterTableModel::RegionColumn));
        // Sorted by the raw region ID, not the display name.
        const auto firstRegion = [this] {
            return table()
                ->model()
                ->index(0, ClusterTableModel::RegionColumn)
                .data(ClusterTableModel::SortRole)
                .toString();
        };
        const QString first = firstRegion();
        QVERIFY(first == "alicloud-ap-southeast-1"_L1 || first == "aws-us-east-1"_L1);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QVERIFY(firstRegion() != first);
    }

    void theLanguageMenuRetranslatesAtOnce()
    {
        auto *zh = m_window->findChild<QAction *>(u"languageAction_zh_CN"_s);
        auto *ja = m_window->findChild<QAction *>(u"languageAction_ja_JP"_s);
        auto *en = m_window->findChild<QAction *>(u"languageAction_en"_s);
        QVERIFY(zh && ja && en);
        QCOMPARE(zh->text(), u"简体中文"_s);
        QVERIFY(en->isChecked());

        zh->trigger();
        QCOMPARE(m_languages->currentLanguage(), u"zh_CN"_s);
        QVERIFY(zh->isChecked());
        QCOMPARE(headerText(ClusterTableModel::NameColumn), u"名称"_s);
        QCOMPARE(headerText(ClusterTableModel::ProviderColumn), u"云服务商"_s);
        QCOMPARE(headerText(ClusterTableModel::RegionColumn), u"区域"_s);
        QVERIFY(columnTexts(ClusterTableModel::ProviderColumn).contains(u"阿里云"_s));
        QVERIFY(columnTexts(ClusterTableModel::StateColumn).contains(u"活跃"_s));
        // Widgets receive QEvent::LanguageChange on the next turn of the event loop.
        QTRY_COMPARE(m_window->findChild<QLabel *>(u"statusLabel"_s)->text(), u"6 个集群"_s);
        QTRY_VERIFY(m_window->windowTitle().contains(u"私有链路控制台"_s));
        QTRY_COMPARE(m_window->findChild<QMenu *>(u"menuLanguage"_s)->title(), u"语言(&L)"_s);
        QTRY_COMPARE(m_window->findChild<QMenu *>(u"menuProfile"_s)->title(), u"配置文件(&P)"_s);

        ja->trigger();
        QCOMPARE(headerText(ClusterTableModel::IdColumn), u"クラスター ID"_s);
        QCOMPARE(headerText(ClusterTableModel::ProviderColumn), u"クラウドプロバイダー"_s);
        QVERIFY(columnTexts(ClusterTableModel::StateColumn).contains(u"アクティブ"_s));
        QTRY_COMPARE(m_window->findChild<QLineEdit *>(u"clusterFilterEdit"_s)->placeholderText(),
                     u"名前、ID、クラウドプロバイダー、リージョン、ステータスで絞り込み"_s);
        QTRY_COMPARE(m_window->findChild<QLabel *>(u"statusLabel"_s)->text(),
                     u"6 件のクラスター"_s);

        // Remembered for the next start.
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"ja_JP"_s);
        en->trigger();
        QCOMPARE(headerText(ClusterTableModel::NameColumn), u"Name"_s);
    }

    void aRejectedKeyShowsWhyAndKeepsTheData()
    {
        m_client->setEndpoint(m_sandbox->url(), {m_sandbox->config().publicKey, u"not-the-key"_s});
        QSignalSpy loaded(m_window, &MainWindow::clustersLoaded);
        QTest::keyClick(m_window, Qt::Key_F5);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(loaded.constFirst().at(0).toBool(), false);
        auto *bar = m_window->findChild<MessageBar *>(u"messageBar"_s);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().startsWith(u"The API key was rejected (401)"_s),
                 qPrintable(bar->text()));
        QCOMPARE(table()->model()->rowCount(), 6); // the last good data stays

        // The error follows a language switch, and Retry with a good key recovers.
        m_languages->setLanguage(u"zh_CN"_s);
        QTRY_VERIFY(bar->text().startsWith(u"API 密钥被拒绝（401）"_s));
        m_languages->setLanguage(u"en"_s);
        m_client->setEndpoint(m_sandbox->url(),
                              {m_sandbox->config().publicKey, m_sandbox->config().privateKey});
        auto *retry = bar->findChild<QAbstractButton *>(u"messageRetryButton"_s);
        QVERIFY(retry && retry->isVisible());
        loaded.clear();
        retry->click();
        QVERIFY(loaded.wait(10'000));
        QVERIFY(loaded.constFirst().at(0).toBool());
        QVERIFY(!bar->isVisible());
    }

    void aNewerRefreshSupersedesTheOlder()
    {
        QSignalSpy loaded(m_window, &MainWindow::clustersLoaded);
        m_window->refresh();
        m_window->refresh();
        QVERIFY(loaded.wait(10'000));
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 1); // the first load was cancelled and never reported
        QCOMPARE(table()->model()->rowCount(), 6);
    }

    void selectingAClusterShowsItsConnectionsAndDetails()
    {
        auto *panel = m_window->connectionsPanel();
        auto *connections = panel->findChild<QTableView *>(u"connectionTable"_s);
        // orders-prod: select it in the cluster list.
        const int row = m_window->clusterModel()->rowOf(u"10289543321198765432"_s);
        table()->setCurrentIndex(qobject_cast<QSortFilterProxyModel *>(table()->model())
                                     ->mapFromSource(m_window->clusterModel()->index(row, 0)));
        QTRY_COMPARE(panel->model()->rowCount(), 4);
        QTRY_VERIFY(
            panel->findChild<QLabel *>(u"accountIdLabel"_s)->text().contains(u"380838443567"_s));
        QVERIFY(panel->findChild<QLabel *>(u"zonesLabel"_s)
                    ->text()
                    .contains(u"use1-az1, use1-az2, use1-az4"_s));
        QStringList states;
        for (int r = 0; r < connections->model()->rowCount(); ++r)
            states.append(connections->model()
                              ->index(r, ConnectionTableModel::StateColumn)
                              .data()
                              .toString());
        QVERIFY(states.contains(u"Pending acceptance"_s));
        QVERIFY(states.contains(u"Failed"_s));

        // The FAILED one shows its message in plain sight…
        panel->selectConnection(u"plc-7r5e3w1q9a8s6d4f2gzx"_s);
        auto *problem = panel->findChild<QLabel *>(u"connectionProblem"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"Allow principals"_s));
        // …the pending one says where to accept it, with TiDB Cloud's account ID…
        panel->selectConnection(u"plc-2h6j8k4l0p9o7i5u3yte"_s);
        auto *next = panel->findChild<QLabel *>(u"connectionNextStep"_s);
        QTRY_VERIFY(next->isVisible());
        QVERIFY(next->text().contains(u"Endpoint Connections tab"_s));
        QVERIFY(next->text().contains(u"380838443567"_s));
        // …and the Confluent one lists its attached domains, each with its state.
        panel->selectConnection(u"plc-9m3v7x1c5z2b8n4q6wke"_s);
        auto *domains = panel->findChild<QTableView *>(u"domainTable"_s);
        QTRY_COMPARE(domains->model()->rowCount(), 4);
        QCOMPARE(domains->model()->index(0, DomainTableModel::TypeColumn).data().toString(),
                 u"Confluent Cloud"_s);
        QCOMPARE(domains->model()->index(0, DomainTableModel::StateColumn).data().toString(),
                 u"Active"_s);
        QVERIFY(problem->isHidden());
        QVERIFY(next->isHidden());
    }

    void theStateFilterAsksTheApi()
    {
        auto *panel = m_window->connectionsPanel();
        const int row = m_window->clusterModel()->rowOf(u"10289543321198765432"_s);
        table()->setCurrentIndex(qobject_cast<QSortFilterProxyModel *>(table()->model())
                                     ->mapFromSource(m_window->clusterModel()->index(row, 0)));
        QTRY_COMPARE(panel->model()->rowCount(), 4);
        auto *filter = panel->findChild<QComboBox *>(u"stateFilter"_s);
        filter->setCurrentIndex(filter->findData(int(ConnectionState::Failed)));
        Q_EMIT filter->activated(filter->currentIndex());
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        filter->setCurrentIndex(filter->findData(int(ConnectionState::Deleting)));
        Q_EMIT filter->activated(filter->currentIndex());
        QTRY_COMPARE(panel->model()->rowCount(), 0);
        QTRY_VERIFY(panel->findChild<QLabel *>(u"connectionsEmptyState"_s)->isVisible());
        QVERIFY(panel->findChild<QLabel *>(u"connectionsEmptyState"_s)
                    ->text()
                    .contains(u"in this state"_s));
    }

    void theWatcherUpdatesRowsInPlace()
    {
        auto *panel = m_window->connectionsPanel();
        const int row = m_window->clusterModel()->rowOf(u"10289543321198765432"_s);
        table()->setCurrentIndex(qobject_cast<QSortFilterProxyModel *>(table()->model())
                                     ->mapFromSource(m_window->clusterModel()->index(row, 0)));
        QTRY_COMPARE(panel->model()->rowCount(), 4);
        panel->selectConnection(u"plc-4t8c2kq9w1nz5rbx7dma"_s);
        QSignalSpy reset(panel->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(panel->model(), &QAbstractItemModel::rowsInserted);
        // A connection appears behind the console's back; the pending one is accepted.
        test::Reply created = m_sandbox->request(
            "POST", u"/v1beta1/clusters/10289543321198765432/privateLinkConnections"_s,
            QJsonObject{
                {u"privateLinkConnection"_s,
                 QJsonObject{
                     {u"displayName"_s, u"from-elsewhere"_s},
                     {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                     {u"awsEndpointService"_s,
                      QJsonObject{
                          {u"name"_s,
                           u"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180"_s}}}}}});
        QVERIFY(created.ok());
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 5, 10'000);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(panel->selectedConnectionId(), u"plc-4t8c2kq9w1nz5rbx7dma"_s); // selection kept
    }

    void theProviderSideAcceptsAPendingRequest()
    {
        m_sandbox->request("PUT", u"/sandbox/v1/settings"_s,
                           QJsonObject{{u"creatingDelayMs"_s, 50}});
        m_window->setSandboxMode(true);
        // The provider side docks at the right, opened from the File menu.
        auto *open = m_window->findChild<QAction *>(u"actionProviderSide"_s);
        QVERIFY(open->isVisible());
        open->trigger();
        auto *provider = m_window->providerPanel();
        QTRY_VERIFY(provider->isVisible());
        auto *services = provider->findChild<QTableView *>(u"endpointServiceTable"_s);
        QTRY_COMPARE(services->model()->rowCount(), 8);

        // A new connection to the RDS service, which requires acceptance.
        const QString rds = u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
        test::Reply created = m_sandbox->request(
            "POST", u"/v1beta1/clusters/10289543321198765432/privateLinkConnections"_s,
            QJsonObject{{u"privateLinkConnection"_s,
                         QJsonObject{{u"displayName"_s, u"walkthrough"_s},
                                     {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                                     {u"awsEndpointService"_s, QJsonObject{{u"name"_s, rds}}}}}});
        QVERIFY(created.ok());
        const QString id = created.json.value("privateLinkConnectionId"_L1).toString();
        QTest::qWait(100); // past the creating delay

        provider->selectService(rds);
        auto *requests = provider->findChild<QTableView *>(u"connectionRequestTable"_s);
        QString endpoint;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     provider->reload();
                                     QTest::qWait(50);
                                     for (int r = 0; r < requests->model()->rowCount(); ++r) {
                                         if (requests->model()->index(r, 2).data().toString() == id)
                                             endpoint =
                                                 requests->model()->index(r, 0).data().toString();
                                     }
                                     return !endpoint.isEmpty();
                                 }()),
                                 5000);
        provider->selectRequest(endpoint);
        auto *accept = provider->findChild<QPushButton *>(u"acceptRequestButton"_s);
        QTRY_VERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_COMPARE(
            m_sandbox
                ->request("GET",
                          u"/v1beta1/clusters/10289543321198765432/privateLinkConnections/"_s + id)
                .json.value("state"_L1)
                .toString(),
            u"ACTIVE"_s);
        // The request now shows as available, and cannot be accepted twice.
        QTRY_VERIFY(!accept->isEnabled());

        m_window->setSandboxMode(false);
        QVERIFY(!provider->isVisible());
        QVERIFY(!open->isVisible());
        // Left open: open again when the sandbox profile comes back; closed: stays closed.
        m_window->setSandboxMode(true);
        QTRY_VERIFY(provider->isVisible());
        open->trigger();
        QTRY_VERIFY(!provider->isVisible());
        m_window->setSandboxMode(false);
        m_window->setSandboxMode(true);
        QTest::qWait(50);
        QVERIFY(!provider->isVisible());
    }

    void copyAndExportTheSelectedConnections()
    {
        auto *panel = m_window->connectionsPanel();
        const int row = m_window->clusterModel()->rowOf(u"10289543321198765432"_s);
        table()->setCurrentIndex(qobject_cast<QSortFilterProxyModel *>(table()->model())
                                     ->mapFromSource(m_window->clusterModel()->index(row, 0)));
        QTRY_COMPARE(panel->model()->rowCount(), 4);
        panel->selectConnection(u"plc-7r5e3w1q9a8s6d4f2gzx"_s);
        panel->findChild<QAction *>(u"actionCopyConnectionId"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"plc-7r5e3w1q9a8s6d4f2gzx"_s);
        panel->findChild<QAction *>(u"actionCopyTicloudCommand"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 u"ticloud serverless private-link-connection get --cluster-id "
                 "'10289543321198765432' --private-link-connection-id "
                 "'plc-7r5e3w1q9a8s6d4f2gzx'"_s);

        // The file is made and written on a worker thread; the message bar says so meanwhile.
        QTemporaryDir dir;
        auto *bar = panel->findChild<MessageBar *>(u"connectionsMessageBar"_s);
        QVERIFY(bar);
        QSignalSpy exported(panel, &ConnectionsPanel::exported);
        const QString jsonFile = dir.filePath(u"out.json"_s);
        panel->exportTable(jsonFile, true);
        QCOMPARE(bar->text(), u"Exporting 4 private link connections to %1…"_s.arg(jsonFile));
        QVERIFY(exported.wait(10'000));
        QCOMPARE(exported.at(0), (QVariantList{jsonFile, QString()}));
        QCOMPARE(bar->text(), u"Exported 4 private link connections to %1."_s.arg(jsonFile));
        QFile json(jsonFile);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[0].toObject().contains("Endpoint Service Name"_L1));

        panel->exportTable(dir.filePath(u"out.csv"_s), false);
        QVERIFY(exported.wait(10'000));
        QCOMPARE(exported.at(1).at(1).toString(), QString());
        QFile csv(dir.filePath(u"out.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 5); // the titles and the four rows

        const QString missing = dir.filePath(u"missing/folder/out.csv"_s);
        panel->exportTable(missing, false);
        QVERIFY(exported.wait(10'000));
        QVERIFY(exported.at(2).at(1).toString().startsWith(missing + u" cannot be written"_s));
        QCOMPARE(bar->text(), exported.at(2).at(1).toString());
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    }

    void theRequestLogWindowListsTheCalls()
    {
        m_window->findChild<QAction *>(u"actionRequestLog"_s)->trigger();
        auto *log = m_window->findChild<QTableView *>(u"requestLogTable"_s);
        QVERIFY(log);
        QTRY_VERIFY(log->isVisible());
        QVERIFY(log->model()->rowCount() >= 1);
        // The cluster list's call is there (in sandbox mode, the provider side's may come first).
        bool listed = false;
        for (int row = 0; row < log->model()->rowCount(); ++row)
            listed =
                listed ||
                (log->model()->index(row, 1).data().toString() == u"GET"_s &&
                 log->model()->index(row, 2).data().toString().startsWith(u"/v1beta1/clusters"_s));
        QVERIFY(listed);
        const int before = log->model()->rowCount();
        m_window->refresh();
        QTRY_VERIFY(log->model()->rowCount() > before);
    }

    /// Saved for review under build/screenshots: a selected, pending connection, each language.
    void screenshotsWithASelectedConnection_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageManager::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void screenshotsWithASelectedConnection()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages->setLanguage(language));
        auto *panel = m_window->connectionsPanel();
        const int row = m_window->clusterModel()->rowOf(u"10289543321198765432"_s);
        table()->setCurrentIndex(qobject_cast<QSortFilterProxyModel *>(table()->model())
                                     ->mapFromSource(m_window->clusterModel()->index(row, 0)));
        QTRY_COMPARE(panel->model()->rowCount(), 4);
        panel->selectConnection(u"plc-2h6j8k4l0p9o7i5u3yte"_s);
        QTRY_VERIFY(panel->findChild<QLabel *>(u"connectionNextStep"_s)->isVisible());
        QTRY_VERIFY(
            panel->findChild<QLabel *>(u"accountIdLabel"_s)->text().contains(u"380838443567"_s));
        QTest::qWait(100);
        const QString dir = QStringLiteral(PLC_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(m_window->grab().save(dir + u"/main-window-connection-"_s + language + u".png"_s));
        QVERIFY(m_languages->setLanguage(u"en"_s));
    }

    // Issue 13: how a profile without a key (item 6) and a sandbox that could not start (item
    // 15) look, in each language, for review under build/screenshots.
    void screenshotsOfNoKeyAndSandboxFailure_data() { test::addLanguageRows(); }

    void screenshotsOfNoKeyAndSandboxFailure()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages->setLanguage(language));
        const QUrl url = m_client->baseUrl();
        const ApiCredentials key{m_sandbox->config().publicKey, m_sandbox->config().privateKey};
        m_client->clearEndpoint();
        QSignalSpy loaded(m_window, &MainWindow::clustersLoaded);
        m_window->refresh();
        QVERIFY(loaded.wait(5'000));
        auto *bar = m_window->findChild<MessageBar *>(u"messageBar"_s);
        QVERIFY(bar->isVisible());
        auto *action = bar->findChild<QAbstractButton *>(u"messageRetryButton"_s);
        QVERIFY(action->isVisible());
        if (language == u"en"_s) {
            QVERIFY(bar->text().contains(u"No API key is available"_s));
            QVERIFY(action->text().contains(u"Manage Profiles"_s));
        }
        QVERIFY(table()->model()->rowCount() > 0); // the last good data stays
        const QString dir = QStringLiteral(PLC_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(dir + u"/main-window-no-key-"_s + language + u".png"_s));
        grabAt1280x720(dir + u"/main-window-no-key-1280x720-"_s + language + u".png"_s);
        m_window->showBackendFailure(u"cannot create the folder /home/me/.local/share"_s);
        QTest::qWait(50);
        QVERIFY(
            m_window->grab().save(dir + u"/main-window-sandbox-failed-"_s + language + u".png"_s));
        grabAt1280x720(dir + u"/main-window-sandbox-failed-1280x720-"_s + language + u".png"_s);
        m_client->setEndpoint(url, key);
        m_window->refresh();
        QVERIFY(loaded.wait(5'000));
        QVERIFY(m_languages->setLanguage(u"en"_s));
    }

    // Issue 18: Help › About says the version, the Qt it runs on, the license, and where the
    // console talks to: the embedded sandbox, or an API URL with a profile (names from the
    // settings file shown as text). Copy Details puts the same on the clipboard.
    void aboutSaysTheVersionQtLicenseAndWhereTheConsoleTalks_data() { test::addLanguageRows(); }

    void aboutSaysTheVersionQtLicenseAndWhereTheConsoleTalks()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages->setLanguage(language));
        auto openAbout = [this]() -> AboutDialog * {
            m_window->findChild<QAction *>(u"actionAbout"_s)->trigger();
            QDeadlineTimer deadline(5'000);
            while (!deadline.hasExpired()) {
                if (auto *about = m_window->findChild<AboutDialog *>(); about && about->isVisible())
                    return about;
                QTest::qWait(20);
            }
            return nullptr;
        };
        auto text = [](QWidget *about, const QString &name) {
            return about->findChild<QLabel *>(name)->text();
        };
        const QString url = m_client->baseUrl().toDisplayString();
        m_window->setSandboxMode(true);
        AboutDialog *about = openAbout();
        QVERIFY(about);
        QVERIFY(text(about, u"aboutVersion"_s).contains(QStringLiteral(PLC_VERSION)));
        QVERIFY(text(about, u"aboutQt"_s).contains(QString::fromLatin1(qVersion())));
        QVERIFY(text(about, u"aboutLicense"_s).contains(u"Apache"_s));
        QVERIFY(text(about, u"aboutBackend"_s).contains(url));
        if (language == "en"_L1)
            QVERIFY(text(about, u"aboutBackend"_s).contains(u"embedded sandbox"_s));
        QVERIFY2(test::clippedTexts(about).isEmpty(),
                 qPrintable(test::clippedTexts(about).join(u'\n')));
        const QString dir = QStringLiteral(PLC_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QTest::qWait(50);
        QVERIFY(about->grab().save(dir + u"/about-sandbox-"_s + language + u".png"_s));
        about->findChild<QAbstractButton *>(u"aboutCopy"_s)->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(u"Private Link Console "_s + QStringLiteral(PLC_VERSION)));
        QVERIFY(copied.contains(QString::fromLatin1(qVersion())));
        QVERIFY(copied.contains(url));
        about->close();
        QTRY_VERIFY(!m_window->findChild<AboutDialog *>());

        // A profile of the user's: its name is shown as it is, a control character made visible.
        m_window->setSandboxMode(false);
        m_window->setProfileName(u"<b>prod</b>\x1b[31m"_s);
        about = openAbout();
        QVERIFY(about);
        const QString backend = text(about, u"aboutBackend"_s);
        QVERIFY(backend.contains(url));
        QVERIFY(backend.contains(u"<b>prod</b>"_s));
        QVERIFY(!backend.contains(QChar(0x1b)));
        QCOMPARE(about->findChild<QLabel *>(u"aboutBackend"_s)->textFormat(), Qt::PlainText);
        if (language == "en"_L1)
            QVERIFY(backend.contains(u"with the profile"_s));
        QTest::qWait(50);
        QVERIFY(about->grab().save(dir + u"/about-profile-"_s + language + u".png"_s));
        about->close();
        m_window->setProfileName(u"Sandbox"_s);
        QVERIFY(m_languages->setLanguage(u"en"_s));
    }

    // Issue 13, item 15: a failed start of the embedded sandbox offers Try Again, which asks
    // the session to start it again (not a refresh against no API).
    void aBackendFailureIsShownWithTryAgain()
    {
        m_window->showBackendFailure(u"cannot listen on 127.0.0.1:1"_s);
        auto *bar = m_window->findChild<MessageBar *>(u"messageBar"_s);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(u"cannot listen"_s));
        auto *retry = bar->findChild<QAbstractButton *>(u"messageRetryButton"_s);
        QVERIFY(retry->isVisible());
        QSignalSpy again(m_window, &MainWindow::backendRetryRequested);
        retry->click();
        QCOMPARE(again.size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
