#include "CreatePrerequisitesPage.h"

#include "CreateConnectionWizard.h"
#include "MessageBar.h"

#include "services/PrivateLinkService.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QWidget *withCopy(QLabel *label, QToolButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    layout->addWidget(button);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return row;
}
} // namespace

CreatePrerequisitesPage::CreatePrerequisitesPage(CreateContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_account(new QLabel(this))
    , m_zones(new QLabel(this))
    , m_copyAccount(new QToolButton(this))
    , m_copyZones(new QToolButton(this))
    , m_messageBar(new MessageBar(this))
{
    setObjectName(u"prerequisitesPage"_s);
    const bool aws = context->cluster.region.cloudProvider.value == CloudProvider::Aws;
    setTitle(tr("Before you create the connection"));
    setSubTitle(tr("Set up the endpoint service on the %1 side first; TiDB Cloud connects to it "
                   "from the account and zones below.")
                    .arg(aws ? tr("AWS") : tr("Alibaba Cloud")));
    m_account->setObjectName(u"prerequisiteAccount"_s);
    m_zones->setObjectName(u"prerequisiteZones"_s);
    m_copyAccount->setText(tr("Copy"));
    m_copyAccount->setToolTip(tr("Copy the account ID"));
    m_copyZones->setText(tr("Copy"));
    m_copyZones->setToolTip(tr("Copy the availability zones"));
    auto *form = new QFormLayout;
    form->addRow(tr("TiDB Cloud account ID:"), withCopy(m_account, m_copyAccount, this));
    form->addRow(tr("Availability zones:"), withCopy(m_zones, m_copyZones, this));

    const QString region = context->cluster.region.providerRegionCode();
    const QStringList items{
        tr("The endpoint service is in the cluster's region, %1 (or, on AWS, you know its "
           "region for a cross-region connection).")
            .arg(region),
        aws ? tr("TiDB Cloud's account (arn:aws:iam::<account ID>:root) is in the endpoint "
                 "service's Allow principals list.")
            : tr("TiDB Cloud's account ID is in the endpoint service's Service Whitelist."),
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
        label->setBuddy(check);
        auto *row = new QHBoxLayout;
        row->addWidget(check, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        checklist->addLayout(row);
        m_checks.append(check);
        connect(check, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }
    auto *checkTitle = new QLabel(tr("Check each item:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(checkTitle);
    layout->addLayout(checklist);
    layout->addStretch();

    connect(m_copyAccount, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_context->zones.accountId); });
    connect(m_copyZones, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_context->zones.azIds.join(u", "_s));
    });
    connect(m_messageBar, &MessageBar::retryRequested, this, &CreatePrerequisitesPage::loadZones);
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
    auto *job = m_context->service->availabilityZones(m_context->cluster.clusterId);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->succeeded()) {
            m_messageBar->showMessage(MessageBar::Kind::Error, job->error().userMessage(), true);
            return;
        }
        m_context->zones = job->value();
        showZones();
    });
}

void CreatePrerequisitesPage::showZones()
{
    const AvailabilityZones &zones = m_context->zones;
    m_account->setText(zones.accountId.isEmpty() ? tr("loading…") : zones.accountId);
    m_zones->setText(zones.azIds.isEmpty() ? tr("loading…") : zones.azIds.join(u", "_s));
    m_copyAccount->setEnabled(!zones.accountId.isEmpty());
    m_copyZones->setEnabled(!zones.azIds.isEmpty());
}

bool CreatePrerequisitesPage::isComplete() const
{
    return std::all_of(m_checks.begin(), m_checks.end(),
                       [](const QCheckBox *check) { return check->isChecked(); });
}

} // namespace plc
