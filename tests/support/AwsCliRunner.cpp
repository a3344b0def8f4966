#include "AwsCliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace plc::test {

CliResult AwsCliRunner::run(const QStringList &args, const QHash<QString, QString> &env,
                            const QString &region) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(u"AWS_"_s))
            environment.remove(name);
    }
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"AWS_CONFIG_FILE"_s, m_home.filePath(u"config"_s));
    environment.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home.filePath(u"credentials"_s));
    environment.insert(u"AWS_ACCESS_KEY_ID"_s, m_accessKeyId);
    environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, m_secretAccessKey);
    environment.insert(u"AWS_PAGER"_s, QString());
    environment.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    CliResult result;
    result.arguments = QStringList{u"--endpoint-url"_s, m_url.resolved(QUrl(u"/aws/"_s)).toString(),
                                   u"--region"_s,       region,
                                   u"--output"_s,       u"json"_s} +
                       args;
    const QString program = QString::fromLatin1(Program);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, result.arguments);
    if (!process.waitForStarted(10'000)) {
        result.stderrText = u"cannot start %1: install Debian's awscli"_s.arg(program);
        return result;
    }
    // The CLI is another process: the sandbox answers on its own thread meanwhile.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60'000)) {
        result.stderrText = u"the AWS CLI did not finish in 60 s"_s;
        return result;
    }
    result.exitCode = process.exitCode();
    result.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    result.stderrText = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList jsonStrings(const QJsonValue &array)
{
    QStringList list;
    const QJsonArray values = array.toArray();
    for (const QJsonValue &value : values)
        list.append(value.toString());
    return list;
}

} // namespace plc::test
