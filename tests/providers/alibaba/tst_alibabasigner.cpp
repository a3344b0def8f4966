// Alibaba Cloud's RPC signature (HMAC-SHA1, SignatureVersion 1.0): the documented example,
// the encoding rules, and random requests signed by Alibaba Cloud's own Node.js SDK core,
// @alicloud/pop-core (npm, installed by scripts/plc.sh from the committed lock file), whose
// exact wire form — every parameter, its encoding and the signature — ours must equal.
#include "providers/alibaba/AlibabaRpcSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTimeZone>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
QString oracleDir()
{
    return QString::fromLocal8Bit(qgetenv("PLC_TEST_SOURCE_DIR")) + u"/tests/support/alibaba"_s;
}

QString randomText(QRandomGenerator &random, int maxLength)
{
    static const QStringList pieces = {
        u"a"_s,  u"Z"_s,  u"0"_s, u"-"_s, u"_"_s,      u"."_s, u"~"_s, u" "_s, u"+"_s,
        u"/"_s,  u"="_s,  u"&"_s, u"%"_s, u"*"_s,      u"'"_s, u"("_s, u")"_s, u"!"_s,
        u"中"_s, u"文"_s, u"é"_s, u"😀"_s, u"\u3000"_s, u"?"_s, u"#"_s, u":"_s, u","_s};
    QString text;
    const int length = random.bounded(maxLength + 1);
    for (int i = 0; i < length; ++i)
        text += pieces.at(random.bounded(pieces.size()));
    return text;
}
} // namespace

