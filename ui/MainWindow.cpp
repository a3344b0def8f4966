#include "ui/MainWindow.h"

#include "ui/EndpointActions.h"

#include "ui_MainWindow.h"

#include "ui/AboutDialog.h"
#include "ui/ConnectionActions.h"
#include "ui/ConnectionPages.h"
#include "ui/RequestLogWindow.h"
#include "ui/SandboxProviderPanel.h"
#include "ui/WindowLayout.h"
#include "ui/widgets/ColumnChooser.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/LanguageMenu.h"

#include "api/ApiClient.h"
#include "models/ClusterFeed.h"
#include "models/ClusterTableModel.h"
#include "models/TextFilterProxy.h"
#include "services/LanguageManager.h"
#include "services/Profile.h"
#include "services/SandboxAdminService.h"
#include "services/Settings.h"
#include "services/Watcher.h"
#include "ui/ConnectionsPanel.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace plc {

MainWindow::MainWindow(const WindowServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_feed(new ClusterFeed(services.clusters, this))
    , m_languages(services.languages)
    , m_model(m_feed->model())
    , m_proxy(new TextFilterProxy(this))
    , m_statusLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_apiLabel(new QLabel(this))
    , m_connections(new ConnectionsPanel(services.privateLinks, services.watcher, this))
    , m_watcher(services.watcher)
{
    m_ui->setupUi(this);
    m_ui->mainSplitter->addWidget(m_connections);
    // A wider window widens the connections; the cluster list keeps its columns' width.
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({480, 960}); // until the screen's layout is applied
    m_apiLabel->setObjectName(u"apiStatusLabel"_s);
    statusBar()->addPermanentWidget(m_apiLabel);
    setWindowIcon(QIcon(u":/icons/privatelink-console.svg"_s));
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_refreshLabel->setObjectName(u"lastRefreshLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_refreshLabel);

    m_proxy->setSourceModel(m_model);
    connect(m_feed, &ClusterFeed::stateChanged, this, &MainWindow::updateStatus);
    connect(m_feed, &ClusterFeed::loaded, this, &MainWindow::onClustersLoaded);
    m_ui->clusterTable->setModel(m_proxy);
    m_ui->clusterTable->sortByColumn(ClusterTableModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_ui->clusterTable->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(150);
    header->setStretchLastSection(false);
    // Beside the connections the list shows name, provider, region and state, which fit
    // without scrolling on a laptop; the ID (in the tooltip and the filter), the plan and
    // the creation time come back from the Columns menu (the header state is remembered).
    header->setSectionHidden(ClusterTableModel::IdColumn, true);
    header->setSectionHidden(ClusterTableModel::PlanColumn, true);
    header->setSectionHidden(ClusterTableModel::CreatedColumn, true);
    header->resizeSection(ClusterTableModel::NameColumn, 150);
    header->resizeSection(ClusterTableModel::IdColumn, 170);
    header->resizeSection(ClusterTableModel::ProviderColumn, 110);
    header->resizeSection(ClusterTableModel::RegionColumn, 190);
    header->resizeSection(ClusterTableModel::StateColumn, 90);
    header->resizeSection(ClusterTableModel::PlanColumn, 110);
    // Compact rows: one line of text plus a little air, whatever the font and language.
    m_ui->clusterTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    connect(m_ui->clusterFilterEdit, &QLineEdit::textChanged, m_proxy,
            &TextFilterProxy::setFilterText);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->clusterTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onClusterSelected);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->messageBar, &MessageBar::retryRequested, this, [this] {
        // After a failed start of the embedded sandbox, Try Again starts it again.
        if (!m_backendFailure.isEmpty())
            Q_EMIT backendRetryRequested();
        else
            refresh();
    });
    connect(m_ui->messageBar, &MessageBar::actionRequested, this,
            &MainWindow::manageProfilesRequested);

    // Private Endpoints, after File: the other direction of private link, into a cluster.
    m_endpoints = new EndpointActions(this);
    menuBar()->insertMenu(m_ui->menuLanguage->menuAction(), m_endpoints->menu());
    m_ui->clusterTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->clusterTable->addAction(m_endpoints->connectAction());
    m_ui->clusterTable->addAction((new ColumnChooser(m_ui->clusterTable, header))->menuAction());
    // Every connection action in the menu bar too: reachable with Alt and the arrow keys
    // from anywhere in the window, not only from the table's context menu.
    m_connectionMenu = new QMenu(this);
    m_connectionMenu->setObjectName(u"menuConnection"_s);
    m_connectionMenu->addActions(m_connections->actions()->menuActions());
    menuBar()->insertMenu(m_ui->menuLanguage->menuAction(), m_connectionMenu);
    // A refresh can change the selected cluster (Creating → Active with its private endpoint).
    connect(m_model, &ClusterTableModel::clusterChanged, this, [this](const QString &clusterId) {
        const QModelIndex current = m_ui->clusterTable->currentIndex();
        const Cluster *cluster =
            current.isValid() ? m_model->clusterAt(m_proxy->mapToSource(current).row()) : nullptr;
        if (cluster && cluster->clusterId == clusterId)
            m_endpoints->setCluster(*cluster);
    });

    // Profile menu, before Language: the active profile decides everything shown.
    m_profileMenu = new QMenu(this);
    m_profileMenu->setObjectName(u"menuProfile"_s);
    menuBar()->insertMenu(m_ui->menuLanguage->menuAction(), m_profileMenu);
    m_profileGroup = new QActionGroup(this);
    m_profileGroup->setExclusive(true);
    m_manageProfilesAction = new QAction(this);
    m_manageProfilesAction->setObjectName(u"actionManageProfiles"_s);
    connect(m_manageProfilesAction, &QAction::triggered, this,
            &MainWindow::manageProfilesRequested);
    connect(m_profileGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { Q_EMIT profileChosen(action->data().toString()); });
    connect(m_languages, &LanguageManager::languageChanged, m_model,
            &ClusterTableModel::retranslate);

    fillLanguageMenu(m_ui->menuLanguage, m_languages);
    m_layout = new WindowLayout(this, m_ui->mainSplitter, m_ui->clusterTable, m_connections);
    restoreLayout();
    retranslate();

    // What was set up after construction before (in the same order), given at once now.
    if (services.client)
        setUpApiClient(services.client);
    if (services.sandboxAdmin)
        setUpSandboxAdmin(services.sandboxAdmin, services.accounts);
    m_connections->setChangefeedService(services.changefeeds);
    m_connections->setProviderAccounts(services.accounts);
    m_endpoints->setAccounts(services.accounts);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_layout->shown();
}

void MainWindow::restoreLayout()
{
    m_layout->restore();
    m_lastClusterId = Settings::lastCluster().value();
}

void MainWindow::saveLayout()
{
    m_layout->save();
    Settings::lastCluster().setValue(m_lastClusterId);
}

MainWindow::~MainWindow()
{
    // Children (the connections panel) cancel their jobs as they die, which changes the
    // client's counters: this window must not hear of it once it is being destroyed.
    if (m_client)
        m_client->disconnect(this);
    m_feed->disconnect(this);
}

void MainWindow::setProfileName(const QString &name)
{
    m_profileName = name;
    updateTitle();
}

void MainWindow::setProfiles(const QStringList &names, const QString &active)
{
    m_profileNames = names;
    m_profileMenu->clear();
    const auto old = m_profileGroup->actions();
    for (QAction *action : old) {
        m_profileGroup->removeAction(action);
        action->deleteLater();
    }
    for (const QString &name : names) {
        auto *action = new QAction(name == Profile::sandboxName() ? tr("Sandbox") : name, this);
        action->setObjectName(u"profileAction_"_s + name);
        action->setCheckable(true);
        action->setChecked(name == active);
        action->setData(name);
        m_profileGroup->addAction(action);
        m_profileMenu->addAction(action);
    }
    m_profileMenu->addSeparator();
    m_profileMenu->addAction(m_manageProfilesAction);
}

void MainWindow::resetData()
{
    m_watcher->unwatchAll();
    m_feed->reset();
    m_connections->setCluster(std::nullopt);
    m_backendFailure.clear();
    m_profileProblem.clear();
    m_ui->messageBar->hide();
    updateStatus();
}

void MainWindow::showProfileProblem(const QString &text)
{
    m_profileProblem = text;
    m_ui->messageBar->showMessage(MessageBar::Kind::Error, text, tr("Manage Profiles…"));
    updateStatus();
    Q_EMIT clustersLoaded(false, text);
}

void MainWindow::onClusterSelected()
{
    const QModelIndex current = m_ui->clusterTable->currentIndex();
    const Cluster *cluster =
        current.isValid() ? m_model->clusterAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (cluster)
        m_lastClusterId = cluster->clusterId;
    m_connections->setCluster(cluster ? std::optional<Cluster>(*cluster) : std::nullopt);
    m_endpoints->setCluster(cluster ? std::optional<Cluster>(*cluster) : std::nullopt);
}

void MainWindow::showConnection(const QString &clusterId, const QString &connectionId)
{
    m_lastClusterId = clusterId;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(clusterId), 0));
    if (index.isValid() && index == m_ui->clusterTable->currentIndex()) {
        m_connections->reloadAndSelect(connectionId);
    } else {
        // Selected once the cluster's connections are read (the clusters may still be loading).
        m_connections->selectWhenLoaded(connectionId);
        if (index.isValid())
            m_ui->clusterTable->setCurrentIndex(index);
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::setUpApiClient(ApiClient *client)
{
    m_client = client;
    if (!m_requestLogAction) {
        m_requestLogAction = new QAction(this);
        m_requestLogAction->setObjectName(u"actionRequestLog"_s);
        m_requestLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        m_ui->menuFile->insertAction(m_ui->actionQuit, m_requestLogAction);
        m_ui->menuFile->insertSeparator(m_ui->actionQuit);
        connect(m_requestLogAction, &QAction::triggered, this, [this] {
            if (!m_requestLogWindow)
                m_requestLogWindow = new RequestLogWindow(m_client->requestLog(), this);
            m_requestLogWindow->show();
            m_requestLogWindow->raise();
        });
        retranslate();
    }
    connect(client, &ApiClient::requestsInFlightChanged, this, &MainWindow::updateApiStatus);
    connect(client, &ApiClient::rateBudgetChanged, this, &MainWindow::updateApiStatus);
    updateApiStatus();
}

void MainWindow::setUpSandboxAdmin(SandboxAdminService *admin, const ProviderAccounts &accounts)
{
    m_sandboxAdmin = admin;
    // The provider side docks at the right, beside the connections: opening it takes width
    // (the cluster list gives way first), never the table's rows. It opens only when asked
    // (File menu, Ctrl+P), and whether it is open is remembered.
    m_providerDock = new QDockWidget(this);
    m_providerDock->setObjectName(u"providerDock"_s);
    m_providerDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                                QDockWidget::DockWidgetClosable);
    m_providerPanel = new SandboxProviderPanel(admin, accounts, m_providerDock);
    m_providerPanel->setObjectName(u"providerPanel"_s);
    m_providerDock->setWidget(m_providerPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_providerDock);
    m_providerDock->hide();
    // An accepted or rejected request changes a connection: show it at once.
    connect(m_providerPanel, &SandboxProviderPanel::requestDecided, m_connections,
            &ConnectionsPanel::reload);
    m_providerAction = m_providerDock->toggleViewAction();
    m_providerAction->setObjectName(u"actionProviderSide"_s);
    m_providerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_providerAction->setVisible(false);
    // The user's choice only (not a hide as the window closes).
    connect(m_providerAction, &QAction::triggered, this, [this](bool open) {
        Settings::providerSideOpen().setValue(open);
        if (open) {
            resizeDocks({m_providerDock}, {width() / 3}, Qt::Horizontal);
            m_providerPanel->reload();
        }
    });
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_providerAction);
    retranslate();
}

