#include "sandbox/aws/AwsApi.h"

#include "sandbox/SandboxSettings.h"

#include "sandbox/aws/SigV4Verifier.h"

#include <QHttpServerRequest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SandboxResponse error(const QString &service, int status, const QString &code,
                      const QString &message)
{
    return service == "sts"_L1 ? AwsErrors::sts(status, code, message, newRequestId())
                               : AwsErrors::ec2(status, code, message, newRequestId());
}
} // namespace

AwsApi::AwsApi(SandboxStore *store, ProviderSimulation *simulation, const SandboxSettings *settings)
    : m_settings(settings)
    , m_sts(&m_accounts, settings)
    , m_portal(&m_accounts, settings)
    , m_ec2(store, simulation, settings)
{}

void AwsApi::setUserKey(const QString &accessKeyId, const QString &secretAccessKey)
{
    const QString account = QString::fromLatin1(AwsAccounts::UserAccount);
    m_accounts.addKey(accessKeyId, {secretAccessKey, QString(), account,
                                    u"arn:aws:iam::%1:user/sandbox-admin"_s.arg(account),
                                    u"AIDA2SANDBOXADMIN7USER"_s, QDateTime(), false, false});
}

QString AwsApi::serviceAsked(const QHttpServerRequest &http)
{
    const auto headers = http.headers();
    for (const auto &[name, value] : headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 &&
            value.contains("/sts/aws4_request"))
            return u"sts"_s;
    }
    return u"ec2"_s;
}

bool AwsApi::isPortal(const QStringList &segments)
{
    return segments == QStringList{u"federation"_s, u"credentials"_s};
}

std::optional<SandboxResponse> AwsApi::authenticate(const QHttpServerRequest &http,
                                                    SandboxRequest &request) const
{
    // The portal is not signed: its token is its own header.
    if (isPortal(request.segments.mid(1))) {
        const auto headers = http.headers();
        for (const auto &[name, value] : headers) {
            if (name.compare("x-amz-sso_bearer_token", Qt::CaseInsensitive) == 0)
                request.bearerToken = QString::fromUtf8(value);
        }
        request.awsService = u"sso"_s;
        // One rate bucket for the portal: a caller cannot make new ones by sending new tokens.
        request.publicKey = u"sso-portal"_s;
        return std::nullopt;
    }
    SigV4Verifier::Request signedRequest;
    signedRequest.method = request.method;
    signedRequest.rawPath = http.url().path(QUrl::FullyEncoded).toLatin1();
    signedRequest.rawQuery = http.url().query(QUrl::FullyEncoded).toLatin1();
    const auto headers = http.headers();
    for (const auto &[name, value] : headers)
        signedRequest.headers.append({name, value});
    signedRequest.body = request.body;
    const SigV4Verifier verifier(&m_accounts);
    const auto verdict = verifier.verify(signedRequest, QDateTime::currentDateTimeUtc());
    const QString service = verdict.service == "sts"_L1 ? u"sts"_s : serviceAsked(http);
    using O = SigV4Verifier::Outcome;
    const bool sts = service == "sts"_L1;
    switch (verdict.outcome) {
    case O::Ok:
        break;
    case O::Missing:
        return error(service, sts ? 403 : 401, u"MissingAuthenticationToken"_s,
                     u"Request is missing Authentication Token"_s);
    case O::Malformed:
        return error(service, 400, u"IncompleteSignature"_s, verdict.detail);
    case O::UnknownKey:
    case O::BadToken:
        return sts ? error(service, 403, u"InvalidClientTokenId"_s,
                           u"The security token included in the request is invalid."_s)
                   : error(service, 401, u"AuthFailure"_s,
                           u"AWS was not able to validate the provided access credentials"_s);
    case O::Expired:
        return sts ? error(service, 403, u"SignatureDoesNotMatch"_s,
                           u"Signature expired: %1 is now earlier or later than %2 (15 min. "
                           "either way)"_s.arg(
                               verdict.detail,
                               QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s)))
                   : error(service, 400, u"RequestExpired"_s, u"Request has expired."_s);
    case O::ExpiredToken:
        return sts ? error(service, 403, u"ExpiredToken"_s,
                           u"The security token included in the request is expired"_s)
                   : error(service, 400, u"RequestExpired"_s, u"Request has expired."_s);
    case O::BadSignature:
        return sts ? error(service, 403, u"SignatureDoesNotMatch"_s,
                           u"The request signature we calculated does not match the signature "
                           "you provided. Check your AWS Secret Access Key and signing method. "
                           "Consult the service documentation for details."_s)
                   : error(service, 401, u"AuthFailure"_s,
                           u"AWS was not able to validate the provided access credentials"_s);
    }
    if (verdict.service != "ec2"_L1 && verdict.service != "sts"_L1)
        return error(u"ec2"_s, 400, u"SignatureDoesNotMatch"_s,
                     u"Credential should be scoped to a valid service: ec2 or sts, not '%1'"_s.arg(
                         verdict.service));
    request.publicKey = verdict.accessKeyId;
    request.awsAccount = verdict.account;
    request.awsRegion = verdict.region;
    request.awsService = verdict.service;
    return std::nullopt;
}

SandboxResponse AwsApi::handle(const SandboxRequest &request)
{
    if (request.awsService == "sso"_L1)
        return m_portal.handle(request);
    AwsQuery query;
    query.account = request.awsAccount;
    query.accessKeyId = request.publicKey;
    query.region = request.awsRegion;
    query.requestId = newRequestId();
    bool parsed = true;
    if (request.method == "POST")
        parsed = AwsQuery::parseForm(request.body, &query.fields);
    else if (request.method == "GET")
        parsed =
            AwsQuery::parseForm(request.query.toString(QUrl::FullyEncoded).toUtf8(), &query.fields);
    else
        return error(request.awsService, 405, u"UnsupportedHttpVerb"_s,
                     u"The HTTP method %1 is not supported; use POST or GET"_s.arg(
                         QString::fromLatin1(request.method)));
    if (!parsed)
        return error(request.awsService, 400, u"MalformedQueryString"_s,
                     u"The query string is not UTF-8 form data, or a parameter repeats"_s);
    if (request.awsService == "sts"_L1)
        return m_sts.handle(query);
    // No policy allows it: EC2 refuses before it looks at anything, a dry run included.
    if (m_settings && m_settings->denies(u"ec2"_s, query.action()))
        return AwsErrors::ec2(
            403, u"UnauthorizedOperation"_s,
            u"You are not authorized to perform this operation. User: arn:aws:iam::%1:user/sandbox "
            "is not authorized to perform: ec2:%2 because no identity-based policy allows the "
            "ec2:%2 action"_s.arg(query.account, query.action()),
            query.requestId);
    return m_ec2.handle(query);
}

SandboxResponse AwsApi::refuse(const SandboxRequest &request, int status) const
{
    if (request.awsService == "sso"_L1)
        return SsoPortal::refusal(status);
    const bool sts = request.awsService == "sts"_L1;
    if (status == 429)
        return sts ? error(u"sts"_s, 400, u"Throttling"_s, u"Rate exceeded"_s)
                   : error(u"ec2"_s, 503, u"RequestLimitExceeded"_s, u"Request limit exceeded."_s);
    if (status >= 500)
        return error(request.awsService, status,
                     status == 503 ? u"Unavailable"_s : u"InternalError"_s,
                     u"injected fault: HTTP %1"_s.arg(status));
    return error(request.awsService, status, u"InvalidParameterValue"_s,
                 u"injected fault: HTTP %1"_s.arg(status));
}

} // namespace plc::sandbox
