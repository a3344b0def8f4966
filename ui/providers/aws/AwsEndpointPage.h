#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace plc {

class CommandBox;
struct EndpointContext;

/// Step 2 on AWS: the console steps with the exact choices, and the same as one
/// `aws ec2 create-vpc-endpoint` command built from the VPC, subnet and security group IDs the
/// user types (checked as typed; Copy only once the command can run as it is).
class AwsEndpointPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsEndpointPage)

public:
    AwsEndpointPage(EndpointContext *context, QWidget *parent = nullptr);
    void initializePage() override;
    int nextId() const override;

private:
    void update();

    EndpointContext *m_context;
    QLabel *m_steps;
    QLineEdit *m_vpc;
    QLabel *m_vpcProblem;
    QLineEdit *m_subnets;
    QLabel *m_subnetsProblem;
    QLineEdit *m_groups;
    QLabel *m_groupsProblem;
    CommandBox *m_command;
    QLabel *m_troubleshooting;
};

} // namespace plc
