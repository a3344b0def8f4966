#include "sandbox/aws/SsoPortal.h"

#include "sandbox/RequestBody.h"
#include "sandbox/SandboxSettings.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
QString portalRandom(const QString &alphabet, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return text;
}

/// A query parameter as the portal reads it: `+` is a space, `%2B` a plus.
QString portalParam(const QUrlQuery &query, const QString &name)
{
    const QStringList pairs = query.query(QUrl::FullyEncoded).split(u'&');
    for (const QString &pair : pairs) {
        if (pair.section(u'=', 0, 0) == name)
            return QUrl::fromPercentEncoding(pair.section(u'=', 1).replace(u'+', u' ').toUtf8());
    }
    return {};
}

/// An error as the portal writes it: the code in `x-amzn-ErrorType`, the words in `message`.
SandboxResponse portalError(int status, const QString &code, const QString &message)
{
    SandboxResponse response;
    response.status = status;
    response.body = {{u"message"_s, message}};
    response.headers.append({"x-amzn-ErrorType", code.toLatin1() + ':'});
    return response;
}
} // namespace

QString SsoPortal::issue(const QStringList &roles, int seconds, QDateTime *expires)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Sign-ins that expired a day ago are forgotten.
    m_tokens.removeIf([&now](const auto &entry) { return entry.value().expires.addDays(1) < now; });
    const QString token =
        u"aoa"_s +
        portalRandom(u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s, 120);
    *expires = now.addSecs(seconds);
    m_tokens.insert(token, {*expires, roles});
    return token;
}

SandboxResponse SsoPortal::issueFromJson(const QByteArray &body)
{
    RequestBody json(body.isEmpty() ? QByteArray("{}") : body);
    json.allowOnly({u"roles"_s, u"expiresInSeconds"_s});
    const auto seconds = json.integer(u"expiresInSeconds"_s, false);
    QStringList roles{u"PrivateLinkAdmin"_s};
    if (json.has(u"roles"_s)) {
        roles.clear();
        const QJsonArray list = json.object().value("roles"_L1).toArray();
        for (const QJsonValue &role : list) {
            if (!permissionSets().contains(role.toString()))
                json.fail(u"roles"_s,
                          u"each must be one of %1"_s.arg(permissionSets().join(u", "_s)));
            roles.append(role.toString());
        }
    }
    if (seconds && (*seconds < -86400 || *seconds > 86400))
        json.fail(u"expiresInSeconds"_s, u"must be from -86400 to 86400"_s);
    if (!json.ok())
        return SandboxResponse::badRequest(json.error());
    QDateTime expires;
    const QString token = issue(roles, int(seconds.value_or(8 * 3600)), &expires);
    return SandboxResponse::ok({{u"accessToken"_s, token},
                                {u"expiresAt"_s, expires.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s)},
                                {u"accountId"_s, QLatin1StringView(AwsAccounts::UserAccount)},
                                {u"roles"_s, QJsonArray::fromStringList(roles)}});
}

SandboxResponse SsoPortal::refusal(int status)
{
    if (status == 429)
        return portalError(429, u"TooManyRequestsException"_s, u"Too many requests"_s);
    return portalError(status,
                       status >= 500 ? u"InternalServerException"_s : u"InvalidRequestException"_s,
                       u"injected fault: HTTP %1"_s.arg(status));
}

SandboxResponse SsoPortal::handle(const SandboxRequest &request)
{
    if (request.method != "GET")
        return portalError(405, u"InvalidRequestException"_s, u"Use GET"_s);
    const QString account = portalParam(request.query, u"account_id"_s);
    const QString role = portalParam(request.query, u"role_name"_s);
    if (account.isEmpty() || role.isEmpty())
        return portalError(400, u"InvalidRequestException"_s,
                           u"account_id and role_name are required"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto found = m_tokens.constFind(request.bearerToken);
    if (request.bearerToken.isEmpty() || found == m_tokens.cend() || found->expires <= now)
        return portalError(401, u"UnauthorizedException"_s,
                           u"Session token not found or invalid"_s);
    if (account != QLatin1StringView(AwsAccounts::UserAccount) || !found->roles.contains(role))
        return portalError(403, u"ForbiddenException"_s, u"No access"_s);

    m_accounts->forgetExpired(now.addSecs(-3600));
    const int lasts = m_settings && m_settings->temporaryKeySeconds > 0
                          ? qMin(3600, m_settings->temporaryKeySeconds)
                          : 3600;
    const QString upper = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
    const QString base64 = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"_s;
    const QString keyId = u"ASIA"_s + portalRandom(upper, 16);
    const QString reserved = u"AWSReservedSSO_%1_5f2b1c0e3d4a6b79"_s.arg(role);
    AwsAccounts::Key key;
    key.secret = portalRandom(base64, 40);
    key.sessionToken = u"IQoJb3JpZ2luX2VjE"_s + portalRandom(base64, 300);
    key.account = account;
    key.arn = u"arn:aws:sts::%1:assumed-role/%2/sandbox-user"_s.arg(account, reserved);
    key.userId = u"AROA2SANDBOXSSO%1:sandbox-user"_s.arg(role.size());
    key.expires = now.addSecs(lasts);
    key.roleSession = true;
    m_accounts->addKey(keyId, key);
    return SandboxResponse::ok(
        {{u"roleCredentials"_s,
          QJsonObject{{u"accessKeyId"_s, keyId},
                      {u"secretAccessKey"_s, key.secret},
                      {u"sessionToken"_s, key.sessionToken},
                      {u"expiration"_s, double(key.expires.toMSecsSinceEpoch())}}}});
}

} // namespace plc::sandbox
