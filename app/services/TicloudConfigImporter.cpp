#include "services/TicloudConfigImporter.h"

#include "base/OutsideText.h"

#include "services/Profile.h"

#include <QDir>
#include <QFile>

#include <toml++/toml.h>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
QString stringValue(const toml::table &table, std::initializer_list<std::string_view> keys)
{
    for (std::string_view key : keys) {
        if (const auto value = table[key].value<std::string>())
            return QString::fromStdString(*value).trimmed();
    }
    return {};
}
} // namespace

QString TicloudConfigImporter::defaultPath()
{
    return QDir::home().filePath(u".ticloud/config.toml"_s);
}

TicloudConfig TicloudConfigImporter::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        TicloudConfig config;
        config.error = tr("There is no ticloud configuration at %1.").arg(path);
        return config;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        TicloudConfig config;
        config.error =
            tr("The ticloud configuration %1 cannot be read: %2").arg(path, file.errorString());
        return config;
    }
    if (file.size() > 1024 * 1024) {
        TicloudConfig config;
        config.error = tr("%1 is too large to be a ticloud configuration.").arg(path);
        return config;
    }
    return parse(file.readAll());
}

TicloudConfig TicloudConfigImporter::parse(const QByteArray &text)
{
    TicloudConfig config;
    toml::table root;
    try {
        root = toml::parse(std::string_view(text.constData(), size_t(text.size())));
    } catch (const toml::parse_error &error) {
        config.error = tr("The ticloud configuration is not valid TOML (line %1, column %2): %3")
                           .arg(error.source().begin.line)
                           .arg(error.source().begin.column)
                           // The parser may quote the file: outside text.
                           .arg(OutsideText::visible(QString::fromUtf8(
                               error.description().data(), qsizetype(error.description().size()))));
        return config;
    }
    config.currentProfile = stringValue(root, {"current-profile", "current_profile"});
    for (const auto &[key, node] : root) {
        const toml::table *table = node.as_table();
        if (!table)
            continue;
        ImportedProfile profile;
        profile.name = QString::fromUtf8(key.str().data(), qsizetype(key.str().size()));
        profile.publicKey = stringValue(*table, {"public-key", "public_key"});
        profile.privateKey = stringValue(*table, {"private-key", "private_key"});
        const QString endpoint =
            stringValue(*table, {"serverless-endpoint", "serverless_endpoint"});
        profile.apiUrl =
            QUrl(endpoint.isEmpty() ? QString::fromLatin1(Profile::DefaultApiUrl) : endpoint);
        // The first problem found is the one shown; the user fixes it in the profile dialog.
        const QString problems[] = {
            Profile::checkName(profile.name), Profile::checkPublicKey(profile.publicKey),
            Profile::checkApiUrl(profile.apiUrl.toString()),
            profile.privateKey.isEmpty() ? QString()
                                         : Profile::checkPrivateKey(profile.privateKey)};
        for (const QString &problem : problems) {
            if (!problem.isEmpty()) {
                profile.problem = problem;
                break;
            }
        }
        config.profiles.append(profile);
    }
    if (config.profiles.isEmpty())
        config.error = tr("The ticloud configuration has no profiles.");
    return config;
}

} // namespace plc
