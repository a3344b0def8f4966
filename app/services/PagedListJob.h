#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/Job.h"
#include "domain/ClusterCodec.h"

#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>

namespace plc {

/// Fetches every page of a list operation one after another (`pageSize`, `pageToken`,
/// `nextPageToken`), reporting progress() after each page. Stops with a decode error when the
/// server repeats a token, so a broken server can never make it loop.
template<typename Item> class PagedListJob final : public ValueJob<QList<Item>>
{
public:
    struct Page
    {
        QList<Item> items;
        QString nextPageToken;
    };
    using Decoder = std::function<Decoded<Page>(const QJsonObject &)>;

    static constexpr int PageSize = 100;

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
        m_items.append(std::move(page.value.items));
        ++m_pages;
        Q_EMIT this->progress(m_pages, m_items.size());

        const QString next = page.value.nextPageToken;
        if (next.isEmpty()) {
            this->finishWithValue(std::move(m_items));
            return;
        }
        if (m_seenTokens.contains(next)) {
            this->finishWithError(ApiError::decode(
                QStringLiteral("the server returned the page token %1 twice").arg(next)));
            return;
        }
        m_seenTokens.insert(next);
        requestPage(next);
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
};

} // namespace plc
