#include "providers/alibaba/AliyunConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
constexpr qint64 MaxFileBytes = 1024 * 1024;
}

AliyunConfig AliyunConfig::load(const QHash<QString, QString> &environment)
{
    const QString home = environment.value(u"HOME"_s, QDir::homePath());
    const QString path = home + u"/.aliyun/config.json"_s;
    QFile file(path);
    if (!file.exists()) {
        AliyunConfig config;
        config.m_path = path;
        return config;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        AliyunConfig config;
        config.m_path = path;
        config.m_problem = u"%1: %2"_s.arg(path, file.errorString());
        return config;
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        AliyunConfig config;
        config.m_path = path;
        config.m_problem = u"%1: larger than 1 MB, not read"_s.arg(path);
        return config;
    }
    return fromJson(bytes, path);
}

AliyunConfig AliyunConfig::fromJson(const QByteArray &json, const QString &path)
{
    AliyunConfig config;
    config.m_path = path;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        config.m_problem = u"%1: not the aliyun CLI's JSON (%2)"_s.arg(
            path,
            error.error != QJsonParseError::NoError ? error.errorString() : u"not an object"_s);
        return config;
    }
    const QJsonObject root = document.object();
    config.m_current = root.value("current"_L1).toString();
    const QJsonArray profiles = root.value("profiles"_L1).toArray();
    for (const QJsonValue &value : profiles) {
        const QJsonObject object = value.toObject();
        AliyunProfile profile;
        profile.name = object.value("name"_L1).toString();
        if (profile.name.isEmpty())
            continue;
        profile.mode = object.value("mode"_L1).toString();
        profile.accessKeyId = object.value("access_key_id"_L1).toString();
        profile.accessKeySecret = object.value("access_key_secret"_L1).toString();
        profile.stsToken = object.value("sts_token"_L1).toString();
        profile.regionId = object.value("region_id"_L1).toString();
        profile.ramRoleArn = object.value("ram_role_arn"_L1).toString();
        profile.ramSessionName = object.value("ram_session_name"_L1).toString();
        // The CLI writes a number; a hand-edited file may hold text.
        const QJsonValue expired = object.value("expired_seconds"_L1);
        profile.expiredSeconds =
            expired.isDouble() ? QString::number(expired.toDouble()) : expired.toString();
        profile.sourceProfile = object.value("source_profile"_L1).toString();
        profile.externalId = object.value("external_id"_L1).toString();
        config.m_profiles.append(profile);
    }
    return config;
}

QStringList AliyunConfig::profileNames() const
{
    QStringList names;
    for (const AliyunProfile &profile : m_profiles)
        names.append(profile.name);
    return names;
}

const AliyunProfile *AliyunConfig::profile(const QString &name) const
{
    for (const AliyunProfile &profile : m_profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

} // namespace plc
