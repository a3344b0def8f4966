#include "ui/ConnectionActions.h"

#include "domain/CliCommands.h"
#include "domain/ConnectionRules.h"
#include "domain/RuleSentences.h"
#include "models/TextFilterProxy.h"
#include "providers/Provider.h"
#include "providers/ProviderAccount.h"
#include "ui/providers/ProviderUi.h"
#include "ui/providers/ProviderUis.h"
#include "ui/widgets/WizardParts.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QAction *newAction(QWidget *scope, const QString &name, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(scope);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        scope->addAction(action);
    }
    return action;
}
} // namespace

ConnectionActions::ConnectionActions(QWidget *scope)
    : QObject(scope)
    , m_create(newAction(scope, u"actionCreateConnection"_s, QKeySequence::New))
    , m_confluent(newAction(scope, u"actionConnectConfluent"_s, QKeySequence()))
    , m_attach(newAction(scope, u"actionAttachDomains"_s, QKeySequence(Qt::CTRL | Qt::Key_D)))
    , m_detach(newAction(scope, u"actionDetachDomains"_s,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)))
    , m_delete(newAction(scope, u"actionDeleteConnection"_s, QKeySequence::Delete))
    , m_test(newAction(scope, u"actionTestSink"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)))
    , m_accept(newAction(scope, u"actionAcceptRequest"_s))
    , m_reject(newAction(scope, u"actionRejectRequest"_s))
    , m_diagnose(newAction(scope, u"actionDiagnoseSide"_s))
    , m_copyId(newAction(scope, u"actionCopyConnectionId"_s, QKeySequence::Copy))
    , m_copyCommand(newAction(scope, u"actionCopyTicloudCommand"_s,
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)))
    , m_openConsole(newAction(scope, u"actionOpenProviderConsole"_s,
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)))
    , m_exportCsv(newAction(scope, u"actionExportCsv"_s, QKeySequence(Qt::CTRL | Qt::Key_E)))
    , m_exportJson(newAction(scope, u"actionExportJson"_s))
    , m_separator1(new QAction(this))
    , m_separator2(new QAction(this))
    , m_commandMenu(new QMenu(scope))
{
    m_separator1->setSeparator(true);
    m_separator2->setSeparator(true);
    m_commandMenu->setObjectName(u"ticloudCommandMenu"_s);
    connect(m_create, &QAction::triggered, this, &ConnectionActions::createRequested);
    connect(m_confluent, &QAction::triggered, this, &ConnectionActions::confluentRequested);
    connect(m_attach, &QAction::triggered, this, &ConnectionActions::attachRequested);
    connect(m_detach, &QAction::triggered, this, &ConnectionActions::detachRequested);
    connect(m_delete, &QAction::triggered, this, &ConnectionActions::deleteRequested);
    connect(m_test, &QAction::triggered, this, &ConnectionActions::testRequested);
    connect(m_accept, &QAction::triggered, this, [this] { Q_EMIT decisionRequested(true); });
    connect(m_reject, &QAction::triggered, this, [this] { Q_EMIT decisionRequested(false); });
    connect(m_diagnose, &QAction::triggered, this, &ConnectionActions::diagnosisRequested);
    connect(m_exportCsv, &QAction::triggered, this, [this] { Q_EMIT exportRequested(false); });
    connect(m_exportJson, &QAction::triggered, this, [this] { Q_EMIT exportRequested(true); });
    connect(m_copyId, &QAction::triggered, this, [this] {
        if (!m_connection)
            return;
        QGuiApplication::clipboard()->setText(m_connection->privateLinkConnectionId);
        Q_EMIT told(tr("Copied the private link connection ID."));
    });
    connect(m_copyCommand, &QAction::triggered, this, [this] {
        if (!m_connection || !m_cluster)
            return;
        QGuiApplication::clipboard()->setText(
            CliCommands::get(m_cluster->clusterId, m_connection->privateLinkConnectionId));
        Q_EMIT told(tr("Copied the ticloud command."));
    });
    connect(m_openConsole, &QAction::triggered, this, &ConnectionActions::openConsole);
    retranslate();
    update(std::nullopt, nullptr, false);
}

