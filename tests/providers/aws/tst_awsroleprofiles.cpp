// How an AWS profile that assumes a role is read, as the AWS CLI reads it: the source_profile
// chain (a source's own keys first, a profile naming itself, cycles), credential_source, the
// role's settings and STS's endpoint, every setting the console cannot use said in a sentence,
// and botocore's own providers (Debian's python3-botocore) refusing the same chains. Assuming
// the roles at the sandbox: tst_awsroles.
#include "BotocoreOracle.h"

#include "providers/aws/AwsProfileResolver.h"
#include "services/LanguageManager.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;
using namespace plc::test;
using Source = AwsResolvedProfile::Source;

namespace {
// Written as ordinary literals: moc 6.4 loses the test class after a raw string literal.
const QString Chains = QStringLiteral("[profile admin]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/Admin\n"
                                      "source_profile = base\n"
                                      "role_session_name = alice\n"
                                      "duration_seconds = 7200\n"
                                      "external_id = ext-1\n"
                                      "[profile deeper]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/Deeper\n"
                                      "source_profile = admin\n"
                                      "mfa_serial = arn:aws:iam::111122223333:mfa/alice\n"
                                      "[profile keyed]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/Keyed\n"
                                      "source_profile = keyed\n"
                                      "[profile keyedsource]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/Ignored\n"
                                      "source_profile = base\n"
                                      "[profile viakeyed]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/Top\n"
                                      "source_profile = keyed\n"
                                      "[profile loopa]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/A\n"
                                      "source_profile = loopb\n"
                                      "[profile loopb]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/B\n"
                                      "source_profile = loopa\n"
                                      "[profile missing]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/A\n"
                                      "source_profile = nowhere\n"
                                      "[profile both]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/A\n"
                                      "source_profile = base\n"
                                      "credential_source = Environment\n"
                                      "[profile neither]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/A\n"
                                      "[profile fromenv]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/A\n"
                                      "credential_source = Environment\n"
                                      "[profile oninstance]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/A\n"
                                      "credential_source = Ec2InstanceMetadata\n"
                                      "[profile bogus]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/A\n"
                                      "credential_source = Bogus\n"
                                      "[profile badarn]\n"
                                      "role_arn = arn:aws:iam::1111:user/A\n"
                                      "source_profile = base\n"
                                      "[profile longsession]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/A\n"
                                      "source_profile = base\n"
                                      "duration_seconds = 50000\n"
                                      "[profile nokeys]\n"
                                      "region = eu-west-1\n"
                                      "[profile emptysource]\n"
                                      "role_arn = arn:aws:iam::111122223333:role/A\n"
                                      "source_profile = nokeys\n"
                                      "[profile legacy]\n"
                                      "region = us-west-2\n"
                                      "sts_regional_endpoints = legacy\n"
                                      "role_arn = arn:aws:iam::111122223333:role/A\n"
                                      "source_profile = base\n");
const QString ChainKeys = QStringLiteral("[base]\n"
                                         "aws_access_key_id = AKIABASE000000000000\n"
                                         "aws_secret_access_key = base-secret\n"
                                         "[keyed]\n"
                                         "aws_access_key_id = AKIAKEYED00000000000\n"
                                         "aws_secret_access_key = keyed-secret\n");

} // namespace

class TestAwsRoleProfiles final : public QObject
{
    Q_OBJECT

private:
    LanguageManager m_languages;
    std::unique_ptr<QTemporaryDir> m_home;

private Q_SLOTS:
    void chainsResolveAsTheCliDoes()
    {
        const AwsSharedFiles files = AwsSharedFiles::fromText(Chains, ChainKeys);
        AwsResolvedProfile r = AwsProfileResolver::resolve(u"admin"_s, {}, files);
        QCOMPARE(r.source, Source::SharedFiles);
        QCOMPARE(r.credentials.accessKeyId, u"AKIABASE000000000000"_s);
        QCOMPARE(r.roles.size(), 1);
        QCOMPARE(r.roles.first().roleArn, u"arn:aws:iam::111122223333:role/Admin"_s);
        QCOMPARE(r.roles.first().sessionName, u"alice"_s);
        QCOMPARE(r.roles.first().durationSeconds, 7200);
        QCOMPARE(r.roles.first().externalId, u"ext-1"_s);
        QVERIFY(r.roles.first().mfaSerial.isEmpty());
        // A chain is assumed from its end: base's keys assume Admin, whose keys assume Deeper.
        r = AwsProfileResolver::resolve(u"deeper"_s, {}, files);
        QCOMPARE(r.roles.size(), 2);
        QCOMPARE(r.roles.at(0).profileName, u"admin"_s);
        QCOMPARE(r.roles.at(1).profileName, u"deeper"_s);
        QCOMPARE(r.roles.at(1).mfaSerial, u"arn:aws:iam::111122223333:mfa/alice"_s);
        // A profile may name itself as its source when it has keys.
        r = AwsProfileResolver::resolve(u"keyed"_s, {}, files);
        QCOMPARE(r.credentials.accessKeyId, u"AKIAKEYED00000000000"_s);
        QCOMPARE(r.roles.size(), 1);
        // A source profile's keys are used as they are, its own role is not assumed.
        r = AwsProfileResolver::resolve(u"viakeyed"_s, {}, files);
        QCOMPARE(r.credentials.accessKeyId, u"AKIAKEYED00000000000"_s);
        QCOMPARE(r.roles.size(), 1);
        QCOMPARE(r.roles.first().roleArn, u"arn:aws:iam::111122223333:role/Top"_s);
        // credential_source = Environment takes the variables' keys, even for a named profile.
        const QHash<QString, QString> keys{{u"AWS_ACCESS_KEY_ID"_s, u"AKIAENVIRONMENT00000"_s},
                                           {u"AWS_SECRET_ACCESS_KEY"_s, u"env-secret"_s}};
        r = AwsProfileResolver::resolve(u"fromenv"_s, keys, files);
        QCOMPARE(r.source, Source::Environment);
        QCOMPARE(r.credentials.accessKeyId, u"AKIAENVIRONMENT00000"_s);
        QCOMPARE(r.roles.size(), 1);
        // STS: regional unless the profile keeps the legacy global endpoint.
        QVERIFY(r.stsRegional);
        r = AwsProfileResolver::resolve(u"legacy"_s, {}, files);
        QVERIFY(!r.stsRegional);
        QString signing;
        QCOMPARE(AwsProfileResolver::stsEndpoint(u"us-west-2"_s, false, &signing),
                 QUrl(u"https://sts.amazonaws.com/"_s));
        QCOMPARE(signing, u"us-east-1"_s);
        QCOMPARE(AwsProfileResolver::stsEndpoint(u"us-west-2"_s, true, &signing),
                 QUrl(u"https://sts.us-west-2.amazonaws.com/"_s));
        QCOMPARE(AwsProfileResolver::stsEndpoint(u"ap-east-1"_s, false, &signing),
                 QUrl(u"https://sts.ap-east-1.amazonaws.com/"_s));
        QCOMPARE(signing, u"ap-east-1"_s);
    }

