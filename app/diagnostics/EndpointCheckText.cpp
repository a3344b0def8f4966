#include "diagnostics/EndpointCheckText.h"

#include "base/OutsideText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace plc {

using Outcome = EndpointCheckReport::Outcome;
using Step = EndpointCheckReport::Step;

namespace {
QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

QString addressList(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    return texts.join(u", "_s);
}

/// What a non-MySQL server sent, as text anyone can read: its first line, with every control
/// character shown as such (OutsideText), so a banner can neither clear the screen nor add a
/// line of its own.
QString preview(const QByteArray &bytes)
{
    qsizetype end = 0;
    while (end < bytes.size() && bytes[end] != '\r' && bytes[end] != '\n')
        ++end;
    return OutsideText::visible(QString::fromUtf8(bytes.left(end)));
}

bool failedIn(const EndpointCheckReport &report, Step step)
{
    switch (report.outcome) {
    case Outcome::NameNotResolved:
    case Outcome::ResolveFailed:
        return step == Step::Resolve;
    case Outcome::ConnectTimedOut:
    case Outcome::ConnectionRefused:
    case Outcome::Unreachable:
    case Outcome::ConnectFailed:
        return step == Step::Connect;
    case Outcome::ClosedWithoutGreeting:
    case Outcome::GreetingTimedOut:
    case Outcome::NotMysql:
        return step == Step::Greeting;
    default:
        return false;
    }
}
} // namespace

QString EndpointCheckText::marker(State state)
{
    switch (state) {
    case State::Passed:
        return u"✓"_s;
    case State::Warning:
        return u"!"_s;
    case State::Failed:
        return u"✗"_s;
    case State::Running:
        return u"…"_s;
    case State::Pending:
    case State::Skipped:
        return u"–"_s;
    }
    return {};
}

EndpointCheckText::Line EndpointCheckText::resolveLine(const EndpointCheckReport &r)
{
    const QString host = r.target.host;
    if (r.standIn)
        return {Step::Resolve, State::Passed,
                tr("In sandbox mode, %1 is endpoint %2, which the sandbox made. The sandbox "
                   "stands in for your VPC's DNS: its database listens at %3, port %4.")
                    .arg(host, r.standIn->endpointId, r.standIn->address,
                         QString::number(r.standIn->port))};
    const bool loopback =
        std::all_of(r.addresses.begin(), r.addresses.end(), [](const QHostAddress &address) {
            return EndpointAddress::scope(address) == EndpointAddress::Scope::Loopback;
        });
    if (r.hostIsAddress && loopback && !r.addresses.isEmpty())
        return {Step::Resolve, State::Passed,
                tr("%1 is this machine's loopback address; nothing to resolve.").arg(host)};
    if (r.hostIsAddress) {
        const bool isPrivate = r.resolvedToPrivate();
        return {Step::Resolve, isPrivate ? State::Passed : State::Warning,
                isPrivate ? tr("%1 is a private IP address; nothing to resolve.").arg(host)
                          : tr("%1 is a public IP address; a private endpoint has a private "
                               "address in your VPC.")
                                .arg(host)};
    }
    if (r.outcome == Outcome::NameNotResolved)
        return {Step::Resolve, State::Failed, tr("%1 does not resolve to any address.").arg(host)};
    if (r.outcome == Outcome::ResolveFailed)
        return {Step::Resolve, State::Failed,
                tr("No DNS answer for %1 within %2 s.").arg(host, seconds(r.timeoutMs))};
    if (r.addresses.isEmpty()) {
        if (r.outcome == Outcome::Cancelled)
            return {Step::Resolve, State::Skipped, tr("Resolving %1 was cancelled.").arg(host)};
        return {Step::Resolve, State::Running, tr("Resolving %1…").arg(host)};
    }
    if (loopback)
        return {Step::Resolve, State::Passed,
                tr("%1 resolved to %2, this machine's loopback address, in %3 ms.")
                    .arg(host, addressList(r.addresses))
                    .arg(r.resolveMs)};
    if (r.resolvedToPrivate())
        return {Step::Resolve, State::Passed,
                tr("%1 resolved to %2, private addresses, in %3 ms.")
                    .arg(host, addressList(r.addresses))
                    .arg(r.resolveMs)};
    return {Step::Resolve, State::Warning,
            tr("%1 resolved to %2, which includes a public address: this answer did not come "
               "from your VPC's private DNS.")
                .arg(host, addressList(r.addresses))};
}

