#include "ui/FleetWindow.h"

#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/StateBadgeDelegate.h"
#include "ui/widgets/TableExporter.h"

#include "domain/CliCommands.h"
#include "models/FleetFeed.h"
#include "models/FleetTableModel.h"
#include "models/TableExport.h"
#include "models/TextFilterProxy.h"
#include "services/BackgroundSave.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {

constexpr int ChangesShown = 200; ///< the list says how many more there are beyond these

} // namespace

FleetWindow::FleetWindow(FleetFeed *feed, QWidget *parent)
    : QMainWindow(parent)
    , m_feed(feed)
    , m_proxy(new TextFilterProxy(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_filterLabel(new QLabel(this))
    , m_profilesButton(new QToolButton(this))
    , m_problems(new QLabel(this))
    , m_messageBar(new MessageBar(this))
    , m_changesLabel(new QLabel(this))
    , m_changes(new QListWidget(this))
    , m_seenButton(new QPushButton(this))
    , m_progress(new QLabel(this))
    , m_attention(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_refreshAction(new QAction(this))
    , m_openAction(new QAction(this))
    , m_exportCsvAction(new QAction(this))
    , m_exportJsonAction(new QAction(this))
    , m_copyCliAction(new QAction(this))
{
    setObjectName(u"FleetWindow"_s);
    // Closing the main window quits, this one open or not (it opens again at the next start).
    setAttribute(Qt::WA_QuitOnClose, false);
    m_proxy->setSourceModel(feed->model());
    m_proxy->setSortRole(FleetTableModel::SortRole);
    m_table->setObjectName(u"fleetTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetTableModel::AttentionColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(
        FleetTableModel::StateColumn,
        new StateBadgeDelegate(FleetTableModel::StateColorRole, m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(FleetTableModel::ClusterColumn, 12 * em);
    header->resizeSection(FleetTableModel::ConnectionColumn, 12 * em);
    header->resizeSection(FleetTableModel::StateColumn, 14 * em);
    header->resizeSection(FleetTableModel::AttentionColumn, 22 * em);
    header->resizeSection(FleetTableModel::ProviderSideColumn, 17 * em);

    m_filter->setObjectName(u"fleetFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TextFilterProxy::setFilterText);
    m_profilesButton->setObjectName(u"fleetProfiles"_s);
    m_profilesButton->setPopupMode(QToolButton::InstantPopup);
    m_profilesButton->setMenu(new QMenu(m_profilesButton));
    m_problems->setObjectName(u"fleetProblems"_s);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setForegroundRole(QPalette::BrightText);
    m_problems->setAutoFillBackground(true);
    {
        QPalette palette = m_problems->palette();
        palette.setColor(QPalette::Window, QColor(0xfc, 0xe8, 0xe6));
        palette.setColor(QPalette::WindowText, QColor(0x8c, 0x1d, 0x18));
        m_problems->setPalette(palette);
        m_problems->setForegroundRole(QPalette::WindowText);
    }
    m_problems->setContentsMargins(8, 6, 8, 6);
    m_problems->hide();
    m_messageBar->hide();
    m_changes->setObjectName(u"fleetChanges"_s);
    m_changes->setWordWrap(true);
    m_changes->setUniformItemSizes(false);
    m_changesLabel->setBuddy(m_changes);
    m_seenButton->setObjectName(u"fleetMarkSeen"_s);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_profilesButton);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_problems);
    auto *changesPane = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changesPane);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    auto *changesHeader = new QHBoxLayout;
    changesHeader->addWidget(m_changesLabel, 1);
    changesHeader->addWidget(m_seenButton);
    changesLayout->addLayout(changesHeader);
    changesLayout->addWidget(m_changes);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(changesPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_progress->setObjectName(u"fleetProgress"_s);
    m_progress->setTextFormat(Qt::PlainText);
    m_attention->setObjectName(u"fleetAttention"_s);
    statusBar()->addWidget(m_progress, 1);
    statusBar()->addPermanentWidget(m_attention);
    setUpActions();

    // A pass changes the feed after each cluster: what the window says of it is made again
    // at most five times a second.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        updateStatus();
        updateChanges();
    });
    connect(feed, &FleetFeed::changed, this, [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    });
    connect(feed, &FleetFeed::notice, this, [this](const QString &sentence) {
        // Each sentence once, the latest three (a full disk says the same after every cluster).
        m_notices.removeAll(sentence);
        m_notices.append(sentence);
        while (m_notices.size() > 3)
            m_notices.removeFirst();
        m_messageBar->showMessage(MessageBar::Kind::Information, m_notices.join(u'\n'), false);
    });
    connect(m_table, &QAbstractItemView::activated, this, [this] { openCurrent(); });
    connect(m_changes, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { selectRow(item->data(Qt::UserRole).toString()); });
    connect(m_seenButton, &QPushButton::clicked, feed, &FleetFeed::markLooked);
    resize(1100, 700);
    retranslate();
    updateStatus();
    updateChanges();
}

FleetWindow::~FleetWindow() = default;

void FleetWindow::setUpActions()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"fleetToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(toolBar);
    m_refreshAction->setObjectName(u"actionFleetRefresh"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, m_feed, &FleetFeed::readNow);
    m_openAction->setObjectName(u"actionFleetOpen"_s);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, &FleetWindow::openCurrent);
    const auto exportTo = [this](bool json) {
        TableExporter::choose(this, json, u"private-link-fleet"_s,
                              [this, json](const QString &file) { exportTable(file, json); });
    };
    m_exportCsvAction->setObjectName(u"actionFleetExportCsv"_s);
    connect(m_exportCsvAction, &QAction::triggered, this, [exportTo] { exportTo(false); });
    m_exportJsonAction->setObjectName(u"actionFleetExportJson"_s);
    connect(m_exportJsonAction, &QAction::triggered, this, [exportTo] { exportTo(true); });
    m_copyCliAction->setObjectName(u"actionFleetCopyCli"_s);
    m_copyCliAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyCliAction, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(cliCommands()); });
    for (QAction *action :
         {m_refreshAction, m_openAction, m_exportCsvAction, m_exportJsonAction, m_copyCliAction}) {
        toolBar->addAction(action);
        m_table->addAction(action);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void FleetWindow::setProfiles(const QStringList &all, const QStringList &chosen)
{
    m_all = all;
    m_chosen = chosen;
    rebuildProfileMenu();
    updateStatus();
}

void FleetWindow::rebuildProfileMenu()
{
    QMenu *menu = m_profilesButton->menu();
    menu->clear();
    for (const QString &profile : std::as_const(m_all)) {
        QAction *action = menu->addAction(profile);
        action->setCheckable(true);
        action->setChecked(m_chosen.contains(profile));
        connect(action, &QAction::toggled, this, [this, profile](bool on) {
            QStringList chosen;
            for (const QString &name : std::as_const(m_all)) {
                if (name == profile ? on : m_chosen.contains(name))
                    chosen.append(name);
            }
            m_chosen = chosen;
            updateStatus();
            Q_EMIT profilesChosen(chosen);
        });
    }
    m_profilesButton->setText(
        tr("Profiles: %1").arg(m_chosen.isEmpty() ? tr("none") : m_chosen.join(u", "_s)));
}

bool FleetWindow::selectRow(const QString &key)
{
    const int row = m_feed->model()->rowOf(key);
    if (row < 0)
        return false;
    // A filter that hides the row is cleared, so that the row can be shown.
    QModelIndex index = m_proxy->mapFromSource(m_feed->model()->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_feed->model()->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus();
    return index.isValid();
}

void FleetWindow::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const FleetRow *row = m_feed->model()->rowAt(m_proxy->mapToSource(current).row());
    if (row)
        Q_EMIT openRequested(row->profile, row->clusterId, row->connection.privateLinkConnectionId);
}

QString FleetWindow::cliCommands() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.size() > 1) {
        for (const QModelIndex &index : selected)
            rows.append(m_proxy->mapToSource(index).row());
    } else {
        rows = TableExport::sourceRows(m_proxy);
    }
    QStringList lines;
    for (int source : std::as_const(rows)) {
        const FleetRow *row = m_feed->model()->rowAt(source);
        if (!row)
            continue;
        // ticloud's -P picks the profile of its own configuration with that name.
        lines.append(CliCommands::get(row->clusterId, row->connection.privateLinkConnectionId) +
                     u" -P "_s + CliCommands::shellQuote(row->profile));
    }
    return lines.join(u'\n') + (lines.isEmpty() ? QString() : u"\n"_s);
}

