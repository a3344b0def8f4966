#pragma once

// A real MySQL-protocol server for the connectivity doctor's tests: Debian's mariadb-server
// (installed by the README setup), started on loopback in a throwaway data directory.
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace plc::test {

class MariaDbServer final
{
public:
    MariaDbServer() = default;
    ~MariaDbServer();
    MariaDbServer(const MariaDbServer &) = delete;
    MariaDbServer &operator=(const MariaDbServer &) = delete;

    /// Starts mariadbd on 127.0.0.1 (with the test certificate when `tls`) and waits until it
    /// greets; false with `error()` saying why (for example mariadb-server missing).
    bool start(bool tls = false);
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace plc::test
