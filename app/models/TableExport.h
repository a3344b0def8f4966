#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QAbstractProxyModel;

namespace plc {

/// A table as it is to be written: the column titles, and a function that makes a row's
/// display texts. The function owns everything it reads (copies of implicitly shared values),
/// so that it may run on another thread while the model changes.
struct TableSnapshot
{
    QStringList titles;
    qsizetype rowCount = 0;
    std::function<QStringList(qsizetype row)> rowTexts;
};

/// Writes what a table shows — every row of the (filtered, sorted) model and the given
/// columns in the given order (the visible ones, as arranged on screen), as display texts —
/// as CSV (RFC 4180, UTF-8 with a BOM so that spreadsheet programs read CJK text correctly)
/// or as a JSON array of objects keyed by the column titles.
namespace TableExport {
/// Copies the texts out of any model, on the calling thread (the model's).
TableSnapshot capture(const QAbstractItemModel *model, const QList<int> &columns);
/// The source rows a (filtering, sorting) proxy shows, in its order.
QList<int> sourceRows(const QAbstractProxyModel *proxy);
QByteArray toCsv(const TableSnapshot &table);
QByteArray toJson(const TableSnapshot &table);
} // namespace TableExport

} // namespace plc
