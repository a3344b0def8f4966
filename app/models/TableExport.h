#pragma once

#include <QByteArray>
#include <QList>

class QAbstractItemModel;

namespace plc {

/// Writes what a table shows — every row of the (filtered, sorted) model and the given
/// columns in the given order (the visible ones, as arranged on screen), as display texts —
/// as CSV (RFC 4180, UTF-8 with a BOM so that spreadsheet programs read CJK text correctly)
/// or as a JSON array of objects keyed by the column titles.
namespace TableExport {
QByteArray toCsv(const QAbstractItemModel *model, const QList<int> &columns);
QByteArray toJson(const QAbstractItemModel *model, const QList<int> &columns);
} // namespace TableExport

} // namespace plc
