#pragma once

#include "domain/ClusterEnums.h"
#include "domain/PrivateLink.h"

#include <QList>
#include <QPointer>

namespace plc {

class ProviderAccount;

/// The cloud provider accounts a profile names, one per registered provider, which follow it:
/// the console acts on the provider side of a link only with the account of that link's
/// provider.
class ProviderAccounts
{
public:
    ProviderAccounts() = default;
    explicit ProviderAccounts(const QList<ProviderAccount *> &accounts);

    QList<ProviderAccount *> all() const;
    /// The account with the provider of connections of `type` (null: no provider has them).
    ProviderAccount *forType(ConnectionType type) const;
    /// The account with the provider that hosts clusters on `cloud`.
    ProviderAccount *forCloud(CloudProvider cloud) const;
    /// Whether the account for connections of `type` is configured.
    bool actsOn(ConnectionType type) const;

private:
    QList<QPointer<ProviderAccount>> m_accounts;
};

} // namespace plc
