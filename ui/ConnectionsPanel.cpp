#include "ConnectionsPanel.h"

#include "ConnectionDetailsPane.h"
#include "MessageBar.h"

#include "domain/CliCommands.h"
#include "models/ConnectionTableModel.h"
#include "models/TableExport.h"
#include "models/TextFilterProxy.h"
#include "services/PrivateLinkService.h"
#include "services/Watcher.h"

#include "HeaderFit.h"
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QMenu>
#include <QSaveFile>

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

ConnectionsPanel::ConnectionsPanel(PrivateLinkService *service, Watcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_watcher(watcher)
    , m_model(new ConnectionTableModel(this))
    , m_proxy(new TextFilterProxy(this))
    , m_title(new QLabel(this))
    , m_account(new QLabel(this))
    , m_copyAccount(new QToolButton(this))
    , m_zones(new QLabel(this))
    , m_copyZones(new QToolButton(this))
    , m_stateFilter(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_messageBar(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyState(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_details(new ConnectionDetailsPane(this))
    , m_copyIdButton(new QToolButton(this))
    , m_copyCommandButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_copyId(new QAction(this))
    , m_copyCommand(new QAction(this))
    , m_exportCsv(new QAction(this))
    , m_exportJson(new QAction(this))
{
    setObjectName(u"connectionsPanel"_s);
    m_messageBar->setObjectName(u"connectionsMessageBar"_s);
    m_account->setObjectName(u"accountIdLabel"_s);
    m_zones->setObjectName(u"zonesLabel"_s);
    m_copyAccount->setObjectName(u"copyAccountButton"_s);
    m_copyZones->setObjectName(u"copyZonesButton"_s);
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_filter->setObjectName(u"connectionFilterEdit"_s);
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(u"connectionTable"_s);
    m_emptyState->setObjectName(u"connectionsEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    for (QLabel *label : {m_account, m_zones})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConnectionTableModel::CreatedColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->resizeSection(ConnectionTableModel::NameColumn, 160);
    header->resizeSection(ConnectionTableModel::IdColumn, 200);
    header->resizeSection(ConnectionTableModel::TypeColumn, 190);
    header->resizeSection(ConnectionTableModel::StateColumn, 140);
    header->resizeSection(ConnectionTableModel::EndpointServiceColumn, 380);

    auto *zonesRow = new QHBoxLayout;
    zonesRow->addWidget(m_account);
    zonesRow->addWidget(m_copyAccount);
    zonesRow->addSpacing(16);
    zonesRow->addWidget(m_zones);
    zonesRow->addWidget(m_copyZones);
    zonesRow->addStretch();
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_stateFilter);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_copyIdButton);
    filterRow->addWidget(m_copyCommandButton);
    filterRow->addWidget(m_exportButton);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setObjectName(u"connectionsSplitter"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(zonesRow);
    layout->addWidget(m_messageBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TextFilterProxy::setFilterText);
    connect(m_stateFilter, &QComboBox::activated, this, &ConnectionsPanel::reload);
    connect(m_messageBar, &MessageBar::retryRequested, this, &ConnectionsPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectionsPanel::onSelectionChanged);
    connect(m_copyAccount, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_availabilityZones.accountId); });
    connect(m_copyZones, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_availabilityZones.azIds.join(u", "_s));
    });
    connect(m_watcher, &Watcher::connectionsRefreshed, this,
            &ConnectionsPanel::onConnectionsRefreshed);
    connect(m_watcher, &Watcher::connectionRefreshed, this,
            &ConnectionsPanel::onConnectionRefreshed);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ConnectionsPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConnectionsPanel::updateEmptyState);
    setUpActions();
    retranslate();
    setCluster(std::nullopt);
}

