#include "ui/wizards/DetachDomainsWizard.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/DetachConfirmPage.h"
#include "ui/wizards/DetachPickPage.h"
#include "ui/wizards/RemovalProgressPage.h"

using namespace Qt::StringLiterals;

namespace plc {

DetachDomainsWizard::DetachDomainsWizard(PrivateLinkService *service, Watcher *watcher,
                                         const Cluster &cluster,
                                         const PrivateLinkConnection &connection,
                                         const QString &preselectedId, QWidget *parent)
    : QWizard(parent)
{
    WizardParts::setUpWizard(this, u"detachDomainsWizard"_s, tr("Detach Domains"), {720, 520});
    m_context = {service, watcher, cluster, connection, preselectedId, std::nullopt, false, {}};
    setPage(PickPage, new DetachPickPage(&m_context, this));
    auto *confirm = new DetachConfirmPage(&m_context, this);
    setPage(ConfirmPage, confirm);
    auto *progress =
        new RemovalProgressPage(RemovalProgressPage::What::DomainGroup, watcher, cluster.clusterId,
                                connection.privateLinkConnectionId, this);
    setPage(ProgressPage, progress);
    connect(confirm, &DetachConfirmPage::detached, this, [this, progress] {
        progress->start(m_context.group->attachDomainId);
        Q_EMIT detached(m_context.connection.privateLinkConnectionId);
    });
}

} // namespace plc
