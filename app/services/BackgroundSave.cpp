#include "BackgroundSave.h"

#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrentRun>

namespace plc {

void BackgroundSave::start(const QString &fileName, MakeBytes makeBytes, QObject *context,
                           Done done)
{
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run([fileName, makeBytes = std::move(makeBytes)] {
        QString error;
        const QByteArray bytes = makeBytes(&error);
        return error.isEmpty() ? write(fileName, bytes) : error;
    }));
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
