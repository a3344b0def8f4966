#include "sandbox/SandboxIds.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QString random(QLatin1StringView alphabet, int length)
{
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return result;
}
const auto LowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"_L1;
} // namespace

QString SandboxIds::connectionId()
{
    return u"plc-"_s + random(LowerAlnum, 20);
}

QString SandboxIds::attachDomainId()
{
    return u"ad-"_s + random(LowerAlnum, 20);
}

QString SandboxIds::awsEndpointId()
{
    return u"vpce-"_s + random("0123456789abcdef"_L1, 17);
}

QString SandboxIds::alibabaEndpointId()
{
    return u"ep-"_s + random(LowerAlnum, 20);
}

QString SandboxIds::managedUniqueName()
{
    return random("abcdefghijklmnopqrstuvwxyz234567"_L1, 26);
}

QString SandboxIds::nowRfc3339()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

qint64 SandboxIds::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace plc::sandbox
