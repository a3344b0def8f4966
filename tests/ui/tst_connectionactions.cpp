// The connection actions, the picture and keyboard-only use, offscreen against the sandbox.
#include "ConsoleFixture.h"

#include "models/ConnectionTableModel.h"
#include "ui/ConnectionActions.h"
#include "ui/ConnectionDiagram.h"
#include "ui/ConnectionPicturePane.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
const QString OrdersProd = u"10289543321198765432"_s;
const QString CheckoutCanary = u"10289543321198765437"_s;
const QString Rds = u"plc-4t8c2kq9w1nz5rbx7dma"_s;
const QString Confluent = u"plc-9m3v7x1c5z2b8n4q6wke"_s;
const QString Failed = u"plc-7r5e3w1q9a8s6d4f2gzx"_s;
const QString Pending = u"plc-2h6j8k4l0p9o7i5u3yte"_s;

/// Exports the picture and waits for the end (encoding and writing run on a worker thread):
/// what the user is told, and whether the file was saved.
std::pair<QString, bool> exportPicture(ConnectionPicturePane *pane, const QString &file)
{
    QSignalSpy exported(pane, &ConnectionPicturePane::exported);
    pane->exportTo(file);
    if (exported.isEmpty() && !exported.wait(10'000))
        return {u"(no answer)"_s, false};
    return {exported.at(0).at(0).toString(), exported.at(0).at(1).toBool()};
}
} // namespace

/// Receives the URLs QDesktopServices would open, instead of a browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestConnectionActions final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleFixture> m_console;
    UrlCatcher m_urls;

    QAction *action(const char *name) const
    {
        return m_console->panel()->findChild<QAction *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings(u"tst_connectionactions"_s);
        QDesktopServices::setUrlHandler(u"https"_s, &m_urls, "open");
    }

    void init()
    {
        m_urls.urls.clear();
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->start());
    }

    void cleanup() { m_console.reset(); }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"https"_s); }

    void actionsFollowTheConnectionState()
    {
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QVERIFY(action("actionCreateConnection")->isEnabled());

        QVERIFY(m_console->selectConnection(Failed));
        QAction *attach = action("actionAttachDomains");
        QVERIFY(!attach->isEnabled());
        QVERIFY2(attach->toolTip().contains(u"Failed"_s), qPrintable(attach->toolTip()));
        QVERIFY(action("actionDeleteConnection")->isEnabled());
        QVERIFY(!action("actionDetachDomains")->isEnabled());
        QVERIFY(action("actionDetachDomains")->toolTip().contains(u"No domains are attached"_s));

        QVERIFY(m_console->selectConnection(Pending));
        QVERIFY(!attach->isEnabled());
        QVERIFY(attach->toolTip().contains(u"Pending acceptance"_s));

        QVERIFY(m_console->selectConnection(Confluent));
        QVERIFY(attach->isEnabled());
        QVERIFY(action("actionDetachDomains")->isEnabled());

        // A cluster that is still being created takes no new connection, and says why.
        QVERIFY(m_console->selectCluster(CheckoutCanary, 0));
        QAction *create = action("actionCreateConnection");
        QVERIFY(!create->isEnabled());
        QVERIFY2(create->toolTip().contains(u"Creating"_s), qPrintable(create->toolTip()));
        QVERIFY(!action("actionCopyConnectionId")->isEnabled());
    }

    void theWizardActionsAskForTheirWizard()
    {
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QVERIFY(m_console->selectConnection(Confluent));
        ConnectionActions *actions = m_console->panel()->actions();
        QSignalSpy attach(actions, &ConnectionActions::attachRequested);
        QSignalSpy remove(actions, &ConnectionActions::deleteRequested);
        action("actionAttachDomains")->trigger();
        action("actionDeleteConnection")->trigger();
        QCOMPARE(attach.count(), 1);
        QCOMPARE(remove.count(), 1);
        // Disabled actions do nothing.
        QVERIFY(m_console->selectConnection(Failed));
        action("actionAttachDomains")->trigger();
        QCOMPARE(attach.count(), 1);
    }

    void theCommandMenuOffersEveryAction()
    {
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QVERIFY(m_console->selectConnection(Confluent));
        QMenu *menu = m_console->panel()->actions()->commandMenu();
        QStringList commands;
        for (QAction *entry : menu->actions())
            commands.append(entry->toolTip());
        QVERIFY(commands.contains(u"ticloud serverless private-link-connection delete --cluster-id "
                                  "'10289543321198765432' --private-link-connection-id "
                                  "'plc-9m3v7x1c5z2b8n4q6wke'"_s));
        const auto detach = std::count_if(commands.begin(), commands.end(), [](const QString &c) {
            return c.contains(u"detach-domains"_s);
        });
        QCOMPARE(int(detach),
                 int(m_console->panel()->selectedConnection()->attachedDomains->size()));
        menu->actions().constLast()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), commands.constLast());
    }

    void openInProviderConsoleOpensTheServicePage()
    {
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QVERIFY(m_console->selectConnection(Rds));
        action("actionOpenProviderConsole")->trigger();
        QCOMPARE(m_urls.urls.size(), 1);
        QCOMPARE(m_urls.urls.constFirst().toString(),
                 u"https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1"
                 "#EndpointServiceDetails:endpointServiceId=vpce-svc-0a1b2c3d4e5f60718"_s);
        // Alibaba Cloud: the VPC console of the region, the service ID on the clipboard.
        QVERIFY(m_console->selectCluster(u"10289543321198765435"_s, 2));
        QVERIFY(m_console->selectConnection(u"plc-5b7n9m1k3j5h7g9f1dsa"_s));
        action("actionOpenProviderConsole")->trigger();
        QCOMPARE(m_urls.urls.size(), 2);
        QCOMPARE(m_urls.urls.constLast().toString(),
                 u"https://vpc.console.aliyun.com/?regionId=cn-hangzhou"_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"epsrv-bp1c2d3e4f5g6h7i8"_s);
    }

    void thePictureShowsTheSharedZonesAndExports()
    {
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QTRY_VERIFY(!m_console->panel()->availabilityZones().azIds.isEmpty());
        QVERIFY(m_console->selectConnection(Rds));
        auto *pane = m_console->panel()->findChild<ConnectionPicturePane *>();
        QVERIFY(pane);
        const QStringList texts = pane->diagram().texts();
        QVERIFY2(texts.contains(u"orders-prod"_s), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(u"use1-az1, use1-az2, use1-az4"_s)); // the cluster's zones
        QVERIFY(texts.contains(u"In common: use1-az1, use1-az2"_s));
        QVERIFY(texts.contains(u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s));
        QVERIFY(!pane->diagram().missingOverlap());

        QTemporaryDir dir;
        const QString png = dir.filePath(u"picture.png"_s);
        QCOMPARE(exportPicture(pane, png),
                 std::make_pair(u"Saved the picture to %1."_s.arg(png), true));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800);
        QVERIFY(exportPicture(pane, dir.filePath(u"picture.svg"_s)).second);
        QFile svg(dir.filePath(u"picture.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray drawing = svg.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("use1-az4"));
        const auto [message, ok] = exportPicture(pane, dir.filePath(u"no/such/folder/p.png"_s));
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"no/such/folder/p.png cannot be written"_s),
                 qPrintable(message));

        // Nothing selected: nothing to export, said at once.
        pane->setContent(std::nullopt, {}, std::nullopt);
        QCOMPARE(exportPicture(pane, dir.filePath(u"empty.png"_s)).second, false);
        QVERIFY(!QFile::exists(dir.filePath(u"empty.png"_s)));
    }

    void theDiagramFlagsAMissingOverlap()
    {
        Cluster cluster;
        cluster.displayName = u"c"_s;
        cluster.region.cloudProvider = enumFromApi<CloudProvider>(u"aws"_s);
        PrivateLinkConnection connection;
        connection.displayName = u"p"_s;
        connection.state = enumFromApi<ConnectionState>(u"FAILED"_s);
        connection.message = u"no common availability zone"_s;
        connection.endpointService.name =
            u"com.amazonaws.vpce.us-east-1.vpce-svc-0a1b2c3d4e5f60718"_s;
        connection.endpointService.availabilityZoneIds = {u"use1-az6"_s};
        connection.attachedDomains = QList<AttachDomain>{};
        ConnectionDiagram diagram;
        diagram.setContent(cluster, {u"use1-az1"_s, u"use1-az2"_s}, connection);
        QVERIFY(diagram.missingOverlap());
        QVERIFY(diagram.texts().contains(u"No availability zone in common with the cluster"_s));
        QVERIFY(diagram.texts().contains(u"No domains attached"_s));
        QVERIFY(diagram.size(QApplication::font()).width() > 4 * 200);
        // Zones not reported yet are not a missing overlap.
        connection.endpointService.availabilityZoneIds.clear();
        diagram.setContent(cluster, {u"use1-az1"_s}, connection);
        QVERIFY(!diagram.missingOverlap());
        QCOMPARE(ConnectionDiagram::commonZones({u"a"_s, u"b"_s, u"c"_s}, {u"c"_s, u"a"_s}),
                 QStringList({u"a"_s, u"c"_s}));
    }

    void theStateColumnShowsTheWholeBadgeInEveryLanguage()
    {
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        auto *table = m_console->panel()->findChild<QTableView *>(u"connectionTable"_s);
        auto narrowest = [table] {
            // How much room the widest badge lacks (≤ 0: every badge fits).
            int lacking = INT_MIN;
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QModelIndex index =
                    table->model()->index(r, ConnectionTableModel::StateColumn);
                QStyleOptionViewItem option;
                option.font = table->font();
                const int needed = table->itemDelegateForColumn(ConnectionTableModel::StateColumn)
                                       ->sizeHint(option, index)
                                       .width();
                lacking =
                    qMax(lacking, needed - table->columnWidth(ConnectionTableModel::StateColumn));
            }
            return lacking;
        };
        for (const QString &language : LanguageManager::availableLanguages()) {
            QVERIFY(m_console->languages->setLanguage(language));
            QTRY_VERIFY2(narrowest() <= 0, qPrintable(language));
        }
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }

    /// Keyboard only: from the cluster list to a connection, its ID, the picture, F5.
    void keyboardOnlyWalkthrough()
    {
        QTableView *clusters = m_console->clusterTable();
        clusters->setFocus();
        QTRY_VERIFY(clusters->hasFocus());
        // orders-prod is the fourth cluster by name.
        QTest::keyClick(clusters, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(clusters, Qt::Key_Down);
        QTRY_VERIFY(m_console->panel()->cluster().has_value());
        QCOMPARE(m_console->panel()->cluster()->displayName, u"orders-prod"_s);
        QTRY_COMPARE(m_console->panel()->model()->rowCount(), 4);

        // Tab reaches the connection table, every stop on the way has a name to announce.
        auto *connections = m_console->panel()->findChild<QTableView *>(u"connectionTable"_s);
        QStringList unnamed;
        for (int i = 0; i < 40 && !connections->hasFocus(); ++i) {
            QWidget *focus = QApplication::focusWidget();
            QTest::keyClick(focus, Qt::Key_Tab);
            focus = QApplication::focusWidget();
            QVERIFY(focus);
            const auto *button = qobject_cast<QAbstractButton *>(focus);
            if (focus->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
                unnamed.append(QString::fromLatin1(focus->metaObject()->className()) + u' ' +
                               focus->objectName());
        }
        QVERIFY(connections->hasFocus());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

        QTest::keyClick(connections, Qt::Key_Home, Qt::ControlModifier);
        QTRY_VERIFY(!m_console->panel()->selectedConnectionId().isEmpty());
        const QString first = m_console->panel()->selectedConnectionId();
        QTest::keyClick(connections, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), first);
        QTest::keyClick(connections, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_urls.urls.size(), 1);

        QSignalSpy loaded(m_console->window.get(), &MainWindow::clustersLoaded);
        QTest::keyClick(connections, Qt::Key_F5);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(m_console->panel()->selectedConnectionId(), first); // kept across the refresh
    }

    void theLastSelectionIsRestoredOnStart()
    {
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QVERIFY(m_console->selectConnection(Pending));
        m_console->panel()->findChild<QTabWidget *>(u"connectionTabs"_s)->setCurrentIndex(1);
        m_console->window->close(); // saves the layout
        m_console.reset();

        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY(m_console->start());
        QTRY_COMPARE(m_console->panel()->model()->rowCount(), 4);
        QTRY_COMPARE(m_console->panel()->selectedConnectionId(), Pending);
        QCOMPARE(m_console->panel()->findChild<QTabWidget *>(u"connectionTabs"_s)->currentIndex(),
                 1);
        QSettings().clear();
    }

    /// Saved for review under build/screenshots: the picture of a connection, each language.
    void screenshotsOfThePicture_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageManager::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void screenshotsOfThePicture()
    {
        QFETCH(QString, language);
        QVERIFY(m_console->languages->setLanguage(language));
        QVERIFY(m_console->selectCluster(OrdersProd, 4));
        QTRY_VERIFY(!m_console->panel()->availabilityZones().azIds.isEmpty());
        QVERIFY(m_console->selectConnection(Confluent));
        m_console->panel()->findChild<QTabWidget *>(u"connectionTabs"_s)->setCurrentIndex(1);
        QTest::qWait(100);
        const QString dir = QStringLiteral(PLC_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(m_console->window->grab().save(dir + u"/main-window-picture-"_s + language +
                                               u".png"_s));
        auto *pane = m_console->panel()->findChild<ConnectionPicturePane *>();
        QVERIFY(exportPicture(pane, dir + u"/connection-picture-"_s + language + u".png"_s).second);

        // The message bar after a table export (the file's path is long on purpose).
        QTemporaryDir exports;
        QSignalSpy exported(m_console->panel(), &ConnectionsPanel::exported);
        m_console->panel()->exportTable(
            exports.filePath(u"private-link-connections-orders-prod-"_s + language + u".csv"_s),
            false);
        QVERIFY(exported.wait(10'000));
        QCOMPARE(exported.at(0).at(1).toString(), QString());
        QVERIFY(m_console->window->grab().save(dir + u"/main-window-exported-"_s + language +
                                               u".png"_s));
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestConnectionActions)
#include "tst_connectionactions.moc"
