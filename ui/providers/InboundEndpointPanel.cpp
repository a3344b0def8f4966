#include "ui/providers/InboundEndpointPanel.h"

#include "models/TextFilterProxy.h"
#include "ui/providers/ConfirmedChanges.h"
#include "ui/providers/InboundEndpointView.h"
#include "ui/providers/LinkCheckList.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/WizardParts.h"

#include "base/SendOnce.h"
#include "providers/Provider.h"
#include "providers/ProviderAccount.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QListWidget *inboundList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setMinimumHeight(64);
    list->setMaximumHeight(110);
    return list;
}

QStringList inboundChecked(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}
} // namespace

InboundEndpointPanel::InboundEndpointPanel(QWidget *parent)
    : QWidget(parent)
    , m_accountLabel(WizardParts::textLabel(u"inboundAccount"_s, this))
    , m_choiceBox(new QWidget(this))
    , m_network(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Read Again"), this))
    , m_placesLabel(new QLabel(this))
    , m_places(inboundList(u"inboundPlaces"_s, this))
    , m_groups(inboundList(u"inboundGroups"_s, this))
    , m_privateDns(new QCheckBox(tr("Enable private DNS name (the cluster's host resolves to "
                                    "the endpoint in this VPC)"),
                                 this))
    , m_portFromLabel(new QLabel(tr("Open the port to:"), this))
    , m_portFrom(new QComboBox(this))
    , m_checks(new LinkCheckList(this))
    , m_fixButtons(new QHBoxLayout)
    , m_create(new QPushButton(tr("Create Endpoint…"), this))
    , m_reuse(new QPushButton(tr("Use This Endpoint"), this))
    , m_command(new CommandBox(u"inboundCommand"_s, tr("CLI command"), 3, this))
    , m_status(new QLabel(this))
    , m_result(new InboundEndpointView(this))
    , m_changes(new ConfirmedChanges(this, this))
{
    setObjectName(u"inboundPanel"_s);
    m_network->setObjectName(u"inboundNetwork"_s);
    m_network->setAccessibleName(tr("VPC"));
    m_groups->setAccessibleName(tr("Security groups"));
    m_refresh->setObjectName(u"inboundRefresh"_s);
    m_privateDns->setObjectName(u"inboundPrivateDns"_s);
    m_portFrom->setObjectName(u"inboundPortFrom"_s);
    m_portFrom->setAccessibleName(tr("Open the port to"));
    m_checks->setObjectName(u"inboundChecks"_s);
    m_create->setObjectName(u"inboundCreate"_s);
    m_reuse->setObjectName(u"inboundUseExisting"_s);
    m_status->setObjectName(u"inboundStatus"_s);
    NoteLabel::setUp(m_status, NoteLabel::Kind::Attention);

    auto *networkRow = new QHBoxLayout;
    networkRow->addWidget(m_network, 1);
    networkRow->addWidget(m_refresh);
    auto *form = new QFormLayout;
    form->addRow(tr("VPC:"), networkRow);
    form->addRow(m_placesLabel, m_places);
    form->addRow(tr("Security groups:"), m_groups);
    form->addRow(QString(), m_privateDns);
    form->addRow(m_portFromLabel, m_portFrom);
    auto *buttons = new QHBoxLayout;
    buttons->addLayout(m_fixButtons);
    buttons->addStretch();
    buttons->addWidget(m_reuse);
    buttons->addWidget(m_create);
    auto *choice = new QVBoxLayout(m_choiceBox);
    choice->setContentsMargins(0, 0, 0, 0);
    choice->addLayout(form);
    choice->addWidget(m_checks);
    choice->addLayout(buttons);
    choice->addWidget(m_command);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_choiceBox);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_result, &InboundEndpointView::changed, this, [this] {
        // One that failed or is gone: the choice comes back, to read again or make another.
        using P = InboundEndpoint::Phase;
        const auto shown = m_result->endpoint();
        if (shown && (shown->phase == P::Failed || shown->phase == P::Gone))
            m_choiceBox->show();
        Q_EMIT endpointChanged();
    });
    connect(m_refresh, &QPushButton::clicked, this, &InboundEndpointPanel::readNetworks);
    connect(m_network, &QComboBox::activated, this, &InboundEndpointPanel::readNetwork);
    connect(m_places, &QListWidget::itemChanged, this, &InboundEndpointPanel::choiceChanged);
    connect(m_groups, &QListWidget::itemChanged, this, &InboundEndpointPanel::choiceChanged);
    connect(m_privateDns, &QCheckBox::toggled, this, &InboundEndpointPanel::choiceChanged);
    connect(m_portFrom, &QComboBox::currentIndexChanged, this,
            &InboundEndpointPanel::choiceChanged);
    connect(m_create, &QPushButton::clicked, this, &InboundEndpointPanel::create);
    connect(m_reuse, &QPushButton::clicked, this, &InboundEndpointPanel::useExisting);
    connect(m_changes, &ConfirmedChanges::status, this, &InboundEndpointPanel::setStatus);
    connect(m_changes, &ConfirmedChanges::busyChanged, this, &InboundEndpointPanel::updateChecks);
}

