#include "services/KeyCheck.h"

#include "api/ApiCall.h"

using namespace Qt::StringLiterals;

namespace plc {

KeyCheck::KeyCheck(const QUrl &baseUrl, const ApiCredentials &credentials, QObject *parent)
    : ValueJob<qint64>(parent)
    , m_client(new ApiClient(this))
{
    RetryPolicy once;
    once.maxAttempts = 1; // the user is waiting for a verdict, not for retries
    m_client->setRetryPolicy(once);
    m_client->setEndpoint(baseUrl, credentials);
    ApiCall *call = m_client->get(u"/v1beta1/clusters"_s, QUrlQuery{{u"pageSize"_s, u"1"_s}});
    m_call = call;
    connect(call, &Job::finished, this, [this, call] {
        if (!call->succeeded())
            finishWithError(call->error());
        else
            finishWithValue(qint64(call->json().value("totalSize"_L1).toDouble()));
    });
}

void KeyCheck::abortWork()
{
    if (m_call)
        m_call->cancel();
}

} // namespace plc
