// The one async idiom: Job/ValueJob with onFinished(context, onValue, onError), used by API
// calls, keychain operations and background saves alike.
#include "base/Job.h"
#include "base/ReadTwiceJob.h"
#include "services/BackgroundSave.h"
#include "services/SecretStore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {
class IntJob final : public ValueJob<int>
{
public:
    explicit IntJob(QObject *parent)
        : ValueJob(parent)
    {}
    void succeed(int value) { finishWithValue(value); }
    void fail(const ApiError &error) { finishWithError(error); }
};

struct Seen
{
    int values = 0;
    int errors = 0;
    int lastValue = -1;
    ApiError lastError;
};

void watch(IntJob *job, QObject *context, Seen *seen)
{
    job->onFinished(
        context,
        [seen](const int &value) {
            ++seen->values;
            seen->lastValue = value;
        },
        [seen](const ApiError &error) {
            ++seen->errors;
            seen->lastError = error;
        });
}
} // namespace

class TestJobs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValueReachesOnValueOnce()
    {
        QObject context;
        Seen seen;
        auto *job = new IntJob(&context);
        watch(job, &context, &seen);
        job->succeed(7);
        job->succeed(8); // a job finishes once
        job->fail(ApiError::decode(u"late"_s));
        QCOMPARE(seen.values, 1);
        QCOMPARE(seen.lastValue, 7);
        QCOMPARE(seen.errors, 0);
    }

    void withoutAContextTheCallStillComes()
    {
        // A null context once made the connect fail silently, and the benchmark waited for
        // ever for a value that never came.
        QObject owner;
        Seen seen;
        auto *job = new IntJob(&owner);
        watch(job, nullptr, &seen);
        bool cancelled = false;
        auto *other = new IntJob(&owner);
        other->onCancelled(nullptr, [&cancelled] { cancelled = true; });
        job->succeed(3);
        other->cancel();
        QCOMPARE(seen.values, 1);
        QCOMPARE(seen.lastValue, 3);
        QVERIFY(cancelled);
    }

    void anErrorReachesOnError()
    {
        QObject context;
        Seen seen;
        auto *job = new IntJob(&context);
        watch(job, &context, &seen);
        job->fail(ApiError::decode(u"broken"_s));
        QCOMPARE(seen.errors, 1);
        QCOMPARE(seen.lastError.kind, ApiError::Kind::Decode);
        QCOMPARE(seen.values, 0);
    }

    void aCancelTellsNobody()
    {
        QObject context;
        Seen seen;
        auto *job = new IntJob(&context);
        watch(job, &context, &seen);
        job->cancel();
        job->succeed(1);
        QCOMPARE(seen.values + seen.errors, 0);
    }

    void onCancelledHearsOnlyACancel()
    {
        QObject context;
        int cancels = 0;
        auto *cancelled = new IntJob(&context);
        cancelled->onCancelled(&context, [&cancels] { ++cancels; });
        cancelled->cancel();
        cancelled->cancel();
        auto *done = new IntJob(&context);
        done->onCancelled(&context, [&cancels] { ++cancels; });
        done->succeed(1);
        auto *failed = new IntJob(&context);
        failed->onCancelled(&context, [&cancels] { ++cancels; });
        failed->fail(ApiError::decode(u"x"_s));
        QCOMPARE(cancels, 1);
    }

    void aGoneContextIsNotCalled()
    {
        QObject owner;
        Seen seen;
        auto *job = new IntJob(&owner);
        auto context = std::make_unique<QObject>();
        watch(job, context.get(), &seen);
        context.reset();
        job->succeed(3);
        QCOMPARE(seen.values + seen.errors, 0);
    }

    void theJobDeletesItselfAfterFinishing()
    {
        QObject context;
        QPointer<IntJob> job = new IntJob(&context);
        job->onFinished(&context, [](const int &) {});
        job->succeed(1);
        QVERIFY(job);
        QTRY_VERIFY(!job);
    }

    void aSecretJobIsAJobWithAKeychainError_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("not found") << int(SecretJob::Status::NotFound);
        QTest::newRow("no keychain") << int(SecretJob::Status::NoKeychain);
        QTest::newRow("denied") << int(SecretJob::Status::Denied);
        QTest::newRow("failed") << int(SecretJob::Status::Failed);
    }

    void aSecretJobIsAJobWithAKeychainError()
    {
        QFETCH(int, status);
        QObject context;
        auto *job = new SecretJob(&context);
        ApiError seen;
        job->onFinished(
            &context, [](const QString &) { QFAIL("not a value"); },
            [&seen](const ApiError &error) { seen = error; });
        job->finish(SecretJob::Status(status), {}, u"detail"_s);
        QCOMPARE(int(job->status()), status);
        QCOMPARE(seen.kind, ApiError::Kind::Keychain);
        QCOMPARE(job->userMessage(), seen.userMessage());
        QVERIFY(!seen.userMessage().isEmpty());
    }

    void aSecretJobGivesTheSecret()
    {
        QObject context;
        auto *job = new SecretJob(&context);
        QString secret;
        job->onFinished(&context, [&secret](const QString &value) { secret = value; });
        job->finish(SecretJob::Status::Ok, u"s3cret"_s);
        QCOMPARE(secret, u"s3cret"_s);
        QCOMPARE(job->status(), SecretJob::Status::Ok);
    }

    void aBackgroundSaveIsAJob()
    {
        QTemporaryDir dir;
        QObject context;
        bool saved = false;
        ApiError failure;
        BackgroundSave::save(
            dir.filePath(u"a.txt"_s), [](QString *) { return "abc"_ba; }, &context)
            ->onFinished(&context, [&saved] { saved = true; });
        QTRY_VERIFY(saved);
        BackgroundSave::save(
            dir.filePath(u"b.txt"_s),
            [](QString *error) {
                *error = u"cannot be made"_s;
                return QByteArray();
            },
            &context)
            ->onFinished(
                &context, [] { QFAIL("not saved"); },
                [&failure](const ApiError &error) { failure = error; });
        QTRY_COMPARE(failure.kind, ApiError::Kind::File);
        QCOMPARE(failure.userMessage(), u"cannot be made"_s);
        QVERIFY(!QFile::exists(dir.filePath(u"b.txt"_s)));
    }

    // The error keeps technical detail apart from the user's sentence: a provider's words or a
    // file operation's sentence is shown as written; detail (Qt's error string, a raw message)
    // never is, whatever the kind.
    void technicalDetailIsNeverTheSentence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("provider") << int(ApiError::Kind::Provider);
        QTest::newRow("file") << int(ApiError::Kind::File);
    }

    void technicalDetailIsNeverTheSentence()
    {
        QFETCH(int, kind);
        ApiError error;
        error.kind = ApiError::Kind(kind);
        error.providerCode = u"InvalidParameter"_s;
        error.detail = u"Error transferring https://ec2/ - server replied: Bad Request"_s;
        QVERIFY(!error.userMessage().isEmpty());
        QVERIFY2(!error.userMessage().contains(error.detail), qPrintable(error.userMessage()));

        const ApiError refused = ApiError::provider(u"AuthFailure"_s, u"Written for you."_s);
        QCOMPARE(refused.kind, ApiError::Kind::Provider);
        QCOMPARE(refused.providerCode, u"AuthFailure"_s);
        QCOMPARE(refused.userMessage(), u"Written for you."_s);
        QVERIFY(refused.detail.isEmpty());
        QCOMPARE(ApiError::file(u"Not saved."_s).userMessage(), u"Not saved."_s);
    }

    void aCancelledBackgroundSaveTellsNobody()
    {
        QTemporaryDir dir;
        QObject context;
        int calls = 0;
        QSemaphore hold;
        auto *job = BackgroundSave::save(
            dir.filePath(u"c.txt"_s),
            [&hold](QString *) {
                hold.acquire();
                return "late"_ba;
            },
            &context);
        QPointer<BackgroundSave> alive = job;
        job->onFinished(
            &context, [&calls] { ++calls; }, [&calls](const ApiError &) { ++calls; });
        job->cancel();
        hold.release();
        QTRY_VERIFY(!alive);
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    // The check of a change whose answer was lost: a first read too early to tell is made once
    // more, later; otherwise one read decides.
    void aReadTooEarlyToTellIsMadeOnceMore_data()
    {
        QTest::addColumn<QList<int>>("answers"); // each read's value; -1: the read fails
        QTest::addColumn<int>("reads");
        QTest::addColumn<int>("value"); // -1: an error
        QTest::newRow("told at once") << QList<int>{7} << 1 << 7;
        QTest::newRow("too early, then told") << QList<int>{0, 7} << 2 << 7;
        QTest::newRow("too early twice: the second is the answer") << QList<int>{0, 0} << 2 << 0;
        QTest::newRow("the first read fails") << QList<int>{-1} << 1 << -1;
        QTest::newRow("too early, then the read fails") << QList<int>{0, -1} << 2 << -1;
    }
    void aReadTooEarlyToTellIsMadeOnceMore()
    {
        QFETCH(QList<int>, answers);
        QFETCH(int, reads);
        QFETCH(int, value);
        int started = 0;
        auto *job = new ReadTwiceJob<int>(
            [&]() -> ValueJob<int> * {
                const int answer = answers.value(started++, -2);
                return new ReadyJob<int>(answer, answer < 0 ? ApiError::decode(u"x"_s) : ApiError(),
                                         nullptr);
            },
            [](const int &v) { return v == 0; }, 50, this);
        QSignalSpy finished(job, &Job::finished);
        QCOMPARE(started, 1);
        QVERIFY(finished.wait(5000));
        QCOMPARE(started, reads);
        QCOMPARE(job->reads(), reads);
        QCOMPARE(job->succeeded(), value >= 0);
        if (value >= 0)
            QCOMPARE(job->value(), value);
    }

    void aReadTwiceJobCancelledWaitingReadsNothingMore()
    {
        int started = 0;
        QPointer<ValueJob<int>> inner;
        auto *job = new ReadTwiceJob<int>(
            [&]() -> ValueJob<int> * {
                ++started;
                inner = new ReadyJob<int>(0, {}, nullptr);
                return inner;
            },
            [](const int &v) { return v == 0; }, 100, this);
        QTRY_VERIFY(!inner); // the first read ended (and went): now it waits
        job->cancel();
        QVERIFY(job->isCancelled());
        QTest::qWait(300);
        QCOMPARE(started, 1);

        // Gone during its read: the read under way is cancelled.
        IntJob *slow = nullptr;
        auto *other =
            new ReadTwiceJob<int>([&]() -> ValueJob<int> * { return slow = new IntJob(nullptr); },
                                  [](const int &) { return false; }, 100, nullptr);
        QVERIFY(slow);
        bool slowCancelled = false;
        connect(slow, &Job::finished, this, [&] { slowCancelled = slow->isCancelled(); });
        delete other;
        QVERIFY(slowCancelled);
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
