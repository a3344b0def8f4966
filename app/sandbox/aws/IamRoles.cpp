#include "sandbox/aws/IamRoles.h"

#include "sandbox/aws/AwsAccounts.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace plc::sandbox {

namespace {
IamRoles::Role userRole(const QString &name, const QString &roleId)
{
    const QString account = QString::fromLatin1(AwsAccounts::UserAccount);
    IamRoles::Role role;
    role.name = name;
    role.arn = u"arn:aws:iam::%1:role/%2"_s.arg(account, name);
    role.roleId = roleId;
    role.trustedAccounts = {account};
    return role;
}
} // namespace

QString IamRoles::mfaDevice()
{
    return u"arn:aws:iam::%1:mfa/sandbox-admin"_s.arg(QLatin1StringView(AwsAccounts::UserAccount));
}

QList<IamRoles::Role> IamRoles::all()
{
    Role admin = userRole(u"PrivateLinkAdmin"_s, u"AROA2SANDBOXPLADMIN01"_s);
    admin.maxSessionSeconds = 12 * 3600;
    Role mfa = userRole(u"PrivateLinkAdminMfa"_s, u"AROA2SANDBOXPLADMFA02"_s);
    mfa.mfaRequired = true;
    Role partner = userRole(u"PrivateLinkPartner"_s, u"AROA2SANDBOXPARTNER03"_s);
    partner.externalId = u"tidb-private-link-sandbox"_s;
    Role auditor = userRole(u"PrivateLinkAuditor"_s, u"AROA2SANDBOXAUDITOR04"_s);
    auditor.trustedAccounts = {QString::fromLatin1(AwsAccounts::TidbCloudAccount)};
    return {admin, mfa, partner, auditor};
}

QJsonArray IamRoles::toJson()
{
    QJsonArray roles;
    const QList<Role> all = IamRoles::all();
    for (const Role &role : all) {
        roles.append(QJsonObject{
            {u"provider"_s, u"aws"_s},
            {u"name"_s, role.name},
            {u"arn"_s, role.arn},
            {u"mfaDevice"_s, role.mfaRequired ? mfaDevice() : QString()},
            {u"externalId"_s, role.externalId},
            {u"userMayAssume"_s,
             role.trustedAccounts.contains(QLatin1StringView(AwsAccounts::UserAccount))}});
    }
    return roles;
}

std::optional<IamRoles::Role> IamRoles::role(const QString &arn)
{
    const QList<Role> roles = all();
    for (const Role &role : roles) {
        if (role.arn == arn)
            return role;
    }
    return std::nullopt;
}

} // namespace plc::sandbox
