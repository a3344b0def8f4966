#include "providers/aws/AwsQueryClient.h"

#include "api/ApiClient.h"
#include "domain/RegionNames.h"
#include "providers/aws/AwsErrorText.h"
#include "providers/aws/AwsSigner.h"
#include "providers/aws/Ec2Codec.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace plc {

AwsQueryClient::AwsQueryClient(RequestLog *log, QObject *parent)
    : ProviderClient(log, parent)
{}

QByteArray AwsQueryClient::formBody(const QString &action, const QString &version,
                                    const AwsParams &params)
{
    QByteArrayList parts{"Action=" + AwsSigner::encode(action.toUtf8()),
                         "Version=" + AwsSigner::encode(version.toUtf8())};
    for (const auto &[name, value] : params)
        parts.append(AwsSigner::encode(name.toUtf8()) + '=' + AwsSigner::encode(value.toUtf8()));
    return parts.join('&');
}

AwsQueryCall *AwsQueryClient::call(const AwsTarget &target, const QString &action,
                                   const AwsParams &params, bool read)
{
    if (!ApiClient::isAllowedBaseUrl(target.endpoint) || target.endpoint.host().isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.host = target.endpoint.host();
        return new AwsQueryCall(error, this);
    }
    // The region is signed into the request: the last gate before anything is sent.
    if (const QString region = QString::fromLatin1(target.region);
        !RegionNames::isAwsRegion(region))
        return new AwsQueryCall(AwsErrorText::regionRefused(region), this);
    if (!target.credentials.isComplete()) {
        return new AwsQueryCall(
            ApiError::provider(u"NoCredentials"_s, AwsErrorText::noCredentials()), this);
    }
    auto *call = new AwsQueryCall(this, target, action, params, read);
    track(call);
    return call;
}

AwsQueryCall::AwsQueryCall(AwsQueryClient *client, const AwsTarget &target, const QString &action,
                           const AwsParams &params, bool read)
    : ProviderCall(client, action, read, target.endpoint.host())
    , m_target(target)
    , m_body(AwsQueryClient::formBody(action, target.version, params))
{}

QNetworkReply *AwsQueryCall::send(ProviderClient *client)
{
    QUrl url = m_target.endpoint;
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    SignableRequest request;
    request.method = "POST";
    request.path = url.path(QUrl::FullyEncoded).toLatin1();
    const int defaultPort = url.scheme() == "https"_L1 ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    request.headers = {{"Host", host},
                       {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    request.body = m_body;
    // Signed for this URL's host: the keys sign nothing meant for another.
    AwsSigner::sign(request, m_target.credentials, m_target.region, m_target.service,
                    QDateTime::currentDateTimeUtc());
    QNetworkRequest http(url);
    for (const auto &[name, value] : std::as_const(request.headers)) {
        if (name != "Host") // Qt writes the same Host itself
            http.setRawHeader(name, value);
    }
    return client->send(http, m_body, isRead());
}

ApiError AwsQueryCall::providerError(int status, const QByteArray &body) const
{
    ApiError error;
    error.kind = ApiError::Kind::Provider;
    if (const auto answer = Ec2Codec::error(body)) {
        error.providerCode = answer->code;
        error.apiMessage = answer->message;
        error.traceId = answer->requestId;
    }
    error.sentence = AwsErrorText::sentence(action(), status, error.providerCode, error.apiMessage);
    return error;
}

bool AwsQueryCall::isThrottling(const QString &code) const
{
    return code == "RequestLimitExceeded"_L1 || code == "Throttling"_L1 ||
           code == "ThrottlingException"_L1 || code == "RequestThrottled"_L1;
}

QString AwsQueryCall::logPath() const
{
    // The action only: parameters can name accounts and services, and never a key.
    return m_target.endpoint.host() + m_target.endpoint.path() + u" "_s + action();
}

} // namespace plc
