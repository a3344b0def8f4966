#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace plc::test {

/// What one run of Debian's AWS CLI printed.
struct CliResult
{
    int exitCode = -1;
    QJsonObject json;
    QString stderrText;
    QStringList arguments;
};

/// Runs Debian's AWS CLI (`/usr/bin/aws`, its own copy of botocore) against the sandbox:
/// `aws --endpoint-url <sandbox>/aws/ --region <region> --output json <args>`, with the
/// sandbox's key in its environment (never its arguments) and none of the machine user's AWS
/// files or variables. Waits with the event loop running: the sandbox answers meanwhile.
class AwsCliRunner final
{
public:
    static constexpr auto Program = "/usr/bin/aws";

    AwsCliRunner(QUrl sandboxUrl, QString accessKeyId, QString secretAccessKey)
        : m_url(std::move(sandboxUrl))
        , m_accessKeyId(std::move(accessKeyId))
        , m_secretAccessKey(std::move(secretAccessKey))
    {}

    CliResult run(const QStringList &args, const QHash<QString, QString> &env = {},
                  const QString &region = QStringLiteral("us-east-1")) const;
    /// The folder that stands in for the CLI's home (config and credentials files).
    QString home() const { return m_home.path(); }

private:
    QUrl m_url;
    QString m_accessKeyId;
    QString m_secretAccessKey;
    QTemporaryDir m_home;
};

/// The strings of a JSON array.
QStringList jsonStrings(const QJsonValue &array);

} // namespace plc::test
