#pragma once

#include <QHash>
#include <QString>

namespace plc {

/// Which account of a cloud provider (AWS, Alibaba Cloud) a TiDB Cloud profile acts on: none,
/// the provider's own tools' default chain (the environment's keys, else the CLI's current
/// profile), a named profile of the CLI's files, or an access key typed into the console and
/// kept in the OS keychain.
struct CloudAccountChoice
{
    enum class Kind { None, DefaultChain, NamedProfile, KeychainKey };
    Kind kind = Kind::None;
    QString profile;

    /// As kept in the settings: "", "*", "profile:<name>" or "keychain".
    QString toSetting() const;
    static CloudAccountChoice fromSetting(const QString &setting);
    friend bool operator==(const CloudAccountChoice &, const CloudAccountChoice &) = default;

    /// The process environment, where the providers' own tools find keys, profiles, regions
    /// and endpoints: what a choice is resolved against unless a caller gives its own.
    static QHash<QString, QString> environment();
};

} // namespace plc
