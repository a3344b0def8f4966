#include "sandbox/alibaba/AlibabaStsApi.h"

#include "sandbox/SandboxSettings.h"
#include "sandbox/alibaba/AlibabaApi.h"
#include "sandbox/alibaba/AlibabaSignatureCheck.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
/// TiDB Cloud's Alibaba Cloud account, trusted by the role the user may not assume.
constexpr auto AlibabaTidbAccount = "5548313946124153";

struct RamRole
{
    QString name;
    QString roleId;
    QString trustedAccount;
};

QList<RamRole> ramRoles()
{
    return {{u"privatelinkadmin"_s, u"300800000000000101"_s,
             QString::fromLatin1(AlibabaApi::UserAccount)},
            {u"privatelinkauditor"_s, u"300800000000000102"_s,
             QString::fromLatin1(AlibabaTidbAccount)}};
}

QString ramRoleArn(const QString &name)
{
    return u"acs:ram::%1:role/%2"_s.arg(QLatin1StringView(AlibabaApi::UserAccount), name);
}

QString stsParam(const SandboxRequest &request, const QString &name, bool *present = nullptr)
{
    for (const auto &[key, value] : request.rpcParams) {
        if (key == name) {
            if (present)
                *present = true;
            return value;
        }
    }
    if (present)
        *present = false;
    return {};
}

QString stsRandom(const QString &alphabet, int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return text;
}

SandboxResponse stsError(int status, const QString &code, const QString &message)
{
    return AlibabaApi::error(status, code, message, {}, u"sts"_s);
}
} // namespace

QJsonArray AlibabaStsApi::rolesJson()
{
    QJsonArray roles;
    const QList<RamRole> all = ramRoles();
    for (const RamRole &role : all)
        roles.append(
            QJsonObject{{u"provider"_s, u"alibaba"_s},
                        {u"name"_s, role.name},
                        {u"arn"_s, ramRoleArn(role.name)},
                        {u"mfaDevice"_s, QString()},
                        {u"externalId"_s, QString()},
                        {u"userMayAssume"_s,
                         role.trustedAccount == QLatin1StringView(AlibabaApi::UserAccount)}});
    return roles;
}

SandboxResponse AlibabaStsApi::handle(const SandboxRequest &request)
{
    const QString action = stsParam(request, u"Action"_s);
    if (action == "GetCallerIdentity"_L1)
        return callerIdentity(request);
    if (action == "AssumeRole"_L1)
        return assumeRole(request);
    return AlibabaApi::error(404, u"InvalidAction.NotFound"_s,
                             u"Specified api is not found, please check your url and method."_s);
}

SandboxResponse AlibabaStsApi::callerIdentity(const SandboxRequest &request) const
{
    const QString account = request.providerAccount;
    const auto key = m_keys->key(request.publicKey);
    SandboxResponse response;
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    if (key && !key->arn.isEmpty()) {
        // A role session: the role's ARN with the session's name, as STS names it.
        response.body = {{u"RequestId"_s, requestId},
                         {u"IdentityType"_s, u"AssumedRoleUser"_s},
                         {u"AccountId"_s, account},
                         {u"PrincipalId"_s, key->principal},
                         {u"RoleId"_s, key->principal.section(u':', 0, 0)},
                         {u"Arn"_s, key->arn}};
        return response;
    }
    // The emulated AccessKey is the account's own: its identity is the account's root.
    response.body = {{u"RequestId"_s, requestId}, {u"IdentityType"_s, u"Account"_s},
                     {u"AccountId"_s, account},   {u"PrincipalId"_s, account},
                     {u"UserId"_s, account},      {u"Arn"_s, u"acs:ram::%1:root"_s.arg(account)}};
    return response;
}

