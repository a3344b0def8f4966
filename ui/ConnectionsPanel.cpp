#include "ui/ConnectionsPanel.h"

#include "ui/ChangefeedUsageView.h"
#include "ui/ConnectionActions.h"
#include "ui/ConnectionDetailsPane.h"
#include "ui/ConnectionPages.h"
#include "ui/ConnectionPicturePane.h"
#include "ui/ConnectionTableView.h"
#include "ui/ConnectionWizards.h"
#include "ui/widgets/AccountZonesBar.h"
#include "ui/widgets/ColumnChooser.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/TableExporter.h"

#include "models/ConnectionFeed.h"
#include "models/ConnectionTableModel.h"
#include "models/TableExport.h"
#include "models/TextFilterProxy.h"
#include "services/BackgroundSave.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr int MinimumRows = 8;
}

ConnectionsPanel::ConnectionsPanel(PrivateLinkService *service, Watcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_feed(new ConnectionFeed(service, watcher, this))
    , m_model(m_feed->model())
    , m_proxy(new TextFilterProxy(this))
    , m_title(new QLabel(this))
    , m_accountBar(new AccountZonesBar(this))
    , m_stateFilter(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_messageBar(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new ConnectionTableView(this))
    , m_emptyState(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_bottomTabs(new ConnectionPages(this))
    , m_details(m_bottomTabs->details())
    , m_picture(m_bottomTabs->picture())
    , m_actions(new ConnectionActions(this))
    , m_wizards(new ConnectionWizards(this, service, watcher))
    , m_toolBar(new QToolBar(this))
    , m_exportAction(new QAction(this))
{
    setObjectName(u"connectionsPanel"_s);
    m_messageBar->setObjectName(u"connectionsMessageBar"_s);
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_filter->setObjectName(u"connectionFilterEdit"_s);
    m_filter->setClearButtonEnabled(true);
    m_emptyState->setObjectName(u"connectionsEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_title->setObjectName(u"connectionsTitle"_s);
    m_title->setTextFormat(Qt::PlainText); // names the cluster, as the server calls it
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setUpColumns();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_stateFilter);
    filterRow->addWidget(m_filter, 1);
    // A tool bar, not a row of buttons: in a narrow window the actions that do not fit move
    // into its » menu instead of widening the window beyond the screen.
    m_toolBar->setObjectName(u"connectionToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setFloatable(false);
    m_toolBar->setMovable(false);
    for (QAction *action : {m_actions->create(), m_actions->attach(), m_actions->detach(),
                            m_actions->remove(), m_actions->testSink(), m_actions->copyId(),
                            m_actions->copyCommand(), m_actions->openProviderConsole()}) {
        m_toolBar->addAction(action);
        m_toolBar->widgetForAction(action)->setObjectName(action->objectName() + u"Button"_s);
    }
    m_toolBar->addSeparator();
    m_exportAction->setObjectName(u"actionExport"_s);
    m_toolBar->addAction(m_exportAction);

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_bottomTabs);
    // A taller window gives its room to the table; the details keep what they had.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    // Eight rows, whatever else takes height (a message, a taller script): the pages below
    // scroll instead. Measured again once the style and the language's font are known.
    updateTableMinimum();
    m_splitter->setObjectName(u"connectionsSplitter"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_accountBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_toolBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TextFilterProxy::setFilterText);
    connect(m_stateFilter, &QComboBox::activated, this,
            [this] { m_feed->setStateFilter(stateFilter()); });
    connect(m_messageBar, &MessageBar::retryRequested, this, &ConnectionsPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConnectionsPanel::onSelectionChanged);
    connect(m_feed, &ConnectionFeed::clusterChanged, this, [this] {
        m_selected.reset();
        m_details->clear();
        m_details->setAccountId({});
    });
    connect(m_feed, &ConnectionFeed::stateChanged, this, &ConnectionsPanel::showFeedState);
    connect(m_feed, &ConnectionFeed::loaded, this, &ConnectionsPanel::onLoaded);
    connect(m_feed, &ConnectionFeed::rowsRefreshed, this, &ConnectionsPanel::onSelectionChanged);
    connect(m_feed, &ConnectionFeed::connectionUpdated, this,
            [this](const PrivateLinkConnection &connection) {
                if (connection.privateLinkConnectionId == selectedConnectionId())
                    showSelected(connection);
            });
    connect(m_feed, &ConnectionFeed::changefeedsChanged, this, &ConnectionsPanel::showUsage);
    connect(m_feed, &ConnectionFeed::availabilityZonesChanged, this, [this] {
        m_details->setAccountId(m_feed->availabilityZones().accountId);
        if (m_selected)
            m_picture->setContent(cluster(), m_feed->availabilityZones().azIds, m_selected);
        retranslate();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ConnectionsPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConnectionsPanel::updateEmptyState);
    setUpActions();
    // Top to bottom: the account's copy buttons, a message's buttons, the filters, the table,
    // then the pages below it.
    setTabOrder(m_accountBar, m_messageBar);
    setTabOrder(m_messageBar, m_stateFilter);
    setTabOrder(m_stateFilter, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_bottomTabs);
    retranslate();
    setCluster(std::nullopt);
}

void ConnectionsPanel::setUpActions()
{
    m_table->addActions(m_actions->menuActions());
    m_table->addAction(m_table->columns()->menuAction());
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *exportMenu = new QMenu(this);
    exportMenu->setObjectName(u"exportMenu"_s);
    exportMenu->addAction(m_actions->exportCsv());
    exportMenu->addAction(m_actions->exportJson());
    m_exportAction->setMenu(exportMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_exportAction))) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setObjectName(u"exportButton"_s);
    }
    connect(m_details, &ConnectionDetailsPane::told, this, [this](const QString &message) {
        m_messageBar->showMessage(MessageBar::Kind::Information, message, false);
    });
    connect(m_actions, &ConnectionActions::exportRequested, this,
            &ConnectionsPanel::chooseExportFile);
    m_wizards->openOn(m_actions);
    m_details->setSideActions(m_actions->acceptRequest(), m_actions->diagnoseSide());
    connect(m_actions, &ConnectionActions::told, this, [this](const QString &message) {
        m_messageBar->showMessage(MessageBar::Kind::Information, message, false);
    });
    connect(m_picture, &ConnectionPicturePane::exported, this,
            [this](const QString &message, bool ok) {
                m_messageBar->showMessage(
                    ok ? MessageBar::Kind::Information : MessageBar::Kind::Error, message, false);
            });
    updateActions();
}

void ConnectionsPanel::reloadAndSelect(const QString &connectionId)
{
    m_pendingSelection = connectionId;
    reload();
}

void ConnectionsPanel::updateActions()
{
    const bool rows = m_proxy->rowCount() > 0;
    m_actions->update(cluster(), selectedConnection(), rows);
    m_exportAction->setEnabled(rows);
}

const PrivateLinkConnection *ConnectionsPanel::selectedConnection() const
{
    if (m_selected && m_selected->privateLinkConnectionId == selectedConnectionId())
        return &*m_selected;
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()) : nullptr;
}

