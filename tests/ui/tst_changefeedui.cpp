// The changefeeds in the window, against the real sandbox: the Used By column, the details'
// Used by section (badges, errors in plain sight, Copy ticloud Command), the picture's last
// hop, and Test Through This Connection… for every outcome the emulated network gives — sent
// once, the password never shown or logged. Screenshots in every language.
#include "ConsoleFixture.h"
#include "SeedIds.h"
#include "WizardDriver.h"

#include "api/RequestLog.h"
#include "models/ChangefeedTableModel.h"
#include "models/ConnectionFeed.h"
#include "models/ConnectionTableModel.h"
#include "models/TextFilterProxy.h"
#include "ui/ChangefeedUsageView.h"
#include "ui/ConnectionActions.h"
#include "ui/ConnectionDetailsPane.h"
#include "ui/ConnectionPages.h"
#include "ui/ConnectionPicturePane.h"
#include "ui/ConnectionWizards.h"
#include "ui/wizards/SinkTestDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test::seed;

class TestChangefeedUi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleFixture> m_console;

    bool select(const QString &connectionId)
    {
        return m_console->selectCluster(OrdersProd, 4) &&
               m_console->selectConnection(connectionId) &&
               QTest::qWaitFor([this] { return m_console->panel()->feed()->changefeedsKnown(); },
                               10'000);
    }

    ChangefeedUsageView *usage() const { return m_console->panel()->pages()->details()->usage(); }

    SinkTestDialog *openTest(const QString &connectionId)
    {
        if (!select(connectionId))
            return nullptr;
        m_console->panel()->actions()->testSink()->trigger();
        return m_console->panel()->findChild<SinkTestDialog *>();
    }

    /// Fills in the credentials, presses Test and waits for the outcome.
    bool runTest(SinkTestDialog *dialog, const QString &user, const QString &password)
    {
        dialog->findChild<QLineEdit *>(u"sinkTestUser"_s)->setText(user);
        dialog->findChild<QLineEdit *>(u"sinkTestPassword"_s)->setText(password);
        auto *test = dialog->findChild<QPushButton *>(u"sinkTestButton"_s);
        if (!test->isEnabled())
            return false;
        QSignalSpy tested(dialog, &SinkTestDialog::tested);
        test->click();
        return tested.wait(15'000);
    }

    int testsSentSince(qsizetype from) const
    {
        int count = 0;
        const auto entries = m_console->client->requestLog()->entries();
        for (qsizetype i = from; i < entries.size(); ++i)
            count += entries.at(i).path.contains(u"changefeeds:test"_s) ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // One binary runs once per screen, maybe at the same time: a settings file each.
        const QSize screen = QGuiApplication::primaryScreen()->size();
        test::isolateSettings(u"tst_changefeedui_%1x%2"_s.arg(screen.width()).arg(screen.height()));
    }

    void init()
    {
        m_console = std::make_unique<test::ConsoleFixture>();
        m_console->firstStartSize = true; // the window as a first start on this screen
        QVERIFY(m_console->startFast());
    }

    void cleanup()
    {
        QVERIFY(m_console->sandbox->contractViolations().isEmpty());
        m_console.reset();
    }

    void usedByIsAColumnBesideTheState()
    {
        QVERIFY(select(OrdersRds));
        auto *table = m_console->panel()->findChild<QTableView *>(u"connectionTable"_s);
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(!header->isSectionHidden(ConnectionTableModel::UsedByColumn));
        QCOMPARE(header->visualIndex(ConnectionTableModel::UsedByColumn),
                 header->visualIndex(ConnectionTableModel::StateColumn) + 1);
        ConnectionTableModel *model = m_console->panel()->model();
        QCOMPARE(model->index(model->rowOf(OrdersRds), ConnectionTableModel::UsedByColumn)
                     .data()
                     .toString(),
                 u"2 changefeeds"_s);
    }

    void aHeaderSavedBeforeUsedByStillShowsIt()
    {
        // The connections table's header as a version without Used By saved it.
        QStandardItemModel old(1, ConnectionTableModel::UsedByColumn);
        QTableView before;
        before.setModel(&old);
        before.horizontalHeader()->resizeSection(ConnectionTableModel::NameColumn, 222);
        const QByteArray saved = before.horizontalHeader()->saveState();
        auto *table = m_console->panel()->findChild<QTableView *>(u"connectionTable"_s);
        QHeaderView *header = table->horizontalHeader();
        header->restoreState(saved);
        QCOMPARE(header->count(), int(ConnectionTableModel::ColumnCount));
        QVERIFY(!header->isSectionHidden(ConnectionTableModel::UsedByColumn));
        QVERIFY(header->sectionSize(ConnectionTableModel::UsedByColumn) > 0);
    }

    /// A name from the server that looks like markup shows as the text it is (Qt renders a
    /// tooltip that looks like markup as rich text).
    void aTooltipShowsAServerNameAsItIs()
    {
        const QString name = u"<b>bold</b><img src=x>"_s;
        const test::Reply created = m_console->sandbox->request(
            "POST", u"/v1beta1/clusters/%1/changefeeds"_s.arg(OrdersProd),
            QJsonObject{
                {u"displayName"_s, name},
                {u"sink"_s,
                 QJsonObject{{u"type"_s, u"KAFKA"_s},
                             {u"kafka"_s,
                              QJsonObject{{u"network"_s,
                                           QJsonObject{{u"networkType"_s, u"PRIVATE_LINK"_s},
                                                       {u"privateLink"_s,
                                                        QJsonObject{{u"privateLinkConnectionId"_s,
                                                                     LegacyMysql},
                                                                    {u"port"_s, 9092}}}}}}}}},
                {u"filter"_s, QJsonObject{}}});
        QCOMPARE(created.status, 200);
        QVERIFY(select(LegacyMysql));
        m_console->panel()->reload();
        auto *table = m_console->panel()->findChild<QTableView *>(u"connectionTable"_s);
        const auto tip = [table] {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QModelIndex cell =
                    table->model()->index(row, ConnectionTableModel::UsedByColumn);
                if (cell.siblingAtColumn(0).data(ConnectionTableModel::IdRole) == LegacyMysql)
                    return cell.data(Qt::ToolTipRole).toString();
            }
            return QString();
        };
        QTRY_VERIFY(tip().contains(u"bold"_s));
        // What the tooltip shows, as QToolTip decides it.
        QTextDocument shown;
        if (Qt::mightBeRichText(tip()))
            shown.setHtml(tip());
        else
            shown.setPlainText(tip());
        // legacy-mysql has no other changefeed: the name is the tooltip's first line.
        QVERIFY(Qt::mightBeRichText(tip()));
        QVERIFY2(shown.toPlainText().startsWith(name + u" (Kafka, "_s),
                 qPrintable(shown.toPlainText()));
        // Plain text stays as it is.
        QCOMPARE(TextFilterProxy::plainToolTip(u"orders-rds (MySQL, Running)"_s),
                 u"orders-rds (MySQL, Running)"_s);
    }

    void theDetailsSayWhoUsesTheConnection()
    {
        QVERIFY(select(OrdersRds));
        QTRY_COMPARE(usage()->model()->rowCount(), 2);
        QVERIFY(usage()->isVisibleTo(m_console->window.get()));
        QVERIFY(usage()->problemsText().isEmpty()); // running and paused: nothing wrong

        // A failed changefeed's error is in plain sight, whole.
        QVERIFY(m_console->selectConnection(KafkaSelfhosted));
        QTRY_COMPARE(usage()->model()->rowCount(), 1);
        const QString problems = usage()->problemsText();
        QVERIFY2(problems.contains(u"orders-events-selfhosted (Running failed): private link "
                                   "connection plc-2h6j8k4l0p9o7i5u3yte (kafka-selfhosted) is "
                                   "PENDING_ACCEPTANCE"_s),
                 qPrintable(problems));
        const QModelIndex state = usage()->model()->index(0, ChangefeedTableModel::StateColumn);
        QCOMPARE(state.data().toString(), u"Running failed"_s);
        QCOMPARE(state.data(ChangefeedTableModel::StateColorRole).value<QColor>(),
                 ChangefeedTableModel::stateColor(ChangefeedState::RunningFailed));

        // The equivalent ticloud command of the current changefeed, quoted by position.
        auto *table = usage()->findChild<QTableView *>(u"changefeedTable"_s);
        table->setCurrentIndex(table->model()->index(0, 0));
        usage()->findChild<QAction *>(u"actionCopyDescribeCommand"_s)->trigger();
        QCOMPARE(QApplication::clipboard()->text(),
                 u"ticloud serverless changefeed describe -c '%1' --changefeed-id '%2'"_s.arg(
                     OrdersProd, SelfhostedFailed));

        // A connection nothing runs through says so, and names what is not listed.
        QVERIFY(m_console->selectConnection(LegacyMysql));
        QTRY_VERIFY(
            usage()->statusText().contains(u"No changefeed runs through this connection"_s));
        QVERIFY(usage()->statusText().contains(u"public network"_s));
    }

    void thePictureEndsWithTheChangefeeds()
    {
        QVERIFY(select(OrdersRds));
        auto *picture = m_console->panel()->pages()->picture();
        QTRY_VERIFY(picture->diagram().texts().contains(u"Changefeeds"_s));
        const QStringList texts = picture->diagram().texts();
        QVERIFY(texts.contains(u"orders-to-rds-replica"_s));
        QVERIFY(texts.contains(u"MySQL · port 3306"_s));
        QCOMPARE(texts.constLast(), u"MySQL · port 3306"_s); // the last hop
        // Five boxes still stand side by side, on a laptop too, in every language.
        m_console->panel()->pages()->setCurrentIndex(1);
        for (const QString &language : LanguageManager::availableLanguages()) {
            QVERIFY(m_console->languages->setLanguage(language));
            QTRY_VERIFY(picture->pictureSize().width() <= picture->visibleSize().width());
            QVERIFY2(!picture->isStacked(), qPrintable(language));
        }
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }

    void aTestThatPassesIsSentOnceAndShowsNoPassword()
    {
        auto *dialog = openTest(OrdersRds);
        QVERIFY(dialog);
        // MySQL is what runs through orders-rds; its port is suggested.
        QCOMPARE(dialog->sinkTest().type, SinkType::Mysql);
        QCOMPARE(dialog->findChild<QSpinBox *>(u"sinkTestPort"_s)->value(), 3306);
        QVERIFY(dialog->findChild<QLabel *>(u"sinkTestPortsHint"_s)->text().contains(u"3306"_s));
        auto *test = dialog->findChild<QPushButton *>(u"sinkTestButton"_s);
        QVERIFY(!test->isEnabled());
        QCOMPARE(dialog->problem(), u"Enter the user name the sink accepts."_s);
        // A space at the end of the user name: the sentence is about the user name, and so is
        // the field it marks (it marked the password before).
        auto *user = dialog->findChild<QLineEdit *>(u"sinkTestUser"_s);
        QTest::keyClicks(user, MysqlUser + u" "_s);
        QVERIFY(dialog->problem().contains(u"space"_s));
        QVERIFY2(user->toolTip().contains(u"space"_s), qPrintable(user->toolTip()));
        QVERIFY(dialog->findChild<QLineEdit *>(u"sinkTestPassword"_s)->toolTip().isEmpty());
        user->setText(MysqlUser);
        QVERIFY(dialog->problem().startsWith(u"Enter the password"_s));

        const qsizetype before = m_console->client->requestLog()->entries().size();
        QVERIFY(runTest(dialog, MysqlUser, MysqlPassword));
        QVERIFY2(dialog->outcomeText().startsWith(u"✓ The sink answered"_s),
                 qPrintable(dialog->outcomeText()));
        QCOMPARE(testsSentSince(before), 1);
        const QString request = dialog->equivalentRequest();
        QVERIFY(
            request.startsWith(u"POST /v1beta1/clusters/%1/changefeeds:test"_s.arg(OrdersProd)));
        QVERIFY(request.contains(u"********"_s));
        QVERIFY(!request.contains(MysqlPassword));
        for (const RequestLogEntry &entry : m_console->client->requestLog()->entries())
            QVERIFY(!entry.path.contains(MysqlPassword));
        dialog->close();
    }

    void everyRefusalGetsItsLikelyCause_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("warning");
        QTest::newRow("wrong password") << OrdersRds << int(SinkType::Mysql) << 3306 << u"not-it"_s
                                        << u"refused the user name or password"_s << QString();
        QTest::newRow("no listener") << OrdersRds << int(SinkType::Mysql) << 3307 << MysqlPassword
                                     << u"Nothing answers on port 3307"_s << QString();
        QTest::newRow("pending connection")
            << KafkaSelfhosted << int(SinkType::Kafka) << 9093 << QString()
            << u"The connection is not Active"_s << u"Pending acceptance"_s;
    }

    void everyRefusalGetsItsLikelyCause()
    {
        QFETCH(QString, connection);
        QFETCH(int, type);
        QFETCH(int, port);
        QFETCH(QString, password);
        QFETCH(QString, cause);
        QFETCH(QString, warning);
        auto *dialog = openTest(connection);
        QVERIFY(dialog);
        auto *types = dialog->findChild<QComboBox *>(u"sinkTestType"_s);
        types->setCurrentIndex(types->findData(type));
        dialog->findChild<QSpinBox *>(u"sinkTestPort"_s)->setValue(port);
        auto *warn = dialog->findChild<QLabel *>(u"sinkTestWarning"_s);
        QCOMPARE(!warn->isHidden(), !warning.isEmpty());
        if (!warning.isEmpty())
            QVERIFY2(warn->text().contains(warning), qPrintable(warn->text()));
        const qsizetype before = m_console->client->requestLog()->entries().size();
        if (SinkType(type) == SinkType::Kafka) {
            QSignalSpy tested(dialog, &SinkTestDialog::tested);
            dialog->findChild<QPushButton *>(u"sinkTestButton"_s)->click();
            QVERIFY(tested.wait(15'000));
        } else {
            QVERIFY(runTest(dialog, MysqlUser, password));
        }
        const QString outcome = dialog->outcomeText();
        QVERIFY2(outcome.startsWith(u"✗ "_s) && outcome.contains(cause), qPrintable(outcome));
        QVERIFY(outcome.contains(u"TiDB Cloud said: "_s)); // the server's own words too
        QCOMPARE(testsSentSince(before), 1);
        dialog->close();
    }

    void aTestWithoutAnAnswerIsUnknownAndNotSentAgain()
    {
        QVERIFY(
            m_console->sandbox
                ->request("PUT", u"/sandbox/v1/faults"_s,
                          QJsonObject{{u"latencyMs"_s, 3000},
                                      {u"pathPrefix"_s,
                                       u"/v1beta1/clusters/%1/changefeeds:test"_s.arg(OrdersProd)}})
                .ok());
        m_console->client->setRequestTimeout(500);
        auto *dialog = openTest(ConfluentEvents);
        QVERIFY(dialog);
        QCOMPARE(dialog->sinkTest().type, SinkType::Kafka);
        QCOMPARE(dialog->findChild<QSpinBox *>(u"sinkTestPort"_s)->value(), 9092);
        const qsizetype before = m_console->client->requestLog()->entries().size();
        QSignalSpy tested(dialog, &SinkTestDialog::tested);
        dialog->findChild<QPushButton *>(u"sinkTestButton"_s)->click();
        QVERIFY(dialog->isTesting());
        QVERIFY(!dialog->findChild<QPushButton *>(u"sinkTestButton"_s)->isEnabled());
        QVERIFY(tested.wait(15'000));
        QVERIFY2(dialog->outcomeText().contains(u"outcome is unknown"_s),
                 qPrintable(dialog->outcomeText()));
        QCOMPARE(testsSentSince(before), 1);
        dialog->close();
    }

    void screenshots_data() { test::addLanguageRows(); }

    void screenshots()
    {
        QFETCH(QString, language);
        const QString lang = language;
        const QSize screen = QGuiApplication::primaryScreen()->size();
        language += u"-%1x%2"_s.arg(screen.width()).arg(screen.height());
        QVERIFY(m_console->languages->setLanguage(lang));
        QVERIFY(select(KafkaSelfhosted));
        auto *pages = m_console->panel()->pages();
        pages->setCurrentIndex(0);
        QTRY_COMPARE(usage()->model()->rowCount(), 1);
        auto *scroll = pages->findChild<QScrollArea *>(u"connectionDetailsScroll"_s);
        scroll->ensureWidgetVisible(usage());
        QVERIFY(test::screenshot(m_console->window.get(), u"changefeeds"_s,
                                 u"used-by-failed-"_s + language));
        QVERIFY(m_console->selectConnection(OrdersRds));
        QTRY_COMPARE(usage()->model()->rowCount(), 2);
        scroll->ensureWidgetVisible(usage());
        QVERIFY(
            test::screenshot(m_console->window.get(), u"changefeeds"_s, u"used-by-"_s + language));
        pages->setCurrentIndex(1);
        QVERIFY(
            test::screenshot(m_console->window.get(), u"changefeeds"_s, u"picture-"_s + language));
        pages->setCurrentIndex(0);

        m_console->panel()->actions()->testSink()->trigger();
        auto *dialog = m_console->panel()->findChild<SinkTestDialog *>();
        QVERIFY(dialog);
        QVERIFY(test::screenshot(dialog, u"sink-test"_s, u"1-form-"_s + language));
        QVERIFY(runTest(dialog, MysqlUser, u"not-it"_s));
        QVERIFY(test::screenshot(dialog, u"sink-test"_s, u"2-refused-"_s + language));
        QVERIFY(runTest(dialog, MysqlUser, MysqlPassword));
        QVERIFY(test::screenshot(dialog, u"sink-test"_s, u"3-passed-"_s + language));
        dialog->close();
        QVERIFY(m_console->languages->setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestChangefeedUi)
#include "tst_changefeedui.moc"