void ConnectionsPanel::setUpActions()
{
    m_copyId->setObjectName(u"actionCopyConnectionId"_s);
    m_copyCommand->setObjectName(u"actionCopyTicloudCommand"_s);
    m_exportCsv->setObjectName(u"actionExportCsv"_s);
    m_exportJson->setObjectName(u"actionExportJson"_s);
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyCommand->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCommand->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsv->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addActions({m_copyId, m_copyCommand, m_exportCsv, m_exportJson});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(m_copyId);
    addAction(m_copyCommand);
    addAction(m_exportCsv);
    m_copyIdButton->setDefaultAction(m_copyId);
    m_copyCommandButton->setDefaultAction(m_copyCommand);
    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(m_exportCsv);
    exportMenu->addAction(m_exportJson);
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setObjectName(u"exportButton"_s);
    connect(m_copyId, &QAction::triggered, this, [this] {
        if (const auto *c = selectedConnection())
            QGuiApplication::clipboard()->setText(c->privateLinkConnectionId);
    });
    connect(m_copyCommand, &QAction::triggered, this, [this] {
        if (const auto *c = selectedConnection(); c && m_cluster)
            QGuiApplication::clipboard()->setText(
                CliCommands::get(m_cluster->clusterId, c->privateLinkConnectionId));
    });
    connect(m_exportCsv, &QAction::triggered, this, [this] { chooseExportFile(false); });
    connect(m_exportJson, &QAction::triggered, this, [this] { chooseExportFile(true); });
    updateActions();
}

void ConnectionsPanel::updateActions()
{
    const bool selected = selectedConnection() != nullptr;
    m_copyId->setEnabled(selected);
    m_copyCommand->setEnabled(selected);
    const bool rows = m_proxy->rowCount() > 0;
    m_exportCsv->setEnabled(rows);
    m_exportJson->setEnabled(rows);
    m_exportButton->setEnabled(rows);
}

const PrivateLinkConnection *ConnectionsPanel::selectedConnection() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()) : nullptr;
}

void ConnectionsPanel::chooseExportFile(bool json)
{
    // Not the static getSaveFileName: that would spin a nested event loop.
    auto *dialog = new QFileDialog(this, json ? tr("Export as JSON") : tr("Export as CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(json ? u"json"_s : u"csv"_s);
    dialog->selectFile(
        u"private-link-connections-%1"_s.arg(m_cluster ? m_cluster->displayName : QString()));
    connect(dialog, &QFileDialog::fileSelected, this, [this, json](const QString &file) {
        const QString error = exportTable(file, json);
        if (!error.isEmpty())
            m_messageBar->showMessage(MessageBar::Kind::Error, error, false);
        else
            m_messageBar->showMessage(
                MessageBar::Kind::Information,
                tr("Exported %n private link connection(s) to %1.", nullptr, m_proxy->rowCount())
                    .arg(file),
                false);
    });
    dialog->open();
}

QString ConnectionsPanel::exportTable(const QString &fileName, bool json) const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(fileName, file.errorString());
    file.write(json ? TableExport::toJson(m_proxy, columns) : TableExport::toCsv(m_proxy, columns));
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(fileName, file.errorString());
    return {};
}

ConnectionsPanel::~ConnectionsPanel()
{
    for (Job *job : {m_listJob.data(), m_zonesJob.data(), m_getJob.data()}) {
        if (job)
            job->cancel();
    }
}

void ConnectionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslateRows();
    }
    QWidget::changeEvent(event);
}