QList<QAction *> ConnectionActions::menuActions() const
{
    return {m_create,
            m_confluent,
            m_attach,
            m_detach,
            m_delete,
            m_test,
            m_accept,
            m_reject,
            m_diagnose,
            m_separator1,
            m_copyId,
            m_copyCommand,
            m_commandMenu->menuAction(),
            m_openConsole,
            m_separator2,
            m_exportCsv,
            m_exportJson};
}

void ConnectionActions::setAccounts(const ProviderAccounts &accounts)
{
    for (ProviderAccount *old : m_accounts.all())
        disconnect(old, nullptr, this, nullptr);
    m_accounts = accounts;
    const auto refresh = [this] {
        update(m_cluster, m_connection ? &*m_connection : nullptr, m_hasRows);
    };
    for (ProviderAccount *account : m_accounts.all())
        connect(account, &ProviderAccount::changed, this, refresh);
    refresh();
}

const ProviderUi *ConnectionActions::providerOf(const PrivateLinkConnection *p) const
{
    // The connection's provider; without one, the cluster's; else the first one registered.
    const ProviderUi *provider = p ? ProviderUis::forType(p->type.value) : nullptr;
    if (!provider && !p && m_cluster)
        provider = ProviderUis::forCloud(m_cluster->region.cloudProvider.value);
    if (!provider && !ProviderUis::all().isEmpty())
        provider = ProviderUis::all().constFirst().get();
    return provider;
}

void ConnectionActions::setAvailability(QAction *action, const QString &whyNot,
                                        const QString &whatItDoes)
{
    action->setEnabled(whyNot.isEmpty());
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    const QString tip = whyNot.isEmpty() ? whatItDoes : whyNot;
    // The reason may name the cluster or the connection: shown as text on the toolbar's
    // buttons, never as markup. (A status tip is always plain.)
    action->setToolTip(
        TextFilterProxy::plainToolTip(shortcut.isEmpty() ? tip : u"%1 (%2)"_s.arg(tip, shortcut)));
    action->setStatusTip(tip);
}

void ConnectionActions::update(const std::optional<Cluster> &cluster,
                               const PrivateLinkConnection *connection, bool hasRows)
{
    m_cluster = cluster;
    m_connection = connection ? std::optional(*connection) : std::nullopt;
    m_hasRows = hasRows;
    const Cluster *c = m_cluster ? &*m_cluster : nullptr;
    const PrivateLinkConnection *p = m_connection ? &*m_connection : nullptr;
    // Each rule gives a reason; its sentence is the tooltip of a disabled action.
    const auto why = [c, p](ConnectionRules::Refusal refusal) {
        return RuleSentences::refusal(refusal, c, p);
    };
    const QString none = why(ConnectionRules::selected(p));
    setAvailability(m_create, why(ConnectionRules::create(c)),
                    tr("Create a private link connection to an endpoint service"));
    setAvailability(m_confluent, why(ConnectionRules::confluent(c)),
                    tr("Connect the cluster to a Confluent Cloud Dedicated cluster, step by step"));
    setAvailability(m_attach, why(ConnectionRules::attach(p)),
                    tr("Attach domains to the selected private link connection"));
    setAvailability(m_detach, why(ConnectionRules::detach(p)),
                    tr("Detach a domain group from the selected private link connection"));
    setAvailability(m_delete, why(ConnectionRules::remove(p)),
                    tr("Delete the selected private link connection"));
    setAvailability(m_test, why(ConnectionRules::testSink(p)),
                    tr("Ask TiDB Cloud to reach a Kafka or MySQL sink through the selected "
                       "connection"));
    updateProviderSide(p, none);
    setAvailability(m_copyId, none, tr("Copy the private link connection ID"));
    setAvailability(m_copyCommand, none,
                    tr("Copy the ticloud CLI command that shows this connection"));
    const ProviderUi *provider = providerOf(p);
    setAvailability(m_openConsole, why(ConnectionRules::openProviderConsole(p)),
                    provider ? provider->words().openConsoleToolTip : QString());
    const QString noRows = hasRows ? QString() : tr("There are no rows to export.");
    setAvailability(m_exportCsv, noRows, tr("Save the visible rows and columns as CSV"));
    setAvailability(m_exportJson, noRows, tr("Save the visible rows and columns as JSON"));
    m_commandMenu->menuAction()->setEnabled(p != nullptr);
    rebuildCommandMenu();
}

