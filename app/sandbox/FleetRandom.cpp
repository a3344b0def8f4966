// The numbers of a generated fleet: its size, as the command lines give it, and its generator.
#include "sandbox/FleetSeed.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

std::optional<FleetSize> FleetSize::parse(const QString &text, QString *error)
{
    static const QRegularExpression shape(u"^([0-9]{1,9}):([0-9]{1,9})$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!match.hasMatch())
        return refuse(u"--fleet takes CLUSTERS:CONNECTIONS, two whole numbers such as 300:3000, "
                      "not \"%1\""_s.arg(text));
    FleetSize size;
    size.clusters = match.captured(1).toInt();
    size.connections = match.captured(2).toInt();
    if (size.clusters < 1 || size.clusters > MaxClusters)
        return refuse(u"--fleet %1: the number of clusters must be from 1 to %2"_s.arg(
            text, QString::number(MaxClusters)));
    if (size.connections > MaxConnections)
        return refuse(u"--fleet %1: the number of connections must be from 0 to %2"_s.arg(
            text, QString::number(MaxConnections)));
    return size;
}

quint64 FleetRandom::next()
{
    // splitmix64 (Steele, Lea and Flood, 2014).
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int FleetRandom::below(int bound)
{
    return bound <= 1 ? 0 : int(next() % quint64(bound));
}

double FleetRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0); // 53 bits: exact everywhere
}

QString FleetRandom::text(QLatin1StringView alphabet, int length)
{
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result.append(alphabet.at(below(int(alphabet.size()))));
    return result;
}

} // namespace plc::sandbox