void ConnectionsPanel::retranslate()
{
    const int current = m_stateFilter->currentIndex();
    m_stateFilter->clear();
    m_stateFilter->addItem(tr("All states"), int(ConnectionState::Unknown));
    m_stateFilter->addItem(tr("Creating"), int(ConnectionState::Creating));
    m_stateFilter->addItem(tr("Pending acceptance"), int(ConnectionState::PendingAcceptance));
    m_stateFilter->addItem(tr("Active"), int(ConnectionState::Active));
    m_stateFilter->addItem(tr("Failed"), int(ConnectionState::Failed));
    m_stateFilter->addItem(tr("Deleting"), int(ConnectionState::Deleting));
    m_stateFilter->setCurrentIndex(qMax(0, current));
    m_stateFilter->setAccessibleName(tr("State filter"));
    m_filter->setPlaceholderText(tr("Filter by name, ID, endpoint service, zone…"));
    m_filter->setAccessibleName(tr("Filter private link connections"));
    m_table->setAccessibleName(tr("Private link connections"));
    fitHeaderTexts(m_table->horizontalHeader());
    m_copyAccount->setText(tr("Copy"));
    m_copyAccount->setToolTip(tr("Copy the account ID"));
    m_copyZones->setText(tr("Copy"));
    m_copyZones->setToolTip(tr("Copy the availability zones"));
    m_copyId->setText(tr("Copy ID"));
    m_copyId->setToolTip(tr("Copy the private link connection ID (Ctrl+C)"));
    m_copyCommand->setText(tr("Copy ticloud Command"));
    m_copyCommand->setToolTip(
        tr("Copy the ticloud CLI command that shows this connection (Ctrl+Shift+C)"));
    m_exportButton->setText(tr("Export"));
    m_exportCsv->setText(tr("Export as CSV…"));
    m_exportJson->setText(tr("Export as JSON…"));
    m_title->setText(
        m_cluster ? tr("Private link connections for dataflow of %1").arg(m_cluster->displayName)
                  : tr("Private link connections for dataflow"));
    m_account->setText(
        tr("TiDB Cloud account ID: %1")
            .arg(m_availabilityZones.accountId.isEmpty() ? u"…"_s : m_availabilityZones.accountId));
    m_zones->setText(tr("Availability zones: %1")
                         .arg(m_availabilityZones.azIds.isEmpty()
                                  ? u"…"_s
                                  : m_availabilityZones.azIds.join(u", "_s)));
    if (m_lastError.isError())
        m_messageBar->showMessage(MessageBar::Kind::Error, m_lastError.userMessage(), true);
    updateEmptyState();
}

ConnectionState ConnectionsPanel::stateFilter() const
{
    return ConnectionState(m_stateFilter->currentData().toInt());
}

void ConnectionsPanel::setCluster(const std::optional<Cluster> &cluster)
{
    const bool same = cluster && m_cluster && cluster->clusterId == m_cluster->clusterId;
    m_cluster = cluster;
    if (same)
        return;
    m_availabilityZones = {};
    m_loadedOnce = false;
    m_model->setRows({}); // another cluster: a reset, the only one
    m_model->setClusterRegion(cluster ? cluster->region.providerRegionCode() : QString());
    m_details->clear();
    m_details->setAccountId({});
    reload();
}

void ConnectionsPanel::reload()
{
    for (Job *job : {m_listJob.data(), m_zonesJob.data()}) {
        if (job)
            job->cancel();
    }
    m_lastError = {};
    m_messageBar->hide();
    if (!m_cluster) {
        m_loading = false;
        retranslate();
        return;
    }
    m_loading = true;
    const QString clusterId = m_cluster->clusterId;
    auto *list = m_service->listConnections(clusterId, stateFilter());
    m_listJob = list;
    connect(list, &Job::finished, this, [this, list] {
        if (list->isCancelled())
            return; // superseded: never reaches the model
        m_loading = false;
        if (!list->succeeded()) {
            m_lastError = list->error(); // the last good rows stay on screen
            m_messageBar->showMessage(MessageBar::Kind::Error, m_lastError.userMessage(), true);
            updateEmptyState();
            Q_EMIT loaded(false);
            return;
        }
        m_loadedOnce = true;
        m_model->apply(list->value());
        followIfChanging(list->value());
        updateEmptyState();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        Q_EMIT loaded(true);
    });
    auto *zones = m_service->availabilityZones(clusterId);
    m_zonesJob = zones;
    connect(zones, &Job::finished, this, [this, zones] {
        if (!zones->succeeded())
            return; // the list's error bar already speaks for the cluster
        m_availabilityZones = zones->value();
        m_details->setAccountId(m_availabilityZones.accountId);
        retranslate();
    });
    retranslate();
}

