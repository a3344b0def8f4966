#pragma once

#include "domain/Changefeed.h"
#include "domain/PrivateLink.h"
#include "models/KeyedRowsModel.h"
#include "models/TableExport.h"

#include <QHash>

#include <QLocale>

namespace plc {

/// The private link connections of one cluster. The state is shown as text with a coloured
/// badge (StateColorRole) — never colour alone. Rows merge by connection ID (KeyedRowsModel).
class ConnectionTableModel final : public KeyedRowsModel<PrivateLinkConnection>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTableModel)

public:
    enum Column {
        NameColumn,
        IdColumn,
        TypeColumn,
        StateColumn,
        EndpointServiceColumn,
        RegionColumn,
        EndpointIdColumn,
        ZonesColumn,
        CreatedByColumn,
        CreatedColumn,
        UsedByColumn, ///< the changefeeds through the connection (shown after State)
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, ///< raw value for sorting (not the display text)
        IdRole,                  ///< privateLinkConnectionId
        StateRole,               ///< ConnectionState as int
        StateColorRole,          ///< QColor of the state badge
    };

    explicit ConnectionTableModel(QObject *parent = nullptr);

    /// The region shown for connections whose endpoint service is in the cluster's region.
    void setClusterRegion(const QString &regionCode) { m_clusterRegion = regionCode; }

    /// The cluster's changefeeds; each connection's Used by cell counts those through it.
    /// `known` false: they could not be read (the cells say so instead of a count of 0).
    void setChangefeeds(const QList<Changefeed> &changefeeds, bool known = true);
    /// The changefeeds through a connection, in the order the API listed them.
    QList<Changefeed> changefeedsThrough(const QString &connectionId) const
    {
        return m_usage.value(connectionId);
    }
    bool changefeedsKnown() const { return m_usageKnown; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QColor stateColor(ConnectionState state);

    /// The rows at `sourceRows` (in that order) and the given columns, for writing on
    /// another thread: a copy of the rows (implicitly shared, so cheap), of the cluster's
    /// region and of the locale; the texts are made later, as the view shows them.
    TableSnapshot snapshot(const QList<int> &sourceRows, const QList<int> &columns) const;

private:
    QString idOf(const PrivateLinkConnection &c) const override
    {
        return c.privateLinkConnectionId;
    }
    QVariant displayValue(const PrivateLinkConnection &c, int column) const override;
    /// What a cell shows; reads nothing but its arguments (safe on any thread when `locale`
    /// is given; null means the default locale, for the UI thread).
    static QString displayText(const PrivateLinkConnection &c, int column,
                               const QString &clusterRegion, const QLocale *locale,
                               const QHash<QString, QList<Changefeed>> &usage, bool usageKnown);
    QString usageToolTip(const PrivateLinkConnection &c) const;
    QVariant sortValue(const PrivateLinkConnection &c, int column) const override;
    QList<int> changedRoles() const override;

    QString m_clusterRegion;
    QHash<QString, QList<Changefeed>> m_usage;
    bool m_usageKnown = false;
};

} // namespace plc
