#pragma once

#include "base/Job.h"
#include "services/Profile.h"

#include <QMap>
#include <QPointer>

#include <optional>

namespace plc {

class ProfileStore;
class SecretJob;
class SecretStore;

/// What the profile dialog asks to save: the profile, its private key when one was typed,
/// and the keys typed for its cloud provider accounts.
struct ProfileSaveRequest
{
    Profile profile;          ///< its keyId is the save's to find
    QString previousName;     ///< the profile edited (and maybe renamed); empty for a new one
    QString privateKey;       ///< empty: the stored key stays
    bool sessionOnly = false; ///< the private key in memory for this run, not the keychain
    /// Keys typed for the profile's provider accounts, by provider id, packed as each
    /// provider keeps them in the keychain (its entry is `<keyId>/<provider id>`).
    QMap<QString, QString> providerKeys;
};

/// Saves a profile with its keys, all or nothing. Every keychain entry it writes is read
/// first; the keys are written one after the other, and only then the profile's settings.
/// When a key cannot be written, or the settings file refuses the profile, the entries
/// already written are put back as they were (written back, or deleted when there was none)
/// and the profile stays as it was. Its value is the profile as saved, with its keyId.
class ProfileSaveJob final : public ValueJob<Profile>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSaveJob)

public:
    /// Starts at once; the job belongs to `parent`.
    static ProfileSaveJob *start(ProfileStore *profiles, SecretStore *secrets,
                                 ProfileSaveRequest request, QObject *parent);

private:
    struct Entry
    {
        QString name;                    ///< the keychain entry
        QString value;                   ///< to write
        std::optional<QString> previous; ///< what it held before (none: nothing)
        bool written = false;
    };

    ProfileSaveJob(ProfileStore *profiles, SecretStore *secrets, ProfileSaveRequest request,
                   QObject *parent);
    void next();
    void saveProfile();
    /// Puts back the entries written so far.
    void putBack();
    /// putBack(), then ends with `error`.
    void undo(const ApiError &error);
    void abortWork() override;

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ProfileSaveRequest m_request;
    QList<Entry> m_entries;
    qsizetype m_at = 0;
    QPointer<SecretJob> m_step;
};

} // namespace plc
