// The MySQL protocol's first packet, read from bytes: handshakes of TiDB, MatrixOne and
// MariaDB, error packets, and what other servers send first.
#include "diagnostics/MysqlGreeting.h"

#include <QRandomGenerator>
#include <QtEndian>
#include <QtTest>

using namespace Qt::StringLiterals;
using plc::MysqlGreeting;
using Status = MysqlGreeting::Status;

namespace {
/// A HandshakeV10 packet as servers send it.
QByteArray handshake(const QByteArray &version, quint32 capabilities, quint32 connectionId = 42,
                     const QByteArray &plugin = "mysql_native_password")
{
    QByteArray payload;
    payload.append(char(0x0a));
    payload.append(version);
    payload.append('\0');
    char id[4];
    qToLittleEndian<quint32>(connectionId, id);
    payload.append(id, 4);
    payload.append("abcdefgh", 8); // scramble, part 1
    payload.append('\0');
    char flags[2];
    qToLittleEndian<quint16>(quint16(capabilities & 0xffff), flags);
    payload.append(flags, 2);
    payload.append(char(0x21));    // character set
    payload.append("\x02\x00", 2); // status
    qToLittleEndian<quint16>(quint16(capabilities >> 16), flags);
    payload.append(flags, 2);
    payload.append(char(21)); // scramble length
    payload.append(QByteArray(10, '\0'));
    payload.append("ijklmnopqrst", 12);
    payload.append('\0');
    payload.append(plugin);
    payload.append('\0');
    QByteArray packet(4, '\0');
    qToLittleEndian<quint32>(quint32(payload.size()), packet.data()); // 3 bytes used, seq 0
    packet[3] = 0;
    return packet + payload;
}

QByteArray errorPacket(quint16 code, const QByteArray &message, bool sqlState)
{
    QByteArray payload(1, char(0xff));
    char bytes[2];
    qToLittleEndian<quint16>(code, bytes);
    payload.append(bytes, 2);
    if (sqlState)
        payload.append("#HY000");
    payload.append(message);
    QByteArray packet(4, '\0');
    qToLittleEndian<quint32>(quint32(payload.size()), packet.data());
    packet[3] = 0;
    return packet + payload;
}

constexpr quint32 Modern = 0x000fa2ff | 0x00080000 | 0x00008000; // 4.1 + plugin auth
} // namespace

class TestMysqlGreeting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servers_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<quint32>("capabilities");
        QTest::addColumn<QString>("product");
        QTest::addColumn<bool>("tls");
        QTest::newRow("TiDB Cloud") << QByteArray("8.0.11-TiDB-v7.5.2-serverless")
                                    << (Modern | MysqlGreeting::ClientSsl) << u"TiDB"_s << true;
        QTest::newRow("MatrixOne") << QByteArray("8.0.30-MatrixOne-v1.0.0-rc2")
                                   << (Modern | MysqlGreeting::ClientSsl) << u"MatrixOne"_s << true;
        QTest::newRow("MariaDB without TLS")
            << QByteArray("5.5.5-10.11.19-MariaDB-0+deb12u1")
            << (Modern & ~MysqlGreeting::ClientSsl) << u"MariaDB"_s << false;
        QTest::newRow("MySQL") << QByteArray("8.0.36") << (Modern | MysqlGreeting::ClientSsl)
                               << u"MySQL"_s << true;
    }
    void servers()
    {
        QFETCH(QByteArray, version);
        QFETCH(quint32, capabilities);
        QFETCH(QString, product);
        QFETCH(bool, tls);
        const MysqlGreeting g = MysqlGreeting::parse(handshake(version, capabilities, 6042249));
        QCOMPARE(g.status, Status::Handshake);
        QCOMPARE(g.serverVersion, QString::fromLatin1(version));
        QCOMPARE(g.product(), product);
        QCOMPARE(g.offersTls(), tls);
        QCOMPARE(g.connectionId, 6042249u);
        QCOMPARE(g.capabilities, capabilities);
        QCOMPARE(g.authPlugin, u"mysql_native_password"_s);
    }

    void everyPrefixWaitsForMore()
    {
        const QByteArray packet = handshake("8.0.11-TiDB-v7.5.2-serverless", Modern);
        for (int size = 0; size < packet.size(); ++size)
            QCOMPARE(MysqlGreeting::parse(packet.left(size)).status, Status::Incomplete);
        // Bytes after the packet (a server never sends them, but they must not matter).
        QCOMPARE(MysqlGreeting::parse(packet + "xyz").status, Status::Handshake);
    }

    void errorPackets_data()
    {
        QTest::addColumn<QByteArray>("packet");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("host not allowed (no SQL state)")
            << errorPacket(1130,
                           "Host '10.0.3.7' is not allowed to connect to this MariaDB "
                           "server",
                           false)
            << 1130 << u"Host '10.0.3.7' is not allowed to connect to this MariaDB server"_s;
        QTest::newRow("too many connections (SQL state)")
            << errorPacket(1040, "Too many connections", true) << 1040 << u"Too many connections"_s;
    }
    void errorPackets()
    {
        QFETCH(QByteArray, packet);
        QFETCH(int, code);
        QFETCH(QString, message);
        const MysqlGreeting g = MysqlGreeting::parse(packet);
        QCOMPARE(g.status, Status::ServerError);
        QCOMPARE(g.errorCode, code);
        QCOMPARE(g.errorMessage, message);
    }

    void otherServers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("HTTP") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n");
        QTest::newRow("SSH") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");
        QTest::newRow("SMTP") << QByteArray("220 mail.example.com ESMTP Postfix\r\n");
        QTest::newRow("TLS alert") << QByteArray::fromHex("150301000202");
        QTest::newRow("wrong sequence number") << QByteArray::fromHex("0a000001"
                                                                      "0a382e30");
        QTest::newRow("protocol 9") << QByteArray::fromHex("05000000"
                                                           "09352e30");
        QTest::newRow("empty packet") << QByteArray::fromHex("00000000");
        QTest::newRow("version not terminated") << QByteArray::fromHex("06000000"
                                                                       "0a382e302e30");
        QTest::newRow("unprintable version") << QByteArray::fromHex("15000000"
                                                                    "0a0102030400"
                                                                    "2a000000"
                                                                    "6162636465666768"
                                                                    "00ffff");
        // A server version is at most 255 bytes; a longer "version" is something else.
        const QByteArray longVersion =
            '\x0a' + QByteArray(256, 'A') + '\0' + QByteArray("\x01\0\0\0abcdefgh\0\xff\xff", 15);
        const int length = int(longVersion.size());
        QTest::newRow("version of 256 bytes")
            << QByteArray(1, char(length & 0xff)) + char(length >> 8) + '\0' + '\0' + longVersion;
    }
    void otherServers()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(MysqlGreeting::parse(bytes).status, Status::NotMysql);
    }

    void randomBytesNeverCrash()
    {
        // Whatever arrives, parse() answers; with a fixed seed, reproducibly.
        QRandomGenerator random(7);
        int decided = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes(random.bounded(0, 80), '\0');
            for (char &c : bytes)
                c = char(random.bounded(256));
            if (i % 2 == 0 && bytes.size() > 4) { // a plausible header, random payload
                bytes[0] = char(bytes.size() - 4);
                bytes[1] = bytes[2] = bytes[3] = 0;
                bytes[4] = char(0x0a);
            }
            decided += MysqlGreeting::parse(bytes).status != Status::Incomplete ? 1 : 0;
        }
        QVERIFY(decided > 10000);
    }
};

QTEST_GUILESS_MAIN(TestMysqlGreeting)
#include "tst_mysqlgreeting.moc"
