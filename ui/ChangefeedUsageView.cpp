#include "ui/ChangefeedUsageView.h"

#include "ui/widgets/ColumnChooser.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/NoteLabel.h"
#include "ui/widgets/StateBadgeDelegate.h"

#include "domain/CliCommands.h"
#include "domain/DisplayNames.h"
#include "models/ChangefeedTableModel.h"
#include "models/TextFilterProxy.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
/// How often "Behind" is measured again while the section shows.
constexpr int ClockMs = 15'000;
} // namespace

ChangefeedUsageView::ChangefeedUsageView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ChangefeedTableModel(this))
    , m_proxy(new TextFilterProxy(this))
    , m_problems(new QLabel(this))
    , m_copyId(new QAction(this))
    , m_copyCommand(new QAction(this))
{
    setObjectName(u"changefeedUsage"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setObjectName(u"changefeedUsageStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // may quote a server's message
    m_problems->setObjectName(u"changefeedProblems"_s);
    NoteLabel::setUp(m_problems, NoteLabel::Kind::Problem); // server text: plain, never markup

    m_table->setObjectName(u"changefeedTable"_s);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChangefeedTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(
        ChangefeedTableModel::StateColumn,
        new StateBadgeDelegate(ChangefeedTableModel::StateColorRole, this));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(ChangefeedTableModel::NameColumn, 190);
    header->resizeSection(ChangefeedTableModel::SinkColumn, 70);
    header->resizeSection(ChangefeedTableModel::PortColumn, 60);
    header->resizeSection(ChangefeedTableModel::StateColumn, 140);
    header->resizeSection(ChangefeedTableModel::CheckpointColumn, 150);
    header->resizeSection(ChangefeedTableModel::BehindColumn, 90);
    // The ID is in the tooltip of the context menu's Copy; the error shows below in full.
    header->setSectionHidden(ChangefeedTableModel::IdColumn, true);
    m_columns = new ColumnChooser(m_table, header);

    m_copyId->setObjectName(u"actionCopyChangefeedId"_s);
    m_copyCommand->setObjectName(u"actionCopyDescribeCommand"_s);
    m_table->addAction(m_copyId);
    m_table->addAction(m_copyCommand);
    m_table->addAction(m_columns->menuAction());
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyId, &QAction::triggered, this, [this] {
        const QString id = currentId();
        if (id.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(id);
        Q_EMIT told(tr("Copied the changefeed ID %1.").arg(id));
    });
    connect(m_copyCommand, &QAction::triggered, this, [this] {
        const QString command = describeCommand();
        if (command.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(command);
        Q_EMIT told(tr("Copied the ticloud command."));
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ChangefeedUsageView::fitTable);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChangefeedUsageView::fitTable);

    m_clock.setInterval(ClockMs);
    connect(&m_clock, &QTimer::timeout, this,
            [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    layout->addWidget(m_problems);
    retranslate();
    fitTable();
}

QString ChangefeedUsageView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ChangefeedTableModel::IdRole).toString() : QString();
}

QString ChangefeedUsageView::describeCommand() const
{
    const QString id = currentId();
    return id.isEmpty() ? QString() : CliCommands::describeChangefeed(m_clusterId, id);
}

QString ChangefeedUsageView::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString ChangefeedUsageView::problemsText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void ChangefeedUsageView::showChangefeeds(const QString &clusterId,
                                          const QList<Changefeed> &changefeeds, bool known,
                                          const ApiError &error)
{
    m_clusterId = clusterId;
    m_known = known;
    m_error = error;
    m_model->setNow(QDateTime::currentDateTimeUtc());
    m_model->apply(known ? changefeeds : QList<Changefeed>());
    refreshTexts();
}

void ChangefeedUsageView::fitTable()
{
    const int rows = qMax(1, m_proxy->rowCount());
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            m_table->horizontalScrollBar()->sizeHint().height() +
                            2 * m_table->frameWidth());
}

void ChangefeedUsageView::refreshTexts()
{
    const bool any = m_known && m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_status->setVisible(!any);
    if (!m_known) {
        m_status->setText(
            m_error.isError()
                ? tr("The changefeeds could not be read: %1").arg(m_error.userMessage())
                : tr("Reading the changefeeds…"));
    } else {
        m_status->setText(tr("No changefeed runs through this connection. Changefeeds on a "
                             "public network are not listed here."));
    }
    QStringList problems;
    for (const Changefeed &c : m_model->rows()) {
        if (isTroubled(c.state.value) && !c.error.isEmpty()) {
            problems.append(tr("%1 (%2): %3")
                                .arg(c.displayName.isEmpty() ? c.changefeedId : c.displayName,
                                     DisplayNames::changefeedState(c.state), c.error));
        }
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(any && !problems.isEmpty());
}

void ChangefeedUsageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslateRows();
    }
    QWidget::changeEvent(event);
}

void ChangefeedUsageView::showEvent(QShowEvent *event)
{
    m_model->setNow(QDateTime::currentDateTimeUtc());
    m_clock.start();
    QWidget::showEvent(event);
}

void ChangefeedUsageView::hideEvent(QHideEvent *event)
{
    m_clock.stop();
    QWidget::hideEvent(event);
}

void ChangefeedUsageView::retranslate()
{
    m_title->setText(tr("Used by"));
    m_table->setAccessibleName(tr("Changefeeds through this connection"));
    m_copyId->setText(tr("Copy Changefeed &ID"));
    m_copyCommand->setText(tr("Copy &ticloud Command"));
    m_copyCommand->setToolTip(tr("Copy the ticloud command that describes this changefeed"));
    fitHeaderTexts(m_table->horizontalHeader());
    refreshTexts();
}

} // namespace plc
