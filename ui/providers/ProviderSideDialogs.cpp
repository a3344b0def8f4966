#include "ui/providers/ProviderSideDialogs.h"

#include "providers/ProviderAccount.h"
#include "ui/providers/LinkDecisionDialog.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"

namespace plc {

namespace {

QDialog *shown(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

/// The connection's provider and the profile's account there, when it can act.
std::pair<const ProviderUi *, ProviderAccount *> actor(const ProviderAccounts &accounts,
                                                       ConnectionType type)
{
    const ProviderUi *provider = ProviderUis::forType(type);
    ProviderAccount *account = accounts.forType(type);
    if (!provider || !account || !account->isConfigured())
        return {nullptr, nullptr};
    return {provider, account};
}

} // namespace

QDialog *ProviderSideDialogs::decision(const ProviderAccounts &accounts,
                                       const PrivateLinkConnection &connection, bool accept,
                                       const std::function<void()> &decided, QWidget *parent)
{
    const auto [provider, account] = actor(accounts, connection.type.value);
    if (!provider)
        return nullptr;
    LinkDecisionDialog *dialog = provider->newDecisionDialog(account, connection, accept, parent);
    if (decided)
        QObject::connect(dialog, &LinkDecisionDialog::decided, dialog, decided);
    return shown(dialog);
}

QDialog *ProviderSideDialogs::diagnosis(const ProviderAccounts &accounts,
                                        const PrivateLinkConnection &connection,
                                        const QString &clusterRegion,
                                        const AvailabilityZones &zones, QWidget *parent)
{
    const auto [provider, account] = actor(accounts, connection.type.value);
    if (!provider)
        return nullptr;
    return shown(provider->newDiagnosisDialog(account, connection, clusterRegion, zones, parent));
}

} // namespace plc
