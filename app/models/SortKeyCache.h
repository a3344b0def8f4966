#pragma once

#include <QCollator>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QVariant>

#include <functional>
#include <optional>

namespace plc {

/// Sort keys of a table's rows, made once per cell instead of on every comparison: numbers
/// as numbers, texts as the locale's collation keys (case-insensitive), so that sorting
/// 10,000 rows compares integers and byte strings instead of making and collating a QVariant
/// twice per comparison. Kept row by row as rows are appended, replaced and removed; made
/// for a column on its first sort, or ahead of it in idle time (warm()).
class SortKeyCache
{
public:
    /// A cell's sort value (the model's SortRole).
    using Source = std::function<QVariant(int row, int column)>;

    SortKeyCache();

    /// Whether row `left` sorts before row `right` in `column`; makes what is missing first.
    bool lessThan(int column, int left, int right, int rowCount, const Source &source);
    /// Makes missing keys of every column for a few milliseconds; true when all are made.
    bool warm(int columns, int rowCount, const Source &source, int budgetMs);

    /// Every key is made again (another language's collation, a reset).
    void clear();
    /// Rows [first, last] are gone; the keys after them move up.
    void removeRows(int first, int last);
    /// A row's values changed: its keys are made again when next needed.
    void invalidateRow(int row);

private:
    struct Key
    {
        qint64 number = 0;
        std::optional<QCollatorSortKey> text; ///< none for numbers
        bool made = false;
    };
    struct Column
    {
        bool numeric = false;
        bool kindKnown = false;
        QList<Key> keys;
    };

    const Key &keyOf(Column &column, int columnIndex, int row, const Source &source);
    static bool isNumber(const QVariant &value);
    /// One collator per locale for the whole process, made on first use and never destroyed.
    /// A collator per model was destroyed with each model, and ICU's shared collation data
    /// then crashed now and then in ~QCollator (seen in tst_sessiontrust under load).
    static const QCollator &collatorFor(const QLocale &locale);

    const QCollator *m_collator = nullptr; ///< the current locale's, chosen when keys are made
    QHash<int, Column> m_columns;
};

} // namespace plc
