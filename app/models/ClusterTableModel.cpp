#include "models/ClusterTableModel.h"

#include "domain/DisplayNames.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSet>

namespace plc {

namespace {
QColor stateColor(ClusterState state)
{
    switch (state) {
    case ClusterState::Active:
        return QColor(0x1e, 0x8e, 0x3e);
    case ClusterState::Creating:
    case ClusterState::Restoring:
    case ClusterState::Upgrading:
    case ClusterState::Importing:
    case ClusterState::Modifying:
    case ClusterState::Resuming:
    case ClusterState::Maintenance:
        return QColor(0x1a, 0x73, 0xe8);
    case ClusterState::Deleting:
    case ClusterState::Pausing:
    case ClusterState::Paused:
    case ClusterState::Inactive:
        return QColor(0xb0, 0x60, 0x00);
    case ClusterState::Deleted:
        return QColor(0xc5, 0x22, 0x1f);
    case ClusterState::Unknown:
        break;
    }
    return QColor(0x5f, 0x63, 0x68);
}
} // namespace

ClusterTableModel::ClusterTableModel(QObject *parent)
    : KeyedRowsModel<Cluster>(parent)
{}

QList<int> ClusterTableModel::changedRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, SortRole, StateRole};
}

int ClusterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterTableModel::displayValue(const Cluster &cluster, int column) const
{
    switch (column) {
    case NameColumn:
        return cluster.displayName;
    case IdColumn:
        return cluster.clusterId;
    case ProviderColumn:
        return DisplayNames::cloudProvider(cluster.region.cloudProvider);
    case RegionColumn:
        return cluster.region.displayName.isEmpty() ? cluster.region.regionId
                                                    : cluster.region.displayName;
    case StateColumn:
        return DisplayNames::clusterState(cluster.state);
    case PlanColumn:
        return DisplayNames::servicePlan(cluster.servicePlan);
    case CreatedColumn:
        return DisplayNames::dateTime(cluster.createTime, QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ClusterTableModel::sortValue(const Cluster &cluster, int column) const
{
    switch (column) {
    case StateColumn:
        return cluster.state.raw;
    case PlanColumn:
        return cluster.servicePlan.raw;
    case ProviderColumn:
        return cluster.region.cloudProvider.raw;
    case RegionColumn:
        return cluster.region.regionId;
    case CreatedColumn:
        return cluster.createTime.toMSecsSinceEpoch();
    default:
        return displayValue(cluster, column);
    }
}

QVariant ClusterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cluster &cluster = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(cluster, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn && cluster.createTime.isValid())
            return DisplayNames::dateTime(cluster.createTime, QLocale::LongFormat);
        if (index.column() == RegionColumn)
            return cluster.region.regionId;
        return displayValue(cluster, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QBrush(stateColor(cluster.state.value));
        return {};
    case SortRole:
        return sortValue(cluster, index.column());
    case IdRole:
        return cluster.clusterId;
    case StateRole:
        return int(cluster.state.value);
    default:
        return {};
    }
}

QVariant ClusterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Cluster ID");
    case ProviderColumn:
        return tr("Cloud Provider");
    case RegionColumn:
        return tr("Region");
    case StateColumn:
        return tr("State");
    case PlanColumn:
        return tr("Service Plan");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace plc
