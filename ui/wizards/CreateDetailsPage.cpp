#include "ui/wizards/CreateDetailsPage.h"

#include "providers/Provider.h"
#include "ui/providers/ProviderUi.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/CreateConnectionWizard.h"

#include "domain/ConnectionInput.h"
#include "domain/ConnectionRules.h"
#include "domain/DisplayNames.h"
#include "domain/EndpointServiceName.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

CreateDetailsPage::CreateDetailsPage(CreateContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_name(new QLineEdit(this))
    , m_nameProblem(WizardParts::problemLabel(u"nameProblem"_s, this))
    , m_type(new QComboBox(this))
    , m_typeNote(new QLabel(this))
    , m_service(new QLineEdit(this))
    , m_serviceProblem(WizardParts::problemLabel(u"serviceProblem"_s, this))
    , m_region(new QLineEdit(this))
    , m_regionProblem(WizardParts::problemLabel(u"regionProblem"_s, this))
{
    setObjectName(u"detailsPage"_s);
    setTitle(tr("Connection details"));
    setSubTitle(tr("Name the connection and enter the endpoint service it connects to."));
    m_name->setObjectName(u"displayNameEdit"_s);
    m_name->setMaxLength(ConnectionInput::MaxDisplayNameLength + 16); // the rule says why
    m_service->setObjectName(u"endpointServiceEdit"_s);
    m_region->setObjectName(u"serviceRegionEdit"_s);
    m_type->setObjectName(u"connectionTypeCombo"_s);
    m_typeNote->setObjectName(u"connectionTypeNote"_s);
    m_typeNote->setWordWrap(true);

    const ConnectionType type =
        ConnectionRules::connectionTypeFor(context->cluster.region.cloudProvider.value);
    const ProviderUi *provider = context->provider();
    const ProviderWords words = provider ? provider->words() : ProviderWords{};
    const bool crossRegion = provider && provider->core().crossRegionServices();
    m_type->addItem(DisplayNames::connectionType({type, enumToApi(type)}));
    m_typeNote->setText(words.connectionType);
    m_service->setPlaceholderText(
        words.serviceNameExample.arg(context->cluster.region.providerRegionCode()));
    m_region->setPlaceholderText(
        tr("empty: the cluster's region (%1)").arg(context->cluster.region.providerRegionCode()));
    m_name->setAccessibleName(tr("Private Link Connection Name"));
    m_service->setAccessibleName(tr("Endpoint Service Name"));
    m_region->setAccessibleName(tr("Endpoint service region"));
    m_type->setAccessibleName(tr("Connection Type"));

    auto *form = new QFormLayout;
    form->addRow(tr("Private Link Connection Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("Connection Type:"), m_type);
    form->addRow(QString(), m_typeNote);
    form->addRow(tr("Endpoint Service Name:"), m_service);
    form->addRow(QString(), m_serviceProblem);
    if (crossRegion) {
        form->addRow(tr("Endpoint service region (cross-region only):"), m_region);
        form->addRow(QString(), m_regionProblem);
    } else {
        m_region->hide();
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    registerField(u"displayName"_s, m_name);
    registerField(u"endpointServiceName"_s, m_service);
    registerField(u"serviceRegion"_s, m_region);
    for (QLineEdit *edit : {m_name, m_service, m_region})
        connect(edit, &QLineEdit::textChanged, this, &CreateDetailsPage::check);
}

QString CreateDetailsPage::nameProblem() const
{
    return ConnectionInput::displayNameProblem(m_name->text(), m_context->takenNames);
}

QString CreateDetailsPage::serviceProblem() const
{
    return ConnectionInput::endpointServiceProblem(
        m_service->text(), m_context->cluster.region.cloudProvider.value,
        m_context->cluster.region.providerRegionCode(),
        m_region->isHidden() ? QString() : m_region->text());
}

QString CreateDetailsPage::regionProblem() const
{
    return m_region->isHidden()
               ? QString()
               : ConnectionInput::serviceRegionProblem(
                     m_region->text(), m_context->cluster.region.providerRegionCode());
}

void CreateDetailsPage::check()
{
    // A field says nothing until the user has typed in it: an empty form is not an error.
    using WizardParts::showProblem;
    showProblem(m_nameProblem, m_name, nameProblem());
    showProblem(m_serviceProblem, m_service, serviceProblem());
    showProblem(m_regionProblem, m_region, regionProblem());
    Q_EMIT completeChanged();
}

bool CreateDetailsPage::isComplete() const
{
    return nameProblem().isEmpty() && serviceProblem().isEmpty() && regionProblem().isEmpty();
}

} // namespace plc