    void whatAChainCannotUseIsSaid_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("says");
        QTest::newRow("cycle") << u"loopa"_s << u"loopa → loopb → loopa"_s;
        QTest::newRow("missing source") << u"missing"_s << u"source_profile nowhere"_s;
        QTest::newRow("both sources") << u"both"_s
                                      << u"both a source_profile and a "
                                         "credential_source"_s;
        QTest::newRow("no source") << u"neither"_s << u"neither a source_profile nor"_s;
        QTest::newRow("no variables") << u"fromenv"_s << u"which are not set"_s;
        QTest::newRow("instance only") << u"oninstance"_s << u"only an EC2 instance"_s;
        QTest::newRow("unknown source") << u"bogus"_s << u"credential_source Bogus"_s;
        QTest::newRow("not a role") << u"badarn"_s << u"not a role's ARN"_s;
        QTest::newRow("too long") << u"longsession"_s << u"900 (15 minutes) to 43200"_s;
        QTest::newRow("source without keys") << u"emptysource"_s
                                             << u"AWS profile nokeys, the "
                                                "source_profile of a role"_s;
    }
    void whatAChainCannotUseIsSaid()
    {
        QFETCH(QString, profile);
        QFETCH(QString, says);
        const AwsSharedFiles files = AwsSharedFiles::fromText(Chains, ChainKeys);
        const AwsResolvedProfile r = AwsProfileResolver::resolve(profile, {}, files);
        QCOMPARE(r.source, Source::None);
        QVERIFY(r.roles.isEmpty());
        QVERIFY2(r.problem.contains(says), qPrintable(r.problem));
    }

    void botocoreRefusesTheSameChains()
    {
        m_home = std::make_unique<QTemporaryDir>();
        for (const auto &[name, text] :
             {std::pair{u"config"_s, Chains}, {u"credentials"_s, ChainKeys}}) {
            QFile file(m_home->filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        const QList<std::pair<QString, QString>> profiles{
            {u"loopa"_s, u"InfiniteLoopConfigError"_s},   // a cycle
            {u"missing"_s, u"InvalidConfigError"_s},      // a missing source
            {u"both"_s, u"InvalidConfigError"_s},         // both sources
            {u"bogus"_s, u"InvalidConfigError"_s},        // an unknown credential_source
            {u"emptysource"_s, u"InvalidConfigError"_s}}; // a source without keys
        QJsonArray requests;
        for (const auto &[profile, errorClass] : profiles)
            requests.append(botocoreRequest(m_home->filePath(u"config"_s),
                                            m_home->filePath(u"credentials"_s), m_home->path(),
                                            profile, u"http://127.0.0.1:9/aws/"_s));
        // Nothing is sent: each is refused while the files are read.
        const QJsonArray oracles = runBotocore(requests);
        QCOMPARE(oracles.size(), profiles.size());
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            QCOMPARE(oracles.at(i).toObject().value("errorClass"_L1).toString(),
                     profiles.at(i).second);
            const AwsResolvedProfile r = AwsProfileResolver::resolve(
                profiles.at(i).first, {}, AwsSharedFiles::fromText(Chains, ChainKeys));
            QCOMPARE(r.source, Source::None);
        }
    }
};

QTEST_GUILESS_MAIN(TestAwsRoleProfiles)
#include "tst_awsroleprofiles.moc"
