#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace plc {

/// Saves a file without blocking the UI thread: makes its bytes and writes them atomically
/// (QSaveFile: a reader sees the old file or the whole new one, never half of it) on a
/// worker thread, then reports on the context object's thread. Whatever `makeBytes` reads
/// must be its own copy (implicitly shared values, captured by value), never a live model or
/// widget.
class BackgroundSave
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundSave)

public:
    /// Makes the file's content; a non-empty `*error` (a sentence for the user) stops the save.
    using MakeBytes = std::function<QByteArray(QString *error)>;
    /// `error` is empty when the file was saved, else a sentence for the user.
    using Done = std::function<void(const QString &error)>;

    /// Starts the work. `done` runs once, on `context`'s thread, unless `context` is
    /// destroyed first.
    static void start(const QString &fileName, MakeBytes makeBytes, QObject *context, Done done);

    /// The write itself, on the calling thread.
    static QString write(const QString &fileName, const QByteArray &bytes);
};

} // namespace plc
