#include "providers/aws/AwsIdentityCenter.h"

#include "api/ApiClient.h"
#include "base/OutsideText.h"
#include "domain/CliCommands.h"
#include "providers/aws/AwsErrorText.h"
#include "providers/aws/AwsQueryClient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
bool printableKey(const QString &text, qsizetype longest)
{
    return !text.isEmpty() && text.size() <= longest &&
           std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}
} // namespace

QString AwsIdentityCenter::loginCommand(const AwsSsoSettings &sso)
{
    return sso.session.isEmpty()
               ? u"aws sso login --profile "_s + CliCommands::shellQuote(sso.profile)
               : u"aws sso login --sso-session "_s + CliCommands::shellQuote(sso.session);
}

std::optional<QString> AwsIdentityCenter::token(const AwsSsoSettings &sso, const QDateTime &now,
                                                QString *problem)
{
    const QString profile = OutsideText::visible(sso.profile);
    const QString login = OutsideText::visible(loginCommand(sso));
    QFile file(sso.tokenFile);
    if (!QFileInfo(sso.tokenFile).isFile()) {
        *problem = tr("AWS profile %1 signs in with IAM Identity Center, and there is no sign-in "
                      "yet. Run %2 in a terminal, then try again.")
                       .arg(profile, login);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxTokenFileBytes) {
        *problem = tr("The IAM Identity Center sign-in of AWS profile %1 could not be read (%2). "
                      "Run %3 in a terminal, then try again.")
                       .arg(profile, OutsideText::visible(sso.tokenFile), login);
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.read(MaxTokenFileBytes)).object();
    const QString accessToken = json.value("accessToken"_L1).toString();
    // Older CLIs wrote `2021-12-11T07:18:18UTC`; newer ones `…Z`.
    QString expiresAt = json.value("expiresAt"_L1).toString();
    if (expiresAt.endsWith("UTC"_L1))
        expiresAt = expiresAt.chopped(3) + u'Z';
    const QDateTime expires = QDateTime::fromString(expiresAt, Qt::ISODate);
    if (!printableKey(accessToken, 8192) || !expires.isValid()) {
        *problem = tr("The IAM Identity Center sign-in of AWS profile %1 is not one the AWS CLI "
                      "wrote. Run %2 in a terminal, then try again.")
                       .arg(profile, login);
        return std::nullopt;
    }
    if (expires <= now) {
        *problem = tr("The IAM Identity Center sign-in of AWS profile %1 expired at %2. Run %3 "
                      "in a terminal, then try again.")
                       .arg(profile,
                            QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat), login);
        return std::nullopt;
    }
    return accessToken;
}

std::optional<AwsAssumedRole> AwsIdentityCenter::roleCredentials(const QByteArray &json,
                                                                 QString *error)
{
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(json, &parse).object();
    const QJsonObject keys = root.value("roleCredentials"_L1).toObject();
    AwsAssumedRole role;
    role.keys.accessKeyId = keys.value("accessKeyId"_L1).toString();
    role.keys.secretAccessKey = keys.value("secretAccessKey"_L1).toString();
    role.keys.sessionToken = keys.value("sessionToken"_L1).toString();
    const double expiration = keys.value("expiration"_L1).toDouble(-1);
    // Milliseconds since the epoch, within the next week: checked before it becomes an integer.
    const double now = double(QDateTime::currentMSecsSinceEpoch());
    if (!printableKey(role.keys.accessKeyId, 128) ||
        !printableKey(role.keys.secretAccessKey, 128) ||
        !printableKey(role.keys.sessionToken, 8192) || !(expiration > now - 300'000.0) ||
        !(expiration < now + 7 * 86'400'000.0)) {
        *error = u"roleCredentials does not hold an access key, a secret, a session token and "
                 "an expiration"_s;
        return std::nullopt;
    }
    role.keys.expiration = QDateTime::fromMSecsSinceEpoch(qint64(expiration), QTimeZone::utc());
    return role;
}

AwsPortalCall::AwsPortalCall(AwsQueryClient *client, const AwsSsoSettings &sso,
                             const QString &token)
    : ProviderCall(client, u"GetRoleCredentials"_s, true, sso.portal.host())
    , m_sso(sso)
    , m_token(token)
{}

QNetworkReply *AwsPortalCall::send(ProviderClient *client)
{
    QUrl url = m_sso.portal;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + u"federation/credentials"_s);
    // Each value percent-encoded whole: a `+` in a permission set's name stays a `+`.
    url.setQuery(QString::fromLatin1("account_id=" + QUrl::toPercentEncoding(m_sso.accountId) +
                                     "&role_name=" + QUrl::toPercentEncoding(m_sso.roleName)),
                 QUrl::StrictMode);
    QNetworkRequest http(url);
    // Only to the portal's own host and scheme (checked before the call was made).
    http.setRawHeader("x-amz-sso_bearer_token", m_token.toUtf8());
    return client->get(http);
}

