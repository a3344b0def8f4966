#include "providers/aws/CredentialProcessJob.h"

#include "base/OutsideText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace plc {

CredentialProcessJob::CredentialProcessJob(const QStringList &command, const QString &profile,
                                           QObject *parent, int timeLimitMs)
    : ValueJob<AwsCredentials>(parent)
    , m_profile(profile)
    , m_program(command.value(0))
{
    m_timer.setSingleShot(true);
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setInputChannelMode(QProcess::ManagedInputChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->readAllStandardOutput();
        if (m_output.size() > MaxOutputBytes)
            stopGroup();
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        // Only the end is kept: a helper writes its advice last.
        m_errors = (m_errors + m_process->readAllStandardError()).right(4096);
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                onFinished(exitCode, status == QProcess::CrashExit);
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The credential_process of AWS profile %1 could not be started: %2 is not "
                    "a program that can be run.")
                     .arg(m_profile, OutsideText::visible(m_program)));
    });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        stopGroup();
    });
    if (command.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("The credential_process of AWS profile %1 is empty.").arg(m_profile));
        });
        return;
    }
    m_process->setProcessEnvironment(helperEnvironment(QProcessEnvironment::systemEnvironment()));
    // A session of its own, so a process group of its own (in the child, between fork and
    // exec: setsid is async-signal safe): stopping it stops what it started — a script's
    // `sleep`, a browser helper. Without a controlling terminal, a helper that would prompt on
    // one (an MFA code) fails at once with its own words instead of waiting, stopped by
    // SIGTTIN in a background group, until the time limit.
    m_process->setChildProcessModifier([] { ::setsid(); });
    m_timer.start(timeLimitMs);
    // Started directly: no shell ever sees the line, so nothing in it is expanded.
    m_process->start(command.first(), command.mid(1), QIODevice::ReadWrite);
    m_process->closeWriteChannel();
}

CredentialProcessJob::~CredentialProcessJob()
{
    m_output.fill('\0');
    if (m_process && m_process->state() != QProcess::NotRunning) {
        stopGroup();
        m_process->waitForFinished(1000);
    }
}

void CredentialProcessJob::stopGroup()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    // While the helper runs it is not reaped yet (Qt reaps it through its pidfd once it has
    // ended), so its ID still names its group and no other process can have taken it.
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    m_process->kill();
}

void CredentialProcessJob::abortWork()
{
    m_timer.stop();
    if (m_process) {
        m_process->disconnect(this);
        stopGroup();
    }
}

const QStringList &CredentialProcessJob::withheldVariables()
{
    static const QStringList names{
        // The console's own key for TiDB Cloud's API.
        u"TIDBCLOUD_PUBLIC_KEY"_s, u"TIDBCLOUD_PRIVATE_KEY"_s,
        // The sandbox's keys, when the console was started with them.
        u"PLC_SANDBOX_PUBLIC_KEY"_s, u"PLC_SANDBOX_PRIVATE_KEY"_s,
        // The other cloud's keys, in the names its CLI and SDKs read.
        u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s,
        u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, u"ALIBABACLOUD_ACCESS_KEY_ID"_s,
        u"ALIBABACLOUD_ACCESS_KEY_SECRET"_s, u"ALIBABACLOUD_SECURITY_TOKEN"_s,
        u"ALICLOUD_ACCESS_KEY"_s, u"ALICLOUD_SECRET_KEY"_s, u"ALICLOUD_SECURITY_TOKEN"_s,
        u"ALICLOUD_ACCESS_KEY_ID"_s, u"ALICLOUD_ACCESS_KEY_SECRET"_s};
    return names;
}

QProcessEnvironment CredentialProcessJob::helperEnvironment(const QProcessEnvironment &environment)
{
    QProcessEnvironment helper = environment;
    for (const QString &name : withheldVariables())
        helper.remove(name);
    return helper;
}

QString CredentialProcessJob::shownError(const QByteArray &standardError)
{
    const QList<QByteArray> lines = standardError.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = QString::fromUtf8(it->trimmed());
        if (line.isEmpty())
            continue;
        // Masked before it is cut, so that no cut leaves half a secret unrecognised.
        QString shown = OutsideText::visible(OutsideText::withoutSecrets(line));
        if (shown.size() > MaxShownErrorChars)
            shown = shown.left(MaxShownErrorChars - 1) + u'…';
        return shown;
    }
    return {};
}

void CredentialProcessJob::fail(const QString &sentence)
{
    if (isFinished())
        return;
    m_timer.stop();
    m_output.fill('\0');
    finishWithError(ApiError::provider(u"CredentialProcess"_s, sentence));
}

AwsCredentials CredentialProcessJob::parseOutput(const QByteArray &output, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("it did not print a JSON object");
        return {};
    }
    const QJsonObject json = document.object();
    if (json.value("Version"_L1).toInt() != 1) {
        *error = tr("its answer is not Version 1");
        return {};
    }
    AwsCredentials credentials;
    credentials.accessKeyId = json.value("AccessKeyId"_L1).toString();
    credentials.secretAccessKey = json.value("SecretAccessKey"_L1).toString();
    credentials.sessionToken = json.value("SessionToken"_L1).toString();
    const QString expiration = json.value("Expiration"_L1).toString();
    if (!expiration.isEmpty()) {
        credentials.expiration = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (!credentials.expiration.isValid()) {
            *error = tr("its Expiration is not an ISO 8601 time");
            return {};
        }
    }
    if (!credentials.isComplete()) {
        *error = tr("its answer has no AccessKeyId or SecretAccessKey");
        return {};
    }
    return credentials;
}

void CredentialProcessJob::onFinished(int exitCode, bool crashed)
{
    if (isFinished())
        return;
    m_timer.stop();
    m_output += m_process->readAllStandardOutput();
    if (m_timedOut) {
        fail(tr("The credential_process of AWS profile %1 gave no answer within %2 s and was "
                "stopped.")
                 .arg(m_profile, QLocale().toString(m_timer.interval() / 1000.0)));
        return;
    }
    if (m_output.size() > MaxOutputBytes) {
        fail(tr("The credential_process of AWS profile %1 printed more than 64 KB and was "
                "stopped.")
                 .arg(m_profile));
        return;
    }
    if (crashed || exitCode != 0) {
        // Its last line of errors (never its output, which may hold keys) says why.
        const QString last = shownError(m_errors);
        QString sentence = tr("The credential_process of AWS profile %1 failed (exit code %2).")
                               .arg(m_profile)
                               .arg(crashed ? -1 : exitCode);
        if (!last.isEmpty())
            sentence += u' ' + tr("It said: %1").arg(last);
        fail(sentence);
        return;
    }
    QString problem;
    AwsCredentials credentials = parseOutput(m_output, &problem);
    m_output.fill('\0');
    if (!credentials.isComplete()) {
        fail(tr("The credential_process of AWS profile %1 answered, but %2.")
                 .arg(m_profile, problem));
        return;
    }
    if (credentials.expiration.isValid() &&
        credentials.expiration <= QDateTime::currentDateTimeUtc()) {
        fail(tr("The credential_process of AWS profile %1 gave keys that have already expired.")
                 .arg(m_profile));
        return;
    }
    credentials.source = tr("credential_process of profile %1").arg(m_profile);
    finishWithValue(credentials);
}

} // namespace plc
