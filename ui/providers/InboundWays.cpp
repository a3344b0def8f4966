#include "ui/providers/InboundWays.h"

#include "ui/providers/InboundEndpointPanel.h"

#include "providers/Provider.h"
#include "providers/ProviderAccount.h"

#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

InboundWays::InboundWays(const QString &myself, QWidget *manual, QWidget *parent)
    : QWidget(parent)
    , m_fromConsole(new QRadioButton(this))
    , m_myself(new QRadioButton(myself, this))
    , m_panel(new InboundEndpointPanel(this))
    , m_manual(manual)
{
    m_fromConsole->setObjectName(u"inboundFromConsole"_s);
    m_myself->setObjectName(u"inboundMyself"_s);
    manual->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromConsole);
    layout->addWidget(m_myself);
    layout->addWidget(m_panel);
    layout->addWidget(m_manual);
    connect(m_fromConsole, &QRadioButton::toggled, this, [this] {
        showWay();
        Q_EMIT wayChanged();
    });
}

void InboundWays::prepare(ProviderAccount *account, const PrivateEndpointTarget &target)
{
    const bool usable = account && account->isConfigured() && account->makesInboundEndpoints();
    m_fromConsole->setEnabled(usable);
    m_fromConsole->setText(
        usable ? tr("Make it from the console, with %1").arg(account->description())
               : tr("Make it from the console (first choose the profile's account with this "
                    "provider)"));
    if (usable && (account->actingKey() != m_startedKey || !(target == m_startedTarget))) {
        // Another account or target (a custom target's port, zones or host too): read anew.
        m_startedKey = account->actingKey();
        m_startedTarget = target;
        m_panel->start(account, target);
    }
    // The way is chosen for the user once; after that it stays theirs.
    if (!usable || !m_wayChosen)
        (usable ? m_fromConsole : m_myself)->setChecked(true);
    m_wayChosen = usable;
    showWay();
}

bool InboundWays::fromConsole() const
{
    return m_fromConsole->isChecked();
}

QString InboundWays::reachedHost() const
{
    const auto endpoint = fromConsole() ? m_panel->endpoint() : std::nullopt;
    return endpoint && endpoint->phase == InboundEndpoint::Phase::Usable ? endpoint->host
                                                                         : QString();
}

void InboundWays::showWay()
{
    const bool live = m_fromConsole->isChecked();
    m_panel->setVisible(live);
    m_manual->setVisible(!live);
}

} // namespace plc