void ConnectionActions::updateProviderSide(const PrivateLinkConnection *p, const QString &none)
{
    // The words follow the provider: Accept on AWS…, Allow on Alibaba Cloud….
    const ProviderUi *provider = providerOf(p);
    const ProviderWords words = provider ? provider->words() : ProviderWords{};
    m_accept->setText(words.accept);
    m_reject->setText(words.reject);
    m_diagnose->setText(words.diagnose);
    // A connection whose provider the profile has an account for.
    const QString noSide =
        !p ? none
        : !provider || !ProviderUis::forType(p->type.value)
            ? tr("Only a connection to an %1 endpoint service has a provider side.")
                  .arg(ProviderUis::names())
        : m_accounts.actsOn(p->type.value) ? QString()
                                           : words.noAccount;
    const QString notPending =
        noSide.isEmpty() && (p->state.value != ConnectionState::PendingAcceptance ||
                             p->endpointService.endpointId.isEmpty())
            ? tr("Only a connection in Pending Acceptance has a request to accept or reject.")
            : noSide;
    setAvailability(m_accept, notPending, words.acceptToolTip);
    setAvailability(m_reject, notPending, words.rejectToolTip);
    setAvailability(m_diagnose, noSide, words.diagnoseToolTip);
}

void ConnectionActions::rebuildCommandMenu()
{
    m_commandMenu->clear();
    if (!m_connection || !m_cluster)
        return;
    const QString clusterId = m_cluster->clusterId;
    const QString id = m_connection->privateLinkConnectionId;
    auto add = [this](const QString &text, const QString &command) {
        QAction *action = m_commandMenu->addAction(text);
        action->setToolTip(TextFilterProxy::plainToolTip(command));
        connect(action, &QAction::triggered, this, [this, command] {
            QGuiApplication::clipboard()->setText(command);
            Q_EMIT told(tr("Copied the ticloud command."));
        });
    };
    add(tr("Show this connection"), CliCommands::get(clusterId, id));
    add(tr("List the cluster's availability zones"), CliCommands::availabilityZones(clusterId));
    if (m_connection->attachedDomains) {
        for (const AttachDomain &group : *m_connection->attachedDomains)
            add(tr("Detach %1")
                    .arg(WizardParts::literalAmpersands(
                        group.uniqueName.isEmpty() ? group.attachDomainId : group.uniqueName)),
                CliCommands::detachDomains(clusterId, id, group.attachDomainId));
    }
    add(tr("Delete this connection"), CliCommands::deleteConnection(clusterId, id));
}

void ConnectionActions::openConsole()
{
    if (!m_connection)
        return;
    const ProviderUi *provider = ProviderUis::forType(m_connection->type.value);
    if (!provider)
        return;
    const QUrl url = provider->core().endpointServicePage(m_connection->endpointService);
    if (!url.isValid())
        return;
    // A console that cannot open the service itself gets what to search for on the clipboard.
    const QString search = provider->core().serviceSearchText(m_connection->endpointService);
    if (!search.isEmpty())
        QGuiApplication::clipboard()->setText(search);
    Q_EMIT told(provider->words().openedConsole);
    QDesktopServices::openUrl(url);
}

void ConnectionActions::retranslate()
{
    m_create->setText(tr("Create Private Link Connection…"));
    m_confluent->setText(tr("Connect to Confluent Cloud…"));
    m_attach->setText(tr("Attach Domains…"));
    m_detach->setText(tr("Detach Domains…"));
    m_delete->setText(tr("Delete…"));
    m_test->setText(tr("Test Through This Connection…"));
    m_test->setIconText(tr("Test…"));
    m_copyId->setText(tr("Copy ID"));
    m_copyCommand->setText(tr("Copy ticloud Command"));
    m_commandMenu->setTitle(tr("Copy ticloud Command For"));
    m_openConsole->setText(tr("Open in Provider Console"));
    m_exportCsv->setText(tr("Export as CSV…"));
    m_exportJson->setText(tr("Export as JSON…"));
    update(m_cluster, m_connection ? &*m_connection : nullptr, m_hasRows);
}

} // namespace plc
