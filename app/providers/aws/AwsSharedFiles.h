#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace plc {

/// The AWS CLI's shared files, read as the CLI reads them (never written): `~/.aws/config`
/// (`[default]`, `[profile name]`, `[services name]`) and `~/.aws/credentials` (`[name]`), or
/// the files AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE name. Lines are `key = value`;
/// `#` and `;` start comments; an indented line under `key =` is a nested setting
/// (`ec2 =` / `  endpoint_url = …` in a services section).
class AwsSharedFiles final
{
public:
    using Section = QHash<QString, QString>; ///< nested settings as `ec2.endpoint_url`

    /// Reads both files; a missing file is no error, an unreadable one is reported in errors().
    static AwsSharedFiles load(const QHash<QString, QString> &environment);
    /// For tests: the two files' text.
    static AwsSharedFiles fromText(const QString &config, const QString &credentials);

    static QMap<QString, Section> parse(const QString &text);

    /// Profile names found in either file, sorted, `default` first.
    QStringList profileNames() const;
    /// `[profile name]` (or `[default]`) of the config file.
    Section configProfile(const QString &name) const;
    /// `[name]` of the credentials file.
    Section credentialsProfile(const QString &name) const;
    /// `[services name]` of the config file.
    Section servicesSection(const QString &name) const;
    /// `[sso-session name]` of the config file (IAM Identity Center).
    Section ssoSession(const QString &name) const
    {
        return m_config.value(QStringLiteral("sso-session ") + name);
    }
    bool hasSsoSession(const QString &name) const
    {
        return m_config.contains(QStringLiteral("sso-session ") + name);
    }

    QString configPath() const { return m_configPath; }
    QString credentialsPath() const { return m_credentialsPath; }
    QStringList errors() const { return m_errors; }

private:
    QMap<QString, Section> m_config;
    QMap<QString, Section> m_credentials;
    QString m_configPath;
    QString m_credentialsPath;
    QStringList m_errors;
};

} // namespace plc
