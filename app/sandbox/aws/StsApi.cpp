#include "sandbox/aws/StsApi.h"

#include "sandbox/SandboxSettings.h"
#include "sandbox/aws/AwsQuery.h"
#include "sandbox/aws/IamRoles.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
constexpr auto StsApiVersion = "2011-06-15";

QString stsRandomText(const QString &alphabet, int length)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return text;
}

SandboxResponse stsValidation(const AwsQuery &query, const QString &message)
{
    return AwsErrors::sts(400, u"ValidationError"_s, message, query.requestId);
}

SandboxResponse stsConstraint(const AwsQuery &query, const QString &value, const QString &member,
                              const QString &rule)
{
    return stsValidation(query,
                         u"1 validation error detected: Value '%1' at '%2' failed to satisfy "
                         "constraint: Member must %3"_s.arg(value, member, rule));
}

SandboxResponse stsNotAuthorized(const AwsQuery &query, const QString &caller, const QString &role)
{
    return AwsErrors::sts(
        403, u"AccessDenied"_s,
        u"User: %1 is not authorized to perform: sts:AssumeRole on resource: %2"_s.arg(caller,
                                                                                       role),
        query.requestId);
}
} // namespace

SandboxResponse StsApi::handle(const AwsQuery &query)
{
    if (query.value(u"Version"_s) == QLatin1StringView(StsApiVersion)) {
        if (query.action() == "GetCallerIdentity"_L1)
            return getCallerIdentity(query);
        if (query.action() == "AssumeRole"_L1)
            return assumeRole(query);
    }
    return AwsErrors::sts(400, u"InvalidAction"_s,
                          u"Could not find operation %1 for version %2"_s.arg(
                              query.action(), query.value(u"Version"_s)),
                          query.requestId);
}

SandboxResponse StsApi::getCallerIdentity(const AwsQuery &query) const
{
    const auto key = m_accounts->key(query.accessKeyId);
    AwsXmlAnswer answer(u"GetCallerIdentityResponse"_s, AwsErrors::StsNamespace);
    QXmlStreamWriter &xml = answer.xml();
    xml.writeStartElement(u"GetCallerIdentityResult"_s);
    answer.element(u"Arn"_s, key ? key->arn : QString());
    answer.element(u"UserId"_s, key ? key->userId : QString());
    answer.element(u"Account"_s, query.account);
    xml.writeEndElement();
    xml.writeStartElement(u"ResponseMetadata"_s);
    answer.element(u"RequestId"_s, query.requestId);
    xml.writeEndElement();
    return answer.finish();
}

