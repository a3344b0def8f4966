#pragma once

#include "base/Job.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

#include <algorithm>
#include <concepts>
#include <functional>
#include <limits>
#include <optional>
#include <type_traits>
#include <utility>

namespace plc {

/// Whether an API may send an empty page that still names another.
enum class EmptyPages {
    /// AWS and Alibaba Cloud may: a filter applied after a page was cut can leave it empty, and
    /// their documentation says to follow the token all the same.
    MayComeBetween,
    /// The TiDB Cloud API fills every page but the last: two empty pages in a row that name
    /// another end the list.
    EndAfterTwo,
};

/// Every page of one operation, one request after the other, joined into one value: the one
/// paging combinator of every API (TiDB Cloud's lists, EC2, Alibaba Cloud). `Call` is the job
/// one request is (ApiCall, ProviderCall); what differs per API is given as function objects:
/// `Request` starts the request of the page after a token, `Read` reads a finished call's page
/// and the token of the next one (the API's own token extraction).
///
/// A list (`T` a QList) is joined page after page; any other value is the last page's. It
/// reports progress() after each page. A broken or hostile server cannot make it endless; the
/// same guards hold for every API, each ending the job with ApiError::Kind::Paging:
/// - a next token seen before (`detail` "repeated");
/// - another page named after MaxPages pages;
/// - another page named after more pages than the server's announced total needs (one spare,
///   for items added while reading), or an empty page after all announced items: only for a
///   reader that gives a total;
/// - two empty pages in a row that name another, for an API whose pages are full
///   (EmptyPages::EndAfterTwo).
/// A page that fails ends the whole job with that page's error; cancel() cancels the page
/// under way and asks for no other.
template<typename Call, typename T> class PagedJob final : public ValueJob<T>
{
    static_assert(std::is_base_of_v<Job, Call>, "a page is read by a Job");

public:
    /// One page as the API's reader hands it back.
    struct Page
    {
        T items{};         ///< its items (or the whole value, for an answer of one page)
        QString nextToken; ///< the next page's token; empty: this was the last
        std::optional<qint64> totalSize; ///< the items the server says the list holds
    };
    /// Starts the request of the page after `token` (empty: the first page). The job it
    /// returns must still be under way (it finishes later, as every Job does).
    using Request = std::function<Call *(const QString &token)>;
    /// Reads a call that succeeded: its page, or nothing with `*error` set (a decode error).
    using Read = std::function<std::optional<Page>(Call &call, ApiError *error)>;

    /// 100,000 items at 100 a page (the TiDB Cloud API's page): far beyond any account, well
    /// short of endless.
    static constexpr int MaxPages = 1000;

    /// `host` names the server in a Paging error.
    PagedJob(Request request, Read read, QString host, EmptyPages emptyPages, QObject *parent)
        : ValueJob<T>(parent)
        , m_request(std::move(request))
        , m_read(std::move(read))
        , m_host(std::move(host))
        , m_emptyPages(emptyPages)
    {
        requestPage({});
    }

    /// The value of the page that arrived last (valid while progress() is emitted), so that a
    /// view can show rows page by page instead of all at once at the end.
    const T &lastPage() const { return m_lastPage; }

private:
    static constexpr bool IsList = requires(T & a, T &&b)
    {
        a.append(std::move(b));
        {
            a.size()
            } -> std::convertible_to<qsizetype>;
        typename T::value_type;
    }
    &&!std::is_same_v<T, QString> && !std::is_same_v<T, QByteArray>;

    void requestPage(const QString &token)
    {
        Call *call = m_request(token);
        Q_ASSERT(call && !call->isFinished());
        m_call = call;
        QObject::connect(call, &Job::finished, this, [this, call] { onPage(call); });
    }

    void onPage(Call *call)
    {
        if (this->isFinished())
            return;
        if (!call->succeeded()) {
            this->finishWithError(call->error());
            return;
        }
        ApiError error;
        std::optional<Page> page = m_read(*call, &error);
        if (!page) {
            this->finishWithError(error);
            return;
        }
        qsizetype pageItems = 0;
        if constexpr (IsList) {
            pageItems = page->items.size();
            m_lastPage = page->items;
            m_value.append(std::move(page->items));
            m_items = m_value.size();
        } else {
            m_lastPage = std::move(page->items);
            m_value = m_lastPage;
        }
        ++m_pages;
        const bool empty = IsList && pageItems == 0;
        m_emptyPagesInARow = empty ? m_emptyPagesInARow + 1 : 0;
        if (page->totalSize)
            m_announced = *page->totalSize;
        Q_EMIT this->progress(m_pages, m_items);

        const QString next = page->nextToken;
        if (next.isEmpty()) {
            this->finishWithValue(std::move(m_value));
            return;
        }
        if (m_seenTokens.contains(next)) {
            stopPaging(QStringLiteral("repeated"));
            return;
        }
        if (m_pages >= MaxPages || pastTheTotal(pageItems, empty) ||
            (m_emptyPages == EmptyPages::EndAfterTwo && m_emptyPagesInARow >= 2)) {
            stopPaging({});
            return;
        }
        m_seenTokens.insert(next);
        requestPage(next);
    }

    /// With a total announced: the pages a list of that many items needs at the smallest page
    /// the server has sent (it may send smaller pages than asked for), and one more for items
    /// added meanwhile; or an empty page once every announced item is in.
    bool pastTheTotal(qsizetype pageItems, bool empty)
    {
        if (!IsList)
            return false;
        m_smallestPage = std::min<qint64>(m_smallestPage, std::max<qint64>(1, pageItems));
        if (m_announced < 0)
            return false;
        const qint64 needed = (m_announced + m_smallestPage - 1) / m_smallestPage + 1;
        return m_pages >= needed || (empty && m_items >= m_announced);
    }

    void stopPaging(const QString &detail)
    {
        ApiError error;
        error.kind = ApiError::Kind::Paging;
        error.host = m_host;
        error.detail = detail;
        error.pages = m_pages;
        error.items = m_items;
        error.announced = m_announced;
        this->finishWithError(error);
    }

    bool changeMayHaveLeft() const override { return m_call && m_call->changeMayHaveLeft(); }
    void abortWork() override
    {
        if (m_call)
            m_call->cancel();
    }

    Request m_request;
    Read m_read;
    QString m_host;
    EmptyPages m_emptyPages;
    QPointer<Call> m_call;
    T m_value{};
    T m_lastPage{};
    QSet<QString> m_seenTokens;
    int m_pages = 0;
    qint64 m_items = 0;
    int m_emptyPagesInARow = 0;
    qint64 m_announced = -1;
    qint64 m_smallestPage = std::numeric_limits<qint64>::max();
};

} // namespace plc
