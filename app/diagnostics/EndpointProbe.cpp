#include "diagnostics/EndpointProbe.h"

#include <QHostInfo>
#include <QTcpSocket>
#include <QTimer>

namespace plc {

using Outcome = EndpointCheckReport::Outcome;
using Step = EndpointCheckReport::Step;

namespace {
constexpr int MaxAddresses = 4;
constexpr int FirstBytesShown = 64;

Outcome connectFailure(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Outcome::ConnectionRefused;
    case QAbstractSocket::NetworkError: // ENETUNREACH, EHOSTUNREACH
        return Outcome::Unreachable;
    case QAbstractSocket::SocketTimeoutError:
        return Outcome::ConnectTimedOut;
    default:
        return Outcome::ConnectFailed;
    }
}
} // namespace

EndpointProbe::EndpointProbe(const EndpointAddress &target, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_report.target = target;
    m_report.timeoutMs = timeoutMs;
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EndpointProbe::onTimeout);
}

EndpointProbe::~EndpointProbe()
{
    abortLookup();
}

void EndpointProbe::abortLookup()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
}

void EndpointProbe::start()
{
    m_clock.start();
    if (m_report.standIn) {
        m_report.addresses = {QHostAddress(m_report.standIn->address)};
        m_report.resolveMs = 0;
        connectNext();
        return;
    }
    if (QHostAddress address; address.setAddress(m_report.target.host)) {
        m_report.hostIsAddress = true;
        m_report.addresses = {address};
        m_report.resolveMs = 0;
        connectNext();
        return;
    }
    m_report.step = Step::Resolve;
    Q_EMIT progress(m_report);
    m_timer->start(m_report.timeoutMs);
    // The SLOT() overload, not the functor one: in Qt 6.4 the functor overload hands the
    // result over through a helper object that also takes the queued call from
    // QCoreApplication::aboutToQuit for a result, and then calls a slot object it has
    // already freed. `--check-endpoint` quits right after printing, so that crashed about
    // once in a hundred runs (tst_endpointdoctor::quittingDuringTheLookupHandlerIsSafe
    // makes it happen every time). The SLOT() overload uses a plain queued signal.
    m_lookupId = QHostInfo::lookupHost(m_report.target.host, this, SLOT(lookedUp(QHostInfo)));
}

void EndpointProbe::lookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_report.isFinished())
        return;
    m_timer->stop();
    m_report.resolveMs = m_clock.elapsed();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        m_report.systemError = info.errorString();
        finish(info.error() == QHostInfo::HostNotFound || info.addresses().isEmpty()
                   ? Outcome::NameNotResolved
                   : Outcome::ResolveFailed);
        return;
    }
    for (const QHostAddress &address : info.addresses()) {
        if (!m_report.addresses.contains(address) && m_report.addresses.size() < MaxAddresses)
            m_report.addresses.append(address);
    }
    connectNext();
}

void EndpointProbe::connectNext()
{
    dropSocket();
    if (m_nextAddress >= m_report.addresses.size()) {
        m_report.systemError = m_firstError;
        finish(m_firstFailure);
        return;
    }
    m_report.step = Step::Connect;
    Q_EMIT progress(m_report);
    m_clock.restart();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &EndpointProbe::onConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &EndpointProbe::onSocketError);
    connect(m_socket, &QTcpSocket::readyRead, this, &EndpointProbe::onReadyRead);
    m_timer->start(m_report.timeoutMs);
    m_socket->connectToHost(m_report.addresses.at(m_nextAddress++),
                            m_report.standIn ? m_report.standIn->port : m_report.target.port);
}

void EndpointProbe::onConnected()
{
    m_report.connectMs = m_clock.elapsed();
    m_report.connectedAddress = m_socket->peerAddress();
    m_report.step = Step::Greeting;
    Q_EMIT progress(m_report);
    m_clock.restart();
    m_timer->start(m_report.timeoutMs);
}

void EndpointProbe::onSocketError()
{
    if (!m_socket || m_report.isFinished())
        return;
    if (m_report.step == Step::Greeting) {
        // The other end closed (or reset) after accepting: whatever it sent decides.
        onReadyRead();
        if (m_report.isFinished())
            return;
        m_report.greetingMs = m_clock.elapsed();
        m_report.systemError = m_socket->errorString();
        m_report.firstBytes = m_received.left(FirstBytesShown);
        finish(m_received.isEmpty() ? Outcome::ClosedWithoutGreeting : Outcome::NotMysql);
        return;
    }
    m_timer->stop();
    if (m_firstFailure == Outcome::Running) {
        m_firstFailure = connectFailure(m_socket->error());
        m_firstError = m_socket->errorString();
        m_report.connectMs = m_clock.elapsed();
    }
    QTimer::singleShot(0, this, &EndpointProbe::connectNext); // not inside the socket's signal
}

void EndpointProbe::onReadyRead()
{
    if (!m_socket || m_report.isFinished() || m_report.step != Step::Greeting)
        return;
    m_received.append(m_socket->read(MysqlGreeting::MaxGreetingSize + 8 - m_received.size()));
    const MysqlGreeting greeting = MysqlGreeting::parse(m_received);
    if (greeting.status == MysqlGreeting::Status::Incomplete &&
        m_received.size() <= MysqlGreeting::MaxGreetingSize + 4)
        return;
    m_report.greetingMs = m_clock.elapsed();
    m_report.greeting = greeting;
    switch (greeting.status) {
    case MysqlGreeting::Status::Handshake:
        finish(Outcome::Answered);
        return;
    case MysqlGreeting::Status::ServerError:
        finish(Outcome::RefusedByServer);
        return;
    case MysqlGreeting::Status::Incomplete:
    case MysqlGreeting::Status::NotMysql:
        m_report.firstBytes = m_received.left(FirstBytesShown);
        finish(Outcome::NotMysql);
        return;
    }
}

void EndpointProbe::onTimeout()
{
    switch (m_report.step) {
    case Step::Resolve:
        abortLookup();
        m_report.resolveMs = m_clock.elapsed();
        finish(Outcome::ResolveFailed);
        return;
    case Step::Connect:
        if (m_firstFailure == Outcome::Running) {
            m_firstFailure = Outcome::ConnectTimedOut;
            m_report.connectMs = m_clock.elapsed();
        }
        connectNext();
        return;
    case Step::Greeting:
        m_report.greetingMs = m_clock.elapsed();
        m_report.firstBytes = m_received.left(FirstBytesShown);
        finish(Outcome::GreetingTimedOut);
        return;
    case Step::Done:
        return;
    }
}

void EndpointProbe::cancel()
{
    abortLookup();
    finish(Outcome::Cancelled);
}

void EndpointProbe::finish(Outcome outcome)
{
    if (m_report.isFinished())
        return;
    m_timer->stop();
    dropSocket();
    m_report.outcome = outcome;
    m_report.step = Step::Done;
    Q_EMIT finished(m_report);
}

void EndpointProbe::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

} // namespace plc
