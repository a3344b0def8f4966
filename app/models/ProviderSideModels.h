#pragma once

#include "models/KeyedRowsModel.h"
#include "services/SandboxAdminService.h"

namespace plc {

/// The sandbox's simulated endpoint services (the provider side), a row each.
class EndpointServiceTableModel final : public KeyedRowsModel<SimulatedEndpointService>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointServiceTableModel)

public:
    enum Column {
        NameColumn,
        RegionColumn,
        ZonesColumn,
        PrincipalsColumn,
        AcceptanceColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit EndpointServiceTableModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString idOf(const SimulatedEndpointService &s) const override { return s.name; }
    QVariant displayValue(const SimulatedEndpointService &s, int column) const override;
    QVariant sortValue(const SimulatedEndpointService &s, int column) const override
    {
        return displayValue(s, column);
    }
    QList<int> changedRoles() const override
    {
        return {Qt::DisplayRole, Qt::ToolTipRole, Qt::UserRole};
    }
};

/// The endpoint connection requests one simulated endpoint service has received.
class ConnectionRequestTableModel final : public KeyedRowsModel<EndpointConnectionRequest>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionRequestTableModel)

public:
    enum Column {
        EndpointColumn,
        StateColumn,
        ConnectionColumn,
        ClusterColumn,
        AccountColumn,
        ZonesColumn,
        ColumnCount
    };

    explicit ConnectionRequestTableModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The provider's words for a request state (pendingAcceptance, available…).
    static QString stateText(const QString &state);

private:
    QString idOf(const EndpointConnectionRequest &r) const override { return r.endpointId; }
    QVariant displayValue(const EndpointConnectionRequest &r, int column) const override;
    QVariant sortValue(const EndpointConnectionRequest &r, int column) const override
    {
        return column == StateColumn ? QVariant(r.state) : displayValue(r, column);
    }
    QList<int> changedRoles() const override
    {
        return {Qt::DisplayRole, Qt::ToolTipRole, Qt::UserRole};
    }
};

} // namespace plc
