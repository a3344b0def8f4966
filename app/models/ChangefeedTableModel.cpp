#include "models/ChangefeedTableModel.h"

#include "domain/DisplayNames.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace plc {

ChangefeedTableModel::ChangefeedTableModel(QObject *parent)
    : KeyedRowsModel<Changefeed>(parent)
{}

int ChangefeedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ChangefeedTableModel::stateColor(ChangefeedState state)
{
    switch (state) {
    case ChangefeedState::Running:
        return QColor(0x1e, 0x8e, 0x3e);
    case ChangefeedState::Creating:
        return QColor(0x1a, 0x73, 0xe8);
    case ChangefeedState::Warning:
        return QColor(0xb0, 0x60, 0x00);
    case ChangefeedState::CreateFailed:
    case ChangefeedState::RunningFailed:
        return QColor(0xc5, 0x22, 0x1f);
    case ChangefeedState::Paused:
    case ChangefeedState::Deleted:
    case ChangefeedState::Unknown:
        break;
    }
    return QColor(0x5f, 0x63, 0x68);
}

void ChangefeedTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    columnChanged(BehindColumn);
}

QVariant ChangefeedTableModel::displayValue(const Changefeed &c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.displayName;
    case IdColumn:
        return c.changefeedId;
    case SinkColumn:
        return DisplayNames::sinkType(c.sinkType);
    case PortColumn:
        return c.port ? QString::number(*c.port) : QString();
    case StateColumn:
        return DisplayNames::changefeedState(c.state);
    case CheckpointColumn:
        return DisplayNames::dateTime(c.checkpointTime, QLocale::ShortFormat);
    case BehindColumn:
        return DisplayNames::lag(c.checkpointTime, now());
    case ErrorColumn:
        return c.error;
    default:
        return {};
    }
}

QVariant ChangefeedTableModel::sortValue(const Changefeed &c, int column) const
{
    switch (column) {
    case PortColumn:
        return qint64(c.port.value_or(0));
    case StateColumn:
        return c.state.raw;
    case CheckpointColumn:
        return c.checkpointTime.isValid() ? c.checkpointTime.toMSecsSinceEpoch() : qint64(0);
    case BehindColumn:
        return c.checkpointTime.isValid() ? c.checkpointTime.msecsTo(now()) : qint64(-1);
    default:
        return displayValue(c, column);
    }
}

QVariant ChangefeedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Changefeed &c = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayValue(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CheckpointColumn && c.checkpointTime.isValid())
            return DisplayNames::dateTime(c.checkpointTime, QLocale::LongFormat) +
                   (c.checkpointTso.isEmpty() ? QString() : u" (TSO "_s + c.checkpointTso + u')');
        if (index.column() == StateColumn && !c.error.isEmpty())
            return c.error;
        return displayValue(c, index.column());
    case Qt::ForegroundRole:
        return index.column() == StateColumn ||
                       (index.column() == ErrorColumn && isTroubled(c.state.value))
                   ? QVariant(QBrush(stateColor(c.state.value)))
                   : QVariant();
    case SortRole:
        return sortValue(c, index.column());
    case IdRole:
        return c.changefeedId;
    case StateColorRole:
        return stateColor(c.state.value);
    default:
        return {};
    }
}

QVariant ChangefeedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Changefeed");
    case IdColumn:
        return tr("Changefeed ID");
    case SinkColumn:
        return tr("Sink");
    case PortColumn:
        return tr("Port");
    case StateColumn:
        return tr("State");
    case CheckpointColumn:
        return tr("Checkpoint");
    case BehindColumn:
        return tr("Behind");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace plc
