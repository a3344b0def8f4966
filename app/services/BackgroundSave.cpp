#include "services/BackgroundSave.h"

#include <QSaveFile>
#include <QtConcurrentRun>

namespace plc {

BackgroundSave::BackgroundSave(QObject *parent)
    : Job(parent)
{}

BackgroundSave *BackgroundSave::save(const QString &fileName, MakeBytes makeBytes, QObject *parent)
{
    auto *job = new BackgroundSave(parent);
    connect(&job->m_watcher, &QFutureWatcherBase::finished, job, [job] {
        const QString error = job->m_watcher.result();
        if (error.isEmpty())
            job->finishOk();
        else
            job->finishWithError(ApiError::file(error));
    });
    job->m_watcher.setFuture(QtConcurrent::run([fileName, makeBytes = std::move(makeBytes)] {
        QString error;
        const QByteArray bytes = makeBytes(&error);
        return error.isEmpty() ? write(fileName, bytes) : error;
    }));
    return job;
}

QString BackgroundSave::write(const QString &fileName, const QByteArray &bytes)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(fileName, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return tr("%1 cannot be written: %2").arg(fileName, error);
    }
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(fileName, file.errorString());
    return {};
}

} // namespace plc
