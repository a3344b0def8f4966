#pragma once

#include "AwsQueryClient.h"

#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace plc {

/// One AWS Query API operation whose XML answer becomes a value of type T — read over every
/// page when the decoder hands back a `nextToken`. A repeated token, or more than MaxPages
/// pages, ends it with ApiError::Kind::Paging, so a broken answer cannot make it endless.
template<typename T> class AwsCallJob final : public ValueJob<T>
{
public:
    /// Decodes one page: its value, and the token of the next page (empty: none).
    using Decoder =
        std::function<std::optional<T>(const QByteArray &, QString *next, QString *error)>;
    static constexpr int MaxPages = 200;

    AwsCallJob(AwsQueryClient *client, AwsTarget target, QString action, AwsParams params,
               bool read, Decoder decoder, QObject *parent)
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
        AwsParams params = m_params;
        if (!token.isEmpty())
            params.append({QStringLiteral("NextToken"), token});
        m_call = m_client->call(m_target, m_action, params, m_read);
        QObject::connect(m_call, &Job::finished, this,
                         [this, call = m_call.data()] { onAnswer(call); });
    }

    void onAnswer(AwsQueryCall *call)
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

    void abortWork() override
    {
        if (m_call)
            m_call->cancel();
    }

    AwsQueryClient *m_client;
    AwsTarget m_target;
    QString m_action;
    AwsParams m_params;
    bool m_read;
    Decoder m_decoder;
    QPointer<AwsQueryCall> m_call;
    T m_value{};
    QSet<QString> m_tokens;
    int m_pages = 0;
};

} // namespace plc