EndpointCheckText::Line EndpointCheckText::connectLine(const EndpointCheckReport &r)
{
    const QString port = QString::number(r.standIn ? r.standIn->port : r.target.port);
    const QString tried = addressList(r.addresses);
    if (failedIn(r, Step::Resolve))
        return {Step::Connect, State::Skipped, tr("Connecting was not tried.")};
    switch (r.outcome) {
    case Outcome::ConnectionRefused:
        return {Step::Connect, State::Failed,
                tr("%1 refused the connection on port %2.").arg(tried, port)};
    case Outcome::ConnectTimedOut:
        return {
            Step::Connect, State::Failed,
            tr("No answer from %1 on port %2 within %3 s.").arg(tried, port, seconds(r.timeoutMs))};
    case Outcome::Unreachable:
        return {Step::Connect, State::Failed,
                tr("%1 cannot be reached from this machine (%2).").arg(tried, r.systemError)};
    case Outcome::ConnectFailed:
        return {Step::Connect, State::Failed,
                tr("Could not connect to %1 on port %2: %3.").arg(tried, port, r.systemError)};
    default:
        break;
    }
    if (r.connectMs >= 0 && !r.connectedAddress.isNull())
        return {Step::Connect, State::Passed,
                tr("Connected to %1 on port %2 in %3 ms.")
                    .arg(r.connectedAddress.toString(), port)
                    .arg(r.connectMs)};
    if (r.outcome == Outcome::Cancelled)
        return {Step::Connect, State::Skipped, tr("Connecting was not tried.")};
    if (r.step == Step::Connect)
        return {Step::Connect, State::Running, tr("Connecting to %1 on port %2…").arg(tried, port)};
    return {Step::Connect, State::Pending, tr("Connect over TCP to port %1.").arg(port)};
}

EndpointCheckText::Line EndpointCheckText::greetingLine(const EndpointCheckReport &r)
{
    const MysqlGreeting &g = r.greeting;
    switch (r.outcome) {
    case Outcome::Answered:
        return {Step::Greeting, State::Passed,
                (g.offersTls() ? tr("A MySQL-protocol server answered in %1 ms: %2, version "
                                    "%3. It offers TLS.")
                               : tr("A MySQL-protocol server answered in %1 ms: %2, version "
                                    "%3. It does not offer TLS."))
                    .arg(r.greetingMs)
                    .arg(g.product(), g.serverVersion)};
    case Outcome::RefusedByServer:
        return {Step::Greeting, State::Warning,
                tr("A MySQL-protocol server answered, and refused this machine: error %1, “%2”.")
                    .arg(g.errorCode)
                    .arg(g.errorMessage)};
    case Outcome::GreetingTimedOut:
        return {Step::Greeting, State::Failed,
                tr("Connected, but nothing was said within %1 s.").arg(seconds(r.timeoutMs))};
    case Outcome::ClosedWithoutGreeting:
        return {Step::Greeting, State::Failed,
                tr("The other end closed the connection without a greeting.")};
    case Outcome::NotMysql:
        return {Step::Greeting, State::Failed,
                tr("Something that is not a MySQL-protocol server answered: “%1”.")
                    .arg(preview(r.firstBytes))};
    default:
        break;
    }
    if (r.step == Step::Greeting && !r.isFinished())
        return {Step::Greeting, State::Running, tr("Waiting for the database's greeting…")};
    if (r.isFinished())
        return {Step::Greeting, State::Skipped, tr("The database's greeting was not read.")};
    return {Step::Greeting, State::Pending,
            tr("Read the MySQL protocol's greeting (no password is sent).")};
}

QList<EndpointCheckText::Line> EndpointCheckText::lines(const EndpointCheckReport &report)
{
    return {resolveLine(report), connectLine(report), greetingLine(report)};
}

