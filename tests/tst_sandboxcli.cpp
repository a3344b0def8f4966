// The standalone privatelink-sandbox executable: flags, the printed URL, real requests.
#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QProcess>
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
