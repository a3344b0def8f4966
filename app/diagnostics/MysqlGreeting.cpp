#include "diagnostics/MysqlGreeting.h"

#include "base/OutsideText.h"

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr int HeaderSize = 4;

/// `size` bytes at `at`, little-endian, read byte by byte (the caller checked the length).
quint32 littleEndian(const QByteArray &bytes, qsizetype at, int size)
{
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}
constexpr quint8 HandshakeV10 = 0x0a;
constexpr quint8 ErrorPacket = 0xff;

MysqlGreeting notMysql()
{
    MysqlGreeting greeting;
    greeting.status = MysqlGreeting::Status::NotMysql;
    return greeting;
}

bool isPrintable(const QByteArray &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f; });
}

MysqlGreeting readError(const QByteArray &payload)
{
    // 0xff, error code (2 bytes), optionally '#' and a 5-character SQL state, then the text.
    if (payload.size() < 3)
        return notMysql();
    MysqlGreeting greeting;
    greeting.status = MysqlGreeting::Status::ServerError;
    greeting.errorCode = int(littleEndian(payload, 1, 2));
    qsizetype text = 3;
    if (payload.size() >= 9 && payload.at(3) == '#')
        text = 9;
    // The server's words: shown and printed, so no control character of theirs survives.
    greeting.errorMessage = OutsideText::visible(QString::fromUtf8(payload.mid(text)).trimmed());
    return greeting;
}

MysqlGreeting readHandshake(const QByteArray &payload)
{
    // Protocol::HandshakeV10: version byte, NUL-terminated server version, connection ID (4),
    // 8 bytes of scramble, a filler, the low capability flags (2), then, in every server since
    // 4.1: character set (1), status (2), high capability flags (2), scramble length (1),
    // 10 reserved bytes, the rest of the scramble and the authentication plugin's name.
    const qsizetype end = payload.indexOf('\0', 1);
    if (end < 2 || end > 256)
        return notMysql();
    const QByteArray version = payload.mid(1, end - 1);
    if (!isPrintable(version))
        return notMysql();
    qsizetype at = end + 1;
    if (payload.size() < at + 4 + 8 + 1 + 2)
        return notMysql();
    MysqlGreeting greeting;
    greeting.status = MysqlGreeting::Status::Handshake;
    greeting.protocolVersion = HandshakeV10;
    greeting.serverVersion = QString::fromLatin1(version);
    greeting.connectionId = littleEndian(payload, at, 4);
    at += 4 + 8 + 1;
    greeting.capabilities = littleEndian(payload, at, 2);
    at += 2;
    if (payload.size() >= at + 1 + 2 + 2) {
        at += 1 + 2;
        greeting.capabilities |= littleEndian(payload, at, 2) << 16;
        at += 2;
        constexpr quint32 ClientPluginAuth = 0x00080000;
        constexpr quint32 ClientSecureConnection = 0x00008000;
        if (payload.size() > at) {
            const int scrambleLength = quint8(payload.at(at));
            at += 1 + 10;
            if (greeting.capabilities & ClientSecureConnection)
                at += std::max(13, scrambleLength - 8);
            if ((greeting.capabilities & ClientPluginAuth) && payload.size() > at) {
                const qsizetype nameEnd = payload.indexOf('\0', at);
                const QByteArray name = payload.mid(at, nameEnd < 0 ? -1 : nameEnd - at);
                if (isPrintable(name))
                    greeting.authPlugin = QString::fromLatin1(name);
            }
        }
    }
    return greeting;
}
} // namespace

QString MysqlGreeting::product() const
{
    if (serverVersion.contains("TiDB"_L1))
        return u"TiDB"_s;
    if (serverVersion.contains("MatrixOne"_L1))
        return u"MatrixOne"_s;
    if (serverVersion.contains("MariaDB"_L1))
        return u"MariaDB"_s;
    return u"MySQL"_s;
}

MysqlGreeting MysqlGreeting::parse(const QByteArray &bytes)
{
    // The packet header: payload length (3 bytes, little-endian) and sequence number 0.
    if (bytes.size() >= 3) {
        const quint32 length =
            quint8(bytes.at(0)) | (quint8(bytes.at(1)) << 8) | (quint32(quint8(bytes.at(2))) << 16);
        if (length == 0 || length > MaxGreetingSize)
            return notMysql();
        if (bytes.size() >= HeaderSize && bytes.at(3) != 0)
            return notMysql();
        if (bytes.size() > HeaderSize) {
            const quint8 kind = quint8(bytes.at(HeaderSize));
            if (kind != HandshakeV10 && kind != ErrorPacket)
                return notMysql();
        }
        if (bytes.size() < qsizetype(HeaderSize + length))
            return {};
        const QByteArray payload = bytes.mid(HeaderSize, length);
        return quint8(payload.at(0)) == ErrorPacket ? readError(payload) : readHandshake(payload);
    }
    return {};
}

} // namespace plc
