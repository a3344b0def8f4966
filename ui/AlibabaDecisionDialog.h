#pragma once

#include "domain/PrivateLink.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace plc {

class AlibabaAccount;
class CommandBox;
class Job;
class SendOnce;

/// Allow on Alibaba Cloud… / Reject on Alibaba Cloud… for a connection in Pending Acceptance:
/// finds the endpoint connection request on the endpoint service by the connection's endpoint
/// ID (with the user's AccessKey), shows who asked, its status in Alibaba Cloud's words and
/// its zones, and sends EnableVpcEndpointConnection or DisableVpcEndpointConnection once.
/// Rejecting asks first in so many words: it fails the connection in TiDB Cloud. The
/// connection then follows to Active or Failed by itself.
class AlibabaDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlibabaDecisionDialog)

public:
    AlibabaDecisionDialog(AlibabaAccount *account, const PrivateLinkConnection &connection,
                          bool allow, QWidget *parent = nullptr);

    QPushButton *decideButton() const { return m_decide; }
    QLabel *request() const { return m_request; }
    QLabel *status() const { return m_status; }
    /// How many times the decision itself was sent (tests).
    int sendCount() const;

Q_SIGNALS:
    /// Alibaba Cloud took the decision: the connection will change state.
    void decided();

private:
    void findRequest();
    void confirm();
    void send();
    void setStatus(const QString &text, int kind);

    AlibabaAccount *m_account;
    PrivateLinkConnection m_connection;
    bool m_allow;
    QString m_region;
    QString m_serviceId;
    QLabel *m_request;
    QLabel *m_status;
    CommandBox *m_command;
    QPushButton *m_decide;
    QPointer<Job> m_find;
    SendOnce *m_sender = nullptr;
    QString m_refusal; ///< Alibaba Cloud's refusal of the decision, once sent
};

} // namespace plc
