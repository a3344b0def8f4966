#include "models/RequestLogModel.h"

#include "models/TextFilterProxy.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace plc {

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(int(log->entries().size()))
{
    connect(log, &RequestLog::entryAdded, this, [this] {
        const int size = int(m_log->entries().size());
        if (size <= m_rows) {
            // The oldest entry was dropped to make room: shift by resetting (rare, at 2000).
            beginResetModel();
            m_rows = size;
            endResetModel();
            return;
        }
        beginInsertRows({}, m_rows, size - 1);
        m_rows = size;
        endInsertRows();
    });
    connect(log, &RequestLog::cleared, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_log || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        // The cell whole, as the text it is: a path, a trace ID or an error code comes from a
        // server, and Qt renders a tooltip that looks like markup as rich text.
        const QVariant shown = data(index, Qt::DisplayRole);
        return shown.typeId() == QMetaType::QString
                   ? QVariant(TextFilterProxy::plainToolTip(shown.toString()))
                   : shown;
    }
    const RequestLogEntry &e = m_log->entries().at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return role == Qt::UserRole
                   ? QVariant(e.time.toMSecsSinceEpoch())
                   : QVariant(QLocale().toString(e.time.time(), u"HH:mm:ss.zzz"_s));
    case MethodColumn:
        return QString::fromLatin1(e.method);
    case PathColumn:
        return e.path;
    case StatusColumn:
        return e.status == 0 ? QVariant(u"—"_s) : QVariant(e.status);
    case DurationColumn:
        return role == Qt::UserRole ? QVariant(e.durationMs)
                                    : QVariant(tr("%1 ms").arg(e.durationMs));
    case BytesColumn:
        return e.bytesReceived;
    case AttemptColumn:
        return e.attempt;
    case TraceIdColumn:
        return e.traceId;
    case OutcomeColumn:
        return e.outcome.isEmpty() ? tr("OK") : e.outcome;
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case BytesColumn:
        return tr("Bytes");
    case AttemptColumn:
        return tr("Attempt");
    case TraceIdColumn:
        return tr("Trace ID");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

QString RequestLogModel::toText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    for (int r = 0; r < m_rows; ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells.append(index(r, c).data().toString());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace plc
