#include "ui/wizards/EndpointCheckPage.h"

#include "providers/Provider.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"

#include "diagnostics/EndpointDoctor.h"
#include "ui/widgets/EndpointDoctorWidget.h"
#include "ui/widgets/WizardParts.h"
#include "ui/wizards/PrivateEndpointWizard.h"

#include "domain/EndpointAddress.h"
#include "domain/EndpointCommands.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

EndpointCheckPage::EndpointCheckPage(EndpointContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_doctor(new EndpointDoctorWidget(this))
    , m_commandIntro(WizardParts::textLabel(u"checkCommandIntro"_s, this))
    , m_command(new CommandBox(u"checkCommand"_s, tr("Check command"), 1, this))
    , m_troubleshooting(WizardParts::textLabel(u"checkTroubleshooting"_s, this))
{
    setObjectName(u"checkPage"_s);
    setTitle(tr("Check the connection"));
    setSubTitle(tr("Does the database answer through the endpoint? No password is needed."));
    auto *troubleshootingTitle = new QLabel(tr("<b>Troubleshooting</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_doctor);
    layout->addSpacing(8);
    layout->addWidget(m_commandIntro);
    layout->addWidget(m_command);
    layout->addSpacing(8);
    layout->addWidget(troubleshootingTitle);
    layout->addWidget(m_troubleshooting);
    layout->addStretch();
}

void EndpointCheckPage::initializePage()
{
    PrivateEndpointTarget t = m_context->target;
    if (!m_context->reachedHost.isEmpty())
        t.host = m_context->reachedHost;
    m_doctor->doctor()->setStandInLookup(m_context->standIns);
    m_doctor->setAddress(EndpointAddress{t.host, quint16(t.port), {}}.toString());
    m_commandIntro->setText(tr("This check runs from this computer, which is usually outside "
                               "the VPC. To check from a host inside it, run:"));
    m_command->setCommand(EndpointCommands::checkCommand(t));
    const ProviderUi *provider = ProviderUis::forCloud(t.provider);
    const ProviderWords words = provider ? provider->words() : ProviderWords{};
    QStringList items{
        tr("Cannot connect after enabling private DNS: the endpoint's security group must allow "
           "inbound access from your application on port %1 (%2).")
            .arg(QString::number(t.port), words.securityGroupWhere)};
    if (!words.endpointTrouble.isEmpty())
        items.append(words.endpointTrouble);
    m_troubleshooting->setText(u"• "_s + items.join(u"\n• "_s));
}

} // namespace plc
