#pragma once

#include "providers/ProviderCall.h"

#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace plc {

/// One operation of a provider's API (`Client`: AwsQueryClient, AlibabaRpcClient) whose answer
/// becomes a value of type T — read over every page when the decoder hands back a next-page
/// token, sent as `NextToken`. A repeated token, or more than MaxPages pages, ends it with
/// ApiError::Kind::Paging, so a broken answer cannot make it endless.
template<typename Client, typename T> class PagedCallJob final : public ValueJob<T>
{
public:
    using Target = typename Client::Target;
    using Params = typename Client::Params;
    /// Decodes one page: its value, and the token of the next page (empty: none).
    using Decoder =
        std::function<std::optional<T>(const QByteArray &, QString *next, QString *error)>;
    static constexpr int MaxPages = 200;

    PagedCallJob(Client *client, Target target, QString action, Params params, bool read,
                 Decoder decoder, QObject *parent)
        : ValueJob<T>(parent)
        , m_client(client)
        , m_target(std::move(target))
        , m_action(std::move(action))
        , m_params(std::move(params))
        , m_read(read)
        , m_decoder(std::move(decoder))
    {
        request({});
    }

private:
    void request(const QString &token)
    {
        Params params = m_params;
        if (!token.isEmpty())
            params.append({QStringLiteral("NextToken"), token});
        m_call = m_client->call(m_target, m_action, params, m_read);
        QObject::connect(m_call, &Job::finished, this,
                         [this, call = m_call.data()] { onAnswer(call); });
    }

    void onAnswer(ProviderCall *call)
    {
        if (this->isFinished())
            return;
        if (!call->succeeded()) {
            this->finishWithError(call->error());
            return;
        }
        QString next;
        QString error;
        std::optional<T> page = m_decoder(call->value(), &next, &error);
        if (!page) {
            ApiError decode = ApiError::decode(error);
            decode.host = m_target.endpoint.host();
            this->finishWithError(decode);
            return;
        }
        if constexpr (requires(T & a, T & b) { a.append(b); })
            m_value.append(std::move(*page));
        else
            m_value = std::move(*page);
        ++m_pages;
        if (next.isEmpty()) {
            this->finishWithValue(std::move(m_value));
            return;
        }
        if (m_tokens.contains(next) || m_pages >= MaxPages) {
            ApiError paging;
            paging.kind = ApiError::Kind::Paging;
            paging.host = m_target.endpoint.host();
            paging.pages = m_pages;
            this->finishWithError(paging);
            return;
        }
        m_tokens.insert(next);
        request(next);
    }

    bool changeMayHaveLeft() const override { return m_call && m_call->changeMayHaveLeft(); }
    void abortWork() override
    {
        if (m_call)
            m_call->cancel();
    }

    Client *m_client;
    Target m_target;
    QString m_action;
    Params m_params;
    bool m_read;
    Decoder m_decoder;
    QPointer<ProviderCall> m_call;
    T m_value{};
    QSet<QString> m_tokens;
    int m_pages = 0;
};

/// A PagedCallJob decoder for a codec's page reader (Ec2Codec, AlibabaCodec): a `Page` with
/// its `items` and the `nextToken` of the next page.
template<typename Page> auto pageDecoder(std::optional<Page> (*read)(const QByteArray &, QString *))
{
    using Items = decltype(Page::items);
    return [read](const QByteArray &body, QString *next, QString *error) -> std::optional<Items> {
        auto page = read(body, error);
        if (!page)
            return std::nullopt;
        *next = page->nextToken;
        return std::move(page->items);
    };
}

/// A PagedCallJob decoder for an answer of one page.
template<typename T> auto wholeDecoder(std::optional<T> (*read)(const QByteArray &, QString *))
{
    return [read](const QByteArray &body, QString *, QString *error) {
        return read(body, error);
    };
}

} // namespace plc
