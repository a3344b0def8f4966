#pragma once

#include "domain/Changefeed.h"
#include "models/KeyedRowsModel.h"

#include <QDateTime>

namespace plc {

/// The changefeeds that run through one private link connection: name, ID, sink type, port,
/// state (a coloured badge with its text), checkpoint time, how far behind now it is, and the
/// error of a failed or warning changefeed. Rows merge by changefeed ID; how far behind is
/// measured against now(), which setNow() moves on (the view does so while it shows).
class ChangefeedTableModel final : public KeyedRowsModel<Changefeed>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangefeedTableModel)

public:
    enum Column {
        NameColumn,
        IdColumn,
        SinkColumn,
        PortColumn,
        StateColumn,
        CheckpointColumn,
        BehindColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        IdRole,         ///< changefeedId
        StateColorRole, ///< QColor of the state badge
    };

    explicit ChangefeedTableModel(QObject *parent = nullptr);

    static QColor stateColor(ChangefeedState state);

    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    /// Measures how far behind against `now` (tests pass a fixed time).
    void setNow(const QDateTime &now);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString idOf(const Changefeed &c) const override { return c.changefeedId; }
    QVariant displayValue(const Changefeed &c, int column) const override;
    QVariant sortValue(const Changefeed &c, int column) const override;
    QList<int> changedRoles() const override
    {
        return {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, SortRole, StateColorRole};
    }

    QDateTime m_now;
};

} // namespace plc
