#include "ui/providers/alibaba/AlibabaEndpointPage.h"

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

AlibabaEndpointPage::AlibabaEndpointPage(EndpointContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_manual(new QWidget(this))
    , m_ways(new InboundWays(tr("Make it myself, in the Alibaba Cloud console"), m_manual, this))
    , m_steps(WizardParts::textLabel(u"alibabaSteps"_s, this))
    , m_ip(new QLineEdit(this))
    , m_ipProblem(WizardParts::problemLabel(u"endpointIpProblem"_s, this))
    , m_ipNote(WizardParts::textLabel(u"endpointIpNote"_s, this))
    , m_hostsIntro(WizardParts::textLabel(u"hostsIntro"_s, this))
    , m_hosts(new CommandBox(u"hostsLine"_s, tr("hosts file line"), 2, this))
{
    setObjectName(u"alibabaPage"_s);
    setTitle(tr("Create an Alibaba Cloud interface endpoint"));
    setSubTitle(tr("In the Alibaba Cloud VPC console, then tell your hosts the endpoint's IP."));
    m_steps->setTextFormat(Qt::RichText);
    m_ip->setObjectName(u"endpointIpEdit"_s);
    m_ip->setPlaceholderText(u"172.16.0.12"_s);
    m_ip->setAccessibleName(tr("Endpoint IP address"));
    m_hosts->setCopyText(tr("Copy Line"));
    auto *form = new QFormLayout;
    form->addRow(tr("Endpoint IP address:"), m_ip);
    for (QWidget *child : std::initializer_list<QWidget *>{m_steps, m_ip, m_ipProblem, m_ipNote,
                                                           m_hostsIntro, m_hosts})
        child->setParent(m_manual);
    auto *manual = new QVBoxLayout(m_manual);
    manual->setContentsMargins(0, 0, 0, 0);
    manual->addWidget(m_steps);
    manual->addLayout(form);
    manual->addWidget(m_ipProblem);
    manual->addWidget(m_ipNote);
    manual->addWidget(m_hostsIntro);
    manual->addWidget(m_hosts);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ways);
    layout->addStretch();
    connect(m_ways, &InboundWays::wayChanged, this, &AlibabaEndpointPage::showWay);
    connect(m_ip, &QLineEdit::textChanged, this, &AlibabaEndpointPage::update);
}

void AlibabaEndpointPage::initializePage()
{
    const PrivateEndpointTarget &t = m_context->target;
    const QStringList steps{
        tr("Sign in to the Alibaba Cloud console, open the VPC console and select the region "
           "%1.")
            .arg(t.regionId.toHtmlEscaped()),
        tr("Click <b>Endpoints</b> in the navigation pane, then <b>Create Endpoint</b>."),
        tr("Select <b>Interface Endpoint</b>."),
        tr("Search for the service name <code>%1</code> and select the available service.")
            .arg(t.serviceName.toHtmlEscaped()),
        tr("Select the VPC your application runs in."),
        tr("Select a security group, or create one, that allows inbound access on port %1.")
            .arg(t.port),
        tr("For the zone, select a vSwitch in %1 (create one there if there is none). The form "
           "offers two zones by default: delete the second.")
            .arg(t.zoneIds.join(u", "_s).toHtmlEscaped()),
        tr("Click <b>Create</b> and wait until the endpoint is created; its details page shows "
           "the VPC endpoint ID."),
        tr("On the endpoint's <b>Zones and Network Interfaces</b> tab, copy the endpoint's IP "
           "address into the field below.")};
    m_steps->setText(WizardParts::numberedSteps(steps));
    m_hostsIntro->setText(
        tr("On each ECS instance in the endpoint's VPC that does not resolve %1 through private "
           "DNS, add this line to the hosts file (/etc/hosts):")
            .arg(t.host));
    update();
    m_ways->prepare(m_context->accounts.forCloud(t.provider), t);
    showWay();
}

void AlibabaEndpointPage::showWay()
{
    setSubTitle(m_ways->fromConsole()
                    ? tr("Read and made with the profile's Alibaba Cloud account; each change is "
                         "shown and confirmed first.")
                    : tr("In the Alibaba Cloud VPC console, then tell your hosts the endpoint's "
                         "IP."));
}

void AlibabaEndpointPage::update()
{
    const QString ip = m_ip->text().trimmed();
    const QString problem = EndpointInput::endpointIpProblem(ip);
    WizardParts::showProblem(m_ipProblem, m_ip, problem);
    const QString note = EndpointInput::endpointIpNote(ip);
    m_ipNote->setText(note);
    m_ipNote->setVisible(!note.isEmpty());
    m_hosts->setCommand(
        EndpointCommands::hostsLine(problem.isEmpty() ? ip : QString(), m_context->target));
    m_hosts->setCopyEnabled(problem.isEmpty(), tr("Enter the endpoint's IP address first."));
}

bool AlibabaEndpointPage::validatePage()
{
    m_context->reachedHost = m_ways->reachedHost();
    return true;
}

int AlibabaEndpointPage::nextId() const
{
    return PrivateEndpointWizard::ConnectPage;
}

} // namespace plc
