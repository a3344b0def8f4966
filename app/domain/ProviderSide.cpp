#include "domain/ProviderSide.h"

namespace plc {

ProviderSide ProviderSide::of(const PrivateLinkConnection &connection, Finding finding,
                              const QString &sentence, const QString &account, bool accountProblem)
{
    ProviderSide side;
    side.finding = finding;
    side.sentence = sentence;
    side.account = account;
    side.readAt = QDateTime::currentDateTimeUtc();
    side.readFor = readingOf(connection);
    side.accountProblem = accountProblem;
    return side;
}

QString ProviderSide::shortText(Finding finding)
{
    switch (finding) {
    case Finding::Unread:
        return {};
    case Finding::NoAccount:
        return tr("No account with this cloud");
    case Finding::Unreadable:
        return tr("Could not be read");
    case Finding::OthersService:
        return tr("Another account's service");
    case Finding::AwaitingYou:
        return tr("Waiting on you");
    case Finding::PrincipalMissing:
        return tr("TiDB Cloud's account not allowed");
    case Finding::Clear:
        return tr("Nothing waits on you");
    }
    return {};
}

} // namespace plc
