#include "ui/wizards/AttachDomainsWizard.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/AttachPreviewPage.h"
#include "ui/wizards/AttachTypePage.h"
#include "ui/wizards/DomainsProgressPage.h"

using namespace Qt::StringLiterals;

namespace plc {

AttachDomainsWizard::AttachDomainsWizard(PrivateLinkService *service, Watcher *watcher,
                                         const Cluster &cluster,
                                         const PrivateLinkConnection &connection, QWidget *parent)
    : QWizard(parent)
{
    WizardParts::setUpWizard(this, u"attachDomainsWizard"_s, tr("Attach Domains"), {760, 560});
    m_context.service = service;
    m_context.watcher = watcher;
    m_context.cluster = cluster;
    m_context.connection = connection;
    setPage(TypePage, new AttachTypePage(&m_context, this));
    auto *preview = new AttachPreviewPage(&m_context, this);
    setPage(PreviewPage, preview);
    auto *progress = new DomainsProgressPage(watcher, cluster.clusterId,
                                             connection.privateLinkConnectionId, this);
    setPage(ProgressPage, progress);
    connect(preview, &AttachPreviewPage::attached, this, [this, progress](const AttachDomain &a) {
        progress->setGroup(a);
        Q_EMIT attached(m_context.connection.privateLinkConnectionId);
    });
}

} // namespace plc
