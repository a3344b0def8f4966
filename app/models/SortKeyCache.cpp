#include "models/SortKeyCache.h"

#include <QElapsedTimer>

namespace plc {

SortKeyCache::SortKeyCache() = default;

const QCollator &SortKeyCache::collatorFor(const QLocale &locale)
{
    // Models live on the UI thread only; the collators are made and used there. The table
    // itself is never destroyed either, so the collators stay reachable to the end (no leak).
    static auto *collators = new QHash<QString, QCollator *>;
    QCollator *&collator = (*collators)[locale.name()];
    if (!collator) {
        collator = new QCollator(locale); // kept until the process ends, on purpose
        collator->setCaseSensitivity(Qt::CaseInsensitive);
    }
    return *collator;
}

bool SortKeyCache::isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

const SortKeyCache::Key &SortKeyCache::keyOf(Column &column, int columnIndex, int row,
                                             const Source &source)
{
    if (column.keys.size() <= row)
        column.keys.resize(row + 1);
    Key &key = column.keys[row];
    if (key.made)
        return key;
    const QVariant value = source(row, columnIndex);
    if (!column.kindKnown) {
        column.numeric = isNumber(value);
        column.kindKnown = true;
    }
    if (column.numeric && isNumber(value)) {
        key.number = value.toLongLong();
        key.text.reset();
    } else {
        // The order QSortFilterProxyModel's locale-aware, case-insensitive sort gives, as a
        // key that compares without collating again.
        if (!m_collator)
            m_collator = &collatorFor(QLocale());
        key.text = m_collator->sortKey(value.toString());
    }
    key.made = true;
    return key;
}

bool SortKeyCache::lessThan(int column, int left, int right, int rowCount, const Source &source)
{
    Column &keys = m_columns[column];
    if (keys.keys.size() < rowCount)
        keys.keys.resize(rowCount);
    keyOf(keys, column, left, source);
    keyOf(keys, column, right, source);
    const Key &a = keys.keys.at(left);
    const Key &b = keys.keys.at(right);
    if (!a.text && !b.text)
        return a.number < b.number;
    if (!a.text || !b.text)
        return !a.text; // numbers before texts in a column that mixes them
    return a.text->compare(*b.text) < 0;
}

bool SortKeyCache::warm(int columns, int rowCount, const Source &source, int budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    for (int column = 0; column < columns; ++column) {
        Column &keys = m_columns[column];
        if (keys.keys.size() < rowCount)
            keys.keys.resize(rowCount);
        for (int row = 0; row < rowCount; ++row) {
            if (keys.keys.at(row).made)
                continue;
            keyOf(keys, column, row, source);
            if ((row & 63) == 0 && clock.elapsed() >= budgetMs)
                return false;
        }
    }
    return true;
}

void SortKeyCache::clear()
{
    m_collator = nullptr; // the locale's again when keys are next made
    m_columns.clear();
}

void SortKeyCache::removeRows(int first, int last)
{
    for (Column &column : m_columns) {
        if (first < column.keys.size())
            column.keys.remove(first, qMin(last, int(column.keys.size()) - 1) - first + 1);
    }
}

void SortKeyCache::invalidateRow(int row)
{
    for (Column &column : m_columns) {
        if (row < column.keys.size())
            column.keys[row].made = false;
    }
}

} // namespace plc