InboundEndpointPanel::~InboundEndpointPanel()
{
    // What ends now (a read cancelled) draws nothing: the window is being taken apart.
    m_going = true;
    stopWork();
}

void InboundEndpointPanel::stopWork()
{
    if (m_read)
        m_read->cancel();
    m_changes->abandonAll();
    m_busy = false;
}

void InboundEndpointPanel::choiceChanged()
{
    m_changes->bump(); // a question open on the old choice no longer acts
    updateChecks();
}

std::optional<InboundEndpoint> InboundEndpointPanel::endpoint() const
{
    return m_result->endpoint();
}

void InboundEndpointPanel::start(ProviderAccount *account, const PrivateEndpointTarget &target)
{
    // Another account or target: nothing under way goes on for the old one.
    stopWork();
    disconnect(m_accountWatch);
    m_result->clear();
    m_network->clear();
    if (m_session)
        m_session->deleteLater();
    m_session = account->newInboundSession(target, this);
    showFacts();
    if (!m_session)
        return;
    const QString provider = account->provider().name();
    m_changes->setProvider(provider);
    m_accountWatch = connect(account, &ProviderAccount::changed, this, [this, provider] {
        stopWork();
        m_network->clear();
        if (m_session)
            m_session->forget();
        showFacts();
        setStatus(tr("The %1 account changed: read again to continue with it.").arg(provider),
                  int(NoteLabel::Kind::Attention));
    });
    m_accountLabel->setText(
        tr("Read and made on %1 with %2, in %3. Nothing changes there unless you confirm it.")
            .arg(provider, account->description(), target.regionId));
    m_placesLabel->setText(m_session->placesLabel());
    m_places->setAccessibleName(m_session->placesName());
    m_command->setAccessibleName(m_session->commandName());
    {
        const QSignalBlocker quiet(m_privateDns);
        m_privateDns->setChecked(true);
    }
    m_privateDns->setVisible(m_session->offersPrivateDns());
    m_choiceBox->show();
    readNetworks();
}

void InboundEndpointPanel::setStatus(const QString &text, int kind)
{
    m_status->setText(text);
    NoteLabel::setKind(m_status, NoteLabel::Kind(kind));
    m_status->setVisible(!text.isEmpty());
}

void InboundEndpointPanel::setBusy(bool busy)
{
    if (m_going)
        return;
    m_busy = busy;
    m_network->setEnabled(!busy && m_network->count() > 0);
    updateChecks();
}

void InboundEndpointPanel::readNetworks()
{
    if (!m_session || m_busy || m_changes->changing())
        return;
    if (m_read)
        m_read->cancel();
    m_changes->bump();
    const QString region = m_session->target().regionId;
    auto *job = m_session->readNetworks();
    m_read = job;
    setBusy(true);
    setStatus(tr("Reading the VPCs in %1…").arg(region), int(NoteLabel::Kind::Attention));
    job->onFinished(
        this,
        [this, region](const QList<InboundNetwork> &networks) {
            setBusy(false);
            const QString before = m_network->currentData().toString();
            m_network->clear();
            for (const InboundNetwork &network : networks)
                m_network->addItem(network.label, network.id);
            m_network->setEnabled(!networks.isEmpty());
            if (networks.isEmpty()) {
                m_session->forget();
                showFacts();
                setStatus(tr("There is no VPC in %1 for this account. Create one where your "
                             "applications run, then read again.")
                              .arg(region),
                          int(NoteLabel::Kind::Problem));
                return;
            }
            const int keep = m_network->findData(before);
            m_network->setCurrentIndex(keep >= 0 ? keep : 0);
            readNetwork();
        },
        [this](const ApiError &error) {
            setBusy(false);
            setStatus(tr("The VPCs could not be read: %1").arg(error.userMessage()),
                      int(NoteLabel::Kind::Problem));
        });
    job->onCancelled(this, [this] { setBusy(false); });
}

