#pragma once

#include "base/Job.h"

#include <QFutureWatcher>
#include <QString>

#include <functional>

namespace plc {

/// Saves a file without blocking the UI thread: makes its bytes and writes them atomically
/// (QSaveFile: a reader sees the old file or the whole new one, never half of it) on a
/// worker thread. A Job: it finishes on its own thread, with ApiError::Kind::File (the
/// sentence in `sentence`) when the file could not be made or written. Whatever `makeBytes`
/// reads must be its own copy (implicitly shared values, captured by value), never a live
/// model or widget. Cancelling drops the result; a write under way still completes.
class BackgroundSave final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundSave)

public:
    /// Makes the file's content; a non-empty `*error` (a sentence for the user) stops the save.
    using MakeBytes = std::function<QByteArray(QString *error)>;
    /// Starts the work; the job belongs to `parent`. Its end is heard as any job's
    /// (onFinished): on the receiver's thread, and not at all once the receiver is gone.
    static BackgroundSave *save(const QString &fileName, MakeBytes makeBytes, QObject *parent);

    /// The write itself, on the calling thread.
    static QString write(const QString &fileName, const QByteArray &bytes);

private:
    explicit BackgroundSave(QObject *parent);

    QFutureWatcher<QString> m_watcher;
};

} // namespace plc
