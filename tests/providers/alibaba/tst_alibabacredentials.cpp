// Alibaba Cloud credentials found as Alibaba Cloud's own tools find them: the
// ALIBABA_CLOUD_* variables, then the aliyun CLI's ~/.aliyun/config.json (current profile,
// ALIBABA_CLOUD_PROFILE, AK and StsToken modes), every other case named in a sentence.
#include "providers/alibaba/AlibabaProfileResolver.h"
#include "providers/alibaba/AliyunConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using Source = AlibabaResolvedProfile::Source;

namespace {
// As `aliyun configure` writes the file (fields the console does not use left in).
const QByteArray TwoProfiles =
    "{\n"
    "  \"current\": \"prod\",\n"
    "  \"profiles\": [\n"
    "    {\"name\": \"default\", \"mode\": \"AK\", \"access_key_id\": \"LTAIdefault\",\n"
    "     \"access_key_secret\": \"default-secret\", \"sts_token\": \"\", \"ram_role_name\": "
    "\"\",\n"
    "     \"region_id\": \"cn-hangzhou\", \"output_format\": \"json\", \"language\": \"en\"},\n"
    "    {\"name\": \"prod\", \"mode\": \"StsToken\", \"access_key_id\": \"STS.prod\",\n"
    "     \"access_key_secret\": \"prod-secret\", \"sts_token\": \"prod-token\",\n"
    "     \"region_id\": \"ap-southeast-1\"},\n"
    "    {\"name\": \"role\", \"mode\": \"RamRoleArn\", \"access_key_id\": \"LTAIrole\",\n"
    "     \"access_key_secret\": \"role-secret\", \"ram_role_arn\": \"acs:ram::1:role/x\"},\n"
    "    {\"name\": \"half\", \"mode\": \"AK\", \"access_key_id\": \"LTAIhalf\"},\n"
    "    {\"name\": \"ecs\", \"mode\": \"EcsRamRole\", \"ram_role_name\": \"r\"},\n"
    "    {\"name\": \"bad\\u001b[31m\", \"mode\": \"Oauth\\u001b[2J\"}\n"
    "  ],\n"
    "  \"meta_path\": \"\"\n"
    "}\n";
} // namespace

class TestAlibabaCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFileIsReadAsTheCliWritesIt()
    {
        const AliyunConfig config =
            AliyunConfig::fromJson(TwoProfiles, u"/home/u/.aliyun/config.json"_s);
        QVERIFY(config.problem().isEmpty());
        QCOMPARE(config.current(), u"prod"_s);
        QCOMPARE(config.profileNames().size(), 6);
        const AliyunProfile *prod = config.profile(u"prod"_s);
        QVERIFY(prod);
        QCOMPARE(prod->mode, u"StsToken"_s);
        QCOMPARE(prod->stsToken, u"prod-token"_s);
        QCOMPARE(prod->regionId, u"ap-southeast-1"_s);
        QVERIFY(!config.profile(u"nobody"_s));
    }

    void aBrokenFileIsNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("[default]\naccess_key_id = x\n");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("cut off") << TwoProfiles.left(80);
    }

    void aBrokenFileIsNamed()
    {
        QFETCH(QByteArray, json);
        const AliyunConfig config = AliyunConfig::fromJson(json, u"/x/config.json"_s);
        QVERIFY(config.problem().contains("/x/config.json"_L1));
        const AlibabaResolvedProfile resolved = AlibabaProfileResolver::resolve({}, {}, config);
        QCOMPARE(resolved.source, Source::None);
        QVERIFY(resolved.problem.contains("could not be read"_L1));
    }

    void theEnvironmentComesFirstUnlessAProfileIsNamed()
    {
        const AliyunConfig config = AliyunConfig::fromJson(TwoProfiles, u"/c.json"_s);
        const QHash<QString, QString> env = {
            {u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIenv"_s},
            {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-secret"_s},
            {u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, u"env-token"_s},
            {u"ALIBABA_CLOUD_REGION_ID"_s, u"cn-beijing"_s}};
        AlibabaResolvedProfile resolved = AlibabaProfileResolver::resolve({}, env, config);
        QCOMPARE(resolved.source, Source::Environment);
        QCOMPARE(resolved.credentials.accessKeyId, u"LTAIenv"_s);
        QCOMPARE(resolved.credentials.securityToken, u"env-token"_s);
        QCOMPARE(resolved.region, u"cn-beijing"_s);
        QVERIFY(!resolved.credentials.source.contains("secret"_L1));

        // A named profile is read from the file, as `aliyun --profile` does; the region
        // variable still wins over the profile's.
        resolved = AlibabaProfileResolver::resolve(u"default"_s, env, config);
        QCOMPARE(resolved.source, Source::ConfigFile);
        QCOMPARE(resolved.credentials.accessKeyId, u"LTAIdefault"_s);
        QCOMPARE(resolved.credentials.securityToken, QString());
        QCOMPARE(resolved.region, u"cn-beijing"_s);
        QVERIFY(resolved.credentials.source.contains("/c.json"_L1));

        // Half the pair in the environment is no pair: the file's current profile is used.
        resolved = AlibabaProfileResolver::resolve(
            {}, {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIenv"_s}}, config);
        QCOMPARE(resolved.profileName, u"prod"_s);
        QCOMPARE(resolved.credentials.securityToken, u"prod-token"_s);
        QCOMPARE(resolved.region, u"ap-southeast-1"_s);
    }

    void theProfileVariableBeatsTheCurrentProfile()
    {
        const AliyunConfig config = AliyunConfig::fromJson(TwoProfiles, u"/c.json"_s);
        const AlibabaResolvedProfile resolved = AlibabaProfileResolver::resolve(
            {}, {{u"ALIBABA_CLOUD_PROFILE"_s, u"default"_s}}, config);
        QCOMPARE(resolved.profileName, u"default"_s);
        QCOMPARE(resolved.credentials.accessKeyId, u"LTAIdefault"_s);
        QCOMPARE(resolved.region, u"cn-hangzhou"_s);
        // No current profile in the file: `default`.
        const AliyunConfig noCurrent = AliyunConfig::fromJson(
            QByteArray(TwoProfiles).replace("\"current\": \"prod\"", "\"current\": \"\""),
            u"/c.json"_s);
        QCOMPARE(AlibabaProfileResolver::resolve({}, {}, noCurrent).profileName, u"default"_s);
    }

    void whatCannotBeUsedIsSaid_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("says");
        QTest::newRow("another mode") << u"ecs"_s << u"which only an ECS instance has"_s;
        QTest::newRow("half a key") << u"half"_s << u"lacks its AccessKey ID or AccessKey secret"_s;
        QTest::newRow("no such profile") << u"nobody"_s << u"There is no Alibaba Cloud profile"_s;
    }

    void whatCannotBeUsedIsSaid()
    {
        QFETCH(QString, profile);
        QFETCH(QString, says);
        const AliyunConfig config = AliyunConfig::fromJson(TwoProfiles, u"/c.json"_s);
        const AlibabaResolvedProfile resolved =
            AlibabaProfileResolver::resolve(profile, {}, config);
        QCOMPARE(resolved.source, Source::None);
        QVERIFY2(resolved.problem.contains(says), qPrintable(resolved.problem));
        QVERIFY(resolved.credentials.accessKeySecret.isEmpty());
    }

    void namesFromTheFileReachSentencesVisible()
    {
        // A profile name and a mode are text from a file: an ESC reaches no widget.
        const AliyunConfig config = AliyunConfig::fromJson(TwoProfiles, u"/c.json"_s);
        const AlibabaResolvedProfile resolved =
            AlibabaProfileResolver::resolve(u"bad\x1b[31m"_s, {}, config);
        QCOMPARE(resolved.source, Source::None);
        QVERIFY(!resolved.problem.contains(QChar(0x1b)));
        QVERIFY2(resolved.problem.contains("Oauth"_L1), qPrintable(resolved.problem));
    }

    void theUsersFileIsReadFromHome()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(u".aliyun"_s));
        const QHash<QString, QString> env = {{u"HOME"_s, home.path()}};
        // No file: no problem, and nothing found.
        AliyunConfig config = AliyunConfig::load(env);
        QVERIFY(config.problem().isEmpty());
        QVERIFY(AlibabaProfileResolver::resolve({}, env, config)
                    .problem.contains(home.path() + u"/.aliyun/config.json"_s));
        QFile file(home.path() + u"/.aliyun/config.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TwoProfiles);
        file.close();
        config = AliyunConfig::load(env);
        QCOMPARE(AlibabaProfileResolver::resolve({}, env, config).credentials.accessKeyId,
                 u"STS.prod"_s);
        // The console never writes it.
        QCOMPARE(QFileInfo(file).size(), qint64(TwoProfiles.size()));
        // Over 1 MB is not read.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1024 * 1024 + 10, ' '));
        file.close();
        QVERIFY(AliyunConfig::load(env).problem().contains("1 MB"_L1));
    }

    void theEndpointIsTheRegionsOwn()
    {
        QCOMPARE(AlibabaProfileResolver::defaultEndpoint(u"cn-hangzhou"_s),
                 QUrl(u"https://privatelink.cn-hangzhou.aliyuncs.com/"_s));
    }
};

QTEST_GUILESS_MAIN(TestAlibabaCredentials)
#include "tst_alibabacredentials.moc"