void ConnectionsPanel::showSelected(const PrivateLinkConnection &connection)
{
    // A row from the list has no domains; keep the ones a Get brought until the next Get.
    PrivateLinkConnection shown = connection;
    if (!shown.attachedDomains && m_selected &&
        m_selected->privateLinkConnectionId == shown.privateLinkConnectionId)
        shown.attachedDomains = m_selected->attachedDomains;
    m_selected = shown;
    m_details->showConnection(shown);
    m_picture->setContent(cluster(), m_feed->availabilityZones().azIds, shown);
    showUsage();
    updateActions();
}

void ConnectionsPanel::setChangefeedService(ChangefeedService *service)
{
    m_feed->setChangefeedService(service);
    m_wizards->setChangefeedService(service);
}

void ConnectionsPanel::setProviderAccounts(const ProviderAccounts &accounts)
{
    m_wizards->setAccounts(accounts);
    m_actions->setAccounts(accounts);
}

void ConnectionsPanel::showUsage()
{
    if (!m_selected || !cluster())
        return;
    const QList<Changefeed> through =
        m_feed->changefeedsThrough(m_selected->privateLinkConnectionId);
    const bool known = m_feed->changefeedsKnown();
    m_details->usage()->showChangefeeds(cluster()->clusterId, through, known,
                                        m_feed->changefeedError());
    m_picture->setChangefeeds(known ? std::optional(through) : std::nullopt);
    updateActions();
}

void ConnectionsPanel::chooseExportFile(bool json)
{
    TableExporter::choose(
        this, json,
        u"private-link-connections-%1"_s.arg(cluster() ? cluster()->displayName : QString()),
        [this, json](const QString &file) { exportTable(file, json); });
}

void ConnectionsPanel::exportTable(const QString &fileName, bool json)
{
    const TableSnapshot table =
        m_model->snapshot(TableExport::sourceRows(m_proxy), TableExporter::shownColumns(m_table));
    const int count = int(table.rowCount);
    m_messageBar->showMessage(
        MessageBar::Kind::Information,
        tr("Exporting %n private link connection(s) to %1…", nullptr, count).arg(fileName), false);
    const auto ended = [this, fileName, count](const QString &error) {
        m_messageBar->showMessage(
            error.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Error,
            error.isEmpty()
                ? tr("Exported %n private link connection(s) to %1.", nullptr, count).arg(fileName)
                : error,
            false);
        Q_EMIT exported(fileName, error);
    };
    TableExporter::save(fileName, json, table, this)
        ->onFinished(
            this, [ended] { ended({}); },
            [ended](const ApiError &error) { ended(error.userMessage()); });
}

