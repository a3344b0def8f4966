#pragma once

#include "domain/PrivateEndpointTarget.h"
#include "providers/InboundSession.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace plc {

class ConfirmedChanges;
class Job;
class ProviderAccount;

/// The endpoints of the profile's account that reach a cluster (its private endpoint's
/// service), in every VPC of the region, on any provider (InboundSession): state, VPC, places,
/// groups, DNS names, created when. Read Again checks them; Delete… asks with the CLI command
/// and sends the delete once; Copy as Terraform; Connect With… opens the connection strings for
/// the cluster. The last list read stays on screen when a read fails.
class InboundEndpointsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboundEndpointsDialog)

public:
    InboundEndpointsDialog(ProviderAccount *account, const PrivateEndpointTarget &target,
                           QWidget *parent = nullptr);
    ~InboundEndpointsDialog() override;

    const PrivateEndpointTarget &target() const { return m_target; }
    /// Closes unless a change is on its way or its outcome is unknown: then it says so.
    void reject() override;

    /// Reads the endpoints again (also on opening).
    void readAgain();
    QList<InboundEndpoint> endpoints() const { return m_endpoints; }

Q_SIGNALS:
    /// Connect With… for this dialog's target (not whatever the main window selects now).
    void connectWithRequested(const plc::PrivateEndpointTarget &target);

private:
    void display(const QList<InboundEndpoint> &endpoints);
    std::optional<InboundEndpoint> selected() const;
    void updateButtons();
    void remove();
    void openModify();
    void copyTerraform();
    void setStatus(const QString &text, int kind);

    PrivateEndpointTarget m_target;
    QPointer<InboundSession> m_session;
    QList<InboundEndpoint> m_endpoints;
    QLabel *m_account;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_modify;
    QPushButton *m_delete;
    QPushButton *m_terraform;
    QPushButton *m_connectWith;
    ConfirmedChanges *m_changes;
    QPointer<Job> m_read;
    QPointer<Job> m_copy; ///< the read under way for Copy as Terraform
};

} // namespace plc
