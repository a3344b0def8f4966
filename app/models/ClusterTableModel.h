#pragma once

#include "domain/Cluster.h"

#include "models/KeyedRowsModel.h"

namespace plc {

/// The clusters of the active profile, one row each. apply() merges a fresh list by cluster
/// ID (insertRows / removeRows / dataChanged for the cells that changed), so selection and
/// scroll position survive a refresh; setClusters() resets, for a change of profile only.
class ClusterTableModel final : public KeyedRowsModel<Cluster>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterTableModel)

public:
    enum Column {
        NameColumn,
        IdColumn,
        ProviderColumn,
        RegionColumn,
        StateColumn,
        PlanColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, ///< raw value for sorting (not the display text)
        IdRole,                  ///< cluster ID
        StateRole,               ///< ClusterState as int
    };

    explicit ClusterTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setClusters(QList<Cluster> clusters) { setRows(std::move(clusters)); }
    const Cluster *clusterAt(int row) const { return rowAt(row); }
    /// Re-emits headers and display texts after the UI language changed.
    void retranslate() { retranslateRows(); }

Q_SIGNALS:
    /// A known cluster's value changed, shown or not (its endpoints, say): for views that keep
    /// a copy of the selected cluster.
    void clusterChanged(const QString &clusterId);

private:
    void rowChanged(int row) override { Q_EMIT clusterChanged(rowAt(row)->clusterId); }
    QString idOf(const Cluster &cluster) const override { return cluster.clusterId; }
    QVariant displayValue(const Cluster &cluster, int column) const override;
    QVariant sortValue(const Cluster &cluster, int column) const override;
    QList<int> changedRoles() const override;
};

} // namespace plc
