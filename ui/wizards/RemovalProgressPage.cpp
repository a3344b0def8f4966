#include "ui/wizards/RemovalProgressPage.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/ConnectionFollower.h"

#include "domain/DisplayNames.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

RemovalProgressPage::RemovalProgressPage(What what, Watcher *watcher, const QString &clusterId,
                                         const QString &connectionId, QWidget *parent)
    : QWizardPage(parent)
    , m_what(what)
    , m_follower(new ConnectionFollower(watcher, clusterId, connectionId, this))
    , m_state(new QLabel(this))
    , m_explanation(WizardParts::textLabel(u"removalExplanation"_s, this))
{
    setObjectName(u"removalProgressPage"_s);
    setTitle(tr("Progress"));
    setSubTitle(tr("The console follows the change until it is complete. You can close this "
                   "window; the table keeps showing the state."));
    setFinalPage(true);
    m_state->setObjectName(u"removalState"_s);
    m_state->setTextFormat(Qt::PlainText);
    QFont big = m_state->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_state->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_explanation);
    layout->addStretch();
    connect(m_follower, &ConnectionFollower::updated, this, &RemovalProgressPage::onUpdated);
    connect(m_follower, &ConnectionFollower::gone, this, &RemovalProgressPage::showRemoved);
}

void RemovalProgressPage::start(const QString &attachDomainId)
{
    m_attachDomainId = attachDomainId;
    m_removed = false;
    if (m_what == What::DomainGroup) {
        m_state->setText(tr("Detaching the domains…"));
        m_explanation->setText(tr("Attach domain ID: %1. The domains are removed within a few "
                                  "minutes.")
                                   .arg(attachDomainId));
    } else {
        m_state->setText(tr("Deleting the private link connection…"));
        m_explanation->setText(tr("TiDB Cloud removes its endpoint. The connection stays in the "
                                  "table as Deleting until it is gone."));
    }
    m_follower->follow();
}

void RemovalProgressPage::onUpdated(const PrivateLinkConnection &connection)
{
    if (m_removed)
        return;
    if (m_what == What::Connection) {
        m_state->setText(tr("State: %1").arg(DisplayNames::connectionState(connection.state)));
        return;
    }
    if (!connection.attachedDomains)
        return;
    for (const AttachDomain &group : *connection.attachedDomains) {
        if (group.attachDomainId == m_attachDomainId) {
            QStringList states;
            for (const Domain &domain : group.domains)
                states.append(DisplayNames::domainState(domain.state));
            states.removeDuplicates();
            m_state->setText(tr("Detaching the domains… (%1)").arg(states.join(u", "_s)));
            return;
        }
    }
    showRemoved();
}

void RemovalProgressPage::showRemoved()
{
    m_removed = true;
    if (m_what == What::DomainGroup) {
        m_state->setText(tr("The domains are detached."));
        m_explanation->setText(tr("They no longer resolve through this private link "
                                  "connection. Attach Domains adds them again."));
    } else {
        m_state->setText(tr("The private link connection is deleted."));
        m_explanation->setText(tr("If nothing else uses the endpoint service, you can remove "
                                  "TiDB Cloud's account from its Allow principals (AWS) or "
                                  "Service Whitelist (Alibaba Cloud)."));
    }
}

} // namespace plc
