#include "sandbox/aws/AwsAccounts.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

std::optional<AwsAccounts::Key> AwsAccounts::key(const QString &accessKeyId) const
{
    const auto it = m_keys.constFind(accessKeyId);
    if (it == m_keys.cend())
        return std::nullopt;
    return *it;
}

void AwsAccounts::forgetExpired(const QDateTime &now)
{
    m_keys.removeIf([&now](const auto &entry) {
        return entry.value().expires.isValid() && entry.value().expires < now;
    });
}

QString AwsAccounts::ownerAccount(const QString &owner)
{
    if (owner == "CONFLUENT"_L1)
        return QString::fromLatin1(ConfluentAccount);
    if (owner == "TIDBCLOUD"_L1)
        return QString::fromLatin1(TidbCloudAccount);
    return QString::fromLatin1(UserAccount);
}

QStringList AwsAccounts::zoneIds(const QString &region)
{
    // `us-east-1` → `use1`, `ap-northeast-1` → `apne1`, `eu-central-1` → `euc1`.
    static const QRegularExpression shape(
        u"^([a-z]{2})-(north|south)?(east|west|central)?-(\\d)$"_s);
    const auto match = shape.match(region);
    if (!match.hasMatch() || (match.capturedLength(2) == 0 && match.capturedLength(3) == 0))
        return {};
    const QString code = match.captured(1) + match.captured(2).left(1) + match.captured(3).left(1) +
                         match.captured(4);
    QList<int> numbers{1, 2, 3};
    if (region == "us-east-1"_L1)
        numbers = {1, 2, 3, 4, 5, 6};
    else if (region == "ap-northeast-1"_L1)
        numbers = {1, 2, 4};
    QStringList ids;
    for (const int n : numbers)
        ids.append(u"%1-az%2"_s.arg(code).arg(n));
    return ids;
}

int AwsAccounts::rotation(const QString &account, int zones)
{
    // Each account sees the zones in its own order, and the user's order differs from both
    // others' (727162835041 → 4, 626045891234 → 2, 380838443567 → 5 of 6 zones; 1, 2, 2 of 3).
    int sum = 0;
    for (const QChar c : account)
        sum += c.digitValue() > 0 ? c.digitValue() : 0;
    return zones > 0 ? sum % zones : 0;
}

QString AwsAccounts::zoneName(const QString &account, const QString &region, const QString &zoneId)
{
    const QStringList ids = zoneIds(region);
    const qsizetype index = ids.indexOf(zoneId);
    if (index < 0)
        return {};
    const int shifted = int((index + rotation(account, int(ids.size()))) % ids.size());
    return region + QChar(u'a' + shifted);
}

QString AwsAccounts::zoneId(const QString &account, const QString &region, const QString &zoneName)
{
    const QStringList ids = zoneIds(region);
    if (zoneName.size() != region.size() + 1 || !zoneName.startsWith(region))
        return {};
    const int letter = zoneName.back().unicode() - u'a';
    if (letter < 0 || letter >= ids.size())
        return {};
    const int rotate = rotation(account, int(ids.size()));
    return ids.at((letter - rotate + ids.size()) % ids.size());
}

} // namespace plc::sandbox
