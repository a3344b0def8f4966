#include "domain/DisplayNames.h"
#include "services/LanguageManager.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

class TestLanguageManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PrivateLinkConsoleTests"_s);
        QCoreApplication::setApplicationName(u"tst_languagemanager"_s);
        QSettings().clear();
    }

    void bestMatch_data()
    {
        QTest::addColumn<QStringList>("ui");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh-CN") << QStringList{u"zh-CN"_s} << u"zh_CN"_s;
        QTest::newRow("zh-Hans-CN") << QStringList{u"zh-Hans-CN"_s} << u"zh_CN"_s;
        QTest::newRow("zh-TW falls through") << QStringList{u"zh-TW"_s, u"en-US"_s} << u"en"_s;
        QTest::newRow("ja") << QStringList{u"ja-JP"_s} << u"ja_JP"_s;
        QTest::newRow("de then ja") << QStringList{u"de-DE"_s, u"ja"_s} << u"ja_JP"_s;
        QTest::newRow("fr only") << QStringList{u"fr-FR"_s} << u"en"_s;
        QTest::newRow("empty") << QStringList{} << u"en"_s;
    }

    void bestMatch()
    {
        QFETCH(QStringList, ui);
        QFETCH(QString, expected);
        QCOMPARE(LanguageManager::bestMatch(ui), expected);
    }

    void switchesTranslationsAtRunTime()
    {
        LanguageManager languages;
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);
        QVERIFY(languages.setLanguage(u"zh_CN"_s));
        QCOMPARE(DisplayNames::cloudProvider({CloudProvider::AlibabaCloud, u"alicloud"_s}),
                 u"阿里云"_s);
        QCOMPARE(DisplayNames::clusterState({ClusterState::Active, u"ACTIVE"_s}), u"活跃"_s);
        QVERIFY(languages.setLanguage(u"ja_JP"_s));
        QCOMPARE(DisplayNames::clusterState({ClusterState::Creating, u"CREATING"_s}), u"作成中"_s);
        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(DisplayNames::clusterState({ClusterState::Active, u"ACTIVE"_s}), u"Active"_s);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(QLocale().name(), u"en_US"_s);
    }

    void alibabaCloudStatusesAreAlibabaCloudsWords()
    {
        LanguageManager languages;
        const QStringList statuses{u"Pending"_s,       u"Connecting"_s,   u"Connected"_s,
                                   u"Disconnecting"_s, u"Disconnected"_s, u"Deleting"_s,
                                   u"ServiceDeleted"_s};
        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(DisplayNames::alibabaConnectionStatus(u"ServiceDeleted"_s), u"Service Deleted"_s);
        // Not a state name from this console's other lists: Alibaba Cloud's own words.
        QVERIFY(languages.setLanguage(u"zh_CN"_s));
        QCOMPARE(DisplayNames::alibabaConnectionStatus(u"Pending"_s), u"修改中"_s);
        QCOMPARE(DisplayNames::alibabaConnectionStatus(u"Disconnected"_s), u"未连接"_s);
        QCOMPARE(DisplayNames::alibabaConnectionStatus(u"Connected"_s), u"已连接"_s);
        QVERIFY(languages.setLanguage(u"ja_JP"_s));
        QCOMPARE(DisplayNames::alibabaConnectionStatus(u"Connected"_s), u"接続済み"_s);
        // Every status has its own word in each language; an unknown one is shown as sent.
        for (const QString &language : {u"zh_CN"_s, u"ja_JP"_s}) {
            QVERIFY(languages.setLanguage(language));
            QSet<QString> words;
            for (const QString &status : statuses) {
                const QString word = DisplayNames::alibabaConnectionStatus(status);
                QVERIFY2(word != status, qPrintable(language + u' ' + status));
                words.insert(word);
            }
            QCOMPARE(words.size(), statuses.size());
        }
        QCOMPARE(DisplayNames::alibabaConnectionStatus(u"Migrating"_s), u"Migrating"_s);
        QVERIFY(languages.setLanguage(u"en"_s));
    }

    void pluralsComeFromTheEnglishCatalogue()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(QCoreApplication::translate("plc::MainWindow", "%n cluster(s)", nullptr, 1),
                 u"1 cluster"_s);
        QCOMPARE(QCoreApplication::translate("plc::MainWindow", "%n cluster(s)", nullptr, 6),
                 u"6 clusters"_s);
    }

    void anUnknownLanguageChangesNothing()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"ja_JP"_s));
        QVERIFY(!languages.setLanguage(u"xx"_s));
        QCOMPARE(languages.currentLanguage(), u"ja_JP"_s);
    }

    void theChoiceIsRemembered()
    {
        {
            LanguageManager languages;
            QVERIFY(languages.chooseLanguage(u"ja_JP"_s));
        }
        LanguageManager next;
        QCOMPARE(next.preferredLanguage(), u"ja_JP"_s);
        QSettings().clear();
        QCOMPARE(next.preferredLanguage(),
                 LanguageManager::bestMatch(QLocale::system().uiLanguages()));
    }

    void languagesAreListedInTheirOwnNames()
    {
        QCOMPARE(LanguageManager::nativeName(u"en"_s), u"English"_s);
        QCOMPARE(LanguageManager::nativeName(u"zh_CN"_s), u"简体中文"_s);
        QCOMPARE(LanguageManager::nativeName(u"ja_JP"_s), u"日本語"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
