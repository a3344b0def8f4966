#pragma once

#include "api/ApiCall.h"
#include "base/Job.h"
#include "domain/ClusterCodec.h"

#include <QPointer>

#include <functional>

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

} // namespace plc
