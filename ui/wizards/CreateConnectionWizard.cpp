#include "ui/wizards/CreateConnectionWizard.h"

#include "ui/providers/alibaba/AlibabaChecksPage.h"
#include "ui/providers/aws/AwsChecksPage.h"
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
    if (m_context.checksAws())
        setPage(AwsChecksPage, new plc::AwsChecksPage(&m_context, this));
    if (m_context.checksAlibaba())
        setPage(AlibabaChecksPage, new plc::AlibabaChecksPage(&m_context, this));
    auto *summary = new CreateSummaryPage(&m_context, this);
    setPage(SummaryPage, summary);
    setPage(ProgressPage, new CreateProgressPage(&m_context, this));
    connect(summary, &CreateSummaryPage::created, this, &CreateConnectionWizard::created);
}

bool CreateContext::checksProviderSide() const
{
    return accounts.actsOn(ConnectionRules::connectionTypeFor(cluster.region.cloudProvider.value));
}

NewPrivateLinkConnection CreateConnectionWizard::request() const
{
    NewPrivateLinkConnection request;
    request.displayName = field(u"displayName"_s).toString();
    request.type = ConnectionRules::connectionTypeFor(m_context.cluster.region.cloudProvider.value);
    request.endpointServiceName = field(u"endpointServiceName"_s).toString();
    if (request.type == ConnectionType::AwsEndpointService)
        request.endpointServiceRegion = field(u"serviceRegion"_s).toString();
    return request;
}

} // namespace plc
