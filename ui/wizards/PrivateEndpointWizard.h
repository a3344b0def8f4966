#pragma once

#include "diagnostics/EndpointDoctor.h"
#include "domain/PrivateEndpointTarget.h"
#include "providers/ProviderAccounts.h"

#include <QWizard>

namespace plc {

/// What the pages of the private endpoint wizard share.
struct EndpointContext
{
    PrivateEndpointTarget target;
    QString profile; ///< where custom targets are kept
    /// The profile's cloud provider accounts: with the one for the target's provider
    /// configured, the provider's page reads the user's network and makes the endpoint.
    ProviderAccounts accounts;
    /// The endpoint's own host, when the provider's page made (or chose) one that is reached
    /// by a name other than the target's (an Alibaba Cloud endpoint's domain); else empty.
    QString reachedHost;
    /// In sandbox mode, the sandbox's answer for the names it made (EndpointDoctor).
    StandInLookup standIns;
};

/// Connect via Private Endpoint: from the endpoint service's details (a cluster's
/// `endpoints.private`, or a custom target such as a MatrixOne Cloud instance) through the
/// provider's console steps and CLI command, to the connection strings and a connectivity
/// check. It sends nothing to the TiDB Cloud API: the endpoint is made on the user's side.
class PrivateEndpointWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivateEndpointWizard)

public:
    /// The pages in order; Check is the last (its default next page is none).
    enum PageId { CustomPage, ServicePage, FirstProviderPage, ConnectPage = 100, CheckPage };
    /// The page that makes the endpoint on the provider hosting `cloud`: one per registered
    /// provider (ProviderUi::newEndpointPage), from FirstProviderPage on; -1 for none.
    static int providerPage(CloudProvider cloud);

    /// For a cluster's private endpoint.
    PrivateEndpointWizard(const PrivateEndpointTarget &target,
                          const ProviderAccounts &accounts = {}, QWidget *parent = nullptr);
    /// For a custom target kept in `profile` (chosen or entered on the first page).
    PrivateEndpointWizard(const QString &profile, const ProviderAccounts &accounts = {},
                          QWidget *parent = nullptr);
    ~PrivateEndpointWizard() override;

    const EndpointContext &context() const { return m_context; }
    /// For the check page's doctor; see EndpointDoctor::setStandInLookup.
    void setStandInLookup(StandInLookup lookup) { m_context.standIns = std::move(lookup); }

private:
    void addPages(bool custom);

    EndpointContext m_context;
};

} // namespace plc
