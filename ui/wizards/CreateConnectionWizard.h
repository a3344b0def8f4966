#pragma once

#include "domain/Cluster.h"
#include "domain/PrivateLink.h"
#include "providers/ProviderAccounts.h"

#include <QWizard>

#include <functional>

namespace plc {

class PrivateLinkService;
class ProviderAccount;
class ProviderUi;
class Watcher;

/// What the pages of the create wizard share.
struct CreateContext
{
    PrivateLinkService *service = nullptr;
    Watcher *watcher = nullptr;
    Cluster cluster;
    AvailabilityZones zones;
    QStringList takenNames; ///< the cluster's connection names, which a new one must avoid
    std::optional<PrivateLinkConnection> created;
    /// The request the details pages describe (set by the wizard, read by the summary).
    std::function<NewPrivateLinkConnection()> request;
    /// The profile's cloud provider accounts: with the one for the cluster's provider
    /// configured, the provider side is checked live instead of ticked by hand, and a
    /// connection request can be accepted (allowed).
    ProviderAccounts accounts;
    /// The cluster's provider (null: no registered provider hosts it).
    const ProviderUi *provider() const;
    /// Its account, when the console checks the provider side itself (configured).
    ProviderAccount *checkingAccount() const;
    /// The console checks the provider side itself (the cluster's provider has an account).
    bool checksProviderSide() const { return checkingAccount() != nullptr; }
};

/// Create Private Link Connection: prerequisites for the cluster's provider, the details
/// checked as they are typed, a summary with the equivalent ticloud command, then the
/// create and its progress through CREATING → PENDING_ACCEPTANCE → ACTIVE or FAILED with
/// what to do on the provider's side.
class CreateConnectionWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateConnectionWizard)

public:
    enum PageId {
        PrerequisitesPage,
        DetailsPage,
        /// The cluster's provider's live checks (ProviderUi::newChecksPage).
        ProviderChecksPage,
        SummaryPage,
        ProgressPage
    };

    CreateConnectionWizard(PrivateLinkService *service, Watcher *watcher, const Cluster &cluster,
                           const AvailabilityZones &zones, const QStringList &takenNames,
                           const ProviderAccounts &accounts = {}, QWidget *parent = nullptr);

    const CreateContext &context() const { return m_context; }
    /// The request the details describe.
    NewPrivateLinkConnection request() const;

Q_SIGNALS:
    /// The server accepted the create; the console selects the new connection.
    void created(const QString &connectionId);

private:
    CreateContext m_context;
};

} // namespace plc