void FleetWindow::exportTable(const QString &fileName, bool json)
{
    const TableSnapshot table = m_feed->model()->snapshot(TableExport::sourceRows(m_proxy),
                                                          TableExporter::shownColumns(m_table));
    BackgroundSave *save = TableExporter::save(fileName, json, table, this);
    save->onFinished(
        this, [this, fileName] { Q_EMIT exported(fileName, {}); },
        [this, fileName](const ApiError &error) {
            m_messageBar->showMessage(MessageBar::Kind::Error, error.userMessage(), false);
            Q_EMIT exported(fileName, error.userMessage());
        });
}

void FleetWindow::setOtherProblems(const QStringList &sentences)
{
    m_otherProblems = sentences;
    updateStatus();
}

void FleetWindow::updateStatus()
{
    QStringList problems = m_feed->problems() + m_otherProblems;
    if (m_chosen.isEmpty() && !m_all.isEmpty())
        problems.prepend(tr("No profile is chosen: choose the profiles whose connections the "
                            "fleet shows."));
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    const QString progress = m_feed->progressText();
    m_progress->setText(progress.isEmpty() ? QString() : progress.split(u'\n').join(u"  ·  "_s));
    m_progress->setToolTip(progress);
    const int attention = m_feed->attentionCount();
    m_attention->setText(tr("%n connection(s) need attention", nullptr, attention));
    setWindowTitle(attention > 0 ? tr("Fleet (%1) — Private Link Console").arg(attention)
                                 : tr("Fleet — Private Link Console"));
}

