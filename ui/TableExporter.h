#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QTableView;
class QWidget;

namespace plc {

/// Saves what a table view shows — its visible columns in their on-screen order, its
/// filtered and sorted rows — as CSV (UTF-8 with a BOM) or JSON, atomically (QSaveFile).
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    /// Writes the file; the error for the user, or empty.
    static QString write(const QTableView *view, const QString &fileName, bool json);
    /// Asks for a file name (a window-modal dialog, no nested event loop), writes it and
    /// calls `done(file, error)`.
    static void choose(QWidget *parent, const QTableView *view, bool json,
                       const QString &suggestedName,
                       const std::function<void(const QString &, const QString &)> &done);
};

} // namespace plc
