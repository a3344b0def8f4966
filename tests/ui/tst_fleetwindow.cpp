// The fleet window against a real sandbox: every connection with those needing attention
// first, a row opened in the main window, the filter, an export and the ticloud commands, a
// problem said in a sentence over the rows kept, the View menu's shortcut, and screenshots in
// each language at the screen's size, at 1280×720 and at half a 1920×1080 screen.
#include "models/FleetFeed.h"
#include "models/FleetTableModel.h"
#include "models/TextFilterProxy.h"
#include "providers/aws/AwsAccount.h"
#include "services/DesktopNotifier.h"
#include "services/FleetSnapshotStore.h"
#include "services/ProfileStore.h"
#include "services/SecretStore.h"
#include "services/Settings.h"
#include "shell/FleetProviderSides.h"
#include "shell/FleetSession.h"
#include "shell/SandboxLauncher.h"
#include "ui/FleetAlerts.h"
#include "ui/FleetWindow.h"

#include "ConsoleFixture.h"
#include "FakeNotificationServer.h"
#include "ProviderSandbox.h"
#include "SeedIds.h"
#include "WizardDriver.h"

#include <QDBusConnection>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;

class TestFleetWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleFixture> m_console;
    QTemporaryDir m_dir;
    std::unique_ptr<FleetSnapshotStore> m_store;
    std::unique_ptr<FleetFeed> m_feed;
    std::unique_ptr<FleetWindow> m_fleet;
    std::unique_ptr<SandboxSideAccounts> m_accounts;

    static QString sandboxProfile() { return u"Sandbox"_s; }

    int proxyRowOf(const QString &connectionId) const
    {
        const int source = m_feed->model()->rowOf(
            FleetRow::keyOf(sandboxProfile(), seed::OrdersProd, connectionId));
        return m_fleet->proxy()->mapFromSource(m_feed->model()->index(source, 0)).row();
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(u"tst_fleetwindow"_s);
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(m_console->startFast());
        m_store = std::make_unique<FleetSnapshotStore>(m_dir.path());
        m_feed = std::make_unique<FleetFeed>(m_store.get());
        m_feed->setSharePerMinute(6000);
        m_feed->setPassInterval(3'600'000);
        m_feed->setNotificationBatch(50);
        m_fleet = std::make_unique<FleetWindow>(m_feed.get());
        connect(m_fleet.get(), &FleetWindow::openRequested, m_console->window.get(),
                [this](const QString &, const QString &cluster, const QString &connection) {
                    m_console->window->showConnection(cluster, connection);
                });
        m_feed->setProfiles({sandboxProfile()});
        m_accounts = std::make_unique<SandboxSideAccounts>(*m_console->sandbox);
        m_feed->setSideSource(sandboxProfile(), m_accounts->source(), &m_accounts->log);
        m_fleet->setProfiles({sandboxProfile(), u"ops's staging"_s}, {sandboxProfile()});
        QSignalSpy finished(m_feed->reader(sandboxProfile()), &FleetReader::passFinished);
        m_feed->setEndpoint(
            sandboxProfile(), m_console->sandbox->url(),
            {m_console->sandbox->config().publicKey, m_console->sandbox->config().privateKey});
        m_fleet->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_fleet.get()));
        QVERIFY(finished.wait(30'000));
    }

    void cleanupTestCase()
    {
        m_fleet.reset();
        m_feed.reset();
        m_accounts.reset();
        m_store.reset();
        m_console.reset();
    }

    void everyConnectionWithThoseNeedingAttentionFirst()
    {
        QVERIFY(m_feed->model()->rowCount() > 3);
        // The first row needs attention, with its reason in the Needs Attention column.
        const QModelIndex first = m_fleet->proxy()->index(0, FleetTableModel::AttentionColumn);
        QVERIFY(first.data(FleetTableModel::RankRole).toInt() > 0);
        QVERIFY(!first.data().toString().isEmpty());
        // The FAILED one is above every ACTIVE one that needs nothing.
        const int failed = proxyRowOf(seed::LegacyMysql);
        const int quiet = proxyRowOf(seed::OrdersRds);
        QVERIFY2(failed >= 0 && quiet >= 0 && failed < quiet,
                 qPrintable(u"%1 %2"_s.arg(failed).arg(quiet)));
        auto *attention = m_fleet->findChild<QLabel *>(u"fleetAttention"_s);
        QTRY_VERIFY(attention->text().contains(u"need attention"_s));
        QTRY_VERIFY(m_fleet->windowTitle().contains(u"Fleet ("_s));
    }

    void theProviderSideSaysWhatWaitsOnYou()
    {
        // Read with the profile's own AWS account: the request waiting on the user's own
        // service outranks the changefeed failing through the same connection.
        const QString kafka =
            FleetRow::keyOf(sandboxProfile(), seed::OrdersProd, seed::KafkaSelfhosted);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_fleet->proxy()
                ->index(proxyRowOf(seed::KafkaSelfhosted), FleetTableModel::ProviderSideColumn)
                .data()
                .toString(),
            u"Waiting on you"_s, 30'000);
        const QModelIndex attention = m_fleet->proxy()->index(proxyRowOf(seed::KafkaSelfhosted),
                                                              FleetTableModel::AttentionColumn);
        QCOMPARE(attention.data(FleetTableModel::RankRole).toInt(),
                 int(FleetAttention::AwaitingYou));
        QVERIFY2(attention.data().toString().startsWith(u"Waiting on you"_s),
                 qPrintable(attention.data().toString()));
        QCOMPARE(m_feed->model()->rowAt(m_feed->model()->rowOf(kafka))->side.finding,
                 ProviderSide::Finding::AwaitingYou);
        // The failure TiDB Cloud's missing account causes sorts above every other row.
        QTRY_COMPARE_WITH_TIMEOUT(proxyRowOf(seed::LegacyMysql), 0, 30'000);
        QVERIFY(proxyRowOf(seed::KafkaSelfhosted) < proxyRowOf(seed::OrdersRds));
    }

    void aRowOpensItsClusterAndConnectionInTheMainWindow()
    {
        const int row = proxyRowOf(seed::KafkaSelfhosted);
        QVERIFY(row >= 0);
        m_fleet->table()->setCurrentIndex(m_fleet->proxy()->index(row, 0));
        QTest::keyClick(m_fleet->table(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_console->panel()->selectedConnectionId(), seed::KafkaSelfhosted,
                                  10'000);
        QCOMPARE(m_console->panel()->cluster()->clusterId, seed::OrdersProd);
    }

    void filterExportAndTicloudCommands()
    {
        auto *filter = m_fleet->findChild<QLineEdit *>(u"fleetFilter"_s);
        test::type(filter, u"legacy"_s);
        QTRY_COMPARE(m_fleet->proxy()->rowCount(), 1);
        const QString commands = m_fleet->cliCommands();
        QVERIFY2(commands.contains(u"--private-link-connection-id '%1'"_s.arg(seed::LegacyMysql)),
                 qPrintable(commands));
        QVERIFY2(commands.trimmed().endsWith(u"-P 'Sandbox'"_s), qPrintable(commands));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"fleet.csv"_s);
        QSignalSpy exported(m_fleet.get(), &FleetWindow::exported);
        m_fleet->exportTable(file, false);
        QVERIFY(exported.wait(10'000));
        QCOMPARE(exported.constFirst().at(1).toString(), QString());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(u"Needs Attention"_s));
        QCOMPARE(text.trimmed().count(u'\n'), 1); // the titles and the one row shown
        filter->clear();
    }

    void aProblemIsASentenceAndTheRowsStay()
    {
        const int rows = m_feed->model()->rowCount();
        m_feed->setProfileProblem(sandboxProfile(), u"Profile Sandbox: the key is gone."_s);
        auto *problems = m_fleet->findChild<QLabel *>(u"fleetProblems"_s);
        QTRY_VERIFY(problems->isVisible());
        QCOMPARE(problems->text(), u"Profile Sandbox: the key is gone."_s);
        QCOMPARE(m_feed->model()->rowCount(), rows);
        m_feed->setProfileProblem(sandboxProfile(), {});
        QTRY_VERIFY(!problems->isVisible());
    }

    void changedSinceTheLastLook()
    {
        m_feed->markLooked();
        auto *changes = m_fleet->findChild<QListWidget *>(u"fleetChanges"_s);
        QTRY_COMPARE(changes->count(), 1); // "Nothing changed…"
        QVERIFY(m_console->sandbox
                    ->request("DELETE", u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(
                                            seed::OrdersProd, seed::OrdersRds))
                    .ok());
        QSignalSpy finished(m_feed->reader(sandboxProfile()), &FleetReader::passFinished);
        m_feed->readNow();
        QVERIFY(finished.wait(30'000));
        // Deleting, or already gone (the sandbox deletes quickly): either is said.
        const auto said = [changes] {
            QStringList lines;
            for (int i = 0; i < changes->count(); ++i)
                lines.append(changes->item(i)->text());
            return lines;
        };
        QTRY_VERIFY2(!said().filter(u"orders-rds on orders-prod (profile Sandbox)"_s).isEmpty(),
                     qPrintable(said().join(u'\n')));
    }

    void notificationsComeInOneBatchAndAClickOpensTheRow()
    {
        const QString connection = u"tst_fleetwindow_server"_s;
        QVERIFY(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, connection).isConnected());
        test::FakeNotificationServer server(connection);
        QVERIFY(test::startNotificationServer(server, connection));
        QMainWindow main; // in place of the console's window
        DesktopNotifier notifier;
        FleetAlerts alerts(m_feed.get(), &main, &notifier);
        QMenu menu;
        alerts.addActionsTo(&menu);
        auto *notifications = alerts.findChild<QAction *>(u"actionFleetNotifications"_s);
        QVERIFY(notifications && !notifications->isChecked()); // opt-in
        notifications->setChecked(true);
        QSignalSpy wanted(&alerts, &FleetAlerts::fleetWanted);

        // Two things a pass finds: a new connection that fails, another being deleted.
        const Reply created = m_console->sandbox->request(
            "POST", u"/v1beta1/clusters/%1/privateLinkConnections"_s.arg(seed::OrdersProd),
            QJsonObject{{u"privateLinkConnection"_s,
                         QJsonObject{{u"displayName"_s, u"no-principals"_s},
                                     {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                                     {u"awsEndpointService"_s,
                                      QJsonObject{{u"name"_s, seed::NoPrincipals}}}}}});
        QVERIFY(created.ok());
        const QString id = created.json.value("privateLinkConnectionId"_L1).toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_console->sandbox
                ->request("GET", u"/v1beta1/clusters/%1/privateLinkConnections/%2"_s.arg(
                                     seed::OrdersProd, id))
                .json.value("state"_L1)
                .toString(),
            u"FAILED"_s, 10'000);
        QSignalSpy finished(m_feed->reader(sandboxProfile()), &FleetReader::passFinished);
        m_feed->readNow();
        QVERIFY(finished.wait(30'000));
        QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 1, 10'000);
        const auto &sent = server.received.constFirst();
        QCOMPARE(sent.appName, u"Private Link Console"_s);
        QVERIFY2(sent.body.contains(u"no-principals on orders-prod (profile Sandbox)"_s),
                 qPrintable(sent.body));
        QVERIFY(sent.actions.contains(u"default"_s));
        // Clicked: the fleet is asked for, at the failed connection's row.
        Q_EMIT server.ActionInvoked(sent.id, u"default"_s);
        QTRY_COMPARE_WITH_TIMEOUT(wanted.size(), 1, 10'000);
        QCOMPARE(wanted.constFirst().at(0).toString(),
                 FleetRow::keyOf(sandboxProfile(), seed::OrdersProd, id));
        QVERIFY(m_fleet->selectRow(wanted.constFirst().at(0).toString()));
        notifications->setChecked(false);
        QDBusConnection(connection).unregisterService(u"org.freedesktop.Notifications"_s);
        QDBusConnection::disconnectFromBus(connection);
    }

    void noDBusAndNoTrayAreSaid()
    {
        QMainWindow main;
        DesktopNotifier notifier(QDBusConnection::connectToBus(
            u"unix:path=/nonexistent/plc-fleet-bus"_s, u"tst_fleetwindow_nobus"_s));
        FleetAlerts alerts(m_feed.get(), &main, &notifier);
        alerts.findChild<QAction *>(u"actionFleetNotifications"_s)->setChecked(true);
        QTRY_VERIFY(!alerts.problems().isEmpty());
        QVERIFY2(alerts.problems().constFirst().contains(u"D-Bus"_s),
                 qPrintable(alerts.problems().join(u'\n')));
        m_fleet->setOtherProblems(alerts.problems());
        auto *problems = m_fleet->findChild<QLabel *>(u"fleetProblems"_s);
        QTRY_VERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(u"D-Bus"_s));
        m_fleet->setOtherProblems({});
        alerts.findChild<QAction *>(u"actionFleetNotifications"_s)->setChecked(false);
        // The offscreen desktop has no tray: the choice is not offered, and says why;
        // closing the window closes it, as it always did.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        auto *tray = alerts.findChild<QAction *>(u"actionKeepRunningInTray"_s);
        QVERIFY(!tray->isEnabled());
        QVERIFY2(tray->toolTip().contains(u"no system tray"_s), qPrintable(tray->toolTip()));
        QVERIFY(QApplication::quitOnLastWindowClosed());
        main.show();
        QVERIFY(main.close());
        QVERIFY(!main.isVisible());
        QDBusConnection::disconnectFromBus(u"tst_fleetwindow_nobus"_s);
    }

    void theMainWindowAtHalfAScreen_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageManager::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    /// Tiled at half of a 1920×1080 screen, the cluster list stacks above the connections:
    /// each cluster's name and state, and each connection's, stay in sight.
    void theMainWindowAtHalfAScreen()
    {
        QFETCH(QString, language);
        QVERIFY(m_console->languages->setLanguage(language));
        MainWindow *window = m_console->window.get();
        const QSize screen = window->screen()->availableGeometry().size();
        window->setWindowState(Qt::WindowNoState);
        window->resize(960, std::min(1040, screen.height()));
        auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);
        QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
        const auto inSight = [](QTableView *table, QList<int> columns) {
            QHeaderView *header = table->horizontalHeader();
            for (int column : columns) {
                const int right =
                    header->sectionViewportPosition(column) + header->sectionSize(column);
                if (header->isSectionHidden(column) || right > table->viewport()->width() ||
                    header->sectionSize(column) <
                        static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column) - 2)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY(inSight(m_console->clusterTable(),
                            {ClusterTableModel::NameColumn, ClusterTableModel::StateColumn}));
        auto *connections = m_console->panel()->findChild<QTableView *>(u"connectionTable"_s);
        QTRY_VERIFY(inSight(connections,
                            {ConnectionTableModel::NameColumn, ConnectionTableModel::StateColumn}));
        QVERIFY(m_console->clusterTable()->viewport()->height() >
                3 * m_console->clusterTable()->verticalHeader()->defaultSectionSize());
        const QString size = u"%1x%2"_s.arg(screen.width()).arg(screen.height());
        QVERIFY(screenshot(window, u"main-window-half-"_s + size, language));
        // Wide again: side by side.
        window->resize(1400, std::min(860, screen.height()));
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }

    /// The fleet's session keys each profile with its own key, for its own API; an edited
    /// profile (another organization's URL and key) is read again with the new key at once,
    /// and the environment's key is never sent to a profile other than the active one.
    void aProfileIsReadWithItsOwnKeyAndReadAgainWhenEdited()
    {
        SandboxFixture other; // a second organization
        other.config().settings.rateLimitPerMinute = 0;
        QVERIFY(other.start());
        ProfileStore profiles;
        SecretStore secrets;
        const auto stored = [&](const QString &keyId, const QString &secret) {
            QSignalSpy done(secrets.writeSecret(keyId, secret), &Job::finished);
            return done.wait(10'000);
        };
        QVERIFY(stored(u"fleet-key-1"_s, m_console->sandbox->config().privateKey));
        Profile prod{u"prod-org"_s,
                     m_console->sandbox->url(),
                     m_console->sandbox->config().publicKey,
                     u"fleet-key-1"_s,
                     {}};
        QVERIFY(profiles.save(prod));
        QVERIFY(Settings::fleetProfiles().setValue({u"prod-org"_s}));
        CommandLineOptions options;
        SandboxLauncher launcher(m_dir.filePath(u"launcher.sqlite"_s));
        FleetSession session(options, &profiles, &secrets, &launcher);
        session.feed()->setSharePerMinute(6000);
        session.feed()->setPassInterval(3'600'000);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.feed()->reader(u"prod-org"_s)->client()->baseUrl(),
                                  m_console->sandbox->url(), 10'000);

        // Edited: the other organization's API and key.
        QVERIFY(stored(u"fleet-key-2"_s, other.config().privateKey));
        prod.apiUrl = other.url();
        prod.publicKey = other.config().publicKey;
        prod.keyId = u"fleet-key-2"_s;
        QVERIFY(profiles.save(prod));
        QTRY_COMPARE_WITH_TIMEOUT(session.feed()->reader(u"prod-org"_s)->client()->baseUrl(),
                                  other.url(), 10'000);
        QSignalSpy finished(session.feed()->reader(u"prod-org"_s), &FleetReader::passFinished);
        QVERIFY(finished.wait(30'000));
        QVERIFY(session.feed()->problems().isEmpty());
        for (const QString &problem : session.feed()->problems())
            QVERIFY(!problem.contains(u"API key"_s));

        // A deleted profile's snapshot goes with it.
        QVERIFY(profiles.remove(u"prod-org"_s));
        QTRY_VERIFY(!QFile::exists(session.feed()->store()->fileFor(u"prod-org"_s)));

        // The environment's key stands for the active profile only.
        QVERIFY(profiles.save(prod));
        CommandLineOptions withKey;
        withKey.publicKey = u"ENVPUBLIC"_s;
        withKey.privateKey = u"env-private"_s;
        FleetSession environment(withKey, &profiles, &secrets, &launcher);
        environment.start();
        QTRY_VERIFY(!environment.feed()->problems().isEmpty());
        QVERIFY2(environment.feed()->problems().constFirst().contains(u"TIDBCLOUD_PUBLIC_KEY"_s),
                 qPrintable(environment.feed()->problems().constFirst()));
        QVERIFY(!environment.feed()->reader(u"prod-org"_s)->client()->baseUrl().isValid());
        // Nor is its provider side read: its rows are not.
        QVERIFY(!environment.feed()->sideReader(u"prod-org"_s)->hasSource());
        QVERIFY(profiles.remove(u"prod-org"_s));
        QVERIFY(Settings::fleetProfiles().setValue({}));
    }

    /// The fleet's session reads a profile's provider side with accounts of its own: the
    /// sandbox profile's act on the embedded sandbox's emulations once it runs.
    void theSessionReadsTheProviderSideWithTheProfilesAccounts()
    {
        ProfileStore profiles;
        SecretStore secrets;
        QVERIFY(Settings::fleetProfiles().setValue({Profile::sandboxName()}));
        CommandLineOptions options;
        SandboxLauncher launcher(m_dir.filePath(u"sides.sqlite"_s));
        FleetSession session(options, &profiles, &secrets, &launcher);
        session.feed()->setSharePerMinute(6000);
        session.feed()->setPassInterval(3'600'000);
        session.start();
        const QString key =
            FleetRow::keyOf(Profile::sandboxName(), seed::OrdersProd, seed::LegacyMysql);
        QTRY_VERIFY_WITH_TIMEOUT(session.feed()->model()->rowOf(key) >= 0, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            session.feed()->model()->rowAt(session.feed()->model()->rowOf(key))->side.finding,
            ProviderSide::Finding::PrincipalMissing, 30'000);
        QVERIFY(session.providerSides()->log(Profile::sandboxName())->entries().size() >= 2);

        // The provider side acts as a role that needs an MFA code: the fleet's accounts follow,
        // and never ask for the code; every row says the account cannot be used.
        QVERIFY(Settings::sandboxRole(u"aws"_s).setValue(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{u"arn"_s, u"arn:aws:iam::727162835041:role/PrivateLinkAdminMfa"_s},
                            {u"mfaDevice"_s, u"arn:aws:iam::727162835041:mfa/sandbox-admin"_s}})
                .toJson(QJsonDocument::Compact))));
        session.providerSides()->sandboxRoleChosen();
        QTRY_COMPARE_WITH_TIMEOUT(
            session.feed()->model()->rowAt(session.feed()->model()->rowOf(key))->side.finding,
            ProviderSide::Finding::Unreadable, 30'000);
        const ProviderSide side =
            session.feed()->model()->rowAt(session.feed()->model()->rowOf(key))->side;
        QVERIFY(side.accountProblem);
        QVERIFY2(side.sentence.contains(u"MFA"_s) || side.sentence.contains(u"code"_s),
                 qPrintable(side.sentence));
        QVERIFY(Settings::sandboxRole(u"aws"_s).setValue({}));
        QVERIFY(Settings::fleetProfiles().setValue({}));
    }

    /// A key typed again into the keychain under the same choice is used at once: another key
    /// may be another account, and the fleet never goes on reading with the old one.
    void aRetypedProviderKeyIsUsedAtOnce()
    {
        SandboxFixture &sandbox = *m_console->sandbox;
        qputenv("AWS_ENDPOINT_URL", sandbox.url().resolved(QUrl(u"/aws/"_s)).toString().toUtf8());
        const auto restore = qScopeGuard([] { qunsetenv("AWS_ENDPOINT_URL"); });
        ProfileStore profiles;
        SecretStore secrets;
        const auto stored = [&](const QString &keyId, const QString &secret) {
            QSignalSpy done(secrets.writeSecret(keyId, secret), &Job::finished);
            return done.wait(10'000);
        };
        QVERIFY(stored(u"side-key"_s, sandbox.config().privateKey));
        QVERIFY(stored(u"side-key/aws"_s,
                       AwsAccount::packKey(sandbox.config().awsAccessKeyId, u"wrong"_s)));
        const Profile org{u"side-org"_s,
                          sandbox.url(),
                          sandbox.config().publicKey,
                          u"side-key"_s,
                          {{u"aws"_s, u"keychain"_s}}};
        QVERIFY(profiles.save(org));
        QVERIFY(Settings::fleetProfiles().setValue({u"side-org"_s}));
        CommandLineOptions options;
        SandboxLauncher launcher(m_dir.filePath(u"retyped.sqlite"_s));
        FleetSession session(options, &profiles, &secrets, &launcher);
        session.feed()->setSharePerMinute(6000);
        session.feed()->setPassInterval(3'600'000);
        session.start();
        const FleetTableModel *model = session.feed()->model();
        const QString key = FleetRow::keyOf(u"side-org"_s, seed::OrdersProd, seed::KafkaSelfhosted);
        const auto side = [&] {
            const FleetRow *row = model->rowAt(model->rowOf(key));
            return row ? row->side : ProviderSide{};
        };
        QTRY_COMPARE_WITH_TIMEOUT(side().finding, ProviderSide::Finding::Unreadable, 30'000);

        // The right key, typed again (the profile dialog writes the entry, then saves).
        QVERIFY(
            stored(u"side-key/aws"_s, AwsAccount::packKey(sandbox.config().awsAccessKeyId,
                                                          sandbox.config().awsSecretAccessKey)));
        QVERIFY(profiles.save(org));
        QTRY_COMPARE_WITH_TIMEOUT(side().finding, ProviderSide::Finding::AwaitingYou, 30'000);
        QVERIFY(profiles.remove(u"side-org"_s));
        QVERIFY(Settings::fleetProfiles().setValue({}));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageManager::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QVERIFY(m_console->languages->setLanguage(language));
        const QSize screen = m_fleet->screen()->availableGeometry().size();
        const QString size = u"%1x%2"_s.arg(screen.width()).arg(screen.height());
        m_fleet->resize(std::min(1100, screen.width()), std::min(700, screen.height()));
        QVERIFY(screenshot(m_fleet.get(), u"fleet-window-"_s + size, language));
        // Once laid out (grab() may leave a layout request pending), nothing is cut off.
        QTRY_VERIFY2(clippedTexts(m_fleet.get()).isEmpty(),
                     qPrintable(clippedTexts(m_fleet.get()).join(u'\n')));
        // Scrolled to the provider side, as read with the profile's own accounts.
        m_fleet->table()->scrollTo(m_fleet->proxy()->index(0, FleetTableModel::ProviderSideColumn));
        QVERIFY(screenshot(m_fleet.get(), u"fleet-window-provider-side-"_s + size, language));
        m_fleet->table()->scrollTo(m_fleet->proxy()->index(0, FleetTableModel::ClusterColumn));
        // Half of a 1920×1080 screen, as a tiled window.
        m_fleet->resize(960, std::min(1040, screen.height()));
        QVERIFY(screenshot(m_fleet.get(), u"fleet-window-half-"_s + size, language));
        // Once laid out (grab() may leave a layout request pending), nothing is cut off.
        QTRY_VERIFY2(clippedTexts(m_fleet.get()).isEmpty(),
                     qPrintable(clippedTexts(m_fleet.get()).join(u'\n')));
        // The cluster's name, the connection and its state stay in sight.
        QHeaderView *header = m_fleet->table()->horizontalHeader();
        for (int column :
             {int(FleetTableModel::ClusterColumn), int(FleetTableModel::ConnectionColumn),
              int(FleetTableModel::StateColumn)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= m_fleet->table()->viewport()->width(),
                     qPrintable(u"column %1 ends at %2"_s.arg(column).arg(right)));
        }
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestFleetWindow)
#include "tst_fleetwindow.moc"
