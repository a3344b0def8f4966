#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "base/Job.h"
#include "domain/ClusterCodec.h"

#include <QList>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace plc {

/// Fetches every page of a list operation one after another (`pageSize`, `pageToken`,
/// `nextPageToken`), reporting progress() after each page. A broken or hostile server cannot
/// make it endless: it stops with ApiError::Kind::Paging when the server repeats a token, names
/// another page after more pages than its `totalSize` needs (one spare, for items added while
/// reading), sends two empty pages in a row that name another, or names pages past MaxPages.
template<typename Item> class PagedListJob final : public ValueJob<QList<Item>>
{
public:
    struct Page
    {
        QList<Item> items;
        QString nextPageToken;
        std::optional<qint64> totalSize;
    };
    using Decoder = std::function<Decoded<Page>(const QJsonObject &)>;

    static constexpr int PageSize = 100;
    /// 100,000 items at 100 a page: far beyond any account, well short of endless.
    static constexpr int MaxPages = 1000;

    PagedListJob(ApiClient *client, QString path, QUrlQuery query, Decoder decoder, QObject *parent)
        : ValueJob<QList<Item>>(parent)
        , m_client(client)
        , m_path(std::move(path))
        , m_query(std::move(query))
        , m_decoder(std::move(decoder))
    {
        requestPage({});
    }

    /// The items of the page that arrived last (valid while progress() is emitted), so that
    /// a view can show rows page by page instead of all at once at the end.
    const QList<Item> &lastPage() const { return m_lastPage; }

private:
    void requestPage(const QString &token)
    {
        QUrlQuery query = m_query;
        query.addQueryItem(QStringLiteral("pageSize"), QString::number(PageSize));
        if (!token.isEmpty())
            query.addQueryItem(QStringLiteral("pageToken"), token);
        m_call = m_client->get(m_path, query);
        QObject::connect(m_call, &Job::finished, this,
                         [this, call = m_call.data()] { onPage(call); });
    }

    void onPage(ApiCall *call)
    {
        if (this->isFinished())
            return;
        if (!call->succeeded()) {
            this->finishWithError(call->error());
            return;
        }
        Decoded<Page> page = m_decoder(call->json());
        if (!page.ok()) {
            this->finishWithError(ApiError::decode(page.errors.constFirst()));
            return;
        }
        m_lastPage = page.value.items;
        const bool empty = page.value.items.isEmpty();
        m_items.append(std::move(page.value.items));
        ++m_pages;
        m_emptyPagesInARow = empty ? m_emptyPagesInARow + 1 : 0;
        if (page.value.totalSize)
            m_announced = *page.value.totalSize;
        Q_EMIT this->progress(m_pages, m_items.size());

        const QString next = page.value.nextPageToken;
        if (next.isEmpty()) {
            this->finishWithValue(std::move(m_items));
            return;
        }
        if (m_seenTokens.contains(next)) {
            stopPaging(QStringLiteral("repeated"));
            return;
        }
        // The pages a list of totalSize items needs at the smallest page the server has sent
        // (it may use smaller pages than asked for), and one more for items added meanwhile.
        m_smallestPage = std::min<qint64>(m_smallestPage, std::max<qint64>(1, m_lastPage.size()));
        const qint64 needed =
            m_announced >= 0 ? (m_announced + m_smallestPage - 1) / m_smallestPage + 1 : -1;
        if (m_pages >= MaxPages || (needed >= 0 && m_pages >= needed) || m_emptyPagesInARow >= 2 ||
            (empty && m_announced >= 0 && m_items.size() >= m_announced)) {
            stopPaging({});
            return;
        }
        m_seenTokens.insert(next);
        requestPage(next);
    }

    void stopPaging(const QString &detail)
    {
        ApiError error;
        error.kind = ApiError::Kind::Paging;
        error.host = m_client->baseUrl().host();
        error.detail = detail;
        error.pages = m_pages;
        error.items = m_items.size();
        error.announced = m_announced;
        this->finishWithError(error);
    }

    void abortWork() override
    {
        if (m_call)
            m_call->cancel();
    }

    ApiClient *m_client;
    QString m_path;
    QUrlQuery m_query;
    Decoder m_decoder;
    QPointer<ApiCall> m_call;
    QList<Item> m_items;
    QList<Item> m_lastPage;
    QSet<QString> m_seenTokens;
    int m_pages = 0;
    int m_emptyPagesInARow = 0;
    qint64 m_announced = -1;
    qint64 m_smallestPage = PageSize;
};

} // namespace plc
