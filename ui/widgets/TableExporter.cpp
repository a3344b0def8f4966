#include "ui/widgets/TableExporter.h"

#include "models/TableExport.h"
#include "services/BackgroundSave.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace plc {

QList<int> TableExporter::shownColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void TableExporter::choose(QWidget *parent, bool json, const QString &suggestedName,
                           const std::function<void(const QString &)> &chosen)
{
    auto *dialog = new QFileDialog(parent, json ? tr("Export as JSON") : tr("Export as CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(json ? u"json"_s : u"csv"_s);
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, chosen);
    dialog->open();
}

BackgroundSave *TableExporter::save(const QString &fileName, bool json, const TableSnapshot &table,
                                    QObject *context)
{
    return BackgroundSave::save(
        fileName,
        [table, json](QString *) {
            return json ? TableExport::toJson(table) : TableExport::toCsv(table);
        },
        context);
}

} // namespace plc
