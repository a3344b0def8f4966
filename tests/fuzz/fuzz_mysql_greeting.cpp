// libFuzzer target: arbitrary bytes as what a server sends first on a connection, read by
// MysqlGreeting (the connectivity doctor's parser for untrusted network input). Besides not
// crashing, the parser must keep the promises the doctor relies on:
// - a verdict, once given, does not change when more bytes arrive (only the first packet
//   counts);
// - every proper prefix of bytes that make a greeting or an error packet reads as
//   "incomplete", so that a greeting split over TCP segments is never taken for something
//   else;
// - it never waits for more than one maximum-size packet;
// - a handshake has protocol 10 and a printable server version of at most 255 bytes.
#include "diagnostics/MysqlGreeting.h"

#include <cstdlib>

using plc::MysqlGreeting;
using Status = MysqlGreeting::Status;

namespace {
void check(bool promise)
{
    if (!promise)
        std::abort();
}

bool same(const MysqlGreeting &a, const MysqlGreeting &b)
{
    return a.status == b.status && a.protocolVersion == b.protocolVersion &&
           a.serverVersion == b.serverVersion && a.connectionId == b.connectionId &&
           a.capabilities == b.capabilities && a.authPlugin == b.authPlugin &&
           a.errorCode == b.errorCode && a.errorMessage == b.errorMessage;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const MysqlGreeting greeting = MysqlGreeting::parse(bytes);

    if (greeting.status == Status::Incomplete) {
        check(bytes.size() < 4 + MysqlGreeting::MaxGreetingSize);
        return 0;
    }
    check(same(greeting, MysqlGreeting::parse(bytes + bytes)));
    check(same(greeting, MysqlGreeting::parse(bytes + QByteArray(64, '\0'))));

    if (greeting.status == Status::Handshake) {
        check(greeting.protocolVersion == 10);
        check(!greeting.serverVersion.isEmpty() && greeting.serverVersion.size() <= 255);
        for (const QChar c : greeting.serverVersion)
            check(c.unicode() >= 0x20 && c.unicode() != 0x7f);
        check(!greeting.product().isEmpty());
    }
    if (greeting.status == Status::Handshake || greeting.status == Status::ServerError) {
        // The packet is complete here; each shorter read of it must wait for more.
        const qsizetype packet = 4 + ((quint8(bytes.at(0))) | (quint8(bytes.at(1)) << 8) |
                                      (qsizetype(quint8(bytes.at(2))) << 16));
        for (const qsizetype cut : {qsizetype(0), qsizetype(1), qsizetype(3), qsizetype(4),
                                    qsizetype(5), packet / 2, packet - 1}) {
            if (cut >= 0 && cut < packet)
                check(MysqlGreeting::parse(bytes.left(cut)).status == Status::Incomplete);
        }
    }
    return 0;
}
