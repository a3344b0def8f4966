#include "domain/ProviderSide.h"

namespace plc {

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
