#include "providers/ProviderAccounts.h"

#include "providers/Provider.h"
#include "providers/ProviderAccount.h"

namespace plc {

ProviderAccounts::ProviderAccounts(const QList<ProviderAccount *> &accounts)
{
    for (ProviderAccount *account : accounts)
        m_accounts.append(account);
}

QList<ProviderAccount *> ProviderAccounts::all() const
{
    QList<ProviderAccount *> accounts;
    for (const QPointer<ProviderAccount> &account : m_accounts) {
        if (account)
            accounts.append(account);
    }
    return accounts;
}

ProviderAccount *ProviderAccounts::forType(ConnectionType type) const
{
    if (type == ConnectionType::Unknown)
        return nullptr;
    for (ProviderAccount *account : all()) {
        if (account->provider().connectionType() == type)
            return account;
    }
    return nullptr;
}

ProviderAccount *ProviderAccounts::forCloud(CloudProvider cloud) const
{
    if (cloud == CloudProvider::Unknown)
        return nullptr;
    for (ProviderAccount *account : all()) {
        if (account->provider().cloud() == cloud)
            return account;
    }
    return nullptr;
}

bool ProviderAccounts::actsOn(ConnectionType type) const
{
    const ProviderAccount *account = forType(type);
    return account && account->isConfigured();
}

} // namespace plc
