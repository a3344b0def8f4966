// Signature Version 4 against AWS's published test suite (tests/vectors/aws-sigv4, Apache-2.0)
// and against botocore's own signer, run as an oracle on requests it has never seen.
#include "providers/aws/AwsSigner.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
const QString VectorDir = QStringLiteral(PLC_TEST_VECTOR_DIR) + u"/aws-sigv4"_s;
const QByteArray VectorDate = "20150830T123600Z";

AwsCredentials vectorCredentials()
{
    AwsCredentials credentials;
    credentials.accessKeyId = u"AKIDEXAMPLE"_s;
    credentials.secretAccessKey = u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s;
    return credentials;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// A `.req` file: request line, headers (a line starting with white space continues the one
/// before), a blank line, the body.
SignableRequest parseRequest(const QByteArray &text)
{
    SignableRequest request;
    const qsizetype headerEnd = text.indexOf("\n\n");
    const QByteArray head = headerEnd < 0 ? text : text.left(headerEnd);
    if (headerEnd >= 0)
        request.body = text.mid(headerEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.first();
    const qsizetype space = requestLine.indexOf(' ');
    request.method = requestLine.left(space);
    const QByteArray target =
        requestLine.mid(space + 1, requestLine.lastIndexOf(" HTTP/") - space - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    if (question >= 0) {
        const QList<QByteArray> pairs = target.mid(question + 1).split('&');
        for (const QByteArray &pair : pairs) {
            const qsizetype equals = pair.indexOf('=');
            const QByteArray name = equals < 0 ? pair : pair.left(equals);
            const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
            request.query.append(
                {QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
        }
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue; // the last line's newline
        if ((line.startsWith(' ') || line.startsWith('\t')) && !request.headers.isEmpty()) {
            request.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return request;
}

QString randomText(QRandomGenerator &random, const QString &alphabet, int minLength, int maxLength)
{
    QString text;
    const int length = int(random.bounded(minLength, maxLength + 1));
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(int(random.bounded(alphabet.size()))));
    return text;
}
} // namespace

class TestAwsSigner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors_data();
    void publishedVectors();
    void theSigningKeyIsAwsExample();
    void signAddsDateTokenAndAuthorization();
    void agreesWithBotocore();
};

void TestAwsSigner::publishedVectors_data()
{
    QTest::addColumn<QString>("folder");
    int cases = 0;
    QDirIterator it(VectorDir, {u"*.req"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo request(it.next());
        // Each case is a folder named after its files; the STS token case holds two.
        const QString name = request.completeBaseName();
        QTest::newRow(qPrintable(name)) << request.absolutePath() + u'/' + name;
        ++cases;
    }
    QVERIFY2(cases >= 30, qPrintable(u"only %1 vectors under %2"_s.arg(cases).arg(VectorDir)));
}

void TestAwsSigner::publishedVectors()
{
    QFETCH(QString, folder);
    SignableRequest request = parseRequest(readFile(folder + u".req"_s));
    AwsCredentials credentials = vectorCredentials();
    if (folder.endsWith(u"-header-after"_s)) {
        // The variant where the token is added after signing. The console signs it, as
        // botocore does (the -header-before case); here the signature must be that of the
        // request without it.
        request.headers.removeIf([](const auto &h) {
            return h.first.compare("X-Amz-Security-Token", Qt::CaseInsensitive) == 0;
        });
        QCOMPARE(AwsSigner::canonicalRequest(request), readFile(folder + u".creq"_s));
        QCOMPARE(AwsSigner::authorization(request, credentials, VectorDate, "us-east-1", "service"),
                 readFile(folder + u".authz"_s));
        return;
    }
    // A case with temporary keys shows the token only in the signed request (.sreq): signing
    // adds it, and it is signed.
    const SignableRequest signedRequest = parseRequest(readFile(folder + u".sreq"_s));
    for (const auto &[name, value] : signedRequest.headers) {
        if (name.compare("X-Amz-Security-Token", Qt::CaseInsensitive) != 0)
            continue;
        const bool inRequest = std::any_of(request.headers.cbegin(), request.headers.cend(),
                                           [&](const auto &h) { return h.first == name; });
        if (!inRequest)
            request.headers.append({name, value});
    }
    const QByteArray expectedCanonical = readFile(folder + u".creq"_s);
    QByteArray signedHeaders;
    QCOMPARE(AwsSigner::canonicalRequest(request, &signedHeaders), expectedCanonical);
    QCOMPARE(AwsSigner::stringToSign(VectorDate, "20150830/us-east-1/service/aws4_request",
                                     expectedCanonical),
             readFile(folder + u".sts"_s));
    QCOMPARE(AwsSigner::authorization(request, credentials, VectorDate, "us-east-1", "service"),
             readFile(folder + u".authz"_s));
}

void TestAwsSigner::theSigningKeyIsAwsExample()
{
    // The derived key of AWS's documented example (secret, 20120215, us-east-1, iam).
    QCOMPARE(AwsSigner::signingKey(u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s, "20120215",
                                   "us-east-1", "iam")
                 .toHex(),
             QByteArray("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));
}

void TestAwsSigner::signAddsDateTokenAndAuthorization()
{
    SignableRequest request;
    request.method = "POST";
    request.path = "/aws/";
    request.headers = {{"Host", "127.0.0.1:8080"},
                       {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    request.body = "Action=DescribeAvailabilityZones&Version=2016-11-15";
    AwsCredentials credentials = vectorCredentials();
    credentials.sessionToken = u"token/with+slash="_s;
    const QDateTime now(QDate(2026, 12, 1), QTime(4, 5, 6), Qt::UTC);
    AwsSigner::sign(request, credentials, "us-east-1", "ec2", now);

    QCOMPARE(request.headers.size(), 5);
    QCOMPARE(request.headers.at(2),
             (QPair<QByteArray, QByteArray>("X-Amz-Date", "20261201T040506Z")));
    QCOMPARE(request.headers.at(3).second, QByteArray("token/with+slash="));
    const QByteArray authorization = request.headers.at(4).second;
    QVERIFY(authorization.startsWith(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261201/us-east-1/ec2/aws4_request, "
        "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature="));
    // The secret itself is nowhere in what is sent.
    for (const auto &[name, value] : std::as_const(request.headers))
        QVERIFY(!value.contains(credentials.secretAccessKey.toUtf8()));
    // A changed body is a different signature.
    SignableRequest other = request;
    other.headers.resize(2);
    other.body += "&DryRun=true";
    AwsSigner::sign(other, credentials, "us-east-1", "ec2", now);
    QVERIFY(other.headers.at(4).second != authorization);
}

void TestAwsSigner::agreesWithBotocore()
{
    // Requests built at random, signed here and by botocore; all three steps must agree.
    QRandomGenerator random(20261201);
    const QString valueChars = u"abcXYZ019 -_.~!*'()/=+&%,;:\"\t"_s;
    const QString pathChars = u"abc/._-~%20"_s;
    const QStringList headerNames = {u"Content-Type"_s, u"X-Amz-Target"_s, u"My-Header"_s,
                                     u"x-custom-HEADER"_s, u"Accept"_s};
    QJsonArray specs;
    QList<SignableRequest> requests;
    QList<AwsCredentials> keys;
    QList<QByteArray> dates;
    QList<QPair<QByteArray, QByteArray>> scopes;
    for (int i = 0; i < 150; ++i) {
        SignableRequest request;
        request.method = i % 3 == 0 ? "GET" : "POST";
        request.path = '/' + randomText(random, pathChars, 0, 12).toUtf8();
        const int params = int(random.bounded(4));
        QByteArrayList queryText;
        for (int p = 0; p < params; ++p) {
            const QByteArray name = randomText(random, u"AbcXyz09-_.~é"_s, 1, 6).toUtf8();
            const QByteArray value = randomText(random, valueChars, 0, 8).toUtf8();
            request.query.append({name, value});
            queryText.append(AwsSigner::encode(name) + '=' + AwsSigner::encode(value));
        }
        request.headers.append(
            {"Host", QByteArray(i % 2 ? "ec2.us-east-1.amazonaws.com" : "127.0.0.1:4567")});
        const int extra = int(random.bounded(4));
        for (int h = 0; h < extra; ++h)
            request.headers.append(
                {headerNames.at(int(random.bounded(headerNames.size()))).toUtf8(),
                 randomText(random, valueChars, 1, 16).toUtf8()});
        request.body = randomText(random, valueChars, 0, 40).toLatin1();
        AwsCredentials credentials;
        credentials.accessKeyId =
            u"AKIA"_s + randomText(random, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s, 16, 16);
        credentials.secretAccessKey = randomText(random, u"abcdefABCDEF0123456789+/"_s, 40, 40);
        if (i % 4 == 0)
            credentials.sessionToken = randomText(random, u"abcdefABCDEF0123456789+/="_s, 20, 60);
        const QDateTime when = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)
                                   .addSecs(qint64(random.bounded(365 * 86400)));
        const QByteArray region = i % 5 == 0 ? "cn-north-1" : "us-east-1";
        const QByteArray service = i % 2 ? "ec2" : "sts";

        QJsonArray headers;
        for (const auto &[name, value] : std::as_const(request.headers))
            headers.append(QJsonArray{QString::fromUtf8(name), QString::fromUtf8(value)});
        const QString url =
            (i % 2 ? u"https://ec2.us-east-1.amazonaws.com"_s : u"http://127.0.0.1:4567"_s) +
            QString::fromUtf8(request.path) +
            (queryText.isEmpty() ? QString() : u'?' + QString::fromUtf8(queryText.join('&')));
        specs.append(QJsonObject{{u"method"_s, QString::fromLatin1(request.method)},
                                 {u"url"_s, url},
                                 {u"headers"_s, headers},
                                 {u"body"_s, QString::fromLatin1(request.body)},
                                 {u"accessKeyId"_s, credentials.accessKeyId},
                                 {u"secretAccessKey"_s, credentials.secretAccessKey},
                                 {u"sessionToken"_s, credentials.sessionToken},
                                 {u"region"_s, QString::fromLatin1(region)},
                                 {u"service"_s, QString::fromLatin1(service)},
                                 {u"amzDate"_s, QString::fromLatin1(AwsSigner::amzDate(when))}});
        requests.append(request);
        keys.append(credentials);
        dates.append(AwsSigner::amzDate(when));
        scopes.append({region, service});
    }

    QProcess oracle;
    oracle.start(u"/usr/bin/python3"_s,
                 {QStringLiteral(PLC_TEST_AWS_SUPPORT_DIR) + u"/botocore_sign.py"_s});
    QVERIFY2(oracle.waitForStarted(), "Debian's python3 is needed (scripts/plc.sh installs it)");
    oracle.write(QJsonDocument(specs).toJson(QJsonDocument::Compact));
    oracle.closeWriteChannel();
    QVERIFY(oracle.waitForFinished(60'000));
    QVERIFY2(oracle.exitCode() == 0, oracle.readAllStandardError().constData());
    const QJsonArray answers = QJsonDocument::fromJson(oracle.readAllStandardOutput()).array();
    QCOMPARE(answers.size(), requests.size());

    for (qsizetype i = 0; i < requests.size(); ++i) {
        SignableRequest request = requests.at(i);
        const QJsonObject answer = answers.at(i).toObject();
        request.headers.append({"X-Amz-Date", dates.at(i)});
        if (!keys.at(i).sessionToken.isEmpty())
            request.headers.append({"X-Amz-Security-Token", keys.at(i).sessionToken.toUtf8()});
        const QString context =
            u"request %1: %2"_s.arg(i).arg(specs.at(i).toObject().value("url"_L1).toString());
        QVERIFY2(AwsSigner::canonicalRequest(request) ==
                     answer.value("canonicalRequest"_L1).toString().toUtf8(),
                 qPrintable(context + u"\nours:\n"_s +
                            QString::fromUtf8(AwsSigner::canonicalRequest(request)) +
                            u"\nbotocore:\n"_s + answer.value("canonicalRequest"_L1).toString()));
        QCOMPARE(AwsSigner::authorization(request, keys.at(i), dates.at(i), scopes.at(i).first,
                                          scopes.at(i).second),
                 answer.value("authorization"_L1).toString().toUtf8());
    }
}

QTEST_GUILESS_MAIN(TestAwsSigner)
#include "tst_awssigner.moc"
