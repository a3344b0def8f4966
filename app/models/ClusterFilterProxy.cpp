#include "ClusterFilterProxy.h"

#include "ClusterTableModel.h"

namespace plc {

ClusterFilterProxy::ClusterFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ClusterTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void ClusterFilterProxy::setFilterText(const QString &text)
{
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool ClusterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    QStringList cells;
    cells.reserve(columns + 1);
    for (int column = 0; column < columns; ++column)
        cells.append(
            model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString());
    // Also match the region code ("ap-northeast-1") behind a display name ("Tokyo (…)").
    cells.append(model->index(sourceRow, ClusterTableModel::RegionColumn, sourceParent)
                     .data(Qt::ToolTipRole)
                     .toString());
    for (const QString &term : m_terms) {
        bool found = false;
        for (const QString &cell : std::as_const(cells)) {
            if (cell.contains(term, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace plc
