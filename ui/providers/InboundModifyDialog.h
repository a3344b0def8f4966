#pragma once

#include "providers/InboundSession.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace plc {

class ConfirmedChanges;
class Job;

/// Modify… for one endpoint of Your Endpoints to This Cluster, where the provider can change
/// an endpoint (InboundSession::modifiable): its VPC read again, its places (only those in the
/// service's zones) and groups ticked as they are, private DNS where the provider lets the user
/// choose. Modify asks first, naming what is added and removed, with the CLI command, and sends
/// the change once; the dialog closes when it is made.
class InboundModifyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboundModifyDialog)

public:
    InboundModifyDialog(InboundSession *session, const InboundEndpoint &endpoint,
                        QWidget *parent = nullptr);
    ~InboundModifyDialog() override;
    /// Closes unless the change is on its way or its outcome is unknown: then it says so.
    void reject() override;

private:
    void read();
    void display();
    InboundChoice choice() const;
    void modify();
    void setStatus(const QString &text, int kind);

    QPointer<InboundSession> m_session;
    InboundEndpoint m_endpoint;
    QLabel *m_status;
    QListWidget *m_places;
    QListWidget *m_groups;
    QCheckBox *m_privateDns;
    QPushButton *m_modify;
    ConfirmedChanges *m_changes;
    QPointer<Job> m_read;
    bool m_complete = false; ///< the VPC was read whole
};

} // namespace plc
