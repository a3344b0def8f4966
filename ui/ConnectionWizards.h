#pragma once

#include "providers/ProviderAccounts.h"

#include <QObject>

class QDialog;

namespace plc {

class AttachDomainsWizard;
class ChangefeedService;
class ConfluentWizard;
class ConnectionActions;
class ConnectionsPanel;
class CreateConnectionWizard;
class DeleteConnectionWizard;
class DetachDomainsWizard;
class PrivateLinkService;
class SinkTestDialog;
class Watcher;

/// Opens the connection wizards for the panel's cluster and selected connection, each
/// window-modal and deleted when closed, after checking the same rules that enable the
/// actions (null when they do not allow it now). What a wizard changes comes back to the panel:
/// a created connection is selected, and the table is read again after every change.
class ConnectionWizards final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWizards)

public:
    ConnectionWizards(ConnectionsPanel *panel, PrivateLinkService *service, Watcher *watcher);

    /// Opens the window each of `actions`' requests asks for.
    void openOn(ConnectionActions *actions);

    CreateConnectionWizard *openCreate();
    ConfluentWizard *openConfluent();
    AttachDomainsWizard *openAttach();
    /// `attachDomainId`: the group to offer first (empty: the only one, if just one).
    DetachDomainsWizard *openDetach(const QString &attachDomainId = {});
    DeleteConnectionWizard *openDelete();
    /// Test Through This Connection… for the selected connection (needs a ChangefeedService).
    SinkTestDialog *openSinkTest();
    /// Accept on AWS… / Allow on Alibaba Cloud… (or Reject) for the selected connection in
    /// Pending Acceptance (needs the profile's account for its provider).
    QDialog *openDecision(bool accept);
    /// Diagnose on AWS… / Diagnose on Alibaba Cloud… for the selected connection.
    QDialog *openDiagnosis();

    void setChangefeedService(ChangefeedService *service) { m_changefeeds = service; }
    void setAccounts(const ProviderAccounts &accounts) { m_accounts = accounts; }

private:
    QStringList takenNames() const;
    template<typename Wizard> Wizard *show(Wizard *wizard);

    ConnectionsPanel *m_panel;
    PrivateLinkService *m_service;
    Watcher *m_watcher;
    ChangefeedService *m_changefeeds = nullptr;
    ProviderAccounts m_accounts;
};

} // namespace plc
