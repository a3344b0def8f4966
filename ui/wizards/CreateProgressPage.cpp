#include "ui/wizards/CreateProgressPage.h"

#include "ui/providers/ProviderSideDialogs.h"

#include "ui/widgets/WizardParts.h"
#include "ui/wizards/ConnectionFollower.h"
#include "ui/wizards/CreateConnectionWizard.h"

#include "domain/DisplayNames.h"
#include "domain/RuleSentences.h"
#include "models/ConnectionTableModel.h"
#include "providers/Provider.h"
#include "providers/ProviderAccount.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

CreateProgressPage::CreateProgressPage(CreateContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_state(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_command(new CommandBox(u"acceptCommand"_s, tr("Equivalent CLI command"), 5, this))
    , m_open(new QPushButton(tr("Open in Provider Console"), this))
    , m_side(new QPushButton(this))
{
    m_side->setObjectName(u"providerSideAction"_s);
    m_side->hide();
    connect(m_side, &QPushButton::clicked, this, &CreateProgressPage::actOnProviderSide);
    setObjectName(u"progressPage"_s);
    setTitle(tr("Progress"));
    setSubTitle(tr("The console follows the connection until it is ready. You can close this "
                   "window; the table keeps showing its state."));
    setFinalPage(true);
    m_state->setObjectName(u"progressState"_s);
    // Both carry the server's words (a state it spelled, a failure message, names): text.
    m_state->setTextFormat(Qt::PlainText);
    QFont big = m_state->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_state->setFont(big);
    m_explanation->setObjectName(u"progressExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_open->setObjectName(u"openProviderConsole"_s);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_context->created)
            return;
        const ProviderUi *provider = ProviderUis::forType(m_context->created->type.value);
        const QUrl url =
            provider ? provider->core().endpointServicePage(m_context->created->endpointService)
                     : QUrl();
        if (url.isValid())
            QDesktopServices::openUrl(url);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_side);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_explanation);
    layout->addWidget(m_command);
    layout->addLayout(buttons);
    layout->addStretch();
}

void CreateProgressPage::initializePage()
{
    if (!m_context->created)
        return;
    const PrivateLinkConnection &created = *m_context->created;
    if (!m_follower) {
        m_follower = new ConnectionFollower(m_context->watcher, m_context->cluster.clusterId,
                                            created.privateLinkConnectionId, this);
        connect(m_follower, &ConnectionFollower::updated, this, &CreateProgressPage::show);
        connect(m_follower, &ConnectionFollower::gone, this, [this] {
            m_state->setText(tr("The connection no longer exists."));
            m_explanation->setText(tr("It was deleted while this wizard was open."));
        });
    }
    show(created);
    m_follower->follow();
}

void CreateProgressPage::show(const PrivateLinkConnection &connection)
{
    m_context->created = connection;
    m_shownState = connection.state.value;
    m_state->setText(tr("State: %1").arg(DisplayNames::connectionState(connection.state)));
    QPalette palette = m_state->palette();
    palette.setColor(QPalette::WindowText, ConnectionTableModel::stateColor(m_shownState));
    m_state->setPalette(palette);
    const ProviderUi *provider = ProviderUis::forType(connection.type.value);
    const ProviderWords words = provider ? provider->words() : ProviderWords{};
    // The command acts with the account the window acts with (none: the CLI's defaults).
    const ProviderAccount *account = m_context->accounts.forType(connection.type.value);
    const QString accept =
        provider ? provider->core().acceptCommand(connection.endpointService,
                                                  account ? account->cliAccount() : CliAccount())
                 : QString();
    QString text;
    switch (m_shownState) {
    case ConnectionState::Creating:
        text = tr("TiDB Cloud is creating its endpoint and sending the connection request to "
                  "%1.")
                   .arg(connection.endpointService.name);
        break;
    case ConnectionState::PendingAcceptance:
        text = RuleSentences::nextStep(connection, m_context->zones.accountId) + u"\n\n"_s +
               words.runCommand + u"\n"_s +
               tr("An endpoint service owned by Confluent Cloud accepts requests "
                  "automatically; there is nothing to do for it.");
        break;
    case ConnectionState::Active:
        text = tr("The private link connection is Active. Next: attach domains to it (Attach "
                  "Domains…) so that dataflow such as changefeeds can reach the service by name.");
        break;
    case ConnectionState::Failed:
        text = RuleSentences::failure(connection) + u"\n\n"_s +
               tr("Fix the cause, delete this connection and create it again.");
        break;
    case ConnectionState::Deleting:
        text = tr("The connection is being deleted.");
        break;
    case ConnectionState::Unknown:
        text = tr("The server reports the state %1.").arg(connection.state.raw);
        break;
    }
    m_explanation->setText(text);
    const bool showCommand =
        m_shownState == ConnectionState::PendingAcceptance && !accept.isEmpty();
    m_command->setCommand(accept);
    m_command->setVisible(showCommand);
    m_open->setVisible(m_shownState == ConnectionState::PendingAcceptance ||
                       m_shownState == ConnectionState::Failed);
    m_open->setText(words.openConsole);
    // With the profile's account for the provider the console does it itself.
    const bool pending = m_shownState == ConnectionState::PendingAcceptance &&
                         !connection.endpointService.endpointId.isEmpty();
    m_side->setVisible(m_context->accounts.actsOn(connection.type.value) &&
                       (pending || m_shownState == ConnectionState::Failed));
    const QString action = pending ? words.accept : words.diagnose;
    m_side->setText(u"&"_s + action);
}

void CreateProgressPage::actOnProviderSide()
{
    if (!m_context->created)
        return;
    if (m_shownState == ConnectionState::PendingAcceptance)
        ProviderSideDialogs::decision(m_context->accounts, *m_context->created, true, {}, this);
    else
        ProviderSideDialogs::diagnosis(m_context->accounts, *m_context->created,
                                       m_context->cluster.region.providerRegionCode(),
                                       m_context->zones, this);
}

} // namespace plc
