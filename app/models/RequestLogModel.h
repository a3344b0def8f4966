#pragma once

#include "api/RequestLog.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace plc {

/// The session's request log as a table, newest last, appended to as calls finish.
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        BytesColumn,
        AttemptColumn,
        TraceIdColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The log as tab-separated text, for a support ticket.
    QString toText() const;

private:
    QPointer<RequestLog> m_log;
    int m_rows = 0;
};

} // namespace plc
