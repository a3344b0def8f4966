// The typed settings facade: every key with its type and default, failures reported from
// the QSettings that wrote, and per-profile groups for any profile name.
#include "UnwritableSettings.h"
#include "services/Settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PrivateLinkConsoleTests"_s);
        QCoreApplication::setApplicationName(u"tst_settings"_s);
    }

    void init() { QSettings().clear(); }

    void absentKeysGiveTheirDefault()
    {
        QCOMPARE(Settings::language().value(), QString());
        QVERIFY(Settings::mainWindowGeometry().value().isEmpty());
        QCOMPARE(Settings::desktopNotifications().value(), false); // opt-in
        QCOMPARE(SettingValue<int>(u"test/number"_s, 42).value(), 42);
    }

    void valuesRoundTripUnderTheirKey()
    {
        QVERIFY(Settings::language().setValue(u"ja_JP"_s));
        QCOMPARE(Settings::language().value(), u"ja_JP"_s);
        // The key is the one earlier versions wrote: nobody's saved choice is lost.
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"ja_JP"_s);
        QVERIFY(Settings::lastCluster().setValue(u"10289346"_s));
        QCOMPARE(QSettings().value(u"ui/mainWindow/lastCluster"_s).toString(), u"10289346"_s);
        Settings::lastCluster().remove();
        QCOMPARE(Settings::lastCluster().value(), QString());
    }

    void aValueOfAnotherTypeGivesTheDefault()
    {
        QSettings().setValue(u"test/number"_s, u"not a number"_s);
        // QVariant would turn the text into 0; a hand-edited file must not become a value.
        QCOMPARE(SettingValue<int>(u"test/number"_s, 7).value(), 7);
        QSettings().setValue(u"test/number"_s, u"12"_s);
        QCOMPARE(SettingValue<int>(u"test/number"_s, 7).value(), 12);
    }

    void aWriteThatFailsSaysSo()
    {
        test::UnwritableSettings unwritable;
        QVERIFY(unwritable.isReady());
        QVERIFY(!Settings::language().setValue(u"en"_s));
        QVERIFY(!Settings::writeProfile(u"prod"_s,
                                        {QUrl(u"https://a.example"_s), u"K"_s, u"id"_s, {}}));
        QVERIFY(!Settings::writeEndpointTargets(u"prod"_s, {}));
    }

    void profileNamesOfAnyShapeKeepTheirGroup_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("slash") << u"prod/eu"_s;
        QTest::newRow("percent") << u"100% prod"_s;
        QTest::newRow("cjk") << u"生产 環境"_s;
        QTest::newRow("active") << u"active"_s;
    }

    void profileNamesOfAnyShapeKeepTheirGroup()
    {
        QFETCH(QString, name);
        const ProfileRecord record{QUrl(u"https://serverless.tidbapi.com"_s),
                                   u"PUB"_s,
                                   u"k1"_s,
                                   {{u"aws"_s, u"profile:prod"_s}, {u"alibaba"_s, u"keychain"_s}}};
        QVERIFY(Settings::writeProfile(name, record));
        QCOMPARE(Settings::profileNames(), QStringList{name});
        const auto read = Settings::profile(name);
        QVERIFY(read);
        QCOMPARE(read->apiUrl, record.apiUrl);
        QCOMPARE(read->publicKey, record.publicKey);
        QCOMPARE(read->keyId, record.keyId);
        QCOMPARE(read->providerAccounts.value(u"aws"_s), record.providerAccounts.value(u"aws"_s));
        QCOMPARE(read->providerAccounts.value(u"alibaba"_s),
                 record.providerAccounts.value(u"alibaba"_s));
        // The active choice ("profiles/active") is a key, not a profile.
        QVERIFY(Settings::activeProfile().setValue(name));
        QCOMPARE(Settings::profileNames(), QStringList{name});
        Settings::removeProfile(name);
        QVERIFY(!Settings::profile(name));
    }

    void aProfileSavedWithTheOldAccountKeysKeepsItsAccounts()
    {
        // The keys the console wrote before providers had ids: one per provider.
        QSettings settings;
        settings.setValue(u"profiles/old/publicKey"_s, u"PUB"_s);
        settings.setValue(u"profiles/old/keyId"_s, u"k-old"_s);
        settings.setValue(u"profiles/old/awsAccount"_s, u"profile:prod"_s);
        settings.setValue(u"profiles/old/alibabaAccount"_s, u"keychain"_s);
        const auto read = Settings::profile(u"old"_s);
        QVERIFY(read);
        QCOMPARE(read->keyId, u"k-old"_s);
        const QMap<QString, QString> expected{{u"aws"_s, u"profile:prod"_s},
                                              {u"alibaba"_s, u"keychain"_s}};
        QCOMPARE(read->providerAccounts, expected);
        // Saved again, it is written the new way, and the old keys are gone.
        ProfileRecord changed = *read;
        changed.providerAccounts.remove(u"alibaba"_s);
        QVERIFY(Settings::writeProfile(u"old"_s, changed));
        QVERIFY(!settings.contains(u"profiles/old/awsAccount"_s));
        QVERIFY(!settings.contains(u"profiles/old/alibabaAccount"_s));
        QCOMPARE(settings.value(u"profiles/old/providerAccounts/aws"_s).toString(),
                 u"profile:prod"_s);
        QCOMPARE(Settings::profile(u"old"_s)->providerAccounts,
                 (QMap<QString, QString>{{u"aws"_s, u"profile:prod"_s}}));
    }

    void aProfileSavedBeforeKeyIdsUsesItsName()
    {
        QSettings().setValue(u"profiles/old/publicKey"_s, u"PUB"_s);
        QCOMPARE(Settings::profile(u"old"_s)->keyId, u"old"_s);
    }

    void endpointTargetsRoundTripAndStayOutsideText()
    {
        PrivateEndpointTarget target;
        target.name = u"orders"_s;
        target.provider = CloudProvider::AlibabaCloud;
        target.serviceName = u"com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1u7h3ct43g5ph2l"_s;
        target.zoneIds = {u"cn-hangzhou-j"_s};
        target.host = u"db.internal"_s;
        target.port = 4000;
        QVERIFY(Settings::writeEndpointTargets(u"prod"_s, {target}));
        auto read = Settings::endpointTargets(u"prod"_s);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read[0].provider, CloudProvider::AlibabaCloud);
        QCOMPARE(read[0].zoneIds, target.zoneIds);
        QCOMPARE(read[0].port, 4000);

        QSettings().setValue(u"endpointTargets/prod/targets/1/host"_s, u"evil\u001b[2Jhost"_s);
        read = Settings::endpointTargets(u"prod"_s);
        QVERIFY(!read[0].host.contains(QChar(0x1b)));
        Settings::removeEndpointTargets(u"prod"_s);
        QVERIFY(Settings::endpointTargets(u"prod"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
