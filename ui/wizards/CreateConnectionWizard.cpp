#include "ui/wizards/CreateConnectionWizard.h"

#include "providers/Provider.h"
#include "providers/ProviderAccount.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"
#include "ui/wizards/CreateDetailsPage.h"
#include "ui/wizards/CreatePrerequisitesPage.h"
#include "ui/wizards/CreateProgressPage.h"
#include "ui/wizards/CreateSummaryPage.h"

#include "domain/ConnectionRules.h"
#include "ui/widgets/WizardParts.h"

using namespace Qt::StringLiterals;

namespace plc {

CreateConnectionWizard::CreateConnectionWizard(PrivateLinkService *service, Watcher *watcher,
                                               const Cluster &cluster,
                                               const AvailabilityZones &zones,
                                               const QStringList &takenNames,
                                               const ProviderAccounts &accounts, QWidget *parent)
    : QWizard(parent)
{
    WizardParts::setUpWizard(this, u"createConnectionWizard"_s,
                             tr("Create Private Link Connection"), {760, 560});
    m_context = {
        service, watcher, cluster, zones, takenNames, std::nullopt, [this] { return request(); },
        accounts};
    setPage(PrerequisitesPage, new CreatePrerequisitesPage(&m_context, this));
    setPage(DetailsPage, new CreateDetailsPage(&m_context, this));
    if (m_context.checksProviderSide())
        setPage(ProviderChecksPage, m_context.provider()->newChecksPage(&m_context, this));
    auto *summary = new CreateSummaryPage(&m_context, this);
    setPage(SummaryPage, summary);
    setPage(ProgressPage, new CreateProgressPage(&m_context, this));
    connect(summary, &CreateSummaryPage::created, this, &CreateConnectionWizard::created);
}

const ProviderUi *CreateContext::provider() const
{
    return ProviderUis::forCloud(cluster.region.cloudProvider.value);
}

ProviderAccount *CreateContext::checkingAccount() const
{
    const ProviderUi *cloud = provider();
    if (!cloud)
        return nullptr;
    ProviderAccount *account = accounts.forType(cloud->core().connectionType());
    return account && account->isConfigured() ? account : nullptr;
}

NewPrivateLinkConnection CreateConnectionWizard::request() const
{
    NewPrivateLinkConnection request;
    request.displayName = field(u"displayName"_s).toString();
    request.type = ConnectionRules::connectionTypeFor(m_context.cluster.region.cloudProvider.value);
    request.endpointServiceName = field(u"endpointServiceName"_s).toString();
    if (const ProviderUi *provider = m_context.provider();
        provider && provider->core().crossRegionServices())
        request.endpointServiceRegion = field(u"serviceRegion"_s).toString();
    return request;
}

} // namespace plc
