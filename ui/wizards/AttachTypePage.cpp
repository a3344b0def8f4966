#include "ui/wizards/AttachTypePage.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/AttachDomainsWizard.h"
#include "ui/wizards/ConfluentNameEditor.h"

#include "domain/ConnectionRules.h"
#include "domain/DisplayNames.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QStringList attachedUniqueNames(const PrivateLinkConnection &connection, DomainType type)
{
    QStringList names;
    for (const AttachDomain &group : connection.attachedDomains.value_or(QList<AttachDomain>{})) {
        if (group.type.value == type)
            names.append(group.uniqueName);
    }
    return names;
}
} // namespace

AttachTypePage::AttachTypePage(AttachContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_types(new QButtonGroup(this))
{
    setObjectName(u"attachTypePage"_s);
    setTitle(tr("Domain type"));
    setSubTitle(tr("Traffic from TiDB Cloud dataflow to the attached domains goes through %1. "
                   "Choose the kind of domains.")
                    .arg(context->connection.displayName));
    auto *layout = new QVBoxLayout(this);
    const PrivateLinkConnection &connection = context->connection;
    const QList<DomainType> supported = ConnectionRules::domainTypesFor(connection.type.value);
    for (const DomainType type : supported) {
        auto *radio = new QRadioButton(DisplayNames::domainType({type, enumToApi(type)}), this);
        radio->setObjectName(type == DomainType::Confluent ? u"confluentRadio"_s
                                                           : u"managedRadio"_s);
        m_types->addButton(radio, int(type));
        layout->addWidget(radio);
        auto *about = WizardParts::textLabel(radio->objectName() + u"About"_s, this);
        about->setIndent(24);
        if (type == DomainType::TidbCloudManaged) {
            about->setText(tr("TiDB Cloud generates the domains, one per availability zone, "
                              "for example *.use1-az1.<unique name>.aws.plc.tidbcloud.com. The "
                              "dry run on the next page shows the unique name and every "
                              "domain."));
        } else {
            about->setText(tr("The domains of a Confluent Cloud Dedicated cluster's network, "
                              "*.<unique name>.aws.confluent.cloud and one per zone. Enter the "
                              "network's unique name:"));
        }
        layout->addWidget(about);
        if (type == DomainType::Confluent) {
            m_confluent = new ConfluentNameEditor(
                context->cluster.region.providerRegionCode(),
                attachedUniqueNames(connection, DomainType::Confluent), this);
            m_confluent->setContentsMargins(24, 0, 0, 0);
            layout->addWidget(m_confluent);
            connect(m_confluent, &ConfluentNameEditor::changed, this,
                    &QWizardPage::completeChanged);
        }
    }
    if (!supported.contains(DomainType::Confluent)) {
        auto *why = WizardParts::textLabel(u"confluentUnavailable"_s, this);
        why->setText(tr("Confluent Cloud domains can be attached only to an AWS Endpoint Service "
                        "connection; this one is %1.")
                         .arg(DisplayNames::connectionType(connection.type)));
        layout->addWidget(why);
    }
    if (!m_types->buttons().isEmpty())
        m_types->buttons().constFirst()->setChecked(true);
    connect(m_types, &QButtonGroup::idToggled, this, [this] {
        if (m_confluent)
            m_confluent->setEnabled(selectedType() == DomainType::Confluent);
        Q_EMIT completeChanged();
    });
    if (m_confluent)
        m_confluent->setEnabled(selectedType() == DomainType::Confluent);
    layout->addStretch();
}

DomainType AttachTypePage::selectedType() const
{
    return m_types->checkedId() < 0 ? DomainType::Unknown : DomainType(m_types->checkedId());
}

bool AttachTypePage::isComplete() const
{
    switch (selectedType()) {
    case DomainType::TidbCloudManaged:
        return true;
    case DomainType::Confluent:
        return m_confluent && m_confluent->problem().isEmpty();
    case DomainType::Unknown:
        break;
    }
    return false;
}

bool AttachTypePage::validatePage()
{
    m_context->type = selectedType();
    m_context->uniqueName =
        m_context->type == DomainType::Confluent ? m_confluent->uniqueName() : QString();
    return true;
}

} // namespace plc
