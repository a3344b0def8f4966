#include "ui/wizards/ConfluentNetworkPage.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/ConfluentNameEditor.h"
#include "ui/wizards/ConfluentWizard.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

ConfluentNetworkPage::ConfluentNetworkPage(ConfluentContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_name(new ConfluentNameEditor(context->cluster.region.providerRegionCode(), {}, this))
{
    setObjectName(u"confluentNetworkPage"_s);
    setTitle(tr("Step 1. Set up a Confluent Cloud network"));
    setSubTitle(tr("Identify the Confluent Cloud network to use, or create one on AWS in "
                   "Confluent Cloud."));
    const QString region = context->cluster.region.providerRegionCode();
    const QString zones =
        context->zones.azIds.isEmpty() ? tr("(not loaded)") : context->zones.azIds.join(u", "_s);
    auto *requirements = WizardParts::textLabel(u"networkRequirements"_s, this);
    requirements->setText(
        tr("The network must be a PrivateLink network, in %1 like the cluster, with availability "
           "zones that overlap the cluster's: %2.")
            .arg(region, zones));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(requirements);
    layout->addSpacing(8);
    layout->addWidget(m_name);
    layout->addStretch();
    connect(m_name, &ConfluentNameEditor::changed, this, &QWizardPage::completeChanged);
}

bool ConfluentNetworkPage::isComplete() const
{
    return m_name->problem().isEmpty();
}

bool ConfluentNetworkPage::validatePage()
{
    m_context->uniqueName = m_name->uniqueName();
    return true;
}

} // namespace plc
