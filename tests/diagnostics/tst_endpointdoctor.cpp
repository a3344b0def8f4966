// The connectivity doctor against real servers on loopback: Debian's MariaDB (with and without
// TLS), the sandbox's HTTP server, a closed port, a port that accepts and says nothing, a port
// whose backlog is full (the connection times out), servers that speak another protocol, and a
// name that does not resolve; then the command line's output and exit status.
#include "MariaDbServer.h"
#include "SandboxFixture.h"

#include "diagnostics/EndpointCheckText.h"
#include "diagnostics/EndpointDoctor.h"
#include "diagnostics/EndpointProbe.h"
#include "sandbox/SandboxDatabase.h"

#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace plc;
using Outcome = EndpointCheckReport::Outcome;

namespace {
/// Accepts connections and answers each with `greeting` (nothing when empty), then stays
/// silent or closes.
class TalkingServer final : public QTcpServer
{
public:
    TalkingServer(QByteArray greeting, bool close)
        : m_greeting(std::move(greeting))
        , m_close(close)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                if (!m_greeting.isEmpty())
                    socket->write(m_greeting);
                if (m_close)
                    socket->disconnectFromHost();
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

private:
    QByteArray m_greeting;
    bool m_close;
};

/// A listening socket whose accept queue is full: the kernel drops further SYNs, so a
/// connection neither succeeds nor is refused, as behind a security group that drops packets.
class FullBacklog final
{
public:
    FullBacklog()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length);
        ::listen(m_listener, 0);
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_filler = ::socket(AF_INET, SOCK_STREAM, 0);
        ::connect(m_filler, reinterpret_cast<sockaddr *>(&address), length);
    }
    ~FullBacklog()
    {
        ::close(m_filler);
        ::close(m_listener);
    }
    FullBacklog(const FullBacklog &) = delete;
    FullBacklog &operator=(const FullBacklog &) = delete;
    quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    int m_filler = -1;
    quint16 m_port = 0;
};

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes
}

QByteArray mysqlErrorPacket()
{
    const QByteArray text = "Host '127.0.0.1' is not allowed to connect to this MySQL server";
    QByteArray payload = QByteArray::fromHex("ff6a04") + text;
    QByteArray header(4, '\0');
    header[0] = char(payload.size());
    return header + payload;
}
} // namespace

/// A stand-in lookup that never answers (a sandbox that hangs).
class SilentLookup final : public ValueJob<EndpointStandIn>
{
public:
    explicit SilentLookup(QObject *parent)
        : ValueJob(parent)
    {}
};

