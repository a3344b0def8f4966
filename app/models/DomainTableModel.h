#pragma once

#include "domain/PrivateLink.h"
#include "models/KeyedRowsModel.h"

namespace plc {

/// One attached domain with the group (AttachDomain) it belongs to.
struct DomainRow
{
    AttachDomain group;
    Domain domain;
    friend bool operator==(const DomainRow &, const DomainRow &) = default;
};

/// The attached domains of one private link connection, a row per domain, each with its own
/// state and failure message and its group's attach-domain ID, type, unique name, creator and
/// time. Rows merge by (attach-domain ID, domain name).
class DomainTableModel final : public KeyedRowsModel<DomainRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainTableModel)

public:
    enum Column {
        DomainColumn,
        StateColumn,
        MessageColumn,
        AttachDomainIdColumn,
        TypeColumn,
        UniqueNameColumn,
        CreatedByColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, AttachDomainIdRole };

    explicit DomainTableModel(QObject *parent = nullptr);

    /// Flattens the groups into rows and merges them in.
    void applyGroups(const QList<AttachDomain> &groups);
    static QList<DomainRow> flatten(const QList<AttachDomain> &groups);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString idOf(const DomainRow &row) const override
    {
        return row.group.attachDomainId + u'\n' + row.domain.name;
    }
    QVariant displayValue(const DomainRow &row, int column) const override;
    QVariant sortValue(const DomainRow &row, int column) const override;
    QList<int> changedRoles() const override
    {
        return {Qt::DisplayRole, Qt::ToolTipRole, SortRole};
    }
};

} // namespace plc
