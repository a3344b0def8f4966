#include "ui/ConnectionWizards.h"

#include "ui/providers/ProviderSideDialogs.h"

#include "ui/ConnectionActions.h"
#include "ui/ConnectionsPanel.h"
#include "ui/wizards/AttachDomainsWizard.h"
#include "ui/wizards/ConfluentWizard.h"
#include "ui/wizards/CreateConnectionWizard.h"
#include "ui/wizards/DeleteConnectionWizard.h"
#include "ui/wizards/DetachDomainsWizard.h"
#include "ui/wizards/SinkTestDialog.h"

#include "domain/ConnectionRules.h"
#include "models/ConnectionFeed.h"
#include "models/ConnectionTableModel.h"

namespace plc {

ConnectionWizards::ConnectionWizards(ConnectionsPanel *panel, PrivateLinkService *service,
                                     Watcher *watcher)
    : QObject(panel)
    , m_panel(panel)
    , m_service(service)
    , m_watcher(watcher)
{}

QStringList ConnectionWizards::takenNames() const
{
    QStringList taken;
    for (const PrivateLinkConnection &c : m_panel->model()->rows())
        taken.append(c.displayName);
    return taken;
}

template<typename Wizard> Wizard *ConnectionWizards::show(Wizard *wizard)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void ConnectionWizards::openOn(ConnectionActions *actions)
{
    connect(actions, &ConnectionActions::createRequested, this, &ConnectionWizards::openCreate);
    connect(actions, &ConnectionActions::confluentRequested, this,
            &ConnectionWizards::openConfluent);
    connect(actions, &ConnectionActions::attachRequested, this, &ConnectionWizards::openAttach);
    connect(actions, &ConnectionActions::detachRequested, this, [this] { openDetach(); });
    connect(actions, &ConnectionActions::deleteRequested, this, &ConnectionWizards::openDelete);
    connect(actions, &ConnectionActions::testRequested, this, &ConnectionWizards::openSinkTest);
    connect(actions, &ConnectionActions::decisionRequested, this,
            [this](bool accept) { openDecision(accept); });
    connect(actions, &ConnectionActions::diagnosisRequested, this,
            &ConnectionWizards::openDiagnosis);
}

CreateConnectionWizard *ConnectionWizards::openCreate()
{
    const auto &cluster = m_panel->cluster();
    if (!cluster || ConnectionRules::create(&*cluster) != ConnectionRules::Refusal::None)
        return nullptr;
    auto *wizard =
        new CreateConnectionWizard(m_service, m_watcher, *cluster, m_panel->availabilityZones(),
                                   takenNames(), m_accounts, m_panel);
    connect(wizard, &CreateConnectionWizard::created, m_panel, &ConnectionsPanel::reloadAndSelect);
    return show(wizard);
}

ConfluentWizard *ConnectionWizards::openConfluent()
{
    const auto &cluster = m_panel->cluster();
    if (!cluster || ConnectionRules::confluent(&*cluster) != ConnectionRules::Refusal::None)
        return nullptr;
    auto *wizard = new ConfluentWizard(m_service, m_watcher, *cluster, m_panel->availabilityZones(),
                                       takenNames(), m_panel);
    connect(wizard, &ConfluentWizard::created, m_panel, &ConnectionsPanel::reloadAndSelect);
    return show(wizard);
}

AttachDomainsWizard *ConnectionWizards::openAttach()
{
    const PrivateLinkConnection *connection = m_panel->selectedConnection();
    if (!m_panel->cluster() ||
        ConnectionRules::attach(connection) != ConnectionRules::Refusal::None)
        return nullptr;
    auto *wizard =
        new AttachDomainsWizard(m_service, m_watcher, *m_panel->cluster(), *connection, m_panel);
    connect(wizard, &AttachDomainsWizard::attached, m_panel, &ConnectionsPanel::reloadAndSelect);
    return show(wizard);
}

DetachDomainsWizard *ConnectionWizards::openDetach(const QString &attachDomainId)
{
    const PrivateLinkConnection *connection = m_panel->selectedConnection();
    if (!m_panel->cluster() ||
        ConnectionRules::detach(connection) != ConnectionRules::Refusal::None)
        return nullptr;
    auto *wizard = new DetachDomainsWizard(m_service, m_watcher, *m_panel->cluster(), *connection,
                                           attachDomainId, m_panel);
    wizard->setChangefeeds(
        m_panel->feed()->changefeedsKnown(),
        m_panel->feed()->changefeedsThrough(connection->privateLinkConnectionId));
    connect(wizard, &DetachDomainsWizard::detached, m_panel, &ConnectionsPanel::reloadAndSelect);
    return show(wizard);
}

DeleteConnectionWizard *ConnectionWizards::openDelete()
{
    const PrivateLinkConnection *connection = m_panel->selectedConnection();
    if (!m_panel->cluster() ||
        ConnectionRules::remove(connection) != ConnectionRules::Refusal::None)
        return nullptr;
    auto *wizard =
        new DeleteConnectionWizard(m_service, m_watcher, *m_panel->cluster(), *connection, m_panel);
    wizard->setChangefeeds(
        m_changefeeds, m_panel->feed()->changefeedsKnown(),
        m_panel->feed()->changefeedsThrough(connection->privateLinkConnectionId));
    connect(wizard, &DeleteConnectionWizard::deleted, m_panel, [this] { m_panel->reload(); });
    return show(wizard);
}

SinkTestDialog *ConnectionWizards::openSinkTest()
{
    const PrivateLinkConnection *connection = m_panel->selectedConnection();
    if (!m_changefeeds || !m_panel->cluster() ||
        ConnectionRules::testSink(connection) != ConnectionRules::Refusal::None)
        return nullptr;
    auto *dialog = new SinkTestDialog(
        m_changefeeds, *m_panel->cluster(), *connection,
        m_panel->feed()->changefeedsThrough(connection->privateLinkConnectionId), m_panel);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog *ConnectionWizards::openDecision(bool accept)
{
    const PrivateLinkConnection *connection = m_panel->selectedConnection();
    if (!connection || connection->state.value != ConnectionState::PendingAcceptance ||
        connection->endpointService.endpointId.isEmpty())
        return nullptr;
    return ProviderSideDialogs::decision(
        m_accounts, *connection, accept,
        [this, id = connection->privateLinkConnectionId] { m_panel->reloadAndSelect(id); },
        m_panel);
}

QDialog *ConnectionWizards::openDiagnosis()
{
    const PrivateLinkConnection *connection = m_panel->selectedConnection();
    if (!connection || !m_panel->cluster())
        return nullptr;
    return ProviderSideDialogs::diagnosis(m_accounts, *connection,
                                          m_panel->cluster()->region.providerRegionCode(),
                                          m_panel->availabilityZones(), m_panel);
}

} // namespace plc