void MainWindow::setSandboxMode(bool sandbox)
{
    m_sandboxMode = sandbox;
    // In sandbox mode only, the doctor asks the sandbox first about a name: an endpoint it made
    // has its database on this machine. Asked again at each check, so that a profile switched
    // meanwhile is never sent the question.
    StandInLookup lookup;
    if (sandbox && m_sandboxAdmin)
        lookup = [window = QPointer<MainWindow>(this)](
                     const QString &host, QObject *parent) -> ValueJob<EndpointStandIn> * {
            if (!window || !window->m_sandboxMode || !window->m_sandboxAdmin)
                return nullptr;
            return window->m_sandboxAdmin->standInFor(host, parent);
        };
    m_endpoints->setStandInLookup(lookup);
    if (!m_providerPanel)
        return;
    m_providerAction->setVisible(sandbox);
    const bool open = sandbox && Settings::providerSideOpen().value();
    m_providerDock->setVisible(open);
    if (open)
        resizeDocks({m_providerDock}, {width() / 3}, Qt::Horizontal);
    if (sandbox)
        m_providerPanel->reload();
}

void MainWindow::updateApiStatus()
{
    if (!m_client) {
        m_apiLabel->clear();
        return;
    }
    QString text = tr("%n request(s) in flight", nullptr, m_client->requestsInFlight());
    const RateBudget &budget = m_client->rateBudget();
    if (budget.isKnown())
        text += u" · "_s +
                tr("API budget: %1 of %2 left this minute").arg(budget.remaining).arg(budget.limit);
    m_apiLabel->setText(text);
}

