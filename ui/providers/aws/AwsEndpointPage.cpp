#include "ui/providers/aws/AwsEndpointPage.h"

#include "ui/providers/InboundWays.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/PrivateEndpointWizard.h"

#include "domain/EndpointCommands.h"
#include "domain/EndpointInput.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

AwsEndpointPage::AwsEndpointPage(EndpointContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_manual(new QWidget(this))
    , m_ways(new InboundWays(tr("Make it myself, in the AWS console or with the AWS CLI"), m_manual,
                             this))
    , m_steps(WizardParts::textLabel(u"awsSteps"_s, this))
    , m_vpc(new QLineEdit(this))
    , m_vpcProblem(WizardParts::problemLabel(u"vpcProblem"_s, this))
    , m_subnets(new QLineEdit(this))
    , m_subnetsProblem(WizardParts::problemLabel(u"subnetsProblem"_s, this))
    , m_groups(new QLineEdit(this))
    , m_groupsProblem(WizardParts::problemLabel(u"securityGroupsProblem"_s, this))
    , m_command(new CommandBox(u"awsCommand"_s, tr("AWS CLI command"), 4, this))
    , m_troubleshooting(WizardParts::textLabel(u"awsTroubleshooting"_s, this))
{
    setObjectName(u"awsPage"_s);
    setTitle(tr("Create an AWS interface endpoint"));
    setSubTitle(tr("In the AWS Management Console, or with the AWS CLI command below."));
    m_steps->setTextFormat(Qt::RichText);
    m_vpc->setObjectName(u"vpcIdEdit"_s);
    m_vpc->setPlaceholderText(u"vpc-0a1b2c3d4e5f67890"_s);
    m_vpc->setAccessibleName(tr("VPC ID"));
    m_subnets->setObjectName(u"subnetIdsEdit"_s);
    m_subnets->setPlaceholderText(u"subnet-0123456789abcdef0"_s);
    m_subnets->setAccessibleName(tr("Subnet IDs"));
    m_groups->setObjectName(u"securityGroupIdsEdit"_s);
    m_groups->setPlaceholderText(tr("optional: sg-0f1e2d3c4b5a69788"));
    m_groups->setAccessibleName(tr("Security group IDs"));

    auto *form = new QFormLayout;
    form->addRow(tr("VPC ID:"), m_vpc);
    form->addRow(QString(), m_vpcProblem);
    form->addRow(tr("Subnet IDs:"), m_subnets);
    form->addRow(QString(), m_subnetsProblem);
    form->addRow(tr("Security group IDs:"), m_groups);
    form->addRow(QString(), m_groupsProblem);
    auto *cliTitle = new QLabel(tr("Or use the AWS CLI (fill in the IDs to copy it):"), m_manual);
    for (QWidget *child :
         std::initializer_list<QWidget *>{m_steps, m_vpc, m_vpcProblem, m_subnets, m_subnetsProblem,
                                          m_groups, m_groupsProblem, m_command, m_troubleshooting})
        child->setParent(m_manual);
    auto *manual = new QVBoxLayout(m_manual);
    manual->setContentsMargins(0, 0, 0, 0);
    manual->addWidget(m_steps);
    manual->addWidget(cliTitle);
    manual->addLayout(form);
    manual->addWidget(m_command);
    manual->addWidget(m_troubleshooting);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ways);
    layout->addStretch();
    connect(m_ways, &InboundWays::wayChanged, this, &AwsEndpointPage::showWay);
    for (QLineEdit *edit : {m_vpc, m_subnets, m_groups})
        connect(edit, &QLineEdit::textChanged, this, &AwsEndpointPage::update);
}

void AwsEndpointPage::initializePage()
{
    const PrivateEndpointTarget &t = m_context->target;
    const QString zones = t.zoneIds.join(u", "_s);
    const QStringList steps{
        tr("Sign in to the AWS Management Console and open the Amazon VPC console in %1.")
            .arg(t.regionId.toHtmlEscaped()),
        tr("Click <b>Endpoints</b> in the navigation pane, then <b>Create endpoint</b>."),
        tr("Select <b>Endpoint services that use NLBs and GWLBs</b>."),
        tr("Enter the service name <code>%1</code> and click <b>Verify service</b>.")
            .arg(t.serviceName.toHtmlEscaped()),
        tr("Select your VPC. Expand <b>Additional settings</b> and select the <b>Enable DNS "
           "name</b> checkbox."),
        tr("In <b>Subnets</b>, select the availability zone %1 and the subnet ID in it.")
            .arg(zones.toHtmlEscaped()),
        tr("In <b>Security groups</b>, select a group that allows inbound access from your "
           "application (for example your EC2 instances) on port %1.")
            .arg(t.port),
        tr("Click <b>Create endpoint</b>.")};
    m_steps->setText(WizardParts::numberedSteps(steps));
    m_troubleshooting->setText(
        tr("If AWS answers “private-dns-enabled cannot be set because there is already a "
           "conflicting DNS domain”, this VPC already has a private endpoint for the region: "
           "you do not need another one; go on to Connect With."));
    update();

    m_ways->prepare(m_context->accounts.forCloud(t.provider), t);
    showWay();
}

void AwsEndpointPage::showWay()
{
    setSubTitle(m_ways->fromConsole()
                    ? tr("Read and made with the profile's AWS account; each change is shown "
                         "and confirmed first.")
                    : tr("In the AWS Management Console, or with the AWS CLI command below."));
}

void AwsEndpointPage::update()
{
    const PrivateEndpointTarget &t = m_context->target;
    const QString vpcProblem = EndpointInput::vpcIdProblem(m_vpc->text().trimmed());
    const QString subnetsProblem =
        EndpointInput::subnetIdsProblem(m_subnets->text(), int(t.zoneIds.size()));
    const QString groupsProblem = EndpointInput::securityGroupIdsProblem(m_groups->text());
    WizardParts::showProblem(m_vpcProblem, m_vpc, vpcProblem);
    WizardParts::showProblem(m_subnetsProblem, m_subnets, subnetsProblem);
    WizardParts::showProblem(m_groupsProblem, m_groups, groupsProblem);
    const bool valid = vpcProblem.isEmpty() && subnetsProblem.isEmpty() && groupsProblem.isEmpty();
    m_command->setCommand(EndpointCommands::awsCreateVpcEndpoint(
        t, vpcProblem.isEmpty() ? m_vpc->text().trimmed() : QString(),
        subnetsProblem.isEmpty() ? EndpointInput::splitList(m_subnets->text()) : QStringList(),
        groupsProblem.isEmpty() ? EndpointInput::splitList(m_groups->text()) : QStringList()));
    m_command->setCopyEnabled(valid, tr("Fill in a valid VPC ID and subnet ID first."));
}

bool AwsEndpointPage::validatePage()
{
    m_context->reachedHost = m_ways->reachedHost();
    return true;
}

int AwsEndpointPage::nextId() const
{
    return PrivateEndpointWizard::ConnectPage;
}

} // namespace plc
