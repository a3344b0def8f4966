#include "providers/alibaba/AlibabaRpcClient.h"

#include "api/ApiClient.h"
#include "base/OutsideText.h"
#include "domain/RegionNames.h"
#include "providers/alibaba/AlibabaErrorText.h"

#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace plc {

AlibabaRpcClient::AlibabaRpcClient(RequestLog *log, QObject *parent)
    : ProviderClient(log, parent)
{}

AlibabaRpcCall *AlibabaRpcClient::call(const AlibabaTarget &target, const QString &action,
                                       const AlibabaParams &params, bool read)
{
    if (!ApiClient::isAllowedBaseUrl(target.endpoint) || target.endpoint.host().isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.host = target.endpoint.host();
        return new AlibabaRpcCall(error, this);
    }
    // A region is sent as RegionId (STS's calls have none): the last gate before it is sent.
    if (!target.region.isEmpty() && !RegionNames::isAlibabaRegion(target.region))
        return new AlibabaRpcCall(AlibabaErrorText::regionRefused(target.region), this);
    if (!target.credentials.isComplete()) {
        return new AlibabaRpcCall(
            ApiError::provider(u"NoCredentials"_s, AlibabaErrorText::noCredentials()), this);
    }
    auto *call = new AlibabaRpcCall(this, target, action, params, read);
    track(call);
    return call;
}

bool AlibabaRpcClient::readError(const QByteArray &body, QString *code, QString *message,
                                 QString *requestId)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    *code = OutsideText::visible(object.value("Code"_L1).toString());
    *message = OutsideText::visible(object.value("Message"_L1).toString());
    *requestId = OutsideText::visible(object.value("RequestId"_L1).toString());
    return !code->isEmpty();
}

AlibabaRpcCall::AlibabaRpcCall(AlibabaRpcClient *client, const AlibabaTarget &target,
                               const QString &action, const AlibabaParams &params, bool read)
    : ProviderCall(client, action, read, target.endpoint.host())
    , m_target(target)
    , m_params(params)
{}

QNetworkReply *AlibabaRpcCall::send(ProviderClient *client)
{
    AlibabaParams params = m_params;
    if (!m_target.region.isEmpty()) // STS takes none
        params.prepend({u"RegionId"_s, m_target.region});
    params.prepend({u"Action"_s, action()});
    // A fresh nonce and time for every attempt: Alibaba Cloud refuses a nonce used before.
    const QByteArray body =
        AlibabaRpcSigner::sign(params, "POST", m_target.version, m_target.credentials,
                               AlibabaRpcSigner::makeNonce(), QDateTime::currentDateTimeUtc());
    QUrl url = m_target.endpoint;
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    QNetworkRequest http(url);
    http.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/x-www-form-urlencoded"));
    http.setRawHeader("Accept", "application/json");
    // Never Qt's own resend, not even for a read: it would send this attempt's nonce again,
    // which Alibaba Cloud refuses (SignatureNonceUsed). A read is sent again by the attempt
    // loop instead, signed anew.
    return client->send(http, body, false);
}

ApiError AlibabaRpcCall::providerError(int status, const QByteArray &body) const
{
    ApiError error;
    error.kind = ApiError::Kind::Provider;
    AlibabaRpcClient::readError(body, &error.providerCode, &error.apiMessage, &error.traceId);
    // A RAM policy names an action with its product, which the version tells.
    const QString &version = m_target.version;
    const QString ramService = version == "2016-04-28"_L1   ? u"vpc"_s
                               : version == "2014-05-26"_L1 ? u"ecs"_s
                               : version == "2015-04-01"_L1 ? u"sts"_s
                                                            : u"privatelink"_s;
    error.sentence = AlibabaErrorText::sentence(action(), status, error.providerCode,
                                                error.apiMessage, ramService);
    return error;
}

bool AlibabaRpcCall::isThrottling(const QString &code) const
{
    return code.startsWith("Throttling"_L1) || code == "ServiceUnavailable"_L1;
}

bool AlibabaRpcCall::isErrorAnswer(const QByteArray &body) const
{
    if (!body.contains("\"Code\"")) // most answers: no need to parse them twice
        return false;
    QString code;
    QString message;
    QString requestId;
    return AlibabaRpcClient::readError(body, &code, &message, &requestId);
}

QString AlibabaRpcCall::logPath() const
{
    // The action only: parameters name accounts and services, and never a key.
    return m_target.endpoint.host() + m_target.endpoint.path() + u" "_s + action();
}

} // namespace plc