SandboxResponse StsApi::assumeRole(const AwsQuery &query)
{
    static const QRegularExpression sessionShape(u"^[\\w+=,.@-]{2,64}$"_s);
    static const QRegularExpression externalShape(u"^[\\w+=,.@:/-]{2,1224}$"_s);
    static const QRegularExpression serialShape(u"^[\\w+=/:,.@-]{9,256}$"_s);
    static const QRegularExpression codeShape(u"^[\\d]{6}$"_s);
    const QStringList known{u"Action"_s,          u"Version"_s,    u"RoleArn"_s,
                            u"RoleSessionName"_s, u"ExternalId"_s, u"DurationSeconds"_s,
                            u"SerialNumber"_s,    u"TokenCode"_s};
    const QStringList unknown = query.unknownFields(known, {});
    if (!unknown.isEmpty())
        return stsValidation(query, u"The parameter %1 is not supported by AssumeRole in the "
                                    "sandbox"_s.arg(unknown.first()));
    const QString roleArn = query.value(u"RoleArn"_s);
    const QString sessionName = query.value(u"RoleSessionName"_s);
    if (!query.has(u"RoleArn"_s))
        return stsConstraint(query, u"null"_s, u"roleArn"_s, u"not be null"_s);
    if (roleArn.size() < 20 || roleArn.size() > 2048)
        return stsConstraint(query, roleArn, u"roleArn"_s,
                             u"have length greater than or equal to 20"_s);
    if (!query.has(u"RoleSessionName"_s))
        return stsConstraint(query, u"null"_s, u"roleSessionName"_s, u"not be null"_s);
    if (!sessionShape.match(sessionName).hasMatch())
        return stsConstraint(query, sessionName, u"roleSessionName"_s,
                             u"satisfy regular expression pattern: [\\w+=,.@-]*"_s);
    int duration = 3600;
    if (query.has(u"DurationSeconds"_s)) {
        bool number = false;
        duration = query.value(u"DurationSeconds"_s).toInt(&number);
        if (!number || duration < 900)
            return stsConstraint(query, query.value(u"DurationSeconds"_s), u"durationSeconds"_s,
                                 u"have value greater than or equal to 900"_s);
        if (duration > 43200)
            return stsConstraint(query, query.value(u"DurationSeconds"_s), u"durationSeconds"_s,
                                 u"have value less than or equal to 43200"_s);
    }
    const QString externalId = query.value(u"ExternalId"_s);
    if (query.has(u"ExternalId"_s) && !externalShape.match(externalId).hasMatch())
        return stsConstraint(query, externalId, u"externalId"_s,
                             u"satisfy regular expression pattern: [\\w+=,.@:\\/-]*"_s);
    const QString serial = query.value(u"SerialNumber"_s);
    const QString code = query.value(u"TokenCode"_s);
    if (query.has(u"SerialNumber"_s) && !serialShape.match(serial).hasMatch())
        return stsConstraint(query, serial, u"serialNumber"_s,
                             u"have length greater than or equal to 9"_s);
    if (query.has(u"TokenCode"_s) && !codeShape.match(code).hasMatch())
        return stsConstraint(query, code, u"tokenCode"_s,
                             u"satisfy regular expression pattern: [\\d]*"_s);

    const auto caller = m_accounts->key(query.accessKeyId);
    if (!caller)
        return AwsErrors::sts(403, u"InvalidClientTokenId"_s,
                              u"The security token included in the request is invalid."_s,
                              query.requestId);
    // The MFA device is the IAM user's: a code is checked before anything else is decided.
    bool mfa = caller->mfa;
    if (query.has(u"SerialNumber"_s) || query.has(u"TokenCode"_s)) {
        if (caller->roleSession || serial != IamRoles::mfaDevice())
            return AwsErrors::sts(403, u"AccessDenied"_s,
                                  u"MultiFactorAuthentication failed, unable to validate MFA "
                                  "code. Please verify your MFA serial number is valid and "
                                  "associated with this user."_s,
                                  query.requestId);
        if (code != QLatin1StringView(IamRoles::MfaCode))
            return AwsErrors::sts(
                403, u"AccessDenied"_s,
                u"MultiFactorAuthentication failed with invalid MFA one time pass code. "_s,
                query.requestId);
        mfa = true;
    }
    const auto role = IamRoles::role(roleArn);
    if (!role || !role->trustedAccounts.contains(caller->account) || (role->mfaRequired && !mfa) ||
        role->externalId != externalId)
        return stsNotAuthorized(query, caller->arn, roleArn);
    if (caller->roleSession && duration > 3600)
        return stsValidation(query, u"The requested DurationSeconds exceeds the 1 hour session "
                                    "limit for roles assumed by role chaining."_s);
    if (duration > role->maxSessionSeconds)
        return stsValidation(query, u"The requested DurationSeconds exceeds the MaxSessionDuration "
                                    "set for this role."_s);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Forgotten an hour after they expire: until then they are refused as expired.
    m_accounts->forgetExpired(now.addSecs(-3600));
    const int lasts = m_settings && m_settings->temporaryKeySeconds > 0
                          ? qMin(duration, m_settings->temporaryKeySeconds)
                          : duration;
    const QDateTime expires = now.addSecs(lasts);
    const QString upper = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
    const QString base64 = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"_s;
    const QString keyId = u"ASIA"_s + stsRandomText(upper, 16);
    AwsAccounts::Key key;
    key.secret = stsRandomText(base64, 40);
    key.sessionToken = u"IQoJb3JpZ2luX2VjE"_s + stsRandomText(base64, 300);
    key.account = caller->account;
    key.arn = u"arn:aws:sts::%1:assumed-role/%2/%3"_s.arg(caller->account, role->name, sessionName);
    key.userId = role->roleId + u':' + sessionName;
    key.expires = expires;
    key.roleSession = true;
    key.mfa = mfa;
    m_accounts->addKey(keyId, key);

    AwsXmlAnswer answer(u"AssumeRoleResponse"_s, AwsErrors::StsNamespace);
    QXmlStreamWriter &xml = answer.xml();
    xml.writeStartElement(u"AssumeRoleResult"_s);
    xml.writeStartElement(u"AssumedRoleUser"_s);
    answer.element(u"AssumedRoleId"_s, key.userId);
    answer.element(u"Arn"_s, key.arn);
    xml.writeEndElement();
    xml.writeStartElement(u"Credentials"_s);
    answer.element(u"AccessKeyId"_s, keyId);
    answer.element(u"SecretAccessKey"_s, key.secret);
    answer.element(u"SessionToken"_s, key.sessionToken);
    answer.element(u"Expiration"_s, expires.toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(u"ResponseMetadata"_s);
    answer.element(u"RequestId"_s, query.requestId);
    xml.writeEndElement();
    return answer.finish();
}

} // namespace plc::sandbox
