#pragma once

#include "models/SortKeyCache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace plc {

/// A source model that can give the text filter all of a row's words at once, cached, instead
/// of the filter asking every cell of every row on each keystroke.
class SearchableRows
{
public:
    virtual ~SearchableRows() = default;
    /// Every display and tooltip text of the row, case-folded, one per line.
    virtual QString searchText(int row) const = 0;
};

/// A source model that sorts its rows by cached keys (SortKeyCache) for the proxy, instead of
/// the proxy asking two QVariants of it for every comparison.
class SortableRows
{
public:
    virtual ~SortableRows() = default;
    /// Whether source row `left` sorts before `right` by `column`'s sort value.
    virtual bool sortsBefore(int column, int left, int right) const = 0;
    /// Makes sort keys ahead of a sort for about `budgetMs`; true when every key is made.
    virtual bool warmSortKeys(int budgetMs) const = 0;
};

/// A table of value rows identified by an ID. apply() merges a fresh list in place —
/// removeRows for vanished IDs, insertRows for new ones, dataChanged for exactly the cells
/// whose display or sort value changed — so selection, scroll position and sort survive a
/// refresh; setRows() resets, for a change of profile or cluster only. Subclasses say how a
/// row is identified and shown.
template<typename T>
class KeyedRowsModel : public QAbstractTableModel, public SearchableRows, public SortableRows
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    void setRows(QList<T> rows)
    {
        beginResetModel();
        m_searchText.clear();
        m_sortKeys.clear();
        m_rows = std::move(rows);
        rebuildIndex();
        endResetModel();
    }

    void apply(const QList<T> &rows)
    {
        QSet<QString> incoming;
        incoming.reserve(rows.size());
        for (const T &row : rows)
            incoming.insert(idOf(row));

        // Remove vanished rows bottom-up, one contiguous block at a time.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (incoming.contains(idOf(m_rows.at(row)))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !incoming.contains(idOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            // Their words go with them: kept by ID, they would outlive the rows for ever.
            for (int gone = first; gone <= row; ++gone)
                m_searchText.remove(idOf(m_rows.at(gone)));
            m_rows.remove(first, row - first + 1);
            m_sortKeys.removeRows(first, row);
            endRemoveRows();
            row = first - 1;
        }
        rebuildIndex();
        // What is left is an upsert: changed rows updated, new ones appended in one block.
        upsert(rows);
    }

    /// Adds new rows and updates known ones, removing nothing: for rows that arrive page by
    /// page (apply() with the whole list at the end removes what vanished).
    void upsert(const QList<T> &rows)
    {
        QList<T> added;
        for (const T &value : rows) {
            const auto it = m_rowById.constFind(idOf(value));
            if (it == m_rowById.constEnd()) {
                added.append(value);
                continue;
            }
            updateRow(*it, value);
        }
        if (added.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const T &value : added) {
            m_rowById.insert(idOf(value), int(m_rows.size()));
            m_rows.append(value);
        }
        endInsertRows();
    }

    const T *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    const QList<T> &rows() const { return m_rows; }

    /// Re-emits headers and display texts after the UI language changed.
    void retranslateRows()
    {
        m_searchText.clear();
        m_sortKeys.clear(); // another language's collation, and its display texts
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (!m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1),
                               {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
        }
    }

    QString searchText(int row) const override
    {
        const T *value = rowAt(row);
        if (!value)
            return {};
        const QString id = idOf(*value);
        if (const auto it = m_searchText.constFind(id); it != m_searchText.constEnd())
            return *it;
        QStringList texts;
        for (int column = 0; column < columnCount(); ++column) {
            const QModelIndex cell = index(row, column);
            texts << data(cell, Qt::DisplayRole).toString()
                  << data(cell, Qt::ToolTipRole).toString();
        }
        const QString text = texts.join(u'\n').toCaseFolded();
        m_searchText.insert(id, text);
        return text;
    }

    bool sortsBefore(int column, int left, int right) const override
    {
        return m_sortKeys.lessThan(column, left, right, rowCount(), keySource());
    }

    bool warmSortKeys(int budgetMs) const override
    {
        return m_sortKeys.warm(columnCount(), rowCount(), keySource(), budgetMs);
    }

protected:
    virtual QString idOf(const T &row) const = 0;
    virtual QVariant displayValue(const T &row, int column) const = 0;
    virtual QVariant sortValue(const T &row, int column) const = 0;
    virtual QList<int> changedRoles() const = 0;
    /// A row was replaced by a changed value (for roles outside single cells).
    virtual void rowChanged(int row) { Q_UNUSED(row); }
    /// What `column` shows changed for `rows` from something outside the rows (the time):
    /// only their cached sort keys and search texts are made again.
    void cellsChanged(const QList<int> &rows, int column)
    {
        for (int row : rows) {
            if (const T *value = rowAt(row)) {
                m_searchText.remove(idOf(*value));
                m_sortKeys.invalidateRow(row);
                const QModelIndex cell = index(row, column);
                Q_EMIT dataChanged(cell, cell, changedRoles());
            }
        }
    }
    /// What `column` shows changed for every row, but not how it sorts (an age shown relative
    /// to now, sorted by its time): the views repaint, no cache is made again.
    void textChanged(int column)
    {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
                               {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
    /// What one column shows changed for every row from something outside the rows (another
    /// source of data): its cached sort keys and search texts are made again.
    void columnChanged(int column)
    {
        m_searchText.clear();
        m_sortKeys.clear();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
                               changedRoles());
    }

private:
    /// Replaces a known row, signalling exactly the cells whose display or sort value changed.
    void updateRow(int row, const T &value)
    {
        const T old = m_rows.at(row);
        if (old == value)
            return;
        m_rows[row] = value;
        m_searchText.remove(idOf(value));
        m_sortKeys.invalidateRow(row);
        for (int column = 0; column < columnCount(); ++column) {
            if (displayValue(old, column) != displayValue(value, column) ||
                sortValue(old, column) != sortValue(value, column)) {
                const QModelIndex cell = index(row, column);
                Q_EMIT dataChanged(cell, cell, changedRoles());
            }
        }
        rowChanged(row);
    }

    SortKeyCache::Source keySource() const
    {
        return [this](int row, int column) {
            return sortValue(m_rows.at(row), column);
        };
    }

    void rebuildIndex()
    {
        m_rowById.clear();
        m_rowById.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowById.insert(idOf(m_rows.at(row)), row);
    }

    QList<T> m_rows;
    QHash<QString, int> m_rowById;
    mutable QHash<QString, QString> m_searchText; ///< by ID; dropped when the row changes
    mutable SortKeyCache m_sortKeys;              ///< by row; kept as rows come and go
};

} // namespace plc
