// BackgroundSave: files are made and written on a worker thread, atomically, and the end is
// reported on the context's thread.
#include "services/BackgroundSave.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

/// Starts a save and waits for its end: the error, or "(no answer)".
QString save(const QString &fileName, BackgroundSave::MakeBytes makeBytes,
             QThread **madeOn = nullptr, QThread **doneOn = nullptr)
{
    QObject context;
    QString result = u"(no answer)"_s;
    bool ended = false;
    const auto done = [&](const QString &error) {
        if (doneOn)
            *doneOn = QThread::currentThread();
        result = error;
        ended = true;
    };
    BackgroundSave::save(
        fileName,
        [makeBytes = std::move(makeBytes), madeOn](QString *error) {
            if (madeOn)
                *madeOn = QThread::currentThread();
            return makeBytes(error);
        },
        &context)
        ->onFinished(
            &context, [&] { done({}); }, [&](const ApiError &error) { done(error.userMessage()); });
    if (!QTest::qWaitFor([&] { return ended; }, 10'000))
        return u"(no answer)"_s;
    return result;
}
} // namespace

class TestBackgroundSave final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOnAWorkerAndReportsHere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        QThread *madeOn = nullptr;
        QThread *doneOn = nullptr;
        QCOMPARE(save(
                     path, [](QString *) { return QByteArray("a,b\r\n"); }, &madeOn, &doneOn),
                 QString());
        QCOMPARE(contentOf(path), QByteArray("a,b\r\n"));
        QVERIFY(madeOn);
        QVERIFY(madeOn != QThread::currentThread()); // not the UI thread
        QCOMPARE(doneOn, QThread::currentThread());  // the context's thread
    }

    void aFailureToMakeTheBytesKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"picture.png"_s);
        QCOMPARE(save(path, [](QString *) { return QByteArray("old"); }), QString());
        QCOMPARE(save(path,
                      [](QString *error) {
                          *error = u"The image could not be encoded."_s;
                          return QByteArray("half");
                      }),
                 u"The image could not be encoded."_s);
        QCOMPARE(contentOf(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"picture.png"_s});
    }

    void anUnwritablePlaceIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/folder/out.json"_s);
        const QString error = save(path, [](QString *) { return QByteArray("[]"); });
        QVERIFY2(error.startsWith(path + u" cannot be written: "_s), qPrintable(error));
        QVERIFY(error.size() > path.size() + 21); // the system's reason follows
        QVERIFY(!QFile::exists(path));
    }

    void aContextGoneFirstHearsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"late.json"_s);
        QSemaphore mayFinish;
        bool called = false;
        {
            QObject context;
            BackgroundSave::save(
                path,
                [&mayFinish](QString *) {
                    mayFinish.acquire();
                    return QByteArray("[]");
                },
                &context)
                ->onFinished(
                    &context, [&called] { called = true; },
                    [&called](const ApiError &) { called = true; });
        } // the context (a closed window, say) is gone while the worker still runs
        mayFinish.release();
        QTRY_VERIFY(QFile::exists(path)); // the file is still written whole
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundSave)
#include "tst_backgroundsave.moc"
