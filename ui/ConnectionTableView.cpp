#include "ui/ConnectionTableView.h"

#include "ui/widgets/ColumnChooser.h"
#include "ui/widgets/StateBadgeDelegate.h"

#include "domain/DisplayNames.h"
#include "models/ConnectionTableModel.h"

#include <QHeaderView>
#include <QScrollBar>

#include <cmath>

using namespace Qt::StringLiterals;

namespace plc {

ConnectionTableView::ConnectionTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"connectionTable"_s);
    setTabKeyNavigation(false); // Tab leaves the table
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    // Endpoint service names differ at their end (vpce-svc-…): keep both ends.
    setTextElideMode(Qt::ElideMiddle);
    setWordWrap(false);
    setItemDelegateForColumn(ConnectionTableModel::StateColumn,
                             new StateBadgeDelegate(ConnectionTableModel::StateColorRole, this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
}

void ConnectionTableView::setUpColumns()
{
    setSortingEnabled(true);
    sortByColumn(ConnectionTableModel::CreatedColumn, Qt::AscendingOrder);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->resizeSection(ConnectionTableModel::NameColumn, 160);
    header->resizeSection(ConnectionTableModel::IdColumn, 200);
    header->resizeSection(ConnectionTableModel::TypeColumn, 190);
    header->resizeSection(ConnectionTableModel::StateColumn, 140);
    header->resizeSection(ConnectionTableModel::EndpointServiceColumn, 380);
    // Who uses the connection belongs next to how it is; the column is last in the model so
    // that a header saved before it existed still restores.
    header->moveSection(header->visualIndex(ConnectionTableModel::UsedByColumn),
                        header->visualIndex(ConnectionTableModel::StateColumn) + 1);
    header->resizeSection(ConnectionTableModel::UsedByColumn, 130);
    m_columns = new ColumnChooser(this, header);
}

void ConnectionTableView::fitStateColumn()
{
    qreal widest = 0;
    for (const auto &[state, name] : EnumNames<ConnectionState>::names) {
        const QString text = DisplayNames::connectionState(
            EnumValue<ConnectionState>{state, QString::fromLatin1(name)});
        widest = qMax(widest, StateBadgeDelegate::badgeSize(text, font()).width());
    }
    QHeaderView *header = horizontalHeader();
    const int needed = int(std::ceil(widest)) + 16;
    if (header->sectionSize(ConnectionTableModel::StateColumn) < needed)
        header->resizeSection(ConnectionTableModel::StateColumn, needed);
}

int ConnectionTableView::heightFor(int rows) const
{
    // The header as it is drawn (its hint can be smaller before it is polished).
    const QHeaderView *header = horizontalHeader();
    return qMax(header->sizeHint().height(), header->height()) +
           rows * verticalHeader()->defaultSectionSize() +
           horizontalScrollBar()->sizeHint().height() + 2 * frameWidth();
}

} // namespace plc
