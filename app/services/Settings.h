#pragma once

#include "domain/PrivateEndpointTarget.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSettings>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace plc {

/// One key of the console's settings with its type and its default. Every read and write
/// makes its own QSettings and reads the status of the same object it wrote with.
template<typename T> class SettingValue
{
public:
    SettingValue(QString key, T defaultValue = T{})
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {}

    const QString &key() const { return m_key; }
    T value() const
    {
        // A value that is not of this type (a hand-edited file) gives the default, not a
        // converted 0 or empty value.
        QVariant stored = QSettings().value(m_key);
        return stored.isValid() && stored.convert(QMetaType::fromType<T>()) ? stored.value<T>()
                                                                            : m_default;
    }
    /// Writes and flushes; false when the settings file could not be written.
    bool setValue(const T &value) const
    {
        QSettings settings;
        settings.setValue(m_key, QVariant::fromValue(value));
        settings.sync();
        return settings.status() == QSettings::NoError;
    }
    void remove() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

/// A saved TiDB Cloud profile as the settings hold it (never its private key: that is in the
/// keychain under keyId).
struct ProfileRecord
{
    QUrl apiUrl;
    QString publicKey;
    QString keyId;
    QMap<QString, QString> providerAccounts; ///< see Profile::providerAccounts
};

/// Every key the console keeps in QSettings, in one place. Fixed keys are SettingValues;
/// what is kept per profile (the profile itself, its custom private endpoint targets) lives
/// in a group named after the percent-encoded profile name, read and written here only.
namespace Settings {

SettingValue<QString> language();      ///< "en", "zh_CN", "ja_JP"; empty: follow the system
SettingValue<QString> activeProfile(); ///< a saved profile's name; empty: the sandbox

SettingValue<QByteArray> mainWindowGeometry();
/// The window's splits (cluster list | connections, table | details) for one size of the
/// screen's available area: a laptop's and a desktop monitor's are remembered apart.
SettingValue<QByteArray> screenLayout(const QSize &availableArea);
SettingValue<QByteArray> connectionsPanelState();
SettingValue<QByteArray> clusterTableHeader();
SettingValue<QString> lastCluster();
SettingValue<bool> providerSideOpen(); ///< the sandbox's provider side dock, as last left
/// Whether the fleet view sends desktop notifications (DesktopNotifier); off until the user
/// turns it on.
SettingValue<bool> desktopNotifications();
/// With a system tray: closing the main window keeps the console running in the tray.
SettingValue<bool> keepRunningInTray();
/// The role the sandbox's key pair assumes with a provider (`aws`), as JSON: `arn`,
/// `mfaDevice`, `externalId`; empty: the key pair acts itself. Names only, never a key.
SettingValue<QString> sandboxRole(const QString &providerId);
/// The profiles the fleet view reads; empty: the active profile.
SettingValue<QStringList> fleetProfiles();
/// The fleet window was open when the console last quit: it opens (and reads) at start.
SettingValue<bool> fleetWindowOpen();

/// Names of the saved profiles (sandbox not included), in no particular order.
QStringList profileNames();
std::optional<ProfileRecord> profile(const QString &name);
bool writeProfile(const QString &name, const ProfileRecord &record);
void removeProfile(const QString &name);

QList<PrivateEndpointTarget> endpointTargets(const QString &profile);
/// Replaces the profile's targets; false when the settings file could not be written.
bool writeEndpointTargets(const QString &profile, const QList<PrivateEndpointTarget> &targets);
void removeEndpointTargets(const QString &profile);

} // namespace Settings

} // namespace plc
