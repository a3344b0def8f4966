#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace plc {

/// What the connectivity doctor checks: a host name or address and a TCP port, read from
/// `HOST:PORT` (`[IPv6]:PORT` for an IPv6 address) as the user or the command line gives it.
struct EndpointAddress
{
    Q_DECLARE_TR_FUNCTIONS(EndpointAddress)

public:
    /// Where an address leads, for the doctor's "did it resolve to a private address".
    enum class Scope {
        Private,  ///< RFC 1918, shared address space (100.64/10) or IPv6 unique local
        Loopback, ///< 127/8, ::1: this machine
        LinkLocal,
        Public,
    };

    QString host;
    quint16 port = 0;
    QString problem; ///< what is wrong with the text and what is expected; empty: valid

    bool isValid() const { return problem.isEmpty(); }
    /// `host:port`, with brackets around an IPv6 address.
    QString toString() const;

    static EndpointAddress parse(const QString &text);
    /// Checks a host name or IP address on its own (no port); empty when valid.
    static QString hostProblem(const QString &host);
    /// Checks a port typed as text; empty when valid.
    static QString portProblem(const QString &port);
    static Scope scope(const QHostAddress &address);
};

/// In sandbox mode, what stands in for DNS for a name the sandbox made: where the database
/// behind that emulated endpoint listens on this machine, and which endpoint it is.
struct EndpointStandIn
{
    QString address; ///< an IP address (the sandbox's loopback)
    quint16 port = 0;
    QString endpointId;
};

} // namespace plc
