// The standalone privatelink-sandbox executable: flags, the printed URL, real requests.
#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

class TestSandboxCli final : public QObject
{
    Q_OBJECT

private:
    static QUrl startAndReadUrl(QProcess &process, const QStringList &arguments)
    {
        process.start(QStringLiteral(PLC_SANDBOX_BINARY), arguments);
        if (!process.waitForStarted(10'000))
            return {};
        for (int i = 0; i < 100 && !process.canReadLine(); ++i)
            process.waitForReadyRead(100);
        return QUrl(QString::fromUtf8(process.readLine()).trimmed());
    }

private Q_SLOTS:
    void servesTheApiOnTheGivenKeyAndPrintsItsUrl()
    {
        QTemporaryDir dir;
        QProcess process;
        const QUrl url = startAndReadUrl(process, {u"--port"_s, u"0"_s, u"--public-key"_s,
                                                   u"CLIKEY"_s, u"--private-key"_s, u"cli-secret"_s,
                                                   u"--data"_s, dir.filePath(u"cli.sqlite"_s)});
        QCOMPARE(url.scheme(), u"http"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);

        ApiClient client;
        client.setEndpoint(url, {u"CLIKEY"_s, u"cli-secret"_s});
        ApiCall *call = client.get(u"/v1beta1/clusters"_s);
        QSignalSpy finished(call, &Job::finished);
        QVERIFY(finished.wait(10'000));
        QVERIFY2(call->succeeded(), qPrintable(call->error().userMessage()));
        QCOMPARE(call->json().value("totalSize"_L1).toInt(), 6);
        QVERIFY(QFile::exists(dir.filePath(u"cli.sqlite"_s)));
        process.kill();
        process.waitForFinished();
    }

    void theKeyMayComeFromTheEnvironment()
    {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PLC_SANDBOX_PUBLIC_KEY"_s, u"ENVKEY"_s);
        env.insert(u"PLC_SANDBOX_PRIVATE_KEY"_s, u"env-secret"_s);
        process.setProcessEnvironment(env);
        const QUrl url = startAndReadUrl(process, {u"--data"_s, dir.filePath(u"env.sqlite"_s)});
        QVERIFY(url.isValid());
        ApiClient client;
        client.setEndpoint(url, {u"ENVKEY"_s, u"env-secret"_s});
        ApiCall *call = client.get(u"/v1beta1/clusters/10289543321198765432"_s);
        QSignalSpy finished(call, &Job::finished);
        QVERIFY(finished.wait(10'000));
        QVERIFY(call->succeeded());
        process.kill();
        process.waitForFinished();
    }

    void survivesKillNineAtAnyMoment()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"killed.sqlite"_s);
        const QStringList arguments{u"--public-key"_s, u"K9"_s,           u"--private-key"_s,
                                    u"s3cret"_s,       u"--data"_s,       file,
                                    u"--quiet"_s,      u"--rate-limit"_s, u"0"_s};
        const QString path = u"/v1beta1/clusters/10289543321198765432/privateLinkConnections"_s;
        int created = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess process;
            const QUrl url = startAndReadUrl(process, arguments);
            QVERIFY(url.isValid());
            ApiClient client;
            client.setEndpoint(url, {u"K9"_s, u"s3cret"_s});
            // A burst of creates in flight, then SIGKILL at a random moment.
            for (int i = 0; i < 40; ++i) {
                const QJsonObject body{
                    {u"privateLinkConnection"_s,
                     QJsonObject{
                         {u"displayName"_s, u"r%1-%2"_s.arg(round).arg(i)},
                         {u"type"_s, u"AWS_ENDPOINT_SERVICE"_s},
                         {u"awsEndpointService"_s,
                          QJsonObject{
                              {u"name"_s,
                               u"com.amazonaws.vpce.us-east-1.vpce-svc-0f7e6d5c4b3a29180"_s}}}}}};
                ApiCall *call =
                    client.post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
                connect(call, &Job::finished, this,
                        [&created, call] { created += call->succeeded(); });
            }
            // The first round kills once some creates were confirmed, the others at any moment.
            if (round == 0)
                QTRY_VERIFY_WITH_TIMEOUT(created >= 10, 10'000);
            else
                QTest::qWait(QRandomGenerator::global()->bounded(1, 120));
            process.kill();
            QVERIFY(process.waitForFinished(5000));
        }
        QVERIFY(created > 0);

        // The file is intact…
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery check(db);
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        // …and a restarted sandbox serves every connection it lists, including each one whose
        // creation it confirmed.
        QProcess process;
        const QUrl url = startAndReadUrl(process, arguments);
        ApiClient client;
        client.setEndpoint(url, {u"K9"_s, u"s3cret"_s});
        ApiCall *list = client.get(path, QUrlQuery{{u"pageSize"_s, u"100"_s}});
        QJsonArray items;
        connect(list, &Job::finished, this,
                [&] { items = list->json().value("privateLinkConnections"_L1).toArray(); });
        QSignalSpy listed(list, &Job::finished);
        QVERIFY(listed.wait(10'000));
        QVERIFY(items.size() >= 4 + created); // 4 seeded connections on this cluster
        for (const QJsonValue &item : std::as_const(items)) {
            ApiCall *get = client.get(path + u'/' + item["privateLinkConnectionId"_L1].toString());
            int status = 0;
            connect(get, &Job::finished, this, [&] { status = get->httpStatus(); });
            QSignalSpy got(get, &Job::finished);
            QVERIFY(got.wait(10'000));
            QCOMPARE(status, 200);
        }
        process.kill();
        process.waitForFinished();
    }

    void refusesToStartWithoutAKey()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"PLC_SANDBOX_PUBLIC_KEY"_s);
        env.remove(u"PLC_SANDBOX_PRIVATE_KEY"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PLC_SANDBOX_BINARY), {u"--data"_s, u":memory:"_s});
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--public-key"));
    }

    void refusesABadPort()
    {
        QProcess process;
        process.start(
            QStringLiteral(PLC_SANDBOX_BINARY),
            {u"--port"_s, u"99999"_s, u"--public-key"_s, u"a"_s, u"--private-key"_s, u"b"_s});
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
