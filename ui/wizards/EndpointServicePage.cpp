#include "ui/wizards/EndpointServicePage.h"

#include "providers/Provider.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/PrivateEndpointWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

EndpointServicePage::EndpointServicePage(EndpointContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_intro(WizardParts::textLabel(u"serviceIntro"_s, this))
    , m_zonesLabel(new QLabel(this))
    , m_service(new CopyField(u"serviceName"_s, tr("Service Name"), this))
    , m_zones(new CopyField(u"zoneIds"_s, tr("Availability Zone ID"), this))
    , m_region(new CopyField(u"regionId"_s, tr("Region ID"), this))
    , m_host(new CopyField(u"privateHost"_s, tr("Host"), this))
    , m_port(new CopyField(u"privatePort"_s, tr("Port"), this))
    , m_user(new CopyField(u"databaseUser"_s, tr("User"), this))
    , m_note(WizardParts::textLabel(u"serviceNote"_s, this))
{
    setObjectName(u"servicePage"_s);
    setTitle(tr("Private endpoint details"));
    auto *form = new QFormLayout;
    form->addRow(tr("Service Name:"), m_service);
    form->addRow(m_zonesLabel, m_zones);
    form->addRow(tr("Region ID:"), m_region);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("User:"), m_user);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_note);
    layout->addStretch();
}

void EndpointServicePage::initializePage()
{
    const PrivateEndpointTarget &t = m_context->target;
    const bool cluster = t.kind == PrivateEndpointTarget::Kind::Cluster;
    const ProviderUi *provider = ProviderUis::forCloud(t.provider);
    const ProviderWords words = provider ? provider->words() : ProviderWords{};
    setSubTitle(words.endpointSubTitle);
    const QString how = tr("Your application reaches the database through an interface endpoint "
                           "in your own VPC.");
    m_intro->setText(
        how + u' ' +
        (cluster ? tr("These are the private endpoint details of the cluster %1, as TiDB Cloud's "
                      "Connect dialog shows them with Connection Type: Private Endpoint. Take a "
                      "note of Service Name, Availability Zone ID and Region ID.")
                       .arg(t.name)
                 : tr("These are the details of %1 as you entered them.").arg(t.name)));
    m_zonesLabel->setText(words.zoneIdLabel);
    m_service->setValue(t.serviceName);
    m_zones->setValue(t.zoneIds.join(u", "_s));
    m_region->setValue(t.regionId);
    m_host->setValue(t.host);
    m_port->setValue(QString::number(t.port));
    m_user->setValue(t.user);
    QStringList notes;
    if (cluster)
        notes.append(tr("You only need to create one private endpoint per region: it is shared "
                        "by every Starter and Essential cluster in %1. If your VPC already has "
                        "one for this region, go on to Connect With.")
                         .arg(t.regionId));
    if (words.endpointNote.contains(u"%1"_s))
        notes.append(words.endpointNote.arg(t.regionId));
    else if (!words.endpointNote.isEmpty())
        notes.append(words.endpointNote);
    m_note->setText(notes.join(u"\n\n"_s));
}

int EndpointServicePage::nextId() const
{
    return PrivateEndpointWizard::providerPage(m_context->target.provider);
}

} // namespace plc
