#include "models/FleetTableModel.h"

#include "domain/DisplayNames.h"
#include "models/ConnectionTableModel.h"

#include <QBrush>

namespace plc {

FleetTableModel::FleetTableModel(QObject *parent)
    : KeyedRowsModel<FleetRow>(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    // The count of rows needing attention is made again after any change of the rows.
    const auto changed = [this] {
        m_attentionCount = -1;
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, changed);
    connect(this, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(this, &QAbstractItemModel::dataChanged, this, changed);
    connect(this, &QAbstractItemModel::modelReset, this, changed);
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<FleetRow> FleetTableModel::replaced(const QString &profile, const QString &clusterId,
                                          const QList<FleetRow> &rows) const
{
    QList<FleetRow> all;
    all.reserve(this->rows().size() + rows.size());
    for (const FleetRow &row : this->rows()) {
        if (row.profile != profile || (!clusterId.isEmpty() && row.clusterId != clusterId))
            all.append(row);
    }
    all.append(rows);
    return all;
}

void FleetTableModel::setClusterRows(const QString &profile, const QString &clusterId,
                                     const QList<FleetRow> &rows)
{
    // Most passes change nothing: an upsert then signals nothing. Only when a connection went
    // away does the whole list go through apply().
    int known = 0;
    for (const FleetRow &row : this->rows())
        known += row.profile == profile && row.clusterId == clusterId ? 1 : 0;
    int kept = 0;
    for (const FleetRow &row : rows)
        kept += rowOf(row.key()) >= 0 ? 1 : 0;
    if (kept == known)
        upsert(rows);
    else
        apply(replaced(profile, clusterId, rows));
}

void FleetTableModel::setProfileRows(const QString &profile, const QList<FleetRow> &rows)
{
    apply(replaced(profile, {}, rows));
}

void FleetTableModel::removeProfile(const QString &profile)
{
    apply(replaced(profile, {}, {}));
}

void FleetTableModel::removeCluster(const QString &profile, const QString &clusterId)
{
    apply(replaced(profile, clusterId, {}));
}

void FleetTableModel::setNow(const QDateTime &now)
{
    const QDateTime before = std::exchange(m_now, now);
    // Only a DELETING row's attention moves with the time (a deletion becomes long): those
    // rows alone are sorted again. The ages are repainted, and sort by their time as before.
    QList<int> moved;
    for (int row = 0; row < rowCount(); ++row) {
        const FleetRow &value = *rowAt(row);
        if (value.connection.state.value == ConnectionState::Deleting &&
            FleetAttention::of(value, before).rank != FleetAttention::of(value, now).rank)
            moved.append(row);
    }
    cellsChanged(moved, AttentionColumn);
    textChanged(ReadColumn);
}

int FleetTableModel::attentionCount() const
{
    if (m_attentionCount >= 0)
        return m_attentionCount;
    int count = 0;
    for (const FleetRow &row : rows())
        count += FleetAttention::of(row, m_now).needed() ? 1 : 0;
    m_attentionCount = count;
    return count;
}

QString FleetTableModel::age(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return tr("not read yet");
    const qint64 seconds = std::max<qint64>(0, time.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString FleetTableModel::displayText(const FleetRow &row, int column, const QDateTime &now,
                                     const QLocale *locale)
{
    const PrivateLinkConnection &c = row.connection;
    switch (column) {
    case AttentionColumn:
        return FleetAttention::of(row, now).headline;
    case ProfileColumn:
        return row.profile;
    case ClusterColumn:
        return row.clusterName.isEmpty() ? row.clusterId : row.clusterName;
    case ProviderColumn:
        return DisplayNames::cloudProvider(row.cloudProvider);
    case RegionColumn:
        return row.regionName.isEmpty() ? row.regionId : row.regionName;
    case ConnectionColumn:
        return c.displayName.isEmpty() ? c.privateLinkConnectionId : c.displayName;
    case StateColumn:
        return DisplayNames::connectionState(c.state);
    case UsedByColumn:
        return row.changefeeds.isEmpty()
                   ? QString()
                   : tr("%n changefeed(s)", nullptr, int(row.changefeeds.size()));
    case ProviderSideColumn:
        return ProviderSide::shortText(row.side.finding);
    case LastChangeColumn:
        return DisplayNames::dateTime(c.updateTime.isValid() ? c.updateTime : c.createTime,
                                      QLocale::ShortFormat, locale ? *locale : QLocale());
    case ReadColumn:
        return age(row.readAt, now);
    default:
        return {};
    }
}

QVariant FleetTableModel::displayValue(const FleetRow &row, int column) const
{
    return displayText(row, column, m_now, nullptr);
}

QVariant FleetTableModel::sortValue(const FleetRow &row, int column) const
{
    switch (column) {
    case AttentionColumn:
        return qint64(FleetAttention::of(row, m_now).rank);
    case StateColumn:
        return row.connection.state.raw;
    case UsedByColumn:
        return qint64(row.changefeeds.size());
    case ProviderSideColumn:
        return qint64(row.side.finding);
    case LastChangeColumn: {
        const QDateTime &t = row.connection.updateTime.isValid() ? row.connection.updateTime
                                                                 : row.connection.createTime;
        return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0);
    }
    case ReadColumn:
        return row.readAt.isValid() ? row.readAt.toMSecsSinceEpoch() : qint64(0);
    default:
        return displayValue(row, column);
    }
}

QList<int> FleetTableModel::changedRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole,
            SortRole,        RankRole,        StateColorRole};
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetRow &row = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == AttentionColumn)
            return FleetAttention::of(row, m_now).reasons;
        if (index.column() == ProviderSideColumn && !row.side.sentence.isEmpty())
            return row.side.account.isEmpty()
                       ? row.side.sentence
                       : tr("%1\nRead with %2, %3.")
                             .arg(row.side.sentence, row.side.account, age(row.side.readAt, m_now));
        if (index.column() == StateColumn && !row.connection.message.isEmpty())
            return row.connection.message;
        if (index.column() == ReadColumn && row.readAt.isValid())
            return tr("Read %1").arg(
                DisplayNames::dateTime(row.readAt.toLocalTime(), QLocale::LongFormat));
        if (index.column() == UsedByColumn) {
            QStringList lines;
            for (const FleetChangefeed &feed : row.changefeeds)
                lines.append(tr("%1 (%2)").arg(feed.displayName.isEmpty() ? feed.changefeedId
                                                                          : feed.displayName,
                                               DisplayNames::changefeedState(feed.state)));
            return lines.join(u'\n');
        }
        return displayValue(row, index.column());
    case Qt::ForegroundRole:
        return index.column() == StateColumn
                   ? QVariant(QBrush(ConnectionTableModel::stateColor(row.connection.state.value)))
                   : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    case KeyRole:
        return row.key();
    case RankRole:
        return FleetAttention::of(row, m_now).rank;
    case StateColorRole:
        return ConnectionTableModel::stateColor(row.connection.state.value);
    default:
        return {};
    }
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AttentionColumn:
        return tr("Needs Attention");
    case ProfileColumn:
        return tr("Profile");
    case ClusterColumn:
        return tr("Cluster");
    case ProviderColumn:
        return tr("Cloud Provider");
    case RegionColumn:
        return tr("Region");
    case ConnectionColumn:
        return tr("Private Link Connection");
    case StateColumn:
        return tr("State");
    case UsedByColumn:
        return tr("Used By");
    case ProviderSideColumn:
        return tr("Provider Side");
    case LastChangeColumn:
        return tr("Last Change");
    case ReadColumn:
        return tr("Read");
    default:
        return {};
    }
}

TableSnapshot FleetTableModel::snapshot(const QList<int> &sourceRows,
                                        const QList<int> &columns) const
{
    TableSnapshot table;
    for (int column : columns)
        table.titles.append(headerData(column, Qt::Horizontal).toString());
    table.rowCount = sourceRows.size();
    table.rowTexts = [rows = this->rows(), sourceRows, columns, now = m_now,
                      locale = QLocale()](qsizetype row) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : columns)
            // The file has the reasons whole, not the cell's few words.
            cells.append(column == AttentionColumn
                             ? FleetAttention::of(rows.at(sourceRows.at(row)), now).reasons
                             : displayText(rows.at(sourceRows.at(row)), column, now, &locale));
        return cells;
    };
    return table;
}

} // namespace plc
