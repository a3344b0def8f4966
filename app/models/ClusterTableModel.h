#pragma once

#include "domain/Cluster.h"

#include <QAbstractTableModel>
#include <QHash>

namespace plc {

/// The clusters of the active profile, one row each. apply() merges a fresh list by cluster
/// ID (insertRows / removeRows / dataChanged for the cells that changed), so selection and
/// scroll position survive a refresh; setClusters() resets, for a change of profile only.
class ClusterTableModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setClusters(QList<Cluster> clusters);
    void apply(const QList<Cluster> &clusters);

    const Cluster *clusterAt(int row) const;
    int rowOf(const QString &clusterId) const;

    /// Re-emits headers and display texts after the UI language changed.
    void retranslate();

private:
    QVariant displayValue(const Cluster &cluster, int column) const;
    QVariant sortValue(const Cluster &cluster, int column) const;
    void rebuildIndex();

    QList<Cluster> m_clusters;
    QHash<QString, int> m_rowById;
};

} // namespace plc
