#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace plc {

class ConnectionRequestTableModel;
class EndpointServiceTableModel;
class ApiError;
class Job;
class MessageBar;
class ProviderAccounts;
class SandboxAdminService;
class SandboxRoleBar;
class TextFilterProxy;

/// The simulated provider side in sandbox mode — what the documents send the user to the AWS
/// or Alibaba Cloud console for: the endpoint services with their Allow principals / Service
/// Whitelist, the endpoint connection requests each has received, and Accept (allow) or
/// Reject for a pending one. With it the whole documented flow can be walked through without
/// a cloud account.
class SandboxProviderPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProviderPanel)

public:
    /// `accounts`: those the role bar's choices act with.
    SandboxProviderPanel(SandboxAdminService *admin, const ProviderAccounts &accounts,
                         QWidget *parent = nullptr);
    ~SandboxProviderPanel() override;

    void reload();
    void selectService(const QString &name);
    void selectRequest(const QString &endpointId);

Q_SIGNALS:
    /// A request was accepted or rejected: the connection's state changed.
    void requestDecided();
    /// Another role of the sandbox's account was chosen to act as (SandboxRoleBar).
    void roleChosen(const QString &providerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadRequests();
    void decide(bool accept);
    void updateButtons();
    void showError(const ApiError &error, bool retryable);
    QString selectedService() const;
    QString selectedEndpoint() const;

    SandboxAdminService *m_admin;
    EndpointServiceTableModel *m_services;
    ConnectionRequestTableModel *m_requests;
    TextFilterProxy *m_serviceProxy;
    TextFilterProxy *m_requestProxy;
    QLabel *m_intro;
    SandboxRoleBar *m_roleBar;
    MessageBar *m_messageBar;
    QTableView *m_serviceTable;
    QTableView *m_requestTable;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_refresh;
    QPointer<Job> m_servicesJob;
    QPointer<Job> m_requestsJob;
    QPointer<Job> m_decideJob;
    QString m_requestsService; ///< whose requests the table holds
};

} // namespace plc