void MainWindow::refresh()
{
    m_feed->refresh();
}

void MainWindow::onClustersLoaded(bool ok)
{
    if (ok)
        m_layout->clustersLoaded();
    if (ok) {
        // Keep the selection; on the first load, restore the last one (or the first row).
        if (!m_ui->clusterTable->currentIndex().isValid() && m_model->rowCount() > 0) {
            const int row = qMax(0, m_model->rowOf(m_lastClusterId));
            m_ui->clusterTable->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        } else {
            m_connections->reload();
        }
        m_ui->messageBar->hide();
        Q_EMIT clustersLoaded(true, {});
        return;
    }
    // The last good data stays on screen; the error goes to the message bar. Without a key
    // the way out is the profile dialog, not Retry.
    const ApiError &error = m_feed->lastError();
    if (error.kind == ApiError::Kind::NoKey)
        m_ui->messageBar->showMessage(MessageBar::Kind::Error, error.userMessage(),
                                      tr("Manage Profiles…"));
    else
        m_ui->messageBar->showMessage(MessageBar::Kind::Error, error.userMessage(), true);
    Q_EMIT clustersLoaded(false, error.userMessage());
}

void MainWindow::showBackendFailure(const QString &reason)
{
    m_backendFailure = reason;
    m_ui->messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The embedded sandbox could not start: %1").arg(reason), true);
    updateStatus();
    Q_EMIT clustersLoaded(false, reason);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    fitHeaderTexts(m_ui->clusterTable->horizontalHeader());
    // The model's texts change on the same language change, after this window hears of it.
    QTimer::singleShot(0, m_layout, &WindowLayout::fitClusterTexts);
    updateTitle();
    updateStatus();
    updateApiStatus();
    m_profileMenu->setTitle(tr("&Profile"));
    if (m_requestLogAction)
        m_requestLogAction->setText(tr("Request &Log…"));
    m_connectionMenu->setTitle(tr("&Connection"));
    if (m_providerDock) {
        m_providerDock->setWindowTitle(tr("Provider Side (Sandbox)"));
        m_providerAction->setText(tr("Provider &Side (Sandbox)"));
    }
    m_manageProfilesAction->setText(tr("&Manage Profiles…"));
    m_endpoints->retranslate();
    for (QAction *action : m_profileGroup->actions()) {
        if (action->data().toString() == Profile::sandboxName())
            action->setText(tr("Sandbox"));
    }
    // Messages already on screen are made again in the new language.
    if (m_ui->messageBar->isVisible()) {
        if (!m_profileProblem.isEmpty()) {
            m_ui->messageBar->showMessage(MessageBar::Kind::Error, m_profileProblem,
                                          tr("Manage Profiles…"));
        } else if (!m_backendFailure.isEmpty()) {
            m_ui->messageBar->showMessage(
                MessageBar::Kind::Error,
                tr("The embedded sandbox could not start: %1").arg(m_backendFailure), true);
        } else if (m_feed->lastError().isError()) {
            m_ui->messageBar->showMessage(MessageBar::Kind::Error,
                                          m_feed->lastError().userMessage(), true);
        }
    }
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_profileName.isEmpty() ? tr("Private Link Console")
                                           : tr("%1 — Private Link Console").arg(m_profileName));
}

