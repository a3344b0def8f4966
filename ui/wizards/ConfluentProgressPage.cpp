#include "ui/wizards/ConfluentProgressPage.h"

#include "ui/widgets/MessageBar.h"
#include "ui/widgets/WizardParts.h"
#include "ui/wizards/ChangeFeedback.h"
#include "ui/wizards/ConfluentWizard.h"
#include "ui/wizards/ConnectionFollower.h"

#include "domain/DisplayNames.h"
#include "domain/RuleSentences.h"
#include "services/ChangeSenders.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

ConfluentProgressPage::ConfluentProgressPage(ConfluentContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_explanation(WizardParts::textLabel(u"confluentExplanation"_s, this))
{
    setObjectName(u"confluentProgressPage"_s);
    setTitle(tr("Progress"));
    setSubTitle(tr("The console carries out the remaining steps. You can close this window; the "
                   "table keeps showing the state, but the domains are attached only while it "
                   "is open."));
    setFinalPage(true);
    m_messageBar->setObjectName(u"confluentAttachMessageBar"_s);
    m_messageBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    for (int i = 0; i < 4; ++i) {
        auto *step = new QLabel(this);
        step->setObjectName(u"confluentStep%1"_s.arg(i));
        step->setWordWrap(true);
        step->setTextFormat(Qt::PlainText);
        layout->addWidget(step);
        m_steps.append(step);
    }
    layout->addSpacing(8);
    layout->addWidget(m_explanation);
    layout->addStretch();

    m_attach = ChangeSenders::attach(
        m_context->service,
        [this] {
            return ChangeSenders::Attach{m_context->cluster.clusterId,
                                         m_context->created->privateLinkConnectionId,
                                         DomainType::Confluent, m_context->uniqueName};
        },
        [this](const AttachDomain &group) { takeGroup(group); }, this);
    // The attach is a step of the run, not a commit button: Retry sends it at once.
    new ChangeFeedback(
        m_attach, m_messageBar, ChangeMessages::Change::Attach, [this] { m_attach->run(); }, this);
}

int ConfluentProgressPage::attachSendCount() const
{
    return m_attach->sendCount();
}

void ConfluentProgressPage::initializePage()
{
    if (!m_context->created || m_follower)
        return;
    m_follower = new ConnectionFollower(m_context->watcher, m_context->cluster.clusterId,
                                        m_context->created->privateLinkConnectionId, this);
    connect(m_follower, &ConnectionFollower::updated, this, &ConfluentProgressPage::onUpdated);
    connect(m_follower, &ConnectionFollower::gone, this, [this] {
        setStage(Stage::Failed, tr("The connection was deleted while this wizard was open."));
    });
    onUpdated(*m_context->created);
    m_follower->follow();
}

void ConfluentProgressPage::onUpdated(const PrivateLinkConnection &connection)
{
    m_context->created = connection;
    switch (connection.state.value) {
    case ConnectionState::Creating:
        setStage(Stage::Creating, tr("TiDB Cloud is creating its endpoint."));
        return;
    case ConnectionState::PendingAcceptance:
        setStage(Stage::AwaitingAcceptance,
                 tr("Confluent Cloud usually accepts within moments. If the connection stays "
                    "Pending acceptance, the VPC Service Endpoint may not be the one of this "
                    "network's PrivateLink Access; check it in Confluent Cloud."));
        return;
    case ConnectionState::Failed:
        setStage(Stage::Failed, RuleSentences::failure(connection));
        return;
    case ConnectionState::Active:
        break;
    case ConnectionState::Deleting:
    case ConnectionState::Unknown:
        setStage(Stage::Failed, tr("The connection is %1; the run stops here.")
                                    .arg(DisplayNames::connectionState(connection.state)));
        return;
    }
    if (!m_group) {
        // Sent once by itself; after a refusal only the user's Retry sends again.
        if (m_attach->sendCount() == 0 && !m_attach->isRunning())
            m_attach->run();
        setStage(Stage::Attaching,
                 tr("Attaching the Confluent domains of %1…").arg(m_context->uniqueName));
        return;
    }
    for (const AttachDomain &group : connection.attachedDomains.value_or(QList<AttachDomain>{})) {
        if (group.attachDomainId == m_group->attachDomainId)
            m_group = group;
    }
    QStringList lines;
    bool allActive = !m_group->domains.isEmpty();
    for (const Domain &domain : m_group->domains) {
        lines.append(u"%1 — %2"_s.arg(domain.name, DisplayNames::domainState(domain.state)));
        allActive = allActive && domain.state == "ACTIVE"_L1;
    }
    if (allActive) {
        setStage(Stage::Done,
                 tr("Done. TiDB Cloud dataflow such as changefeeds now reaches the Confluent "
                    "Cloud Dedicated cluster through %1. Use its bootstrap server as usual.")
                         .arg(connection.displayName) +
                     u"\n\n"_s + lines.join(u'\n'));
    } else {
        setStage(Stage::DomainsCreating, lines.join(u'\n'));
    }
}

void ConfluentProgressPage::takeGroup(const AttachDomain &group)
{
    m_group = group;
    // The connection was settled when the attach went out; follow its new domains.
    m_follower->follow();
}

bool ConfluentProgressPage::isComplete() const
{
    return !isRunning();
}

void ConfluentProgressPage::setStage(Stage stage, const QString &explanation)
{
    m_stage = stage;
    Q_EMIT completeChanged();
    const QStringList names{
        tr("Create the private link connection"),
        tr("Confluent Cloud accepts the connection request (automatically)"),
        tr("Attach the Confluent domains"),
        tr("The domains become Active"),
    };
    // Which step is under way; the ones before it are done.
    int current = 0;
    switch (stage) {
    case Stage::Creating:
        current = 0;
        break;
    case Stage::AwaitingAcceptance:
        current = 1;
        break;
    case Stage::Attaching:
        current = 2;
        break;
    case Stage::DomainsCreating:
        current = 3;
        break;
    case Stage::Done:
        current = 4;
        break;
    case Stage::Failed:
        current = m_group ? 3 : (m_context->created ? 1 : 0);
        break;
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        const QString mark = i < current                              ? u"✓"_s
                             : i == current && stage == Stage::Failed ? u"✗"_s
                             : i == current                           ? u"…"_s
                                                                      : u"○"_s;
        m_steps[i]->setText(u"%1  %2"_s.arg(mark, names[i]));
    }
    m_explanation->setText(explanation);
}

} // namespace plc