void InboundEndpointPanel::readNetwork()
{
    const QString id = m_network->currentData().toString();
    if (!m_session || id.isEmpty())
        return;
    if (m_read)
        m_read->cancel();
    m_changes->bump();
    auto *job = m_session->readNetwork(id);
    m_read = job;
    setBusy(true);
    setStatus(tr("Reading VPC %1…").arg(id), int(NoteLabel::Kind::Attention));
    job->onFinished(
        this,
        [this](const QString &) {
            setBusy(false);
            setStatus({}, int(NoteLabel::Kind::Attention));
            showFacts();
        },
        [this](const ApiError &error) {
            setBusy(false);
            setStatus(tr("The VPC could not be read: %1").arg(error.userMessage()),
                      int(NoteLabel::Kind::Problem));
        });
    job->onCancelled(this, [this] { setBusy(false); });
}

void InboundEndpointPanel::showFacts()
{
    const QSignalBlocker placesQuiet(m_places);
    const QSignalBlocker groupsQuiet(m_groups);
    m_places->clear();
    m_groups->clear();
    if (m_session) {
        const QString zones = m_session->target().zoneIds.join(u", "_s);
        for (const InboundPlace &place : m_session->places()) {
            auto *item = new QListWidgetItem(place.label, m_places);
            item->setData(Qt::UserRole, place.id);
            item->setFlags(place.inServiceZones ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                                : Qt::NoItemFlags);
            item->setCheckState(place.suggested ? Qt::Checked : Qt::Unchecked);
            if (!place.inServiceZones)
                item->setToolTip(TextFilterProxy::plainToolTip(
                    tr("Not in the service's zones (%1).").arg(zones)));
        }
        for (const InboundGroup &group : m_session->groups()) {
            auto *item = new QListWidgetItem(group.label, m_groups);
            item->setData(Qt::UserRole, group.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(group.suggested ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateChecks();
}

InboundChoice InboundEndpointPanel::choice() const
{
    return {inboundChecked(m_places), inboundChecked(m_groups),
            !m_session || !m_session->offersPrivateDns() || m_privateDns->isChecked(),
            m_portFrom->currentData().toString()};
}

void InboundEndpointPanel::updatePortFrom()
{
    // Whom a fix opens the port to: the network's addresses, or the members of one of its
    // groups other than those chosen for the endpoint (those are the endpoint's, not the
    // applications'). The one picked stays picked while it is offered.
    QList<std::pair<QString, QString>> offered{{tr("The VPC's addresses"), QString()}};
    const QStringList chosen = inboundChecked(m_groups);
    if (m_session) {
        for (const InboundGroup &group : m_session->groups()) {
            if (!chosen.contains(group.id))
                offered.append({tr("The members of %1").arg(group.id), group.id});
        }
    }
    bool same = m_portFrom->count() == offered.size();
    for (int i = 0; same && i < offered.size(); ++i)
        same = m_portFrom->itemData(i).toString() == offered.at(i).second &&
               m_portFrom->itemText(i) == offered.at(i).first;
    if (same)
        return;
    const QSignalBlocker quiet(m_portFrom);
    const QString picked = m_portFrom->currentData().toString();
    m_portFrom->clear();
    for (const auto &[text, id] : offered)
        m_portFrom->addItem(text, id);
    m_portFrom->setCurrentIndex(qMax(0, m_portFrom->findData(picked)));
}

void InboundEndpointPanel::updateChecks()
{
    if (m_going)
        return;
    updatePortFrom();
    const bool read = m_session && m_session->hasNetwork() && !m_busy;
    const InboundChoice chosen = choice();
    const QList<LinkCheck> checks = read ? m_session->checks(chosen) : QList<LinkCheck>();
    m_checks->setChecks(checks);
    const bool busy = m_changes->changing();
    using P = InboundEndpoint::Phase;
    const auto shown = m_result->endpoint();
    const bool made = shown && shown->phase != P::Failed && shown->phase != P::Gone;
    showFixes(read && !made ? m_session->fixes(chosen) : QList<InboundFix>());
    const bool passes = LinkCheck::passes(checks);
    const bool complete = read && m_session->readError().isEmpty();
    m_reuse->setVisible(complete && !made && m_session->reusable().has_value());
    // Create needs every read done (an unread list of endpoints is no "none yet"); the
    // session's checks say Unknown for what was not read, so `passes` is false then.
    m_create->setEnabled(complete && !made && !busy && passes);
    m_refresh->setEnabled(!m_busy && !busy);
    m_command->setCommand(read ? m_session->createCommand(chosen, {}) : QString());
    m_command->setCopyEnabled(read && passes, tr("Make a choice that passes the checks first."));
}

void InboundEndpointPanel::showFixes(const QList<InboundFix> &fixes)
{
    const bool busy = m_changes->changing();
    // The buttons stay while their fix is offered, so a button pressed is never rebuilt under
    // the pointer; a fix no longer offered loses its button.
    for (int i = m_fixButtons->count() - 1; i >= 0; --i) {
        QWidget *button = m_fixButtons->itemAt(i)->widget();
        const bool offered =
            std::any_of(fixes.cbegin(), fixes.cend(),
                        [button](const InboundFix &f) { return f.id == button->objectName(); });
        if (!offered) {
            // Never deleted under its own click; nameless, so it is not found meanwhile.
            m_fixButtons->removeWidget(button);
            button->hide();
            button->setObjectName(QString());
            button->deleteLater();
        }
    }
    m_fixes = fixes;
    const bool opensPort =
        std::any_of(fixes.cbegin(), fixes.cend(), [](const InboundFix &f) { return f.opensPort; });
    m_portFromLabel->setVisible(opensPort);
    m_portFrom->setVisible(opensPort);
    m_portFrom->setEnabled(!busy);
    for (const InboundFix &offered : fixes) {
        auto *button = m_choiceBox->findChild<QPushButton *>(offered.id);
        if (!button) {
            button = new QPushButton(m_choiceBox);
            button->setObjectName(offered.id);
            m_fixButtons->addWidget(button);
            connect(button, &QPushButton::clicked, this, [this, id = offered.id] {
                // A copy: acting on it rebuilds m_fixes.
                const auto found = std::find_if(m_fixes.cbegin(), m_fixes.cend(),
                                                [&id](const InboundFix &f) { return f.id == id; });
                if (found != m_fixes.cend())
                    fix(InboundFix(*found));
            });
        }
        button->setText(offered.button);
        button->setEnabled(!busy);
    }
}

void InboundEndpointPanel::fix(InboundFix offered)
{
    if (m_changes->settle(offered.id))
        return;
    m_changes->confirm(offered.id, offered.question, m_session->confirmationDetail(offered.command),
                       [this, offered] {
                           if (m_busy)
                               return;
                           m_changes->run(offered.id,
                                          m_session->makeFix(offered.id, choice(), this),
                                          offered.sending, offered.done, [this] { readNetwork(); });
                       });
}

void InboundEndpointPanel::create()
{
    if (m_changes->settle(u"inboundCreate"_s))
        return;
    const InboundChoice chosen = choice();
    // One token for every attempt of this create: the provider makes the endpoint once.
    const QString token = u"plc-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString provider = m_session->account()->provider().name();
    m_changes->confirm(
        u"inboundCreate"_s, m_session->createQuestion(chosen),
        m_session->confirmationDetail(m_session->createCommand(chosen, token)),
        [this, chosen, token, provider] {
            if (m_busy)
                return;
            setBusy(true);
            setStatus(tr("Asking %1 whether the endpoint can be made (dry run)…").arg(provider),
                      int(NoteLabel::Kind::Attention));
            auto *dry = m_session->dryRunCreate(chosen, token, this);
            m_read = dry;
            dry->onFinished(
                this,
                [this, chosen, token, provider, generation = m_changes->generation()](bool) {
                    setBusy(false);
                    if (generation != m_changes->generation()) {
                        // The account, target or choice changed meanwhile.
                        setStatus(tr("The choice changed during the dry run, so nothing was "
                                     "made. Check it and press Create Endpoint again."),
                                  int(NoteLabel::Kind::Attention));
                        return;
                    }
                    m_changes->run(u"inboundCreate"_s,
                                   m_session->create(
                                       chosen, token,
                                       [this](const InboundEndpoint &made) { showEndpoint(made); },
                                       this),
                                   tr("Creating the endpoint on %1…").arg(provider),
                                   tr("%1 made the endpoint.").arg(provider), {});
                },
                [this](const ApiError &error) {
                    setBusy(false);
                    setStatus(tr("The dry run did not pass, so nothing was made: %1")
                                  .arg(error.userMessage()),
                              int(NoteLabel::Kind::Problem));
                });
            dry->onCancelled(this, [this] { setBusy(false); });
        });
}

void InboundEndpointPanel::useExisting()
{
    if (const auto existing = m_session ? m_session->reusable() : std::nullopt)
        showEndpoint(*existing);
}

void InboundEndpointPanel::showEndpoint(const InboundEndpoint &endpoint)
{
    // The choice made it (or found it); the endpoint takes its place.
    m_choiceBox->hide();
    setStatus({}, int(NoteLabel::Kind::Attention));
    m_result->track(m_session, endpoint);
    updateChecks();
}

} // namespace plc
