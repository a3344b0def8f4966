#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QUrl>

namespace plc {

/// A connection profile: which API to use and with which public key. The private key is not
/// part of it: it lives in the OS keychain (SecretStore) under the profile's keyId — an ID the
/// profile keeps for life, never its name, so that a renamed profile keeps its key and a new
/// profile that takes an old name can never find the old profile's key.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr auto DefaultApiUrl = "https://serverless.tidbapi.com";
    static constexpr int MaxNameLength = 64;

    QString name;
    QUrl apiUrl;
    QString publicKey;
    /// The keychain entry's ID: random for a profile saved since keyIds exist, the name for
    /// one saved before (its entry is still `profile:<name>`); kept through renames.
    QString keyId;
    /// The account the profile acts on with each cloud provider, by the provider's id
    /// (`aws`, `alibaba`), as CloudAccountChoice::toSetting() writes it: "" (none), "*" (the
    /// provider CLI's default chain), "profile:<name>" or "keychain". Never a key.
    QMap<QString, QString> providerAccounts;

    /// The built-in profile that uses the embedded sandbox; it always exists.
    static QString sandboxName() { return QStringLiteral("Sandbox"); }
    static Profile sandbox() { return {sandboxName(), {}, {}, {}, {}}; }
    bool isSandbox() const { return name == sandboxName(); }

    // Each returns an empty string when the field is fine, otherwise what is wrong and what
    // is expected, for the user.
    static QString checkName(const QString &name);
    static QString checkApiUrl(const QString &url);
    static QString checkPublicKey(const QString &key);
    static QString checkPrivateKey(const QString &key);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace plc