QString EndpointCheckText::verdict(const EndpointCheckReport &r)
{
    const QString target = r.target.toString();
    switch (r.outcome) {
    case Outcome::Running:
        return {};
    case Outcome::Answered:
        if (r.standIn)
            return tr("The sandbox's database answered for %1 through endpoint %2: in sandbox "
                      "mode, the endpoint works. With your own account, run this check from a "
                      "machine in the endpoint's VPC.")
                .arg(target, r.standIn->endpointId);
        if (EndpointAddress::scope(r.connectedAddress) == EndpointAddress::Scope::Loopback)
            return tr("The database answered at %1, on this machine (a loopback address).")
                .arg(target);
        return r.resolvedToPrivate()
                   ? tr("The database answered at %1 over a private address: the private "
                        "endpoint works from this machine.")
                         .arg(target)
                   : tr("The database answered at %1, but not over a private address: this "
                        "connection does not go through a private endpoint.")
                         .arg(target);
    case Outcome::RefusedByServer:
        return tr("The database at %1 is reachable but refused this machine (error %2).")
            .arg(target)
            .arg(r.greeting.errorCode);
    case Outcome::Cancelled:
        return tr("The check of %1 was cancelled.").arg(target);
    default:
        return tr("The database at %1 did not answer.").arg(target);
    }
}

QString EndpointCheckText::likelyCause(const EndpointCheckReport &r)
{
    const QString port = QString::number(r.target.port);
    switch (r.outcome) {
    case Outcome::NameNotResolved:
        return tr("The name does not resolve here. Most likely private DNS is off: on AWS, "
                  "select Enable DNS name on the endpoint and turn on DNS hostnames and DNS "
                  "resolution in the VPC; on Alibaba Cloud, add the hosts line (the endpoint's "
                  "IP, then the name) to /etc/hosts. Run the check from a host inside the "
                  "endpoint's VPC.");
    case Outcome::ResolveFailed:
        return tr("No DNS server answered. Check this machine's DNS settings and try again.");
    case Outcome::ConnectTimedOut:
        return tr("Nothing answered the connection. Most likely the endpoint's security group "
                  "does not allow inbound TCP on port %1 from this host, or the endpoint has no "
                  "subnet (vSwitch) in the service's availability zone. On AWS: VPC > "
                  "Endpoints > Manage security groups.")
            .arg(port);
    case Outcome::ConnectionRefused:
        return tr("The address answered, but nothing listens on port %1: the port is most "
                  "likely wrong. TiDB Cloud uses 4000, MatrixOne Cloud 6001; the connection "
                  "dialog shows the port.")
            .arg(port);
    case Outcome::Unreachable:
        return tr("There is no route from this machine to the endpoint. Run the check from a "
                  "host in the endpoint's VPC, or in a network connected to it.");
    case Outcome::ConnectFailed:
        return tr("Check the address and this machine's network connection, then try again.");
    case Outcome::ClosedWithoutGreeting:
        return tr("Something accepted the connection and closed it at once, such as a load "
                  "balancer with no database behind it or a service that expects TLS first. "
                  "Check the host and the port.");
    case Outcome::GreetingTimedOut:
        return tr("Something accepted the connection but said nothing. A MySQL-protocol "
                  "database speaks first, so this is another kind of service or the wrong "
                  "port.");
    case Outcome::NotMysql:
        return r.firstBytes.startsWith("HTTP/")
                   ? tr("A web server answered, not a database: the port is most likely wrong. "
                        "Check it against the connection dialog.")
                   : tr("Another kind of service answered, not a database: the port is most "
                        "likely wrong. Check it against the connection dialog.");
    case Outcome::RefusedByServer:
        return tr("The network path works. The database itself does not accept connections "
                  "from this machine: check the endpoint's authorized networks or the "
                  "database's allowed hosts.");
    case Outcome::Answered:
    case Outcome::Running:
    case Outcome::Cancelled:
        return {};
    }
    return {};
}

QString EndpointCheckText::plainText(const EndpointCheckReport &report)
{
    QStringList out;
    out.append(tr("Checking %1").arg(report.target.toString()));
    for (const Line &line : lines(report))
        out.append(marker(line.state) + u' ' + line.text);
    if (const QString verdictText = verdict(report); !verdictText.isEmpty())
        out.append(verdictText);
    if (const QString cause = likelyCause(report); !cause.isEmpty())
        out.append(cause);
    return out.join(u'\n');
}

} // namespace plc
