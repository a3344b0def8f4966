#include "ui/wizards/DomainsProgressPage.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/ConnectionFollower.h"

#include "domain/DisplayNames.h"
#include "models/TextFilterProxy.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

DomainsProgressPage::DomainsProgressPage(Watcher *watcher, const QString &clusterId,
                                         const QString &connectionId, QWidget *parent)
    : QWizardPage(parent)
    , m_follower(new ConnectionFollower(watcher, clusterId, connectionId, this))
    , m_state(new QLabel(this))
    , m_explanation(WizardParts::textLabel(u"domainsExplanation"_s, this))
    , m_domains(new QTableWidget(0, 2, this))
{
    setObjectName(u"domainsProgressPage"_s);
    setTitle(tr("Progress"));
    setSubTitle(tr("The console follows the domains until they are Active. You can close this "
                   "window; the details pane keeps showing their state."));
    setFinalPage(true);
    m_state->setObjectName(u"domainsState"_s);
    m_state->setTextFormat(Qt::PlainText);
    QFont big = m_state->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_state->setFont(big);
    m_domains->setObjectName(u"progressDomains"_s);
    m_domains->setAccessibleName(tr("Attached domains and their states"));
    m_domains->setHorizontalHeaderLabels({tr("Domain"), tr("State")});
    m_domains->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_domains->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_domains->verticalHeader()->hide();
    m_domains->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_domains->setTabKeyNavigation(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_explanation);
    layout->addWidget(m_domains, 1);
    connect(m_follower, &ConnectionFollower::updated, this, &DomainsProgressPage::onUpdated);
    connect(m_follower, &ConnectionFollower::gone, this, [this] {
        m_state->setText(tr("The private link connection no longer exists."));
        m_explanation->setText(tr("It was deleted while this wizard was open; its domains "
                                  "went with it."));
    });
}

void DomainsProgressPage::setGroup(const AttachDomain &group)
{
    m_group = group;
    show();
    m_follower->follow();
}

void DomainsProgressPage::onUpdated(const PrivateLinkConnection &connection)
{
    if (!m_group || !connection.attachedDomains)
        return;
    for (const AttachDomain &group : *connection.attachedDomains) {
        if (group.attachDomainId == m_group->attachDomainId) {
            m_group = group;
            show();
            return;
        }
    }
}

bool DomainsProgressPage::allActive() const
{
    return m_group && !m_group->domains.isEmpty() &&
           std::all_of(m_group->domains.begin(), m_group->domains.end(),
                       [](const Domain &d) { return d.state == "ACTIVE"_L1; });
}

void DomainsProgressPage::show()
{
    const AttachDomain &group = *m_group;
    m_domains->setRowCount(int(group.domains.size()));
    int failed = 0;
    for (int row = 0; row < group.domains.size(); ++row) {
        const Domain &domain = group.domains[row];
        failed += domain.state == "FAILED"_L1 ? 1 : 0;
        m_domains->setItem(row, 0, new QTableWidgetItem(domain.name));
        auto *state = new QTableWidgetItem(DisplayNames::domainState(domain.state));
        state->setToolTip(TextFilterProxy::plainToolTip(domain.message));
        m_domains->setItem(row, 1, state);
    }
    const int count = int(group.domains.size());
    if (allActive()) {
        m_state->setText(tr("All %n domain(s) are Active.", nullptr, count));
        m_explanation->setText(
            group.type.value == DomainType::Confluent
                ? tr("TiDB Cloud dataflow such as changefeeds now reaches the Confluent Cloud "
                     "Dedicated cluster of network %1 through this private link connection. "
                     "Use the cluster's bootstrap server as usual.")
                      .arg(group.uniqueName)
                : tr("TiDB Cloud dataflow now resolves these domains through this private link "
                     "connection. Configure your service to announce addresses under them (for "
                     "Kafka, the advertised listeners), then create the changefeed."));
    } else if (failed > 0) {
        m_state->setText(tr("%n domain(s) failed.", nullptr, failed));
        m_explanation->setText(tr("The state's tooltip shows the server's message. Detach the "
                                  "domains and attach them again, or contact TiDB Cloud Support "
                                  "with the attach domain ID %1.")
                                   .arg(group.attachDomainId));
    } else {
        m_state->setText(tr("Attaching %n domain(s)…", nullptr, count));
        m_explanation->setText(tr("Attach domain ID: %1. The domains become Active within a "
                                  "few minutes.")
                                   .arg(group.attachDomainId));
    }
}

} // namespace plc
