#include "models/TableExport.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QString csvField(const QString &cell)
{
    // A cell that begins with = + - @, a tab or a carriage return is a formula to a spreadsheet
    // program (OWASP, "CSV Injection"): a leading apostrophe makes it text there, and keeps it
    // readable everywhere else.
    static const QString formulaStarts = u"=+-@\t\r"_s;
    const QString text =
        !cell.isEmpty() && formulaStarts.contains(cell.front()) ? u'\'' + cell : cell;
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(csvField(cell));
    return fields.join(u',');
}
} // namespace

TableSnapshot TableExport::capture(const QAbstractItemModel *model, const QList<int> &columns)
{
    TableSnapshot table;
    for (int column : columns)
        table.titles.append(model->headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows;
    rows.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : columns)
            cells.append(model->index(row, column).data().toString());
        rows.append(cells);
    }
    table.rowCount = rows.size();
    table.rowTexts = [rows](qsizetype row) {
        return rows.at(row);
    };
    return table;
}

QList<int> TableExport::sourceRows(const QAbstractProxyModel *proxy)
{
    QList<int> rows;
    rows.reserve(proxy->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        rows.append(proxy->mapToSource(proxy->index(row, 0)).row());
    return rows;
}

QByteArray TableExport::toCsv(const TableSnapshot &table)
{
    QStringList lines;
    lines.reserve(table.rowCount + 1);
    lines.append(csvLine(table.titles));
    for (qsizetype row = 0; row < table.rowCount; ++row)
        lines.append(csvLine(table.rowTexts(row)));
    return QByteArray("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QByteArray TableExport::toJson(const TableSnapshot &table)
{
    QJsonArray rows;
    for (qsizetype row = 0; row < table.rowCount; ++row) {
        const QStringList cells = table.rowTexts(row);
        QJsonObject object;
        for (qsizetype i = 0; i < table.titles.size() && i < cells.size(); ++i)
            object.insert(table.titles.at(i), cells.at(i));
        rows.append(object);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace plc
