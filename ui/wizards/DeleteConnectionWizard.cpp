#include "ui/wizards/DeleteConnectionWizard.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/DeleteConfirmPage.h"
#include "ui/wizards/RemovalProgressPage.h"

using namespace Qt::StringLiterals;

namespace plc {

DeleteConnectionWizard::DeleteConnectionWizard(PrivateLinkService *service, Watcher *watcher,
                                               const Cluster &cluster,
                                               const PrivateLinkConnection &connection,
                                               QWidget *parent)
    : QWizard(parent)
{
    WizardParts::setUpWizard(this, u"deleteConnectionWizard"_s,
                             tr("Delete Private Link Connection"), {720, 540});
    m_context = {service, watcher, cluster, connection, nullptr, false, {}};
    auto *confirm = new DeleteConfirmPage(&m_context, this);
    setPage(ConfirmPage, confirm);
    auto *progress =
        new RemovalProgressPage(RemovalProgressPage::What::Connection, watcher, cluster.clusterId,
                                connection.privateLinkConnectionId, this);
    setPage(ProgressPage, progress);
    connect(confirm, &DeleteConfirmPage::deleted, this, [this, progress] {
        progress->start();
        Q_EMIT deleted(m_context.connection.privateLinkConnectionId);
    });
}

} // namespace plc
