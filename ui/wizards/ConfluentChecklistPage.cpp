#include "ui/wizards/ConfluentChecklistPage.h"

#include "ui/widgets/AccountZonesBar.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/WizardParts.h"
#include "ui/wizards/ConfluentWizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

ConfluentChecklistPage::ConfluentChecklistPage(Step step, ConfluentContext *context,
                                               QWidget *parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_context(context)
    , m_steps(WizardParts::textLabel(u"confluentSteps"_s, this))
    , m_done(new QCheckBox(this))
{
    auto *layout = new QVBoxLayout(this);
    QString doneText;
    if (step == Step::PrivateLinkAccess) {
        setObjectName(u"confluentAccessPage"_s);
        setTitle(tr("Step 2. Add a PrivateLink Access to the network"));
        setSubTitle(tr("In Confluent Cloud, add a PrivateLink Access to the network with TiDB "
                       "Cloud's AWS account ID."));
        m_steps->setText(tr("Give the PrivateLink Access the TiDB Cloud AWS account ID below. "
                            "Confluent Cloud then shows a VPC Service Endpoint, in the form "
                            "com.amazonaws.vpce.<region>.vpce-svc-xxxxxxxxxxxxxxxxx; keep it for "
                            "step 4."));
        m_messageBar = new MessageBar(this);
        m_messageBar->hide();
        m_accountBar = new AccountZonesBar(this);
        m_accountBar->setZones(context->zones);
        layout->addWidget(m_messageBar);
        layout->addWidget(m_accountBar);
        connect(m_accountBar, &AccountZonesBar::loaded, this,
                [this](const AvailabilityZones &zones) { m_context->zones = zones; });
        connect(m_accountBar, &AccountZonesBar::loadFailed, this, [this](const QString &message) {
            m_messageBar->showMessage(MessageBar::Kind::Error, message, true);
        });
        connect(m_messageBar, &MessageBar::retryRequested, this, [this] {
            m_messageBar->hide();
            m_accountBar->load(m_context->service, m_context->cluster.clusterId);
        });
        doneText = tr("I added the PrivateLink Access and saved its VPC Service Endpoint.");
    } else {
        setObjectName(u"confluentClusterPage"_s);
        setTitle(tr("Step 3. Create a Confluent Cloud Dedicated cluster under the network"));
        setSubTitle(tr("Only Confluent Cloud Dedicated clusters support private link "
                       "connections."));
        // The network's name comes from step 1: initializePage() writes the steps.
        doneText = tr("The Dedicated cluster is created in this network.");
    }
    m_done->setObjectName(u"stepDone"_s);
    m_done->setAccessibleName(doneText);
    auto *doneLabel = new QLabel(doneText, this);
    doneLabel->setWordWrap(true);
    doneLabel->setBuddy(m_done);
    auto *row = new QHBoxLayout;
    row->addWidget(m_done, 0, Qt::AlignTop);
    row->addWidget(doneLabel, 1);
    layout->addWidget(m_steps);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addStretch();
    connect(m_done, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void ConfluentChecklistPage::initializePage()
{
    if (m_step == Step::DedicatedCluster) {
        m_steps->setText(tr("In Confluent Cloud, create the Dedicated cluster and choose the "
                            "existing network %1 from step 1 for it.")
                             .arg(m_context->uniqueName));
    } else if (m_context->zones.accountId.isEmpty()) {
        m_accountBar->load(m_context->service, m_context->cluster.clusterId);
    }
}

bool ConfluentChecklistPage::isComplete() const
{
    return m_done->isChecked();
}

} // namespace plc
