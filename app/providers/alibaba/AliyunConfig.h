#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace plc {

/// One profile of the aliyun CLI's `~/.aliyun/config.json`, as far as the console uses it.
struct AliyunProfile
{
    QString name;
    QString mode; ///< `AK`, `StsToken`, `RamRoleArn`, `EcsRamRole`, `External`, `CloudSSO`…
    QString accessKeyId;
    QString accessKeySecret;
    QString stsToken;
    QString regionId;
    QString ramRoleArn;     ///< RamRoleArn, ChainableRamRoleArn: the role assumed
    QString ramSessionName; ///< its session's name, or empty
    QString expiredSeconds; ///< its session's length in seconds, as written, or empty
    QString sourceProfile;  ///< ChainableRamRoleArn: the profile whose keys assume the role
    QString externalId;     ///< the role's external ID, or empty
};

/// The aliyun CLI's configuration file, read as the CLI writes it (never written here):
/// `{"current": "name", "profiles": [{"name", "mode", "access_key_id", "access_key_secret",
/// "sts_token", "region_id", …}]}`. A missing file is no error; an unreadable, oversized
/// (over 1 MB) or malformed one is reported in problem().
class AliyunConfig final
{
public:
    /// `~/.aliyun/config.json` under the environment's HOME.
    static AliyunConfig load(const QHash<QString, QString> &environment);
    static AliyunConfig fromJson(const QByteArray &json, const QString &path);

    QString path() const { return m_path; }
    QString current() const { return m_current; }
    QList<AliyunProfile> profiles() const { return m_profiles; }
    QStringList profileNames() const;
    /// nullptr when there is no such profile.
    const AliyunProfile *profile(const QString &name) const;
    QString problem() const { return m_problem; }

private:
    QString m_path;
    QString m_current;
    QList<AliyunProfile> m_profiles;
    QString m_problem;
};

} // namespace plc
