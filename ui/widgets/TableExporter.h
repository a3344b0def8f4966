#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QTableView;
class QWidget;

namespace plc {

/// The table side of an export: which columns a view shows, and the Save dialog. The file
/// itself is made from a TableSnapshot and written by BackgroundSave.
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
};

} // namespace plc