ConnectionsPanel::~ConnectionsPanel() = default;

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
    m_table->fitStateColumn();
    QTimer::singleShot(0, this, &ConnectionsPanel::updateTableMinimum);
    m_actions->retranslate();
    m_exportAction->setText(tr("Export"));
    m_toolBar->setWindowTitle(tr("Private link connection actions"));
    m_title->setText(
        cluster() ? tr("Private link connections for dataflow of %1").arg(cluster()->displayName)
                  : tr("Private link connections for dataflow"));
    m_accountBar->setZones(m_feed->availabilityZones());
    showFeedState();
}

void ConnectionsPanel::updateTableMinimum()
{
    m_stack->setMinimumHeight(m_table->heightFor(MinimumRows));
}

void ConnectionsPanel::showEvent(QShowEvent *event)
{
    updateTableMinimum();
    QWidget::showEvent(event);
}

ConnectionState ConnectionsPanel::stateFilter() const
{
    return ConnectionState(m_stateFilter->currentData().toInt());
}

void ConnectionsPanel::setCluster(const std::optional<Cluster> &cluster)
{
    m_feed->setCluster(cluster);
}

const std::optional<Cluster> &ConnectionsPanel::cluster() const
{
    return m_feed->cluster();
}

const AvailabilityZones &ConnectionsPanel::availabilityZones() const
{
    return m_feed->availabilityZones();
}

void ConnectionsPanel::reload()
{
    m_feed->reload();
}

void ConnectionsPanel::showFeedState()
{
    const ApiError &error = m_feed->lastError();
    if (error.isError())
        m_messageBar->showMessage(MessageBar::Kind::Error, error.userMessage(), true);
    else if (m_feed->isLoading() || !cluster())
        m_messageBar->hide();
    updateEmptyState();
}

void ConnectionsPanel::onLoaded(bool ok)
{
    if (ok) {
        if (!m_pendingSelection.isEmpty())
            selectConnection(std::exchange(m_pendingSelection, QString()));
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
    }
    Q_EMIT loaded(ok);
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
    if (!connection || !cluster()) {
        m_selected.reset();
        m_details->clear();
        m_picture->setContent(cluster(), m_feed->availabilityZones().azIds, std::nullopt);
        updateActions();
        return;
    }
    showSelected(*connection);
    // The list has no domains: a Get brings them (and is watched while they change).
    m_feed->fetchConnection(connection->privateLinkConnectionId);
}

void ConnectionsPanel::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (!cluster())
        m_emptyState->setText(
            tr("Select a cluster to see its private link connections for dataflow."));
    else if (m_feed->isLoading() && !m_feed->hasLoaded())
        m_emptyState->setText(tr("Loading private link connections…"));
    else if (m_model->rowCount() > 0)
        m_emptyState->setText(tr("No private link connection matches the filter."));
    else if (stateFilter() != ConnectionState::Unknown)
        m_emptyState->setText(tr("No private link connection of this cluster is in this state."));
    else if (m_feed->lastError().isError() || !m_feed->hasLoaded())
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
           << m_stateFilter->currentIndex() << selectedConnectionId()
           << m_bottomTabs->currentIndex();
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
    if (filter >= 0 && filter < m_stateFilter->count()) {
        m_stateFilter->setCurrentIndex(filter);
        m_feed->setStateFilter(stateFilter());
    }
    QString selection;
    int tab = 0;
    stream >> selection >> tab;
    if (stream.status() != QDataStream::Ok)
        return; // written before the selection was remembered
    m_pendingSelection = selection;
    m_bottomTabs->restoreCurrent(tab);
}

QByteArray ConnectionsPanel::splitterState() const
{
    return m_splitter->saveState();
}

bool ConnectionsPanel::restoreSplitterState(const QByteArray &state)
{
    return !state.isEmpty() && m_splitter->restoreState(state);
}

void ConnectionsPanel::fitTableRows(int rows, int minimumBelow)
{
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    const int wanted = m_table->heightFor(rows);
    // Half each when there is room for both; the table's rows before the pages' minimum
    // when there is not (the details scroll, the table should not).
    int table = qMin(qMax(wanted, total / 2), total - minimumBelow);
    table = qMax(table, qMin(wanted, total));
    m_splitter->setSizes({table, total - table});
}

} // namespace plc
