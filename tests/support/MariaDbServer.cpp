#include "MariaDbServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace plc::test {

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool greets(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(500) && socket.waitForReadyRead(1000) &&
           socket.bytesAvailable() > 4;
}
} // namespace

MariaDbServer::~MariaDbServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool MariaDbServer::start(bool tls)
{
    QString program =
        QStandardPaths::findExecutable(u"mariadbd"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(u"mariadbd"_s);
    if (program.isEmpty()) {
        m_error = u"mariadbd not found: install mariadb-server (./scripts/plc.sh setup)"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"no temporary directory"_s;
        return false;
    }
    m_port = freePort();
    const QString dir = m_dir.path();
    QStringList arguments{
        u"--no-defaults"_s, u"--datadir="_s + dir, u"--socket="_s + dir + u"/mysqld.sock"_s,
        u"--pid-file="_s + dir + u"/mysqld.pid"_s, u"--log-error="_s + dir + u"/error.log"_s,
        u"--bind-address=127.0.0.1"_s, u"--port=%1"_s.arg(m_port),
        // No system tables are needed to greet a client; keep it small.
        u"--skip-grant-tables"_s, u"--skip-log-bin"_s, u"--innodb-buffer-pool-size=8M"_s,
        u"--innodb-log-file-size=4M"_s};
    if (::geteuid() == 0)
        arguments.append(u"--user=root"_s);
    if (tls) {
        arguments.append(u"--ssl-cert="_s + QStringLiteral(PLC_TEST_CERT_DIR "/selfsigned.crt"));
        arguments.append(u"--ssl-key="_s + QStringLiteral(PLC_TEST_CERT_DIR "/selfsigned.key"));
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes (or is killed by ctest's timeout) must not leave a database server
    // listening: the kernel ends mariadbd when the thread that started it ends.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(5000)) {
        m_error = u"mariadbd did not start: "_s + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(30'000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            QFile log(dir + u"/error.log"_s);
            log.open(QIODevice::ReadOnly);
            m_error = u"mariadbd exited: "_s + QString::fromLocal8Bit(log.readAll().right(2000));
            return false;
        }
        if (greets(m_port))
            return true;
        QThread::msleep(50);
    }
    m_error = u"mariadbd did not answer on port %1 within 30 s"_s.arg(m_port);
    return false;
}

} // namespace plc::test