void MainWindow::updateStatus()
{
    const QDateTime lastRefresh = m_feed->lastRefresh();
    if (m_feed->isLoading()) {
        const int pages = m_feed->pagesLoaded();
        m_statusLabel->setText(
            pages == 0 ? tr("Loading clusters…")
                       : tr("Loading clusters… %n page(s)", nullptr, pages) + u", "_s +
                             tr("%n cluster(s) so far", nullptr, int(m_feed->itemsLoaded())));
    } else if (!m_backendFailure.isEmpty() || !m_profileProblem.isEmpty() ||
               (m_feed->lastError().isError() && !lastRefresh.isValid())) {
        m_statusLabel->setText(tr("Clusters could not be loaded"));
    } else if (lastRefresh.isValid()) {
        m_statusLabel->setText(tr("%n cluster(s)", nullptr, m_model->rowCount()));
    } else {
        m_statusLabel->clear();
    }
    m_refreshLabel->setText(
        lastRefresh.isValid()
            ? tr("Last refresh: %1")
                  .arg(QLocale().toString(lastRefresh.time(), QLocale::ShortFormat))
            : QString());
}

void MainWindow::showAbout()
{
    AboutDialog::Backend backend;
    backend.sandbox = m_sandboxMode;
    backend.apiUrl = m_client ? m_client->baseUrl() : QUrl();
    backend.profileName = m_sandboxMode ? QString() : m_profileName;
    auto *about = new AboutDialog(backend, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace plc
