#include "models/TextFilterProxy.h"

#include "models/KeyedRowsModel.h"

#include <QElapsedTimer>
#include <QTextDocument>

namespace plc {

TextFilterProxy::TextFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    m_warmTimer.setSingleShot(true);
    connect(&m_warmTimer, &QTimer::timeout, this, &TextFilterProxy::warmUp);
}

void TextFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    m_warmRow = 0;
    m_searchable = dynamic_cast<const SearchableRows *>(model);
    m_sortable = dynamic_cast<const SortableRows *>(model);
    if (!m_searchable && !m_sortable)
        return;
    // A source destroyed first leaves QSortFilterProxyModel with an empty model of its own,
    // without calling setSourceModel(): forget the destroyed one's interfaces, or the idle
    // warm-up would call into freed memory.
    connect(model, &QObject::destroyed, this, [this] {
        m_searchable = nullptr;
        m_sortable = nullptr;
        m_warmTimer.stop();
    });
    auto restart = [this] {
        // Wait until rows stop arriving (a paged load, a burst of refreshes), then fill.
        m_warmRow = 0;
        m_warmTimer.start(250);
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, restart);
    connect(model, &QAbstractItemModel::modelReset, this, restart);
    connect(model, &QAbstractItemModel::dataChanged, this, restart);
    restart();
}

void TextFilterProxy::warmUp()
{
    // A few milliseconds per turn of the event loop, then yield: the filter's words first,
    // then the sort keys.
    constexpr int BudgetMs = 4;
    QElapsedTimer clock;
    clock.start();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (!m_searchable)
        m_warmRow = rows;
    while (m_warmRow < rows && clock.elapsed() < BudgetMs) {
        for (int i = 0; i < 64 && m_warmRow < rows; ++i)
            m_searchable->searchText(m_warmRow++);
    }
    bool done = m_warmRow >= rows;
    if (done && m_sortable) {
        const int left = BudgetMs - int(clock.elapsed());
        done = left > 0 && m_sortable->warmSortKeys(left);
    }
    if (!done)
        m_warmTimer.start(0);
}

QString TextFilterProxy::plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<qt>") +
           text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
           QStringLiteral("</qt>");
}

QVariant TextFilterProxy::data(const QModelIndex &index, int role) const
{
    const QVariant value = QSortFilterProxyModel::data(index, role);
    if (role != Qt::ToolTipRole || value.typeId() != QMetaType::QString)
        return value;
    return plainToolTip(value.toString());
}

bool TextFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_sortable && !left.parent().isValid() && left.column() == right.column())
        return m_sortable->sortsBefore(left.column(), left.row(), right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

void TextFilterProxy::setFilterText(const QString &text)
{
    const QStringList terms =
        text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    if (m_searchable && !sourceParent.isValid()) {
        const QString text = m_searchable->searchText(sourceRow);
        return std::all_of(m_terms.cbegin(), m_terms.cend(),
                           [&text](const QString &term) { return text.contains(term); });
    }
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
