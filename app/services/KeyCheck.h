#pragma once

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "base/Job.h"

namespace plc {

/// Tests an API key with one cheap authenticated call — the first page of one cluster — on
/// a client of its own, so the console's session is not touched. The value is the number of
/// clusters the key can see.
class KeyCheck final : public ValueJob<qint64>
{
public:
    KeyCheck(const QUrl &baseUrl, const ApiCredentials &credentials, QObject *parent = nullptr);

private:
    void abortWork() override;
    ApiClient *m_client;
    QPointer<ApiCall> m_call;
};

} // namespace plc
