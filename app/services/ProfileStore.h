#pragma once

#include "services/Profile.h"

#include <QList>
#include <QObject>

namespace plc {

/// The saved profiles and which one is active, in QSettings (`profiles/<name>/apiUrl`,
/// `…/publicKey`, `profiles/active`). Never a private key. The built-in Sandbox profile is
/// always listed first and cannot be changed or removed.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QObject *parent = nullptr);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    /// Adds or replaces; false (nothing saved) when a field is not valid.
    bool save(const Profile &profile);
    /// Replaces `oldName` by `profile` (a rename keeps the active choice).
    bool rename(const QString &oldName, const Profile &profile);
    bool remove(const QString &name);

    QString activeProfileName() const;
    void setActiveProfileName(const QString &name);

Q_SIGNALS:
    void profilesChanged();
    void activeProfileChanged(const QString &name);
};

} // namespace plc
