#include "models/ProviderSideModels.h"

using namespace Qt::StringLiterals;

namespace plc {

EndpointServiceTableModel::EndpointServiceTableModel(QObject *parent)
    : KeyedRowsModel<SimulatedEndpointService>(parent)
{}

int EndpointServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointServiceTableModel::displayValue(const SimulatedEndpointService &s,
                                                 int column) const
{
    switch (column) {
    case NameColumn:
        return s.name;
    case RegionColumn:
        return s.region;
    case ZonesColumn:
        return s.availabilityZoneIds.join(u", "_s);
    case PrincipalsColumn:
        return s.allowedPrincipals.isEmpty() ? tr("nobody") : s.allowedPrincipals.join(u", "_s);
    case AcceptanceColumn:
        if (s.owner == "CONFLUENT"_L1)
            return tr("Automatic (Confluent Cloud)");
        return s.acceptanceRequired ? tr("Required") : tr("Automatic");
    case DescriptionColumn:
        return s.description;
    default:
        return {};
    }
}

QVariant EndpointServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::UserRole)
        return displayValue(*rowAt(index.row()), index.column());
    return {};
}

QVariant EndpointServiceTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Endpoint Service Name");
    case RegionColumn:
        return tr("Region");
    case ZonesColumn:
        return tr("Availability Zones");
    case PrincipalsColumn:
        return tr("Allow principals / Service Whitelist");
    case AcceptanceColumn:
        return tr("Acceptance");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

ConnectionRequestTableModel::ConnectionRequestTableModel(QObject *parent)
    : KeyedRowsModel<EndpointConnectionRequest>(parent)
{}

int ConnectionRequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionRequestTableModel::stateText(const QString &state)
{
    if (state == "pendingAcceptance"_L1)
        return tr("Pending acceptance");
    if (state == "available"_L1)
        return tr("Available");
    if (state == "rejected"_L1)
        return tr("Rejected");
    if (state == "deleting"_L1)
        return tr("Deleting");
    return state;
}

QVariant ConnectionRequestTableModel::displayValue(const EndpointConnectionRequest &r,
                                                   int column) const
{
    switch (column) {
    case EndpointColumn:
        return r.endpointId;
    case StateColumn:
        return stateText(r.state);
    case ConnectionColumn:
        return r.privateLinkConnectionId;
    case ClusterColumn:
        return r.clusterId;
    case AccountColumn:
        return r.accountId;
    case ZonesColumn:
        return r.availabilityZoneIds.join(u", "_s);
    default:
        return {};
    }
}

QVariant ConnectionRequestTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EndpointConnectionRequest &r = *rowAt(index.row());
    if (role == Qt::UserRole)
        return sortValue(r, index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return displayValue(r, index.column());
    return {};
}

QVariant ConnectionRequestTableModel::headerData(int section, Qt::Orientation orientation,
                                                 int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint ID");
    case StateColumn:
        return tr("State");
    case ConnectionColumn:
        return tr("Private Link Connection ID");
    case ClusterColumn:
        return tr("Cluster ID");
    case AccountColumn:
        return tr("Account ID");
    case ZonesColumn:
        return tr("Availability Zones");
    default:
        return {};
    }
}

} // namespace plc