ApiError AwsPortalCall::providerError(int status, const QByteArray &body) const
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    ApiError error;
    error.kind = ApiError::Kind::Provider;
    QString code = json.value("__type"_L1).toString().section(u'#', -1);
    if (code.isEmpty())
        code = status == 401   ? u"UnauthorizedException"_s
               : status == 403 ? u"ForbiddenException"_s
               : status == 429 ? u"TooManyRequestsException"_s
                               : QString();
    error.providerCode = OutsideText::visible(code);
    error.apiMessage = OutsideText::visible(
        json.value("message"_L1).toString(json.value("Message"_L1).toString()));
    const QString profile = OutsideText::visible(m_sso.profile);
    const QString login = OutsideText::visible(AwsIdentityCenter::loginCommand(m_sso));
    if (code == "UnauthorizedException"_L1)
        error.sentence = AwsIdentityCenter::tr("IAM Identity Center no longer accepts the sign-in "
                                               "of AWS profile %1. Run %2 in a terminal, then "
                                               "try again.")
                             .arg(profile, login);
    else if (code == "ForbiddenException"_L1 || code == "ResourceNotFoundException"_L1)
        error.sentence =
            AwsIdentityCenter::tr("IAM Identity Center does not give your sign-in role %1 in AWS "
                                  "account %2 (AWS profile %3). Check sso_account_id and "
                                  "sso_role_name, or ask for the permission set.")
                .arg(OutsideText::visible(m_sso.roleName), OutsideText::visible(m_sso.accountId),
                     profile);
    else
        error.sentence =
            AwsErrorText::sentence(action(), status, error.providerCode, error.apiMessage);
    return error;
}

bool AwsPortalCall::isThrottling(const QString &code) const
{
    return code == "TooManyRequestsException"_L1;
}

bool AwsPortalCall::isErrorAnswer(const QByteArray &body) const
{
    Q_UNUSED(body)
    return false;
}

QString AwsPortalCall::logPath() const
{
    // The action only: the token is a header, and never logged.
    return m_sso.portal.host() + m_sso.portal.path() +
           u"federation/credentials GetRoleCredentials"_s;
}

AwsRoleCredentialsJob::AwsRoleCredentialsJob(AwsQueryClient *client, const AwsSsoSettings &sso,
                                             QObject *parent)
    : ValueJob<AwsAssumedRole>(parent)
{
    QString problem;
    const auto token = AwsIdentityCenter::token(sso, QDateTime::currentDateTimeUtc(), &problem);
    ProviderCall *call = nullptr;
    if (!token)
        call = new AwsPortalCall(ApiError::provider(u"SsoSignInNeeded"_s, problem), this);
    else if (!ApiClient::isAllowedBaseUrl(sso.portal) || sso.portal.host().isEmpty()) {
        ApiError insecure;
        insecure.kind = ApiError::Kind::InsecureUrl;
        insecure.host = sso.portal.host();
        call = new AwsPortalCall(insecure, this);
    } else {
        call = new AwsPortalCall(client, sso, *token);
        client->keep(call);
    }
    m_call = call;
    connect(call, &Job::finished, this, [this, call] {
        if (isFinished())
            return;
        if (!call->succeeded()) {
            finishWithError(call->error());
            return;
        }
        QString detail;
        auto role = AwsIdentityCenter::roleCredentials(call->value(), &detail);
        if (!role) {
            finishWithError(ApiError::decode(detail));
            return;
        }
        finishWithValue(*role);
    });
}

void AwsRoleCredentialsJob::abortWork()
{
    if (m_call)
        m_call->cancel();
}

} // namespace plc
