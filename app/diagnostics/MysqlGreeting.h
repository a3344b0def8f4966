#pragma once

#include <QByteArray>
#include <QString>

namespace plc {

/// The first packet a MySQL-protocol server sends when a client connects (the initial
/// handshake, protocol version 10, or an error packet when it refuses the client outright),
/// read without logging in. TiDB, MatrixOne, MySQL and MariaDB all speak first, so this tells
/// whether the other end is a database and which one, without any credentials.
struct MysqlGreeting
{
    enum class Status {
        Incomplete,  ///< the bytes so far are a valid beginning; read more
        Handshake,   ///< a complete initial handshake
        ServerError, ///< an error packet: a MySQL server that refuses this client
        NotMysql,    ///< these bytes are not a MySQL-protocol greeting
    };

    /// CLIENT_SSL in the capability flags: the server accepts a TLS upgrade.
    static constexpr quint32 ClientSsl = 0x00000800;
    /// Large enough for any real greeting; a longer first packet is not a MySQL server's.
    static constexpr int MaxGreetingSize = 4096;

    Status status = Status::Incomplete;
    int protocolVersion = 0;
    QString serverVersion; ///< as announced, e.g. `8.0.11-TiDB-v7.5.2-serverless`
    quint32 connectionId = 0;
    quint32 capabilities = 0;
    QString authPlugin; ///< e.g. `mysql_native_password`, when announced
    int errorCode = 0;  ///< for ServerError, e.g. 1130 (host not allowed)
    QString errorMessage;

    bool offersTls() const { return (capabilities & ClientSsl) != 0; }
    /// The server's product read from its version: TiDB, MatrixOne, MariaDB or MySQL.
    QString product() const;

    /// Reads the greeting from the bytes received so far (from the first byte on).
    static MysqlGreeting parse(const QByteArray &bytes);
};

} // namespace plc
