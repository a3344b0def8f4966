#include "ui/wizards/PrivateEndpointWizard.h"

#include "providers/Provider.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"
#include "ui/widgets/WizardParts.h"
#include "ui/wizards/ConnectWithPage.h"
#include "ui/wizards/CustomTargetPage.h"
#include "ui/wizards/EndpointCheckPage.h"
#include "ui/wizards/EndpointServicePage.h"

using namespace Qt::StringLiterals;

namespace plc {

PrivateEndpointWizard::PrivateEndpointWizard(const PrivateEndpointTarget &target,
                                             const ProviderAccounts &accounts, QWidget *parent)
    : QWizard(parent)
{
    m_context.target = target;
    m_context.accounts = accounts;
    WizardParts::setUpWizard(this, u"privateEndpointWizard"_s,
                             tr("Connect via Private Endpoint — %1").arg(target.name),
                             QSize(880, 720));
    addPages(false);
}

PrivateEndpointWizard::PrivateEndpointWizard(const QString &profile,
                                             const ProviderAccounts &accounts, QWidget *parent)
    : QWizard(parent)
{
    m_context.profile = profile;
    m_context.accounts = accounts;
    m_context.target.provider = CloudProvider::AlibabaCloud;
    m_context.target.port = PrivateEndpointTarget::MatrixOnePort;
    WizardParts::setUpWizard(this, u"privateEndpointWizard"_s,
                             tr("Private Endpoint to Another Service"), QSize(880, 720));
    addPages(true);
}

PrivateEndpointWizard::~PrivateEndpointWizard() = default;

int PrivateEndpointWizard::providerPage(CloudProvider cloud)
{
    const auto providers = ProviderUis::all();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        if (providers.at(i)->core().cloud() == cloud)
            return FirstProviderPage + int(i);
    }
    return -1;
}

void PrivateEndpointWizard::addPages(bool custom)
{
    // This wizard makes no change, so there is nothing to protect by hiding Back or Cancel.
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    if (custom)
        setPage(CustomPage, new CustomTargetPage(&m_context, this));
    setPage(ServicePage, new EndpointServicePage(&m_context, this));
    const auto providers = ProviderUis::all();
    for (const auto &provider : providers)
        setPage(providerPage(provider->core().cloud()),
                provider->newEndpointPage(&m_context, this));
    setPage(ConnectPage, new ConnectWithPage(&m_context, this));
    setPage(CheckPage, new EndpointCheckPage(&m_context, this));
    setStartId(custom ? CustomPage : ServicePage);
}

} // namespace plc
