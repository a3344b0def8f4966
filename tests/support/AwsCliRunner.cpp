#include "AwsCliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace plc::test {

AwsCliRunner::AwsCliRunner(QUrl sandboxUrl, QString accessKeyId, QString secretAccessKey)
    : m_url(std::move(sandboxUrl))
    , m_accessKeyId(std::move(accessKeyId))
    , m_secretAccessKey(std::move(secretAccessKey))
{}

AwsCliRunner::~AwsCliRunner()
{
    stopHost();
}

bool AwsCliRunner::startHost(QString *error)
{
    if (m_host && m_host->state() == QProcess::Running)
        return true;
    stopHost();
    if (!QFileInfo::exists(QString::fromLatin1(Program))) {
        *error = u"%1 is missing: install Debian's awscli"_s.arg(QString::fromLatin1(Program));
        return false;
    }
    m_host = std::make_unique<QProcess>();
    // The host itself needs no more than this; each command gets its whole environment with
    // the request.
    QProcessEnvironment environment;
    environment.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    m_host->setProcessEnvironment(environment);
    m_host->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_host->start(QString::fromLatin1(Python),
                  {QStringLiteral(PLC_TEST_AWS_SUPPORT_DIR) + u"/aws_cli_host.py"_s});
    if (!m_host->waitForStarted(10'000)) {
        *error = u"cannot start the AWS CLI host: %1"_s.arg(m_host->errorString());
        m_host.reset();
        return false;
    }
    return true;
}

void AwsCliRunner::stopHost()
{
    if (!m_host)
        return;
    m_host->closeWriteChannel();
    if (!m_host->waitForFinished(5'000)) {
        m_host->kill();
        m_host->waitForFinished(5'000);
    }
    m_host.reset();
}

CliResult AwsCliRunner::run(const QStringList &args, const QHash<QString, QString> &env,
                            const QString &region)
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
    if (!startHost(&result.stderrText))
        return result;

    QJsonObject variables;
    const QStringList names = environment.keys();
    for (const QString &name : names)
        variables.insert(name, environment.value(name));
    const QJsonObject request{{u"argv"_s, QJsonArray::fromStringList(result.arguments)},
                              {u"env"_s, variables}};
    m_host->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    // The CLI is another process: the sandbox answers on its own thread meanwhile.
    QProcess *host = m_host.get();
    if (!QTest::qWaitFor(
            [host] { return host->canReadLine() || host->state() == QProcess::NotRunning; },
            60'000)) {
        stopHost();
        result.stderrText = u"the AWS CLI did not finish in 60 s"_s;
        return result;
    }
    if (!host->canReadLine()) {
        stopHost();
        result.stderrText = u"the AWS CLI host ended without an answer"_s;
        return result;
    }
    const QJsonObject answer = QJsonDocument::fromJson(host->readLine()).object();
    result.exitCode = answer.value(u"exit"_s).toInt(-1);
    result.json = QJsonDocument::fromJson(answer.value(u"stdout"_s).toString().toUtf8()).object();
    result.stderrText = answer.value(u"stderr"_s).toString();
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
