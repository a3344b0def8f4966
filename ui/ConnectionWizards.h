#pragma once

#include <QObject>

namespace plc {

class AttachDomainsWizard;
class AwsDecisionDialog;
class AwsDiagnosisDialog;
class AwsAccount;
class ChangefeedService;
class ConfluentWizard;
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

    CreateConnectionWizard *openCreate();
    ConfluentWizard *openConfluent();
    AttachDomainsWizard *openAttach();
    /// `attachDomainId`: the group to offer first (empty: the only one, if just one).
    DetachDomainsWizard *openDetach(const QString &attachDomainId = {});
    DeleteConnectionWizard *openDelete();
    /// Test Through This Connection… for the selected connection (needs a ChangefeedService).
    SinkTestDialog *openSinkTest();
    /// Accept on AWS… / Reject on AWS… for the selected connection (needs an AWS account).
    AwsDecisionDialog *openAwsDecision(bool accept);
    /// Diagnose on AWS… for the selected connection.
    AwsDiagnosisDialog *openAwsDiagnosis();

    void setChangefeedService(ChangefeedService *service) { m_changefeeds = service; }
    void setAwsAccount(AwsAccount *account) { m_aws = account; }
    AwsAccount *awsAccount() const { return m_aws; }

private:
    QStringList takenNames() const;
    template<typename Wizard> Wizard *show(Wizard *wizard);

    ConnectionsPanel *m_panel;
    PrivateLinkService *m_service;
    Watcher *m_watcher;
    ChangefeedService *m_changefeeds = nullptr;
    AwsAccount *m_aws = nullptr;
};

} // namespace plc
