#pragma once

#include "diagnostics/MysqlGreeting.h"
#include "domain/EndpointAddress.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>
#include <optional>

namespace plc {

/// How far a connectivity check got and what it found; filled in step by step by
/// EndpointProbe, turned into sentences by EndpointCheckText.
struct EndpointCheckReport
{
    enum class Step { Resolve, Connect, Greeting, Done };
    enum class Outcome {
        Running,
        Answered,              ///< a MySQL-protocol handshake arrived: the database answered
        RefusedByServer,       ///< a MySQL error packet: the database answered and refused us
        NameNotResolved,       ///< DNS says the name does not exist
        ResolveFailed,         ///< DNS did not answer (timeout, no server)
        ConnectTimedOut,       ///< no answer to the TCP connection within the time limit
        ConnectionRefused,     ///< the address answered, but nothing listens on the port
        Unreachable,           ///< no route to the address from this machine
        ConnectFailed,         ///< another socket error; systemError says which
        ClosedWithoutGreeting, ///< connected, then closed before any MySQL greeting
        GreetingTimedOut,      ///< connected, but the server said nothing
        NotMysql,              ///< connected, and something that is not MySQL answered
        Cancelled,
    };

    EndpointAddress target;
    Step step = Step::Resolve;
    Outcome outcome = Outcome::Running;
    bool hostIsAddress = false;    ///< an IP address was given: nothing to resolve
    QList<QHostAddress> addresses; ///< what the name resolved to
    QHostAddress connectedAddress;
    qint64 resolveMs = -1;
    qint64 connectMs = -1;
    qint64 greetingMs = -1;
    int timeoutMs = 0;   ///< the limit each step had
    QString systemError; ///< the operating system's words, when a socket error ended the check
    MysqlGreeting greeting;
    QByteArray firstBytes; ///< the start of what a non-MySQL server sent
    /// In sandbox mode, for a name the sandbox made: where its database listens, asked of
    /// the sandbox instead of DNS (addresses then holds that address, and the port checked is
    /// this one).
    std::optional<EndpointStandIn> standIn;

    bool isFinished() const { return outcome != Outcome::Running; }
    /// The database answered (a handshake, or an error packet from a MySQL server): the
    /// network path works. The command line's exit status 0.
    bool databaseAnswered() const
    {
        return outcome == Outcome::Answered || outcome == Outcome::RefusedByServer;
    }
    /// Whether every resolved address is private (or loopback): reached inside a VPC.
    bool resolvedToPrivate() const
    {
        return !addresses.isEmpty() &&
               std::all_of(addresses.begin(), addresses.end(), [](const QHostAddress &address) {
                   const auto scope = EndpointAddress::scope(address);
                   return scope == EndpointAddress::Scope::Private ||
                          scope == EndpointAddress::Scope::Loopback;
               });
    }
};

} // namespace plc

Q_DECLARE_METATYPE(plc::EndpointCheckReport)
