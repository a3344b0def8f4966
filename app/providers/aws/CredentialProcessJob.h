#pragma once

#include "base/Job.h"
#include "providers/aws/AwsCredentials.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QProcess;
class QProcessEnvironment;

namespace plc {

/// Runs an AWS profile's `credential_process` the way the AWS CLI does, but more carefully:
/// - the program is started directly with its arguments (no shell), in a session (and process
///   group) of its own without a terminal, so that when it is stopped (TimeLimitMs passed, too
///   much output, a cancel) the programs it started are stopped with it;
/// - it gets the console's environment as the AWS CLI would pass it, less the console's own
///   secrets (helperEnvironment());
/// - its standard output — which holds the keys — is read into memory only (at most 64 KB) and
///   never logged, and its answer must be the documented JSON (`Version` 1, `AccessKeyId`,
///   `SecretAccessKey`, optional `SessionToken` and `Expiration`);
/// - of its standard error only the last line is shown, at most MaxShownErrorChars long, with
///   anything shaped like a key, secret or token masked (OutsideText::withoutSecrets).
class CredentialProcessJob final : public ValueJob<AwsCredentials>
{
    Q_OBJECT

public:
    static constexpr int TimeLimitMs = 60'000;
    static constexpr qint64 MaxOutputBytes = 64 * 1024;
    static constexpr int MaxShownErrorChars = 200;

    /// `command`: the program and its arguments; `profile`: the AWS profile it belongs to, as
    /// shown to the user.
    CredentialProcessJob(const QStringList &command, const QString &profile,
                         QObject *parent = nullptr, int timeLimitMs = TimeLimitMs);
    ~CredentialProcessJob() override;

    /// Reads the JSON a credential process printed; empty credentials and `error` set when
    /// it is not the documented shape.
    static AwsCredentials parseOutput(const QByteArray &output, QString *error);

    /// `environment` as the helper gets it: everything the AWS CLI would pass, less the
    /// variables that hold the console's own secrets — the TiDB Cloud API key and the other
    /// cloud's (Alibaba Cloud's) keys. The AWS variables stay: the CLI passes them too.
    static QProcessEnvironment helperEnvironment(const QProcessEnvironment &environment);
    /// The names helperEnvironment() removes.
    static const QStringList &withheldVariables();
    /// What is shown of a helper's standard error: its last non-empty line, secrets masked,
    /// control characters made visible, at most MaxShownErrorChars characters.
    static QString shownError(const QByteArray &standardError);

private:
    void onFinished(int exitCode, bool crashed);
    void fail(const QString &sentence);
    void abortWork() override;
    /// Ends the helper and every program of its process group.
    void stopGroup();

    QPointer<QProcess> m_process;
    QTimer m_timer;
    QString m_profile;
    QString m_program;
    QByteArray m_output;
    QByteArray m_errors;
    bool m_timedOut = false;
};

} // namespace plc