void FleetWindow::updateChanges()
{
    const QList<FleetChange> changes = m_feed->changesSinceLooked();
    m_changes->clear();
    for (qsizetype i = 0; i < changes.size() && i < ChangesShown; ++i) {
        auto *item = new QListWidgetItem(changes.at(i).sentence(), m_changes);
        item->setData(Qt::UserRole, changes.at(i).subject().key());
    }
    if (changes.size() > ChangesShown)
        new QListWidgetItem(tr("…and %n more.", nullptr, int(changes.size() - ChangesShown)),
                            m_changes);
    if (changes.isEmpty())
        new QListWidgetItem(tr("Nothing changed since you last looked."), m_changes);
    m_seenButton->setEnabled(!changes.isEmpty());
}

void FleetWindow::closeEvent(QCloseEvent *event)
{
    // What was on screen has been looked at (a minimized window has not been closed).
    m_feed->markLooked();
    Q_EMIT closed();
    QMainWindow::closeEvent(event);
}

void FleetWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void FleetWindow::retranslate()
{
    m_filterLabel->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("Profile, cluster, connection, state or reason"));
    m_filter->setAccessibleName(tr("Filter the fleet"));
    m_table->setAccessibleName(tr("Every private link connection"));
    m_changesLabel->setText(tr("Changed since you last looked"));
    m_seenButton->setText(tr("Mark as &Seen"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Read every chosen profile's clusters again now"));
    m_openAction->setText(tr("&Open in Main Window"));
    m_exportCsvAction->setText(tr("Export as &CSV…"));
    m_exportJsonAction->setText(tr("Export as &JSON…"));
    m_copyCliAction->setText(tr("Copy ticloud &Commands"));
    m_copyCliAction->setToolTip(
        tr("Copy the ticloud commands that read the selected connections (or every one shown)"));
    m_feed->model()->retranslateRows();
    fitHeaderTexts(m_table->horizontalHeader());
    rebuildProfileMenu();
    updateStatus();
    updateChanges();
    // The buttons' and labels' new lengths are laid out now, not at the next resize.
    centralWidget()->layout()->invalidate();
    centralWidget()->layout()->activate();
}

} // namespace plc
