#pragma once

#include "domain/PrivateEndpointTarget.h"
#include "providers/aws/AwsInboundChecks.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace plc {

class AwsAccount;
class AwsEndpointView;
class CommandBox;
class Job;
class LinkCheckList;
class SendOnce;

/// The AWS page's own way to the endpoint, with the profile's AWS account: the VPCs of the
/// region, the chosen VPC's subnets (those in the service's zones, by zone ID, suggested one per
/// zone) and security groups (those that let the port in, suggested), private DNS, and the live
/// checks with the fixes the console can make — DNS hostnames turned on, the port opened —
/// each confirmed with its AWS CLI command and sent once. Create asks first, runs a dry run,
/// makes the endpoint once, and follows it until it can be used; an endpoint to the service in
/// the VPC already is offered for use instead. Nothing changes on AWS without a confirmation.
class AwsInboundPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsInboundPanel)

public:
    explicit AwsInboundPanel(QWidget *parent = nullptr);
    ~AwsInboundPanel() override;

    /// Reads with `account` for `target`; again from the start when called again.
    void start(AwsAccount *account, const PrivateEndpointTarget &target);
    /// The endpoint made, or the one in the VPC chosen for use.
    std::optional<AwsVpcEndpoint> endpoint() const;
    const AwsInboundFacts &facts() const { return m_facts; }

Q_SIGNALS:
    void endpointChanged();

private:
    void readVpcs();
    void readVpc();
    void showFacts();
    void updateChecks();
    AwsInboundChoice choice() const;
    AwsEndpointRequest request() const;
    /// Asks before a change: `what` in words, `command` the same as an AWS CLI command.
    void confirm(const QString &name, const QString &what, const QString &command,
                 std::function<void()> yes);
    /// Sends `sender`'s change, kept in `slot`: while its outcome is open, the same button
    /// reads whether it was made instead of sending again.
    void runChange(QPointer<SendOnce> &slot, SendOnce *sender, const QString &sending,
                   const QString &done, std::function<void()> after);
    /// Reads again whether the change in `slot` was made; false when there is none open.
    bool settleOpenChange(QPointer<SendOnce> &slot);
    bool changing() const;
    void choiceChanged();
    void stopWork();
    void fixDns();
    void openPort();
    void create();
    void useExisting();
    void showEndpoint(const AwsVpcEndpoint &endpoint);
    void setStatus(const QString &text, int kind);
    void setBusy(bool busy);

    AwsAccount *m_account = nullptr;
    PrivateEndpointTarget m_target;
    AwsInboundFacts m_facts;
    QList<AwsVpc> m_vpcs;
    bool m_busy = false;
    /// Counts what a confirmation or a dry run must still hold to act: the account, the target,
    /// the VPC read and the choice. Each of them changing counts one up.
    int m_generation = 0;

    QLabel *m_accountLabel;
    QWidget *m_choiceBox; ///< the VPC's subnets and groups, the checks, the command
    QComboBox *m_vpc;
    QPushButton *m_refresh;
    QListWidget *m_subnets;
    QListWidget *m_groups;
    QCheckBox *m_privateDns;
    LinkCheckList *m_checks;
    QPushButton *m_fixDns;
    QPushButton *m_openPort;
    QPushButton *m_create;
    QPushButton *m_reuse;
    CommandBox *m_command;
    QLabel *m_status;
    AwsEndpointView *m_result; ///< the endpoint made or chosen, followed

    QPointer<Job> m_read;
    QPointer<SendOnce> m_dnsChange;
    QPointer<SendOnce> m_portChange;
    QPointer<SendOnce> m_createChange;
    QMetaObject::Connection m_accountWatch;
};

} // namespace plc
