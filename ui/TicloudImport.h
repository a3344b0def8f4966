#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace plc {

class ProfileStore;
class SecretStore;

/// Imports the ticloud CLI's profiles (`~/.ticloud/config.toml`, read only) into the profile
/// store: names that exist already or that are not valid are skipped and named; the private
/// keys the file holds move into the keychain only when the user says so.
class TicloudImport final
{
    Q_DECLARE_TR_FUNCTIONS(TicloudImport)

public:
    struct Result
    {
        QString select;  ///< the profile to show (empty: as it was)
        QString summary; ///< what was imported and what was not, for the user
        bool failed = false;
    };

    /// `keyFailed` hears a sentence when the keychain refuses a private key (later, after the
    /// user's answer).
    static Result run(ProfileStore *profiles, SecretStore *secrets, QWidget *parent,
                      const std::function<void(const QString &)> &keyFailed);
};

} // namespace plc
