// The private key never leaves memory: not in the console's output with every debug
// category on (which includes the request log), not in its settings file — run as the real
// executables, the console against a standalone sandbox with --api-url and the key in the
// environment.
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSecrecy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theKeyAppearsNowhere()
    {
        const QString privateKey = u"pk-%1-never-shown"_s.arg(QCoreApplication::applicationPid());
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

        QProcess sandbox;
        QProcessEnvironment sandboxEnv = env;
        sandboxEnv.insert(u"PLC_SANDBOX_PUBLIC_KEY"_s, u"SECRECY"_s);
        sandboxEnv.insert(u"PLC_SANDBOX_PRIVATE_KEY"_s, privateKey);
        sandbox.setProcessEnvironment(sandboxEnv);
        sandbox.start(QStringLiteral(PLC_SANDBOX_BINARY),
                      {u"--data"_s, u":memory:"_s, u"--quiet"_s});
        QVERIFY(sandbox.waitForStarted());
        QVERIFY(sandbox.waitForReadyRead(10'000));
        const QString url = QString::fromUtf8(sandbox.readLine()).trimmed();
        QVERIFY(url.startsWith("http://127.0.0.1:"_L1));

        QProcess console;
        QProcessEnvironment consoleEnv = env;
        consoleEnv.insert(u"TIDBCLOUD_PUBLIC_KEY"_s, u"SECRECY"_s);
        consoleEnv.insert(u"TIDBCLOUD_PRIVATE_KEY"_s, privateKey);
        consoleEnv.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true;qt.*.debug=false"_s);
        console.setProcessEnvironment(consoleEnv);
        console.setProcessChannelMode(QProcess::MergedChannels);
        console.start(QStringLiteral(PLC_CONSOLE_BINARY),
                      {u"--api-url"_s, url, u"--screenshot"_s, home.filePath(u"shot.png"_s)});
        QVERIFY(console.waitForFinished(60'000));
        const QByteArray output = console.readAll();
        QVERIFY2(console.exitCode() == 0, output.constData());
        QVERIFY(output.contains("plc.api.requests")); // the request log was written…
        QVERIFY(output.contains("GET /v1beta1/clusters"));
        QVERIFY(!output.contains(privateKey.toUtf8())); // …without the key

        // Nothing under the console's HOME holds the key either.
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(privateKey.toUtf8()), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked > 0); // at least the screenshot
        sandbox.kill();
        sandbox.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestSecrecy)
#include "tst_secrecy.moc"
