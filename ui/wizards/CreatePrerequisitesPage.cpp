#include "ui/wizards/CreatePrerequisitesPage.h"

#include "providers/Provider.h"
#include "providers/ProviderAccount.h"
#include "ui/providers/ProviderUi.h"
#include "ui/widgets/AccountZonesBar.h"
#include "ui/widgets/MessageBar.h"
#include "ui/wizards/CreateConnectionWizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

CreatePrerequisitesPage::CreatePrerequisitesPage(CreateContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_accountBar(new AccountZonesBar(this))
    , m_messageBar(new MessageBar(this))
{
    setObjectName(u"prerequisitesPage"_s);
    const ProviderUi *provider = context->provider();
    const ProviderWords words = provider ? provider->words() : ProviderWords{};
    setTitle(tr("Before you create the connection"));
    setSubTitle(tr("Set up the endpoint service on the %1 side first; TiDB Cloud connects to it "
                   "from the account and zones below.")
                    .arg(provider ? provider->core().name() : QString()));
    const QString region = context->cluster.region.providerRegionCode();
    const QStringList items{
        tr("The endpoint service is in the cluster's region, %1 (or, on AWS, you know its "
           "region for a cross-region connection).")
            .arg(region),
        words.allowListItem,
        tr("The endpoint service has at least one availability zone in common with the "
           "cluster's zones above.")};
    auto *checklist = new QVBoxLayout;
    for (int i = 0; i < items.size(); ++i) {
        // A QCheckBox does not wrap its text: the item is a label beside the box.
        auto *check = new QCheckBox(this);
        check->setObjectName(u"prerequisite%1"_s.arg(i));
        check->setAccessibleName(items[i]);
        auto *label = new QLabel(items[i], this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // the cluster's region, from the server
        label->setBuddy(check);
        auto *row = new QHBoxLayout;
        row->addWidget(check, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        checklist->addLayout(row);
        m_checks.append(check);
        connect(check, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }
    // With the provider's account the console checks these on the provider itself, after
    // the details.
    const bool live = context->checksProviderSide();
    for (QCheckBox *check : std::as_const(m_checks))
        check->setVisible(!live);
    const ProviderAccount *account = context->checkingAccount();
    auto *checkTitle = new QLabel(
        account ? words.checkedLive.arg(account->description()) : tr("Check each item:"), this);
    checkTitle->setObjectName(u"checklistTitle"_s);
    checkTitle->setWordWrap(true);
    checkTitle->setTextFormat(Qt::PlainText); // the account's description names a profile
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_accountBar);
    layout->addSpacing(8);
    layout->addWidget(checkTitle);
    layout->addLayout(checklist);
    layout->addStretch();

    connect(m_messageBar, &MessageBar::retryRequested, this, &CreatePrerequisitesPage::loadZones);
    connect(m_accountBar, &AccountZonesBar::loaded, this,
            [this](const AvailabilityZones &zones) { m_context->zones = zones; });
    connect(m_accountBar, &AccountZonesBar::loadFailed, this, [this](const QString &message) {
        m_messageBar->showMessage(MessageBar::Kind::Error, message, true);
    });
}

void CreatePrerequisitesPage::initializePage()
{
    if (m_context->zones.accountId.isEmpty())
        loadZones();
    showZones();
}

void CreatePrerequisitesPage::loadZones()
{
    m_messageBar->hide();
    m_accountBar->load(m_context->service, m_context->cluster.clusterId);
}

void CreatePrerequisitesPage::showZones()
{
    m_accountBar->setZones(m_context->zones);
}

bool CreatePrerequisitesPage::isComplete() const
{
    if (m_context->checksProviderSide())
        return true;
    return std::all_of(m_checks.begin(), m_checks.end(),
                       [](const QCheckBox *check) { return check->isChecked(); });
}

} // namespace plc
