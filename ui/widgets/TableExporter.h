#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QObject;
class QTableView;
class QWidget;

namespace plc {

class BackgroundSave;
struct TableSnapshot;

/// The table side of an export: which columns a view shows, the Save dialog, and the file made
/// from a TableSnapshot (CSV or JSON) and written off the UI thread.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    /// The view's visible columns, in their on-screen order (logical indexes).
    static QList<int> shownColumns(const QTableView *view);
    /// Asks for a file name (a window-modal dialog, no nested event loop) and calls
    /// `chosen(file)` once one is picked.
    static void choose(QWidget *parent, bool json, const QString &suggestedName,
                       const std::function<void(const QString &)> &chosen);
    /// Makes the file from `table` (its own copy) and writes it on a worker thread; the job
    /// tells the end on `context`'s thread.
    static BackgroundSave *save(const QString &fileName, bool json, const TableSnapshot &table,
                                QObject *context);
};

} // namespace plc
