#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>

namespace plc {

class SearchableRows;
class SortableRows;

/// Sorts by the raw values (Qt::UserRole, every table model's SortRole) and filters by typed
/// text: every whitespace-separated word must appear, case-insensitively, in some column's
/// display text or tooltip ("aws tokyo" finds the Tokyo clusters on AWS; a region code
/// matches behind its display name). With a SearchableRows source the words of each row are
/// cached, and the cache is filled in small slices while the event loop is idle after rows
/// arrive, so that the first keystroke on 10,000 rows does not stall the UI thread. With a
/// SortableRows source, its sort keys are made the same way, for the first click on a header.
class TextFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFilterProxy)

public:
    explicit TextFilterProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;

    void setFilterText(const QString &text);

    /// Tooltips are the source's, shown as the text they are: Qt renders a tooltip that looks
    /// like markup as rich text, and a name or message from a server is never markup.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// `text` for a tooltip: unchanged when Qt would show it as plain text, otherwise escaped
    /// inside `<qt>` so that it shows exactly as it is.
    static QString plainToolTip(const QString &text);
    QString filterText() const { return m_terms.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// With a SortableRows source, by its cached keys (the same order, without a QVariant
    /// and a collation per comparison).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void warmUp();

    QStringList m_terms;
    const SearchableRows *m_searchable = nullptr; ///< the source, when it caches its words
    const SortableRows *m_sortable = nullptr;     ///< the source, when it caches sort keys
    QTimer m_warmTimer;
    int m_warmRow = 0;
};

} // namespace plc
