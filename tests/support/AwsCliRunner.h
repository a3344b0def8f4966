#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QProcess;

namespace plc::test {

/// What one run of Debian's AWS CLI printed.
struct CliResult
{
    int exitCode = -1;
    QJsonObject json;
    QString stderrText;
    QStringList arguments;
};

/// Runs Debian's AWS CLI (awscli's own driver, its own copy of botocore) against the sandbox:
/// `aws --endpoint-url <sandbox>/aws/ --region <region> --output json <args>`, with the
/// sandbox's key in its environment (never its arguments) and none of the machine user's AWS
/// files or variables. Waits with the event loop running: the sandbox answers meanwhile.
///
/// Each command runs in a fresh process forked from one that has imported the CLI once
/// (support/aws/aws_cli_host.py): what `/usr/bin/aws` runs, without paying its 0.5 s import
/// for every command.
class AwsCliRunner final
{
public:
    /// The interpreter `/usr/bin/aws` names on Debian 12, and the package that installs it.
    static constexpr auto Python = "/usr/bin/python3";
    static constexpr auto Program = "/usr/bin/aws";

    AwsCliRunner(QUrl sandboxUrl, QString accessKeyId, QString secretAccessKey);
    ~AwsCliRunner();
    AwsCliRunner(const AwsCliRunner &) = delete;
    AwsCliRunner &operator=(const AwsCliRunner &) = delete;

    CliResult run(const QStringList &args, const QHash<QString, QString> &env = {},
                  const QString &region = QStringLiteral("us-east-1"));
    /// The folder that stands in for the CLI's home (config and credentials files).
    QString home() const { return m_home.path(); }

private:
    bool startHost(QString *error);
    void stopHost();

    QUrl m_url;
    QString m_accessKeyId;
    QString m_secretAccessKey;
    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_host;
};

/// The strings of a JSON array.
QStringList jsonStrings(const QJsonValue &array);

} // namespace plc::test
