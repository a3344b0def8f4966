#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "base/Job.h"
#include "base/PagedJob.h"
#include "domain/ClusterCodec.h"

#include <QList>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace plc {

/// Adapts one ApiCall to a typed ValueJob by decoding its JSON body: a body of the wrong
/// shape ends the job with a decode error naming the field, never with half-read data.
template<typename T> class DecodingJob final : public ValueJob<T>
{
public:
    using Decoder = std::function<Decoded<T>(const QJsonObject &)>;

    DecodingJob(ApiCall *call, Decoder decode, QObject *parent)
        : ValueJob<T>(parent)
        , m_call(call)
    {
        QObject::connect(call, &Job::finished, this, [this, call, decode] {
            if (this->isFinished())
                return;
            if (!call->succeeded()) {
                this->finishWithError(call->error());
                return;
            }
            Decoded<T> decoded = decode(call->json());
            if (!decoded.ok())
                this->finishWithError(ApiError::decode(decoded.errors.constFirst()));
            else
                this->finishWithValue(std::move(decoded.value));
        });
    }

private:
    bool changeMayHaveLeft() const override { return m_call && m_call->changeMayHaveLeft(); }
    void abortWork() override
    {
        if (m_call)
            m_call->cancel();
    }
    QPointer<ApiCall> m_call;
};

/// Every page of a TiDB Cloud API list, joined (PagedJob): `pageSize`, `pageToken` and
/// `nextPageToken`, reporting progress() after each page.
template<typename Item> using ApiListJob = PagedJob<ApiCall, QList<Item>>;

/// Items a page of a TiDB Cloud API list asks for.
inline constexpr int ApiListPageSize = 100;

/// Reads every page of the list at `path` (with `query`), each page's JSON decoded by `decode`.
template<typename Item>
ApiListJob<Item> *
readEveryPage(ApiClient *client, const QString &path, const QUrlQuery &query,
              std::function<Decoded<typename ApiListJob<Item>::Page>(const QJsonObject &)> decode,
              QObject *parent)
{
    using Page = typename ApiListJob<Item>::Page;
    auto request = [client, path, query](const QString &token) {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(QStringLiteral("pageSize"), QString::number(ApiListPageSize));
        if (!token.isEmpty())
            pageQuery.addQueryItem(QStringLiteral("pageToken"), token);
        return client->get(path, pageQuery);
    };
    auto read = [decode = std::move(decode)](ApiCall &call,
                                             ApiError *error) -> std::optional<Page> {
        Decoded<Page> page = decode(call.json());
        if (!page.ok()) {
            *error = ApiError::decode(page.errors.constFirst());
            return std::nullopt;
        }
        return std::move(page.value);
    };
    return new ApiListJob<Item>(std::move(request), std::move(read), client->baseUrl().host(),
                                EmptyPages::EndAfterTwo, parent);
}

} // namespace plc
