#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace plc {

/// A profile found in the ticloud CLI's configuration.
struct ImportedProfile
{
    QString name;
    QString publicKey;
    QString privateKey; ///< moved to the keychain only when the user agrees
    QUrl apiUrl;        ///< `serverless-endpoint`, or the default API
    QString problem;    ///< why it cannot be imported as it is (translated), empty if fine
};

struct TicloudConfig
{
    QList<ImportedProfile> profiles;
    QString currentProfile;
    QString error; ///< the file could not be read or parsed (translated)
};

/// Reads `~/.ticloud/config.toml` (`current-profile`, then one table per profile with
/// `public-key`, `private-key` and `serverless-endpoint`) with toml++.
class TicloudConfigImporter final
{
    Q_DECLARE_TR_FUNCTIONS(TicloudConfigImporter)

public:
    static QString defaultPath();
    static TicloudConfig load(const QString &path);
    static TicloudConfig parse(const QByteArray &text);
};

} // namespace plc
