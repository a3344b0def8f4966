#include "models/DomainTableModel.h"

#include "domain/DisplayNames.h"

#include <QLocale>

namespace plc {

DomainTableModel::DomainTableModel(QObject *parent)
    : KeyedRowsModel<DomainRow>(parent)
{}

QList<DomainRow> DomainTableModel::flatten(const QList<AttachDomain> &groups)
{
    QList<DomainRow> rows;
    for (const AttachDomain &group : groups) {
        for (const Domain &domain : group.domains)
            rows.append({group, domain});
    }
    return rows;
}

void DomainTableModel::applyGroups(const QList<AttachDomain> &groups)
{
    apply(flatten(groups));
}

int DomainTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainTableModel::displayValue(const DomainRow &row, int column) const
{
    switch (column) {
    case DomainColumn:
        return row.domain.name;
    case StateColumn:
        return DisplayNames::domainState(row.domain.state);
    case MessageColumn:
        return row.domain.message;
    case AttachDomainIdColumn:
        return row.group.attachDomainId;
    case TypeColumn:
        return DisplayNames::domainType(row.group.type);
    case UniqueNameColumn:
        return row.group.uniqueName;
    case CreatedByColumn:
        return row.group.createdBy;
    case CreatedColumn:
        return DisplayNames::dateTime(row.group.createTime, QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant DomainTableModel::sortValue(const DomainRow &row, int column) const
{
    if (column == CreatedColumn)
        return row.group.createTime.toMSecsSinceEpoch();
    if (column == StateColumn)
        return row.domain.state;
    return displayValue(row, column);
}

QVariant DomainTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainRow &row = *rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayValue(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case AttachDomainIdRole:
        return row.group.attachDomainId;
    default:
        return {};
    }
}

QVariant DomainTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case StateColumn:
        return tr("State");
    case MessageColumn:
        return tr("Message");
    case AttachDomainIdColumn:
        return tr("Attach Domain ID");
    case TypeColumn:
        return tr("Domain Type");
    case UniqueNameColumn:
        return tr("Unique Name");
    case CreatedByColumn:
        return tr("Created By");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace plc
