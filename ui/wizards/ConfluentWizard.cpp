#include "ui/wizards/ConfluentWizard.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/ConfluentChecklistPage.h"
#include "ui/wizards/ConfluentEndpointPage.h"
#include "ui/wizards/ConfluentNetworkPage.h"
#include "ui/wizards/ConfluentProgressPage.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace plc {

ConfluentWizard::ConfluentWizard(PrivateLinkService *service, Watcher *watcher,
                                 const Cluster &cluster, const AvailabilityZones &zones,
                                 const QStringList &takenNames, QWidget *parent)
    : QWizard(parent)
{
    WizardParts::setUpWizard(this, u"confluentWizard"_s, tr("Connect to Confluent Cloud"),
                             {780, 600});
    m_context = {service, watcher, cluster, zones, takenNames, {}, std::nullopt};
    setPage(NetworkPage, new ConfluentNetworkPage(&m_context, this));
    setPage(AccessPage, new ConfluentChecklistPage(ConfluentChecklistPage::Step::PrivateLinkAccess,
                                                   &m_context, this));
    setPage(ClusterPage, new ConfluentChecklistPage(ConfluentChecklistPage::Step::DedicatedCluster,
                                                    &m_context, this));
    auto *endpoint = new ConfluentEndpointPage(&m_context, this);
    setPage(EndpointPage, endpoint);
    setPage(ProgressPage, new ConfluentProgressPage(&m_context, this));
    connect(endpoint, &ConfluentEndpointPage::created, this, &ConfluentWizard::created);
}

void ConfluentWizard::reject()
{
    const auto *progress = qobject_cast<ConfluentProgressPage *>(page(ProgressPage));
    if (currentId() == ProgressPage && progress->isRunning()) {
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("The Confluent domains are not attached yet. If you close this window, the "
               "console does not attach them; the connection stays, and you can attach them "
               "later with Attach Domains…. Close anyway?"),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
    }
    QWizard::reject();
}

} // namespace plc
