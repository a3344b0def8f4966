#include "ui/wizards/DetachPickPage.h"

#include "ui/widgets/MessageBar.h"
#include "ui/widgets/WizardParts.h"
#include "ui/wizards/DetachDomainsWizard.h"

#include "domain/DisplayNames.h"
#include "services/PrivateLinkService.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

DetachPickPage::DetachPickPage(DetachContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_groups(new QListWidget(this))
    , m_domains(WizardParts::textLabel(u"pickedDomains"_s, this))
{
    setObjectName(u"detachPickPage"_s);
    setTitle(tr("Attached domains"));
    setSubTitle(
        tr("Pick the domain group to detach from %1.").arg(context->connection.displayName));
    m_messageBar->setObjectName(u"detachPickMessageBar"_s);
    m_messageBar->hide();
    m_groups->setObjectName(u"domainGroups"_s);
    m_groups->setAccessibleName(tr("Attached domain groups"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_groups, 1);
    layout->addWidget(m_domains);
    connect(m_messageBar, &MessageBar::retryRequested, this, &DetachPickPage::load);
    connect(m_groups, &QListWidget::currentRowChanged, this, &DetachPickPage::showPicked);
}

void DetachPickPage::initializePage()
{
    fill();
    load();
}

void DetachPickPage::load()
{
    m_messageBar->showMessage(MessageBar::Kind::Information, tr("Reading the attached domains…"),
                              false);
    auto *job = m_context->service->getConnection(m_context->cluster.clusterId,
                                                  m_context->connection.privateLinkConnectionId);
    job->onFinished(
        this,
        [this](const PrivateLinkConnection &connection) {
            m_messageBar->hide();
            m_context->connection = connection;
            fill();
        },
        [this](const ApiError &error) {
            // The groups shown (if any) are the last ones read; they stay.
            m_messageBar->showMessage(MessageBar::Kind::Error, error.userMessage(), true);
        });
}

void DetachPickPage::fill()
{
    const QString current = picked() ? picked()->attachDomainId : m_context->preselectedId;
    m_groups->clear();
    const auto groups = m_context->connection.attachedDomains.value_or(QList<AttachDomain>{});
    for (const AttachDomain &group : groups) {
        auto *item =
            new QListWidgetItem(tr("%1 · %2 · %n domain(s)", nullptr, int(group.domains.size()))
                                    .arg(DisplayNames::domainType(group.type), group.uniqueName) +
                                u"\n"_s + tr("Attach domain ID: %1").arg(group.attachDomainId));
        item->setData(Qt::UserRole, group.attachDomainId);
        m_groups->addItem(item);
        if (group.attachDomainId == current || groups.size() == 1)
            m_groups->setCurrentItem(item);
    }
    if (groups.isEmpty() && m_context->connection.attachedDomains)
        m_domains->setText(tr("This private link connection has no attached domains."));
    showPicked();
}

const AttachDomain *DetachPickPage::picked() const
{
    const QListWidgetItem *item = m_groups->currentItem();
    if (!item || !m_context->connection.attachedDomains)
        return nullptr;
    const QString id = item->data(Qt::UserRole).toString();
    for (const AttachDomain &group : *m_context->connection.attachedDomains) {
        if (group.attachDomainId == id)
            return &group;
    }
    return nullptr;
}

void DetachPickPage::showPicked()
{
    if (const AttachDomain *group = picked()) {
        QStringList names;
        for (const Domain &domain : group->domains)
            names.append(domain.name);
        m_domains->setText(tr("Domains in this group:") + u"\n"_s + names.join(u'\n'));
    }
    Q_EMIT completeChanged();
}

bool DetachPickPage::isComplete() const
{
    return picked() != nullptr;
}

bool DetachPickPage::validatePage()
{
    m_context->group = *picked();
    return true;
}

} // namespace plc
