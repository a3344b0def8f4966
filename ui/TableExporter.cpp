#include "TableExporter.h"

#include "models/TableExport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QPointer>
#include <QSaveFile>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace plc {

QString TableExporter::write(const QTableView *view, const QString &fileName, bool json)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(fileName, file.errorString());
    file.write(json ? TableExport::toJson(view->model(), columns)
                    : TableExport::toCsv(view->model(), columns));
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(fileName, file.errorString());
    return {};
}

void TableExporter::choose(QWidget *parent, const QTableView *view, bool json,
                           const QString &suggestedName,
                           const std::function<void(const QString &, const QString &)> &done)
{
    auto *dialog = new QFileDialog(parent, json ? tr("Export as JSON") : tr("Export as CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(json ? u"json"_s : u"csv"_s);
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [view = QPointer<const QTableView>(view), json, done](const QString &file) {
                         if (view)
                             done(file, write(view, file, json));
                     });
    dialog->open();
}

} // namespace plc
