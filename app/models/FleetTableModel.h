#pragma once

#include "domain/FleetAttention.h"
#include "domain/FleetRow.h"
#include "models/KeyedRowsModel.h"
#include "models/TableExport.h"

#include <QDateTime>
#include <QLocale>

namespace plc {

/// Every connection of the fleet: one row per connection of every cluster of the chosen
/// profiles. The Attention column holds the reason a row needs the administrator; sorted by
/// it (descending) those rows come first, the most urgent at the top. Rows merge by profile,
/// cluster and connection (KeyedRowsModel), so a pass updates rows in place.
class FleetTableModel final : public KeyedRowsModel<FleetRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTableModel)

public:
    /// Name, connection and state first: they stay in sight in a narrow window.
    enum Column {
        ClusterColumn,
        ConnectionColumn,
        StateColumn,
        AttentionColumn,
        ProfileColumn,
        ProviderColumn,
        RegionColumn,
        UsedByColumn,
        ProviderSideColumn, ///< the profile's own account's view of the provider side
        LastChangeColumn,
        ReadColumn, ///< how old the row is
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        KeyRole,  ///< FleetRow::key()
        RankRole, ///< FleetAttention::rank
        StateColorRole,
    };

    explicit FleetTableModel(QObject *parent = nullptr);

    /// The rows of a profile's cluster, replacing what it had (rows of other clusters stay).
    void setClusterRows(const QString &profile, const QString &clusterId,
                        const QList<FleetRow> &rows);
    /// Every row of a profile (a snapshot), replacing what it had.
    void setProfileRows(const QString &profile, const QList<FleetRow> &rows);
    void removeProfile(const QString &profile);
    void removeCluster(const QString &profile, const QString &clusterId);
    /// "Now", for the ages in the Read column and for long deletions; moved on by the feed.
    void setNow(const QDateTime &now);
    int attentionCount() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    TableSnapshot snapshot(const QList<int> &sourceRows, const QList<int> &columns) const;
    /// How long ago, in words: "just now", "12 min ago", "3 h ago", "2 days ago".
    static QString age(const QDateTime &time, const QDateTime &now);

private:
    QString idOf(const FleetRow &row) const override { return row.key(); }
    QVariant displayValue(const FleetRow &row, int column) const override;
    QVariant sortValue(const FleetRow &row, int column) const override;
    QList<int> changedRoles() const override;
    static QString displayText(const FleetRow &row, int column, const QDateTime &now,
                               const QLocale *locale);
    /// The rows of the model outside `profile` (and `clusterId`, when given), with `rows`.
    QList<FleetRow> replaced(const QString &profile, const QString &clusterId,
                             const QList<FleetRow> &rows) const;

    QDateTime m_now;
    mutable int m_attentionCount = -1; ///< -1: made again when next asked
};

} // namespace plc