class TestAlibabaSigner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDocumentedExample()
    {
        // Alibaba Cloud's documentation of the signature (ECS DescribeRegions, AccessKey
        // testid / testsecret).
        const AlibabaParams params = {
            {u"Timestamp"_s, u"2016-02-23T12:46:24Z"_s},
            {u"Format"_s, u"XML"_s},
            {u"AccessKeyId"_s, u"testid"_s},
            {u"Action"_s, u"DescribeRegions"_s},
            {u"SignatureMethod"_s, u"HMAC-SHA1"_s},
            {u"SignatureNonce"_s, u"3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"_s},
            {u"Version"_s, u"2014-05-26"_s},
            {u"SignatureVersion"_s, u"1.0"_s}};
        const QByteArray toSign = AlibabaRpcSigner::stringToSign("GET", params);
        QCOMPARE(toSign,
                 QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3D"
                            "XML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-"
                            "44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-"
                            "02-23T12%253A46%253A24Z%26Version%3D2014-05-26"));
        QCOMPARE(AlibabaRpcSigner::signature(u"testsecret"_s, toSign),
                 QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
    }

    void encodingKeepsOnlyTheUnreservedSet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("unreserved") << u"Az09-_.~"_s << QByteArray("Az09-_.~");
        QTest::newRow("space is %20, never +") << u"a b"_s << QByteArray("a%20b");
        QTest::newRow("JavaScript's leftovers") << u"*'()!"_s << QByteArray("%2A%27%28%29%21");
        QTest::newRow("reserved") << u"/?=&+%"_s << QByteArray("%2F%3F%3D%26%2B%25");
        QTest::newRow("UTF-8, capital hex") << u"中😀"_s << QByteArray("%E4%B8%AD%F0%9F%98%80");
    }

    void encodingKeepsOnlyTheUnreservedSet()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoded);
        QCOMPARE(AlibabaRpcSigner::encode(text), encoded);
    }

    void theCommonParametersAreAdded()
    {
        AlibabaParams params = {{u"Action"_s, u"ListVpcEndpointServices"_s},
                                {u"RegionId"_s, u"cn-hangzhou"_s}};
        const QDateTime when(QDate(2026, 12, 1), QTime(8, 30, 5), QTimeZone::utc());
        const QByteArray wire = AlibabaRpcSigner::sign(
            params, "POST", u"2020-04-15"_s, {u"LTAIexample"_s, u"secret"_s, u"sts-token"_s, {}},
            u"nonce-1"_s, when.toTimeZone(QTimeZone(8 * 3600)));
        const QUrlQuery query(QString::fromLatin1(wire));
        QCOMPARE(query.queryItemValue(u"Timestamp"_s, QUrl::FullyDecoded),
                 u"2026-12-01T08:30:05Z"_s);
        QCOMPARE(query.queryItemValue(u"SignatureNonce"_s), u"nonce-1"_s);
        QCOMPARE(query.queryItemValue(u"SecurityToken"_s), u"sts-token"_s);
        QCOMPARE(query.queryItemValue(u"Version"_s), u"2020-04-15"_s);
        QCOMPARE(query.queryItemValue(u"Format"_s), u"JSON"_s);
        QVERIFY(wire.contains("&Signature="));
        QCOMPARE(params.last().first, u"Signature"_s);
        // Nothing but the parameters: the secret is never among them.
        QVERIFY(!wire.contains("secret"));
        // Every nonce differs.
        QVERIFY(AlibabaRpcSigner::makeNonce() != AlibabaRpcSigner::makeNonce());
    }

    void popCoreSignsExactlyAsWeDo()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        static const QStringList names = {
            u"RegionId"_s,    u"ServiceId"_s, u"EndpointId"_s, u"MaxResults"_s,  u"NextToken"_s,
            u"UserId"_s,      u"ZoneId"_s,    u"Tag.1.Key"_s,  u"Tag.1.Value"_s, u"Tag.10.Key"_s,
            u"ServiceName"_s, u"a"_s,         u"B"_s,          u"ClientToken"_s};
        QJsonArray cases;
        QList<AlibabaParams> ours;
        QList<AlibabaCredentials> keys;
        QList<QByteArray> methods;
        for (int i = 0; i < 120; ++i) {
            QJsonObject params;
            AlibabaParams mine;
            const int count = random.bounded(6);
            for (int n = 0; n < count; ++n) {
                const QString name = names.at(random.bounded(names.size()));
                if (params.contains(name))
                    continue;
                const QString value = randomText(random, 24);
                params.insert(name, value);
                mine.append({name, value});
            }
            const QString action =
                i % 3 ? u"ListVpcEndpointServices"_s : u"EnableVpcEndpointConnection"_s;
            mine.prepend({u"Action"_s, action});
            const AlibabaCredentials credentials{u"LTAI"_s + QString::number(random.generate(), 36),
                                                 randomText(random, 30) + u"x"_s,
                                                 i % 4 == 0 ? randomText(random, 40) + u"t"_s
                                                            : QString(),
                                                 {}};
            const QByteArray method = i % 2 ? "POST" : "GET";
            cases.append(QJsonObject{{u"method"_s, QString::fromLatin1(method)},
                                     {u"action"_s, action},
                                     {u"version"_s, u"2020-04-15"_s},
                                     {u"accessKeyId"_s, credentials.accessKeyId},
                                     {u"accessKeySecret"_s, credentials.accessKeySecret},
                                     {u"securityToken"_s, credentials.securityToken},
                                     {u"params"_s, params}});
            ours.append(mine);
            keys.append(credentials);
            methods.append(method);
        }
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QJsonDocument(cases).toJson(QJsonDocument::Compact));
        file.flush();

        QProcess oracle;
        oracle.start(u"node"_s, {oracleDir() + u"/pop_core_oracle.js"_s, file.fileName()});
        QVERIFY2(oracle.waitForStarted(), "Node.js is needed (scripts/plc.sh installs it)");
        QVERIFY(oracle.waitForFinished(120'000));
        QVERIFY2(oracle.exitCode() == 0, oracle.readAllStandardError().constData());
        const QJsonArray seen = QJsonDocument::fromJson(oracle.readAllStandardOutput()).array();
        QCOMPARE(seen.size(), cases.size());

        for (qsizetype i = 0; i < seen.size(); ++i) {
            const QByteArray theirs = seen.at(i).toString().toLatin1();
            // pop-core chose the nonce and the time; ours signs with the same two.
            const QUrlQuery query(QString::fromLatin1(theirs));
            const QString nonce = query.queryItemValue(u"SignatureNonce"_s, QUrl::FullyDecoded);
            const QDateTime when = QDateTime::fromString(
                query.queryItemValue(u"Timestamp"_s, QUrl::FullyDecoded), Qt::ISODate);
            QVERIFY(!nonce.isEmpty() && when.isValid());
            AlibabaParams params = ours.at(i);
            const QByteArray mine = AlibabaRpcSigner::sign(params, methods.at(i), u"2020-04-15"_s,
                                                           keys.at(i), nonce, when);
            QVERIFY2(mine == theirs,
                     qPrintable(u"case %1 (%2)\nours:    %3\npop-core: %4"_s.arg(i).arg(
                         QString::fromLatin1(methods.at(i)), QString::fromLatin1(mine),
                         QString::fromLatin1(theirs))));
        }
    }
};

QTEST_GUILESS_MAIN(TestAlibabaSigner)
#include "tst_alibabasigner.moc"
