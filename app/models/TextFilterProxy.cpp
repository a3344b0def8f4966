#include "TextFilterProxy.h"

namespace plc {

TextFilterProxy::TextFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void TextFilterProxy::setFilterText(const QString &text)
{
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    QStringList cells;
    cells.reserve(2 * columns);
    for (int column = 0; column < columns; ++column) {
        const QModelIndex cell = model->index(sourceRow, column, sourceParent);
        cells.append(cell.data(Qt::DisplayRole).toString());
        cells.append(cell.data(Qt::ToolTipRole).toString());
    }
    for (const QString &term : m_terms) {
        const bool found = std::any_of(cells.cbegin(), cells.cend(), [&term](const QString &cell) {
            return cell.contains(term, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace plc
