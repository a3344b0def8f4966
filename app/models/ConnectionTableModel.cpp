#include "models/ConnectionTableModel.h"

#include "domain/DisplayNames.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace plc {

ConnectionTableModel::ConnectionTableModel(QObject *parent)
    : KeyedRowsModel<PrivateLinkConnection>(parent)
{}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ConnectionTableModel::stateColor(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Active:
        return QColor(0x1e, 0x8e, 0x3e);
    case ConnectionState::Creating:
        return QColor(0x1a, 0x73, 0xe8);
    case ConnectionState::PendingAcceptance:
        return QColor(0xb0, 0x60, 0x00);
    case ConnectionState::Deleting:
        return QColor(0x6f, 0x42, 0xc1);
    case ConnectionState::Failed:
        return QColor(0xc5, 0x22, 0x1f);
    case ConnectionState::Unknown:
        break;
    }
    return QColor(0x5f, 0x63, 0x68);
}

QList<int> ConnectionTableModel::changedRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole,
            SortRole,        StateRole,       StateColorRole};
}

QVariant ConnectionTableModel::displayValue(const PrivateLinkConnection &c, int column) const
{
    // No QLocale is made here: this runs twice for every comparison while sorting.
    return displayText(c, column, m_clusterRegion, nullptr, m_usage, m_usageKnown);
}

void ConnectionTableModel::setChangefeeds(const QList<Changefeed> &changefeeds, bool known)
{
    QHash<QString, QList<Changefeed>> usage;
    for (const Changefeed &changefeed : changefeeds) {
        if (changefeed.runsThrough(changefeed.privateLinkConnectionId))
            usage[changefeed.privateLinkConnectionId].append(changefeed);
    }
    if (usage == m_usage && known == m_usageKnown)
        return;
    m_usage = std::move(usage);
    m_usageKnown = known;
    columnChanged(UsedByColumn);
}

QString ConnectionTableModel::usageToolTip(const PrivateLinkConnection &c) const
{
    if (!m_usageKnown)
        return tr("The changefeeds could not be read.");
    const QList<Changefeed> through = m_usage.value(c.privateLinkConnectionId);
    if (through.isEmpty())
        return tr("No changefeed runs through this connection.");
    QStringList lines;
    for (const Changefeed &changefeed : through) {
        lines.append(tr("%1 (%2, %3)")
                         .arg(changefeed.displayName.isEmpty() ? changefeed.changefeedId
                                                               : changefeed.displayName,
                              DisplayNames::sinkType(changefeed.sinkType),
                              DisplayNames::changefeedState(changefeed.state)));
    }
    return lines.join(u'\n');
}

QString ConnectionTableModel::displayText(const PrivateLinkConnection &c, int column,
                                          const QString &clusterRegion, const QLocale *locale,
                                          const QHash<QString, QList<Changefeed>> &usage,
                                          bool usageKnown)
{
    switch (column) {
    case UsedByColumn: {
        if (!usageKnown)
            return QStringLiteral("—");
        const qsizetype count = usage.value(c.privateLinkConnectionId).size();
        return count == 0 ? QString() : tr("%n changefeed(s)", nullptr, int(count));
    }
    case NameColumn:
        return c.displayName;
    case IdColumn:
        return c.privateLinkConnectionId;
    case TypeColumn:
        return DisplayNames::connectionType(c.type);
    case StateColumn:
        return DisplayNames::connectionState(c.state);
    case EndpointServiceColumn:
        return c.endpointService.name;
    case RegionColumn:
        return c.endpointService.region.isEmpty() ? clusterRegion : c.endpointService.region;
    case EndpointIdColumn:
        return c.endpointService.endpointId;
    case ZonesColumn:
        return c.endpointService.availabilityZoneIds.join(QLatin1StringView(", "));
    case CreatedByColumn:
        return c.createdBy;
    case CreatedColumn:
        return DisplayNames::dateTime(c.createTime, QLocale::ShortFormat,
                                      locale ? *locale : QLocale());
    default:
        return {};
    }
}

TableSnapshot ConnectionTableModel::snapshot(const QList<int> &sourceRows,
                                             const QList<int> &columns) const
{
    TableSnapshot table;
    for (int column : columns)
        table.titles.append(headerData(column, Qt::Horizontal).toString());
    table.rowCount = sourceRows.size();
    table.rowTexts = [rows = this->rows(), sourceRows, columns, region = m_clusterRegion,
                      locale = QLocale(), usage = m_usage, known = m_usageKnown](qsizetype row) {
        const PrivateLinkConnection &c = rows.at(sourceRows.at(row));
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : columns)
            cells.append(displayText(c, column, region, &locale, usage, known));
        return cells;
    };
    return table;
}

QVariant ConnectionTableModel::sortValue(const PrivateLinkConnection &c, int column) const
{
    switch (column) {
    case StateColumn:
        return c.state.raw;
    case TypeColumn:
        return c.type.raw;
    case CreatedColumn:
        return c.createTime.toMSecsSinceEpoch();
    case UsedByColumn:
        return m_usageKnown ? qint64(m_usage.value(c.privateLinkConnectionId).size()) : qint64(-1);
    default:
        return displayValue(c, column);
    }
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrivateLinkConnection &c = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !c.message.isEmpty())
            return c.message;
        if (index.column() == UsedByColumn)
            return usageToolTip(c);
        if (index.column() == CreatedColumn && c.createTime.isValid())
            return DisplayNames::dateTime(c.createTime, QLocale::LongFormat);
        return displayValue(c, index.column());
    case Qt::AccessibleTextRole:
        return displayValue(c, index.column());
    case Qt::ForegroundRole:
        // Colour goes with the state's text, never instead of it.
        return index.column() == StateColumn ? QVariant(QBrush(stateColor(c.state.value)))
                                             : QVariant();
    case SortRole:
        return sortValue(c, index.column());
    case IdRole:
        return c.privateLinkConnectionId;
    case StateRole:
        return int(c.state.value);
    case StateColorRole:
        return stateColor(c.state.value);
    default:
        return {};
    }
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Private Link Connection ID");
    case TypeColumn:
        return tr("Connection Type");
    case StateColumn:
        return tr("State");
    case EndpointServiceColumn:
        return tr("Endpoint Service Name");
    case RegionColumn:
        return tr("Region");
    case EndpointIdColumn:
        return tr("Endpoint ID");
    case ZonesColumn:
        return tr("Availability Zones");
    case CreatedByColumn:
        return tr("Created By");
    case CreatedColumn:
        return tr("Created");
    case UsedByColumn:
        return tr("Used By");
    default:
        return {};
    }
}

} // namespace plc
