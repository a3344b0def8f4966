// The one paging combinator (PagedJob) of every API, against a fake page source: pages joined
// in order, the same guards for everyone (a repeated token, the page cap), a failing page, a
// cancel, and the empty-page rule of an API whose pages are full.
#include "base/PagedJob.h"

#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;
using namespace plc;

namespace {

/// What the fake server answers to the request of one page.
struct Answer
{
    QList<int> items;
    QString next;
    std::optional<qint64> totalSize;
    ApiError error;    ///< an error instead of a page
    bool hold = false; ///< no answer until the test gives one
};

/// A page of `items` that names the page after it by `next` (empty: the last).
Answer page(const QList<int> &items, const QString &next = {},
            std::optional<qint64> totalSize = std::nullopt)
{
    Answer answer;
    answer.items = items;
    answer.next = next;
    answer.totalSize = totalSize;
    return answer;
}

/// An error instead of a page.
Answer failure(const ApiError &error)
{
    Answer answer;
    answer.error = error;
    return answer;
}

/// One request of a page: ends on the next turn of the event loop with its answer.
class FakeCall final : public ValueJob<Answer>
{
public:
    FakeCall(int *aborted, bool change, QObject *parent)
        : ValueJob(parent)
        , m_aborted(aborted)
        , m_change(change)
    {}
    void answer(const Answer &answer)
    {
        if (answer.error.isError())
            finishWithError(answer.error);
        else
            finishWithValue(answer);
    }
    bool changeMayHaveLeft() const override { return m_change; }

private:
    void abortWork() override { ++*m_aborted; }
    int *m_aborted;
    bool m_change;
};

/// The pages of a list as a script: the answer to the request of the n-th page (from 1) after
/// `token`; every token asked for is kept in `tokens`.
class FakeSource final : public QObject
{
public:
    using Script = std::function<Answer(const QString &token, int n)>;
    explicit FakeSource(Script script)
        : m_script(std::move(script))
    {}

    FakeCall *request(const QString &token)
    {
        tokens.append(token);
        const Answer answer = m_script(token, int(tokens.size()));
        auto *call = new FakeCall(&aborted, change, this);
        last = call;
        if (!answer.hold)
            QTimer::singleShot(0, call, [call, answer] { call->answer(answer); });
        return call;
    }

    QStringList tokens;
    int aborted = 0;
    bool change = false;
    QPointer<FakeCall> last;

private:
    Script m_script;
};

using IntPages = PagedJob<FakeCall, QList<int>>;

IntPages *readAll(FakeSource *source, EmptyPages emptyPages = EmptyPages::EndAfterTwo)
{
    auto read = [](FakeCall &call, ApiError *error) -> std::optional<IntPages::Page> {
        if (call.value().items.contains(-1)) { // a page the reader cannot read
            *error = ApiError::decode(u"items[0]"_s);
            return std::nullopt;
        }
        return IntPages::Page{call.value().items, call.value().next, call.value().totalSize};
    };
    return new IntPages([source](const QString &token) { return source->request(token); }, read,
                        u"pages.example"_s, emptyPages, source);
}

/// Runs the event loop until `job` ends (30 s at most) and hands back its value and error.
/// (QTest::qWaitFor would rest 10 ms between turns, ten seconds for a thousand pages.)
template<typename J> auto await(J *job)
{
    std::pair<std::decay_t<decltype(job->value())>, ApiError> result;
    result.second.kind = ApiError::Kind::Timeout; // never ended
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, [&result, &loop, job] {
        if (job->succeeded())
            result.first = job->value();
        result.second = job->error();
        loop.quit();
    });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

/// n pages of one item each, every page naming the next with a token never seen before.
Answer endless(const QString &, int n)
{
    return page({n}, u"token-%1"_s.arg(n));
}

} // namespace

Q_DECLARE_METATYPE(plc::EmptyPages)

class TestPagedJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageIsJoinedInOrder()
    {
        FakeSource source([](const QString &token, int) -> Answer {
            if (token.isEmpty())
                return page({1, 2}, u"a"_s);
            if (token == "a"_L1)
                return page({3}, u"b"_s);
            if (token == "b"_L1)
                return page({4, 5});
            return failure(ApiError::decode(u"unknown token"_s));
        });
        IntPages *job = readAll(&source);
        QList<QPair<int, qint64>> progress;
        QList<QList<int>> lastPages;
        connect(job, &Job::progress, this, [&](int pages, qint64 items) {
            progress.append({pages, items});
            lastPages.append(job->lastPage());
        });
        const auto [value, error] = await(job);
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(value, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(source.tokens, (QStringList{QString(), u"a"_s, u"b"_s}));
        QCOMPARE(progress, (QList<QPair<int, qint64>>{{1, 2}, {2, 3}, {3, 5}}));
        QCOMPARE(lastPages, (QList<QList<int>>{{1, 2}, {3}, {4, 5}}));
    }

    void anAnswerOfOnePageIsItsValue()
    {
        // A value that is not a list (an answer of one page) is the page's, not joined.
        FakeSource source([](const QString &, int) { return page({7, 8}); });
        using Whole = PagedJob<FakeCall, int>;
        auto *job = new Whole([&source](const QString &token) { return source.request(token); },
                              [](FakeCall &call, ApiError *) -> std::optional<Whole::Page> {
                                  return Whole::Page{int(call.value().items.size()), {}, {}};
                              },
                              u"pages.example"_s, EmptyPages::MayComeBetween, &source);
        const auto [value, error] = await(job);
        QVERIFY(!error.isError());
        QCOMPARE(value, 2);
    }

    void aRepeatedTokenEndsTheList_data()
    {
        QTest::addColumn<EmptyPages>("emptyPages");
        QTest::newRow("full pages (TiDB Cloud)") << EmptyPages::EndAfterTwo;
        QTest::newRow("empty pages may come between (AWS, Alibaba Cloud)")
            << EmptyPages::MayComeBetween;
    }

    void aRepeatedTokenEndsTheList()
    {
        QFETCH(EmptyPages, emptyPages);
        // a → b → a: the third page names a token the list has already followed.
        FakeSource source([](const QString &token, int) -> Answer {
            if (token.isEmpty())
                return page({1}, u"a"_s);
            if (token == "a"_L1)
                return page({2}, u"b"_s);
            return page({3}, u"a"_s);
        });
        const auto [value, error] = await(readAll(&source, emptyPages));
        QCOMPARE(error.kind, ApiError::Kind::Paging);
        QCOMPARE(error.detail, u"repeated"_s);
        QCOMPARE(error.pages, 3);
        QCOMPARE(error.items, qint64(3));
        QCOMPARE(error.host, u"pages.example"_s);
        QVERIFY(value.isEmpty());                                          // no half list
        QCOMPARE(source.tokens, (QStringList{QString(), u"a"_s, u"b"_s})); // a is not asked again
        QVERIFY(error.userMessage().contains(u"twice"_s));
    }

    void thePageCapEndsTheList_data()
    {
        QTest::addColumn<EmptyPages>("emptyPages");
        QTest::addColumn<int>("itemsPerPage");
        QTest::newRow("full pages (TiDB Cloud)") << EmptyPages::EndAfterTwo << 1;
        QTest::newRow("AWS, Alibaba Cloud") << EmptyPages::MayComeBetween << 1;
        QTest::newRow("AWS, Alibaba Cloud, every page empty") << EmptyPages::MayComeBetween << 0;
    }

    void thePageCapEndsTheList()
    {
        QFETCH(EmptyPages, emptyPages);
        QFETCH(int, itemsPerPage);
        FakeSource source([itemsPerPage](const QString &token, int n) {
            Answer answer = endless(token, n);
            if (itemsPerPage == 0)
                answer.items.clear();
            return answer;
        });
        const auto [value, error] = await(readAll(&source, emptyPages));
        QCOMPARE(error.kind, ApiError::Kind::Paging);
        QCOMPARE(error.detail, QString()); // not a repeat: the cap
        QCOMPARE(IntPages::MaxPages, 1000);
        QCOMPARE(error.pages, IntPages::MaxPages);
        QCOMPARE(error.items, qint64(IntPages::MaxPages * itemsPerPage));
        QCOMPARE(source.tokens.size(), IntPages::MaxPages); // no page past the cap is asked for
        QVERIFY(value.isEmpty());
        QVERIFY2(error.userMessage().contains(u"1000"_s), qPrintable(error.userMessage()));
    }

    void aFailingPageEndsTheWholeList()
    {
        ApiError refused;
        refused.kind = ApiError::Kind::Http;
        refused.httpStatus = 503;
        refused.apiMessage = u"try later"_s;
        refused.host = u"pages.example"_s;
        FakeSource source([refused](const QString &token, int n) -> Answer {
            if (n == 3)
                return failure(refused);
            return endless(token, n);
        });
        const auto [value, error] = await(readAll(&source));
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 503);
        QCOMPARE(error.apiMessage, u"try later"_s);
        QVERIFY(value.isEmpty());
        QTest::qWait(20);
        QCOMPARE(source.tokens.size(), 3); // nothing after the page that failed
    }

    void aPageTheReaderCannotReadEndsTheList()
    {
        FakeSource source([](const QString &token, int n) -> Answer {
            if (n == 2)
                return page({-1}, u"more"_s);
            return endless(token, n);
        });
        const auto [value, error] = await(readAll(&source));
        QCOMPARE(error.kind, ApiError::Kind::Decode);
        QCOMPARE(error.detail, u"items[0]"_s);
        QCOMPARE(source.tokens.size(), 2);
    }

    void cancelStopsFurtherPages()
    {
        // The second page is under way when the caller cancels.
        FakeSource source([](const QString &token, int n) {
            Answer answer = endless(token, n);
            answer.hold = n == 2;
            return answer;
        });
        IntPages *job = readAll(&source);
        QPointer<IntPages> alive = job;
        bool told = false;
        job->onFinished(
            this, [&](const QList<int> &) { told = true; }, [&](const ApiError &) { told = true; });
        bool cancelled = false;
        job->onCancelled(this, [&] { cancelled = true; });
        QTRY_COMPARE(source.tokens.size(), 2);
        QPointer<FakeCall> second = source.last;
        QVERIFY(second && !second->isFinished());
        job->cancel();
        QVERIFY(cancelled);
        QVERIFY(!told);
        QCOMPARE(source.aborted, 1); // the page under way was cancelled too
        QVERIFY(!second || second->isCancelled());
        QTest::qWait(50);
        QCOMPARE(source.tokens.size(), 2); // and no page after it was asked for
        QTRY_VERIFY(alive.isNull());
    }

    void aCancelDuringAChangeSaysItMayHaveArrived()
    {
        FakeSource source([](const QString &, int) {
            Answer held = page({1});
            held.hold = true;
            return held;
        });
        source.change = true;
        IntPages *job = readAll(&source);
        ApiError error;
        connect(job, &Job::finished, this, [&error, job] { error = job->error(); });
        job->cancel();
        QCOMPARE(error.kind, ApiError::Kind::Cancelled);
        QVERIFY(error.mayHaveArrived);
    }

    void twoEmptyPagesEndAListOfFullPagesOnly_data()
    {
        QTest::addColumn<EmptyPages>("emptyPages");
        QTest::addColumn<bool>("read");
        QTest::newRow("full pages (TiDB Cloud): stopped") << EmptyPages::EndAfterTwo << false;
        QTest::newRow("AWS, Alibaba Cloud: read on") << EmptyPages::MayComeBetween << true;
    }

    void twoEmptyPagesEndAListOfFullPagesOnly()
    {
        QFETCH(EmptyPages, emptyPages);
        QFETCH(bool, read);
        // Two empty pages that name another, then the last page.
        FakeSource source([](const QString &, int n) -> Answer {
            if (n == 1)
                return page({1}, u"a"_s);
            if (n <= 3)
                return page({}, u"e%1"_s.arg(n));
            return page({2});
        });
        const auto [value, error] = await(readAll(&source, emptyPages));
        if (read) {
            QVERIFY(!error.isError());
            QCOMPARE(value, (QList<int>{1, 2}));
            QCOMPARE(source.tokens.size(), 4);
        } else {
            QCOMPARE(error.kind, ApiError::Kind::Paging);
            QCOMPARE(error.pages, 3);
            QCOMPARE(source.tokens.size(), 3);
        }
    }

    void aListPastItsAnnouncedTotalEnds()
    {
        // 150 items announced, full pages of 100 that never end: the pages 150 items need, and
        // one spare.
        FakeSource source(
            [](const QString &, int n) { return page(QList<int>(100, n), u"t%1"_s.arg(n), 150); });
        const auto [value, error] = await(readAll(&source, EmptyPages::MayComeBetween));
        QCOMPARE(error.kind, ApiError::Kind::Paging);
        QCOMPARE(error.announced, qint64(150));
        QCOMPARE(source.tokens.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPagedJob)
#include "tst_pagedjob.moc"
