#include "sandbox/alibaba/AlibabaApi.h"

#include "sandbox/SandboxSettings.h"

#include <QHttpServerRequest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QString paramValue(const AlibabaSignatureCheck::Params &params, const QString &name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return {};
}
} // namespace

AlibabaApi::AlibabaApi(SandboxStore *store, ProviderSimulation *simulation,
                       const SandboxSettings *settings)
    : m_settings(settings)
    , m_sts(&m_signatures, settings)
    , m_endpoints(store, settings)
    , m_privateLink(store, simulation, &m_endpoints)
    , m_vpc(store)
    , m_ecs(store)
{}

QString AlibabaApi::productOf(const SandboxRequest &request)
{
    const QString version = paramValue(request.rpcParams, u"Version"_s);
    if (version == QLatin1StringView(AlibabaVpcApi::Version))
        return u"vpc"_s;
    if (version == QLatin1StringView(AlibabaEcsApi::Version))
        return u"ecs"_s;
    if (version == QLatin1StringView(StsVersion))
        return u"sts"_s;
    return u"privatelink"_s;
}

void AlibabaApi::setUserKey(const QString &accessKeyId, const QString &accessKeySecret)
{
    m_signatures.addKey(accessKeyId, {accessKeySecret, QString(), QString::fromLatin1(UserAccount),
                                      QDateTime(), QString(), QString()});
}

SandboxResponse AlibabaApi::error(int status, const QString &code, const QString &message,
                                  const QString &region, const QString &product)
{
    const QString host = region.isEmpty() ? u"%1.aliyuncs.com"_s.arg(product)
                                          : u"%1.%2.aliyuncs.com"_s.arg(product, region);
    const QString productName = product.left(1).toUpper() + product.mid(1);
    SandboxResponse response;
    response.status = status;
    response.body = {{u"RequestId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper()},
                     {u"HostId"_s, host},
                     {u"Code"_s, code},
                     {u"Message"_s, message},
                     {u"Recommend"_s, u"https://api.aliyun.com/troubleshoot?q=%1&product=%2"_s.arg(
                                          code, productName)}};
    return response;
}

std::optional<SandboxResponse> AlibabaApi::authenticate(const QHttpServerRequest &http,
                                                        SandboxRequest &request)
{
    if (request.method != "GET" && request.method != "POST")
        return error(400, u"UnsupportedHTTPMethod"_s, u"This http method is not supported."_s);
    // The query's parameters, then the form body's: a name given twice is refused.
    AlibabaSignatureCheck::Params params;
    AlibabaSignatureCheck::Params form;
    if (!AlibabaSignatureCheck::parseForm(http.url().query(QUrl::FullyEncoded).toUtf8(), &params) ||
        !AlibabaSignatureCheck::parseForm(request.method == "POST" ? request.body : QByteArray(),
                                          &form))
        return error(400, u"InvalidParameter"_s,
                     u"The parameters are not UTF-8 form data, or a parameter repeats."_s);
    for (const auto &pair : std::as_const(form)) {
        if (!paramValue(params, pair.first).isNull())
            return error(400, u"InvalidParameter"_s,
                         u"The parameters are not UTF-8 form data, or a parameter repeats."_s);
        params.append(pair);
    }
    const QString region = paramValue(params, u"RegionId"_s);
    const auto verdict =
        m_signatures.verify(request.method, params, QDateTime::currentDateTimeUtc());
    using O = AlibabaSignatureCheck::Outcome;
    switch (verdict.outcome) {
    case O::Ok:
        break;
    case O::MissingKey:
        return error(400, u"MissingAccessKeyId"_s, u"AccessKeyId is mandatory for this action."_s,
                     region);
    case O::Incomplete:
        return error(400, u"IncompleteSignature"_s,
                     u"The request signature does not conform to Aliyun standards."_s, region);
    case O::BadTimestamp:
        return error(400, u"InvalidTimeStamp.Format"_s,
                     u"Specified time stamp or date value is not well formatted."_s, region);
    case O::Expired:
        return error(400, u"InvalidTimeStamp.Expired"_s,
                     u"Specified time stamp or date value is expired."_s, region);
    case O::NonceUsed:
        return error(400, u"SignatureNonceUsed"_s, u"Specified signature nonce was used already."_s,
                     region);
    case O::UnknownKey:
        return error(404, u"InvalidAccessKeyId.NotFound"_s, u"Specified access key is not found."_s,
                     region);
    case O::BadToken:
        return error(400, u"InvalidSecurityToken.MismatchWithAccessKey"_s,
                     u"Specified SecurityToken mismatch with the AccessKey."_s, region);
    case O::ExpiredToken:
        return error(400, u"InvalidSecurityToken.Expired"_s,
                     u"Specified SecurityToken is expired."_s, region);
    case O::BadSignature:
        return error(400, u"SignatureDoesNotMatch"_s,
                     u"Specified signature is not matched with our calculation. server string to "
                     "sign is:"_s +
                         verdict.stringToSign,
                     region);
    }
    request.publicKey = verdict.accessKeyId;
    request.providerAccount = verdict.account;
    request.providerRegion = region;
    request.rpcParams = params;
    return std::nullopt;
}

SandboxResponse AlibabaApi::handle(const SandboxRequest &request)
{
    if (request.segments.size() != 1)
        return error(404, u"InvalidAction.NotFound"_s,
                     u"Specified api is not found, please check your url and method."_s);
    const QString version = paramValue(request.rpcParams, u"Version"_s);
    // No RAM policy allows it: refused before anything is looked at, a dry run included.
    const QString action = paramValue(request.rpcParams, u"Action"_s);
    // GetCallerIdentity needs no permission, on Alibaba Cloud as on AWS.
    if (m_settings && version != QLatin1StringView(StsVersion) &&
        m_settings->denies(productOf(request), action))
        return error(403, u"Forbidden.RAM"_s,
                     u"User not authorized to operate on the specified resource, or this API "
                     "doesn't support RAM."_s,
                     request.providerRegion, productOf(request));
    if (version == QLatin1StringView(StsVersion))
        return m_sts.handle(request);
    if (version == QLatin1StringView(AlibabaVpcApi::Version))
        return m_vpc.handle(request);
    if (version == QLatin1StringView(AlibabaEcsApi::Version))
        return m_ecs.handle(request);
    if (version == QLatin1StringView(AlibabaPrivateLink::Version) &&
        AlibabaEndpoints::handles(paramValue(request.rpcParams, u"Action"_s)))
        return m_endpoints.handle(request);
    return m_privateLink.handle(request);
}

SandboxResponse AlibabaApi::refuse(const SandboxRequest &request, int status) const
{
    const QString product = productOf(request);
    if (status == 429)
        return error(400, u"Throttling.User"_s, u"Request was denied due to user flow control."_s,
                     request.providerRegion, product);
    if (status == 503)
        return error(503, u"ServiceUnavailable"_s,
                     u"The request has failed due to a temporary failure of the server."_s,
                     request.providerRegion, product);
    if (status >= 500)
        return error(status, u"InternalError"_s,
                     u"The request processing has failed due to some unknown error, exception or "
                     "failure."_s,
                     request.providerRegion, product);
    return error(status, u"InvalidParameter"_s, u"injected fault: HTTP %1"_s.arg(status),
                 request.providerRegion, product);
}

} // namespace plc::sandbox
