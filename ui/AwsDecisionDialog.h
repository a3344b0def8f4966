#pragma once

#include "domain/AwsResources.h"
#include "domain/PrivateLink.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace plc {

class AwsAccount;
class Job;
class SendOnce;

/// Accept on AWS… / Reject on AWS… for a connection in Pending Acceptance: finds the endpoint
/// connection request on the endpoint service by the connection's endpoint ID (with the user's
/// AWS account), shows who asked and when, and sends AcceptVpcEndpointConnections or
/// RejectVpcEndpointConnections once. Rejecting asks first in so many words: it fails the
/// connection in TiDB Cloud. The connection then follows to Active or Failed by itself.
class AwsDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsDecisionDialog)

public:
    AwsDecisionDialog(AwsAccount *account, const PrivateLinkConnection &connection, bool accept,
                      QWidget *parent = nullptr);

    QPushButton *decideButton() const { return m_decide; }
    QLabel *status() const { return m_status; }
    /// How many times the decision itself was sent (tests).
    int sendCount() const;

Q_SIGNALS:
    /// AWS took the decision: the connection will change state.
    void decided();

private:
    void findRequest();
    void send();
    void setStatus(const QString &text, int kind);

    AwsAccount *m_account;
    PrivateLinkConnection m_connection;
    bool m_accept;
    QString m_region;
    QString m_serviceId;
    QLabel *m_request;
    QLabel *m_status;
    QPlainTextEdit *m_command;
    QPushButton *m_decide;
    QPointer<Job> m_find;
    SendOnce *m_sender = nullptr;
    std::optional<AwsUnsuccessfulItem> m_refusal;
};

} // namespace plc
