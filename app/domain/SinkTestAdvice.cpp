#include "domain/SinkTestAdvice.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
bool mentions(const QString &text, std::initializer_list<QLatin1StringView> words)
{
    return std::any_of(words.begin(), words.end(), [&text](QLatin1StringView word) {
        return text.contains(word, Qt::CaseInsensitive);
    });
}
} // namespace

bool SinkTestAdvice::hasActiveDomain(const PrivateLinkConnection &connection)
{
    if (!connection.attachedDomains)
        return false;
    for (const AttachDomain &group : *connection.attachedDomains) {
        for (const Domain &domain : group.domains) {
            if (domain.state == "ACTIVE"_L1)
                return true;
        }
    }
    return false;
}

SinkTestAdvice::Cause SinkTestAdvice::causeOf(const Answer &answer,
                                              const PrivateLinkConnection &connection,
                                              SinkType type)
{
    if (answer.succeeded)
        return Cause::Passed;
    if (answer.timedOut)
        return Cause::Timeout;
    const QString &m = answer.serverMessage;
    if (connection.state.value != ConnectionState::Active || mentions(m, {"not ACTIVE"_L1}))
        return Cause::ConnectionNotActive;
    if (mentions(m, {"access denied"_L1, "authentication"_L1, "SASL"_L1, "password"_L1,
                     "unauthorized"_L1}))
        return Cause::AuthenticationRefused;
    if (type == SinkType::Kafka &&
        (mentions(m, {"advertised"_L1, "resolve"_L1, "no such host"_L1, "domain"_L1}) ||
         (connection.attachedDomains && !hasActiveDomain(connection))))
        return Cause::NoDomainForKafka;
    if (mentions(m, {"timeout"_L1, "timed out"_L1, "refused"_L1, "listen"_L1, "unreachable"_L1}))
        return Cause::NothingListens;
    return Cause::Other;
}

QList<int> SinkTestAdvice::portsInUse(const QList<Changefeed> &through, SinkType type)
{
    QList<int> ports;
    for (const Changefeed &c : through) {
        if (c.sinkType.value == type && c.port && !ports.contains(*c.port))
            ports.append(*c.port);
    }
    std::sort(ports.begin(), ports.end());
    return ports;
}

int SinkTestAdvice::suggestedPort(const QList<Changefeed> &through, SinkType type)
{
    QMap<int, int> uses;
    for (const Changefeed &c : through) {
        if (c.sinkType.value == type && c.port)
            ++uses[*c.port];
    }
    int best = type == SinkType::Mysql ? 3306 : 9092;
    int most = 0;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

} // namespace plc
