#pragma once

#include "domain/PrivateEndpointTarget.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace plc {

class CommandBox;
class InboundWays;
struct EndpointContext;

/// Step 2 on AWS, two ways (InboundWays). With the profile's AWS account: from the console
/// (InboundEndpointPanel reads the VPC, checks it, fixes what it can and makes the endpoint,
/// each change confirmed).
/// Or by the user: the console steps with the exact choices, and the same as one
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
    bool validatePage() override;

private:
    void update();
    void showWay();

    EndpointContext *m_context;
    QWidget *m_manual;
    InboundWays *m_ways;
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