void ConnectionsPanel::followIfChanging(const QList<PrivateLinkConnection> &list)
{
    if (!m_cluster)
        return;
    if (std::any_of(list.begin(), list.end(),
                    [](const auto &c) { return isTransitional(c.state.value); }))
        m_watcher->watchCluster(m_cluster->clusterId);
}

void ConnectionsPanel::onConnectionsRefreshed(const QString &clusterId,
                                              const QList<PrivateLinkConnection> &list)
{
    if (!m_cluster || clusterId != m_cluster->clusterId || m_loading)
        return;
    const ConnectionState filter = stateFilter();
    QList<PrivateLinkConnection> shown;
    for (const PrivateLinkConnection &c : list) {
        if (filter == ConnectionState::Unknown || c.state.value == filter)
            shown.append(c);
    }
    m_model->apply(shown);
    onSelectionChanged();
}

void ConnectionsPanel::onConnectionRefreshed(const QString &clusterId,
                                             const PrivateLinkConnection &connection)
{
    if (!m_cluster || clusterId != m_cluster->clusterId ||
        connection.privateLinkConnectionId != selectedConnectionId()) {
        return;
    }
    m_details->showConnection(connection);
}

QString ConnectionsPanel::selectedConnectionId() const
{
    return m_table->currentIndex().data(ConnectionTableModel::IdRole).toString();
}

void ConnectionsPanel::selectConnection(const QString &connectionId)
{
    const int row = m_model->rowOf(connectionId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void ConnectionsPanel::onSelectionChanged()
{
    updateActions();
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    const PrivateLinkConnection *connection = m_model->rowAt(row);
    if (!connection || !m_cluster) {
        m_details->clear();
        return;
    }
    m_details->showConnection(*connection);
    // The list has no domains: a Get brings them (and is watched while they change).
    if (m_getJob)
        m_getJob->cancel();
    auto *get = m_service->getConnection(m_cluster->clusterId, connection->privateLinkConnectionId);
    m_getJob = get;
    connect(get, &Job::finished, this, [this, get, clusterId = m_cluster->clusterId] {
        if (!get->succeeded())
            return;
        const PrivateLinkConnection &full = get->value();
        if (full.privateLinkConnectionId != selectedConnectionId())
            return;
        m_details->showConnection(full);
        const bool changing =
            full.attachedDomains &&
            std::any_of(full.attachedDomains->begin(), full.attachedDomains->end(),
                        [](const AttachDomain &d) { return d.isChanging(); });
        if (changing || isTransitional(full.state.value))
            m_watcher->watchConnection(clusterId, full.privateLinkConnectionId);
    });
}

void ConnectionsPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (!m_cluster)
        m_emptyState->setText(
            tr("Select a cluster to see its private link connections for dataflow."));
    else if (m_loading && !m_loadedOnce)
        m_emptyState->setText(tr("Loading private link connections…"));
    else if (m_model->rowCount() > 0)
        m_emptyState->setText(tr("No private link connection matches the filter."));
    else if (stateFilter() != ConnectionState::Unknown)
        m_emptyState->setText(tr("No private link connection of this cluster is in this state."));
    else if (m_lastError.isError())
        m_emptyState->setText(tr("The private link connections could not be loaded."));
    else
        m_emptyState->setText(tr("No private link connections for this cluster yet — create one "
                                 "with Create Private Link Connection…"));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_table);
    updateActions();
}

QByteArray ConnectionsPanel::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_table->horizontalHeader()->saveState() << m_splitter->saveState()
           << m_stateFilter->currentIndex();
    return state;
}

void ConnectionsPanel::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    QByteArray header, splitter;
    int filter = 0;
    stream >> header >> splitter >> filter;
    if (stream.status() != QDataStream::Ok)
        return;
    m_table->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
    if (filter >= 0 && filter < m_stateFilter->count())
        m_stateFilter->setCurrentIndex(filter);
}

} // namespace plc