SandboxResponse AlibabaStsApi::assumeRole(const SandboxRequest &request)
{
    static const QRegularExpression sessionShape(u"^[\\w.@-]{2,64}$"_s);
    static const QRegularExpression externalShape(u"^[\\w.@=:/+,-]{2,1224}$"_s);
    bool hasArn = false;
    bool hasSession = false;
    bool hasDuration = false;
    bool hasExternal = false;
    const QString arn = stsParam(request, u"RoleArn"_s, &hasArn);
    const QString session = stsParam(request, u"RoleSessionName"_s, &hasSession);
    const QString durationText = stsParam(request, u"DurationSeconds"_s, &hasDuration);
    const QString externalId = stsParam(request, u"ExternalId"_s, &hasExternal);
    if (!hasArn || arn.isEmpty())
        return stsError(400, u"MissingRoleArn"_s, u"RoleArn is mandatory for this action."_s);
    if (!hasSession || session.isEmpty())
        return stsError(400, u"MissingRoleSessionName"_s,
                        u"RoleSessionName is mandatory for this action."_s);
    if (!sessionShape.match(session).hasMatch())
        return stsError(400, u"InvalidParameter.RoleSessionName"_s,
                        u"The parameter RoleSessionName is wrongly formed."_s);
    if (hasExternal && !externalShape.match(externalId).hasMatch())
        return stsError(400, u"InvalidParameter.ExternalId"_s,
                        u"The parameter ExternalId is wrongly formed."_s);
    static const QRegularExpression arnShape(u"^acs:ram::\\d+:role/[\\w.@-]{1,64}$"_s);
    if (!arnShape.match(arn).hasMatch())
        return stsError(400, u"InvalidParameter.RoleArn"_s,
                        u"The parameter RoleArn is wrongly formed."_s);
    const auto caller = m_keys->key(request.publicKey);
    // A role session may assume a role again (ChainableRamRoleArn), for an hour at most.
    const int longest = 3600;
    int duration = 3600;
    if (hasDuration) {
        bool number = false;
        duration = durationText.toInt(&number);
        if (!number || duration < 900 || duration > longest)
            return stsError(400, u"InvalidParameter.DurationSeconds"_s,
                            u"The Min/Max value of DurationSeconds is 15min/1hr."_s);
    }
    const QList<RamRole> roles = ramRoles();
    const RamRole *role = nullptr;
    for (const RamRole &each : roles) {
        if (ramRoleArn(each.name).compare(arn, Qt::CaseInsensitive) == 0)
            role = &each;
    }
    if (!role)
        return stsError(404, u"EntityNotExist.Role"_s, u"The role not exists: %1."_s.arg(arn));
    if (!caller || caller->account != role->trustedAccount)
        return stsError(403, u"NoPermission"_s,
                        u"You are not authorized to do this action. You should be authorized by "
                        "RAM."_s);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Forgotten an hour after they expire: until then they are refused as expired.
    m_keys->forgetExpired(now.addSecs(-3600));
    const int lasts = m_settings && m_settings->temporaryKeySeconds > 0
                          ? qMin(duration, m_settings->temporaryKeySeconds)
                          : duration;
    const QString letters = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    const QString keyId = u"STS."_s + stsRandom(letters, 28);
    AlibabaSignatureCheck::Key key;
    key.secret = stsRandom(letters, 44);
    key.securityToken = u"CAIS"_s + stsRandom(letters + u"+/"_s, 400);
    key.account = caller->account;
    key.expires = now.addSecs(lasts);
    key.arn = u"acs:ram::%1:assumed-role/%2/%3"_s.arg(caller->account, role->name, session);
    key.principal = role->roleId + u':' + session;
    m_keys->addKey(keyId, key);

    SandboxResponse response;
    response.body = {
        {u"RequestId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper()},
        {u"AssumedRoleUser"_s, QJsonObject{{u"Arn"_s, u"acs:ram::%1:role/%2/%3"_s.arg(
                                                          caller->account, role->name, session)},
                                           {u"AssumedRoleId"_s, key.principal}}},
        {u"Credentials"_s,
         QJsonObject{{u"AccessKeyId"_s, keyId},
                     {u"AccessKeySecret"_s, key.secret},
                     {u"SecurityToken"_s, key.securityToken},
                     {u"Expiration"_s, key.expires.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s)}}}};
    return response;
}

} // namespace plc::sandbox