class TestEndpointDoctor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::MariaDbServer> m_mariadb;
    std::unique_ptr<test::MariaDbServer> m_mariadbTls;

    /// What a check's job said: each step, and its end (every check ends exactly once).
    struct Heard
    {
        QList<EndpointCheckReport> steps;
        QList<EndpointCheckReport> ends;
    };
    static void listen(EndpointCheckJob *job, Heard *heard)
    {
        QObject::connect(job, &EndpointCheckJob::stepped, job,
                         [heard](const EndpointCheckReport &r) { heard->steps.append(r); });
        job->onFinished(nullptr, [heard](const EndpointCheckReport &r) { heard->ends.append(r); });
    }

    /// Runs one check and returns its report; every check ends with exactly one report.
    static EndpointCheckReport check(const QString &host, quint16 port, int timeoutMs = 1000,
                                     QList<EndpointCheckReport> *progress = nullptr)
    {
        EndpointDoctor doctor;
        doctor.setTimeout(timeoutMs);
        Heard heard;
        listen(doctor.check(EndpointAddress{host, port, {}}), &heard);
        if (!QTest::qWaitFor([&heard] { return !heard.ends.isEmpty(); }, timeoutMs * 4 + 5000))
            return {};
        QTest::qWait(20);
        if (heard.ends.size() != 1)
            return {};
        if (progress)
            *progress = heard.steps;
        const auto report = heard.ends.at(0);
        qInfo().noquote() << EndpointCheckText::plainText(report);
        return report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_mariadb = std::make_unique<test::MariaDbServer>();
        QVERIFY2(m_mariadb->start(), qPrintable(m_mariadb->error()));
        m_mariadbTls = std::make_unique<test::MariaDbServer>();
        QVERIFY2(m_mariadbTls->start(true), qPrintable(m_mariadbTls->error()));
    }

    void cleanupTestCase()
    {
        m_mariadb.reset();
        m_mariadbTls.reset();
    }

    void mariadbAnswers()
    {
        QList<EndpointCheckReport> progress;
        const EndpointCheckReport r = check(u"127.0.0.1"_s, m_mariadb->port(), 5000, &progress);
        QCOMPARE(r.outcome, Outcome::Answered);
        QVERIFY(r.databaseAnswered());
        QCOMPARE(r.greeting.product(), u"MariaDB"_s);
        QVERIFY2(r.greeting.serverVersion.contains(u"MariaDB"_s),
                 qPrintable(r.greeting.serverVersion));
        QVERIFY(!r.greeting.offersTls());
        QCOMPARE(r.connectedAddress, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(r.hostIsAddress);
        QVERIFY(r.resolvedToPrivate());
        // Each step was reported as it started.
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress[0].step, EndpointCheckReport::Step::Connect);
        QCOMPARE(progress[1].step, EndpointCheckReport::Step::Greeting);
        const auto lines = EndpointCheckText::lines(r);
        QVERIFY(std::all_of(lines.begin(), lines.end(), [](const auto &line) {
            return line.state == EndpointCheckText::State::Passed;
        }));
        QVERIFY(lines[2].text.contains(u"does not offer TLS"_s));
        QVERIFY(EndpointCheckText::likelyCause(r).isEmpty());
    }

    void mariadbWithTlsByName()
    {
        // By name: resolving localhost is a step of its own.
        QList<EndpointCheckReport> progress;
        const EndpointCheckReport r = check(u"localhost"_s, m_mariadbTls->port(), 5000, &progress);
        QCOMPARE(r.outcome, Outcome::Answered);
        QVERIFY(r.greeting.offersTls());
        QVERIFY(!r.hostIsAddress);
        QVERIFY(r.resolveMs >= 0);
        QVERIFY(!r.addresses.isEmpty());
        QCOMPARE(progress.first().step, EndpointCheckReport::Step::Resolve);
        QVERIFY(EndpointCheckText::lines(r)[2].text.contains(u"It offers TLS"_s));
    }

    void closedPortIsRefused()
    {
        const EndpointCheckReport r = check(u"127.0.0.1"_s, closedPort());
        QCOMPARE(r.outcome, Outcome::ConnectionRefused);
        QVERIFY(!r.databaseAnswered());
        QVERIFY(EndpointCheckText::likelyCause(r).contains(u"port"_s));
        QCOMPARE(EndpointCheckText::lines(r)[2].state, EndpointCheckText::State::Skipped);
    }

    void silentPortTimesOut()
    {
        TalkingServer silent({}, false);
        const EndpointCheckReport r = check(u"127.0.0.1"_s, silent.serverPort(), 500);
        QCOMPARE(r.outcome, Outcome::GreetingTimedOut);
        QVERIFY(r.connectMs >= 0);
        QVERIFY(EndpointCheckText::likelyCause(r).contains(u"said nothing"_s));
    }

    void httpServerSaysNothingFirst()
    {
        // The sandbox is a real HTTP server: it waits for the client, as every web server does.
        test::SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const EndpointCheckReport r = check(u"127.0.0.1"_s, quint16(sandbox.url().port()), 500);
        QCOMPARE(r.outcome, Outcome::GreetingTimedOut);
    }

    void fullBacklogTimesOutConnecting()
    {
        FullBacklog backlog;
        const EndpointCheckReport r = check(u"127.0.0.1"_s, backlog.port(), 700);
        QCOMPARE(r.outcome, Outcome::ConnectTimedOut);
        QVERIFY(EndpointCheckText::likelyCause(r).contains(u"security group"_s));
        QVERIFY(EndpointCheckText::lines(r)[1].text.contains(u"within 0.7 s"_s));
    }

    void otherProtocols_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<bool>("close");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("shown");
        QTest::newRow("SSH banner")
            << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n") << false
            << int(Outcome::NotMysql) << u"“SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3”"_s;
        QTest::newRow("HTTP answer") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << true
                                     << int(Outcome::NotMysql) << u"HTTP/1.1 400 Bad Request"_s;
        QTest::newRow("closed at once")
            << QByteArray() << true << int(Outcome::ClosedWithoutGreeting)
            << u"without a greeting"_s;
        QTest::newRow("MySQL error packet")
            << mysqlErrorPacket() << true << int(Outcome::RefusedByServer) << u"error 1130"_s;
    }
    void otherProtocols()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(bool, close);
        QFETCH(int, outcome);
        QFETCH(QString, shown);
        TalkingServer server(greeting, close);
        const EndpointCheckReport r = check(u"127.0.0.1"_s, server.serverPort());
        QCOMPARE(int(r.outcome), outcome);
        const QString text = EndpointCheckText::plainText(r);
        QVERIFY2(text.contains(shown), qPrintable(text));
        QCOMPARE(r.databaseAnswered(), r.outcome == Outcome::RefusedByServer);
        if (greeting.startsWith("HTTP/"))
            QVERIFY(EndpointCheckText::likelyCause(r).contains(u"web server"_s));
    }

    void unresolvableName()
    {
        // RFC 6761: names under .invalid never resolve.
        const EndpointCheckReport r =
            check(u"gateway01-privatelink.no-such-region.invalid"_s, 4000, 3000);
        QCOMPARE(r.outcome, Outcome::NameNotResolved);
        QVERIFY(r.addresses.isEmpty());
        QVERIFY(EndpointCheckText::likelyCause(r).contains(u"Enable DNS name"_s));
        QVERIFY(EndpointCheckText::likelyCause(r).contains(u"/etc/hosts"_s));
        QCOMPARE(EndpointCheckText::lines(r)[1].state, EndpointCheckText::State::Skipped);
    }

    // The command line quits as soon as the check's end is printed, which may be while the
    // worker thread is still inside the lookup's result handler. Qt 6.4's functor overload of
    // QHostInfo::lookupHost delivered its result through a helper object that also treats
    // the queued QCoreApplication::aboutToQuit call as a result, and called a freed slot
    // there (a crash seen once in a hundred command-line runs). Here the worker is held in
    // the handler while the application quits, so the order that crashed is the only order.
    void quittingDuringTheLookupHandlerIsSafe()
    {
        QThread worker;
        worker.start();
        auto *probe =
            new EndpointProbe(EndpointAddress{u"db.no-such-region.invalid"_s, 4000, {}}, 5000);
        probe->moveToThread(&worker);
        QSemaphore reported;
        QSemaphore mayReturn;
        connect(
            probe, &EndpointProbe::finished, probe,
            [&](const EndpointCheckReport &) {
                reported.release();
                mayReturn.acquire(); // still inside the result handler
            },
            Qt::DirectConnection);
        QMetaObject::invokeMethod(probe, &EndpointProbe::start, Qt::QueuedConnection);
        QVERIFY(reported.tryAcquire(1, 10'000));

        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
        QSignalSpy aboutToQuit(QCoreApplication::instance(), &QCoreApplication::aboutToQuit);
        QCoreApplication::exec();
        QCOMPARE(aboutToQuit.size(), 1);

        mayReturn.release();
        QMetaObject::invokeMethod(probe, &QObject::deleteLater, Qt::QueuedConnection);
        QTest::qWait(100); // the worker handles whatever the quit posted to it
        worker.quit();
        QVERIFY(worker.wait(10'000));
    }

    void cancelEndsOnce()
    {
        TalkingServer silent({}, false);
        EndpointDoctor doctor;
        doctor.setTimeout(30'000);
        Heard heard;
        listen(doctor.check(EndpointAddress{u"127.0.0.1"_s, silent.serverPort(), {}}), &heard);
        QTRY_VERIFY(!heard.steps.isEmpty() &&
                    heard.steps.last().step == EndpointCheckReport::Step::Greeting);
        QVERIFY(doctor.isRunning());
        doctor.cancel();
        QCOMPARE(heard.ends.size(), 1);
        QCOMPARE(heard.ends.at(0).outcome, Outcome::Cancelled);
        QVERIFY(!doctor.isRunning());
        QTest::qWait(200); // the probe's own cancelled report is not heard twice
        QCOMPARE(heard.ends.size(), 1);

        // A new check replaces a running one; only the new one's end is heard after it.
        doctor.setTimeout(1000);
        listen(doctor.check(EndpointAddress{u"127.0.0.1"_s, silent.serverPort(), {}}), &heard);
        listen(doctor.check(EndpointAddress{u"127.0.0.1"_s, m_mariadb->port(), {}}), &heard);
        QTRY_COMPARE(heard.ends.size(), 3);
        QCOMPARE(heard.ends.at(1).outcome, Outcome::Cancelled);
        QCOMPARE(heard.ends.at(2).outcome, Outcome::Answered);
        QTest::qWait(1500);
        QCOMPARE(heard.ends.size(), 3);

        // A job cancelled by its caller stops its probe and is heard by nobody, as any job.
        Heard dropped;
        EndpointCheckJob *job =
            doctor.check(EndpointAddress{u"127.0.0.1"_s, silent.serverPort(), {}});
        listen(job, &dropped);
        QTRY_VERIFY(doctor.isRunning() && !dropped.steps.isEmpty());
        job->cancel();
        QVERIFY(!doctor.isRunning());
        QTest::qWait(200);
        QVERIFY(dropped.ends.isEmpty());
    }

    // In sandbox mode the doctor asks the sandbox about a name first: an endpoint the sandbox
    // made has its database on this machine. The sandbox's own database greets here.
    void aNameTheSandboxMadeIsCheckedWhereItsDatabaseListens()
    {
        sandbox::SandboxDatabase database;
        QVERIFY(database.start());
        // Under .invalid (RFC 6761): DNS alone never finds it.
        const QString host = u"gateway01-privatelink.us-east-1.sandbox.invalid"_s;
        QStringList asked;
        const EndpointStandIn standIn{database.address().toString(), database.port(),
                                      u"vpce-0a1b2c3d4e5f60718"_s};
        EndpointDoctor doctor;
        doctor.setTimeout(5000);
        doctor.setStandInLookup([&asked, standIn](const QString &name, QObject *parent) {
            asked.append(name);
            return new ReadyJob<EndpointStandIn>(standIn, {}, parent);
        });
        Heard heard;
        listen(doctor.check(EndpointAddress{host, 4000, {}}), &heard);
        QTRY_COMPARE(heard.ends.size(), 1);
        const EndpointCheckReport r = heard.ends.at(0);
        qInfo().noquote() << EndpointCheckText::plainText(r);
        QCOMPARE(asked, QStringList{host});
        QCOMPARE(r.outcome, Outcome::Answered);
        QVERIFY(r.standIn);
        QCOMPARE(r.standIn->endpointId, u"vpce-0a1b2c3d4e5f60718"_s);
        QCOMPARE(r.target.port, quint16(4000)); // what was asked stays what is shown
        QCOMPARE(r.connectedAddress, database.address());
        QCOMPARE(r.greeting.product(), u"TiDB"_s);
        QCOMPARE(heard.steps.first().step, EndpointCheckReport::Step::Resolve);
        const auto lines = EndpointCheckText::lines(r);
        QCOMPARE(lines[0].state, EndpointCheckText::State::Passed);
        QVERIFY2(lines[0].text.contains(u"sandbox"_s) &&
                     lines[0].text.contains(u"vpce-0a1b2c3d4e5f60718"_s),
                 qPrintable(lines[0].text));
        QVERIFY2(lines[1].text.contains(QString::number(database.port())),
                 qPrintable(lines[1].text));
        QVERIFY2(EndpointCheckText::verdict(r).contains(u"in sandbox mode"_s),
                 qPrintable(EndpointCheckText::verdict(r)));

        // An address is never asked about.
        heard = {};
        listen(doctor.check(EndpointAddress{u"127.0.0.1"_s, database.port(), {}}), &heard);
        QTRY_COMPARE(heard.ends.size(), 1);
        QCOMPARE(asked.size(), 1);
        QVERIFY(!heard.ends.at(0).standIn);
        QCOMPARE(heard.ends.at(0).outcome, Outcome::Answered);
    }

    void withoutTheSandboxsAnswerDnsDecides_data()
    {
        QTest::addColumn<bool>("noJob");
        QTest::newRow("the sandbox knows no such name") << false;
        QTest::newRow("not in sandbox mode any more") << true;
    }
    void withoutTheSandboxsAnswerDnsDecides()
    {
        QFETCH(bool, noJob);
        EndpointDoctor doctor;
        doctor.setTimeout(3000);
        doctor.setStandInLookup([noJob](const QString &, QObject *parent) {
            return noJob ? nullptr
                         : new ReadyJob<EndpointStandIn>({}, ApiError::decode(u"not found"_s),
                                                         parent);
        });
        Heard heard;
        listen(doctor.check(EndpointAddress{u"db.no-such-region.invalid"_s, 4000, {}}), &heard);
        QTRY_COMPARE_WITH_TIMEOUT(heard.ends.size(), 1, 15'000);
        QCOMPARE(heard.ends.at(0).outcome, Outcome::NameNotResolved);
        QVERIFY(!heard.ends.at(0).standIn);
    }

    void aSandboxSlowToAnswerLeavesTheCheckToDns()
    {
        EndpointDoctor doctor;
        doctor.setTimeout(300);
        QPointer<Job> lookup;
        doctor.setStandInLookup([&lookup](const QString &, QObject *parent) {
            auto *job = new SilentLookup(parent);
            lookup = job;
            return job;
        });
        Heard heard;
        listen(doctor.check(EndpointAddress{u"db.slow-sandbox.invalid"_s, 4000, {}}), &heard);
        QTRY_COMPARE_WITH_TIMEOUT(heard.ends.size(), 1, 10'000);
        QCOMPARE(heard.ends.at(0).outcome, Outcome::NameNotResolved);
        QVERIFY(!heard.ends.at(0).standIn);
    }

    void aCheckCancelledWhileTheSandboxIsAskedEndsOnce()
    {
        sandbox::SandboxDatabase database;
        QVERIFY(database.start());
        EndpointDoctor doctor;
        QPointer<Job> lookup;
        doctor.setStandInLookup([&](const QString &, QObject *parent) {
            auto *job = new ReadyJob<EndpointStandIn>(
                {database.address().toString(), database.port(), u"ep-1"_s}, {}, parent);
            lookup = job;
            return job;
        });
        Heard heard;
        listen(doctor.check(EndpointAddress{u"ep-1.sandbox.invalid"_s, 4000, {}}), &heard);
        QVERIFY(doctor.isRunning());
        doctor.cancel();
        QCOMPARE(heard.ends.size(), 1);
        QCOMPARE(heard.ends.at(0).outcome, Outcome::Cancelled);
        QVERIFY(!lookup || lookup->isCancelled());
        QTest::qWait(300); // the lookup's answer, had it come, would start no probe
        QVERIFY(!doctor.isRunning());
        QCOMPARE(heard.ends.size(), 1);
        QVERIFY(heard.steps.isEmpty());
    }

    void commandLine_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<QString>("shown");
        QTest::newRow("MariaDB") << u"127.0.0.1:%1"_s.arg(m_mariadb->port()) << 0
                                 << u"✓ A MySQL-protocol server answered"_s;
        QTest::newRow("closed port")
            << u"127.0.0.1:%1"_s.arg(closedPort()) << 1 << u"✗ 127.0.0.1 refused the connection"_s;
        QTest::newRow("unresolvable") << u"db.no-such-region.invalid:4000"_s << 1
                                      << u"✗ db.no-such-region.invalid does not resolve"_s;
        QTest::newRow("no port") << u"db.internal"_s << 2 << u"Add the port"_s;
    }
    void commandLine()
    {
        QFETCH(QString, target);
        QFETCH(int, exitStatus);
        QFETCH(QString, shown);
        QProcess console;
        // No display at all: the check must not need one.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/plc-doctor-config"_s);
        console.setProcessEnvironment(environment);
        console.start(
            QStringLiteral(PLC_CONSOLE_BINARY),
            {u"--check-endpoint"_s, target, u"--check-timeout"_s, u"2"_s, u"--lang"_s, u"en"_s});
        QVERIFY(console.waitForFinished(30'000));
        const QString out =
            QString::fromUtf8(console.readAllStandardOutput() + console.readAllStandardError());
        qInfo().noquote() << out;
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), exitStatus);
        QVERIFY2(out.contains(shown), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestEndpointDoctor)
#include "tst_endpointdoctor.moc"
