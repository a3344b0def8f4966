#pragma once

#include "AwsCredentials.h"
#include "api/Job.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QProcess;

namespace plc {

/// Runs an AWS profile's `credential_process` the way the AWS CLI does, but more carefully:
/// the program is started directly with its arguments (no shell), it has TimeLimitMs to
/// answer, its standard output — which holds the keys — is read into memory only (at most
/// 64 KB) and never logged, and its answer must be the documented JSON (`Version` 1,
/// `AccessKeyId`, `SecretAccessKey`, optional `SessionToken` and `Expiration`).
class CredentialProcessJob final : public ValueJob<AwsCredentials>
{
    Q_OBJECT

public:
    static constexpr int TimeLimitMs = 60'000;
    static constexpr qint64 MaxOutputBytes = 64 * 1024;

    /// `command`: the program and its arguments; `source` names it for the user.
    CredentialProcessJob(const QStringList &command, const QString &source,
                         QObject *parent = nullptr, int timeLimitMs = TimeLimitMs);
    ~CredentialProcessJob() override;

    /// Reads the JSON a credential process printed; empty credentials and `error` set when
    /// it is not the documented shape.
    static AwsCredentials parseOutput(const QByteArray &output, QString *error);

private:
    void onFinished(int exitCode, bool crashed);
    void fail(const QString &sentence);
    void abortWork() override;

    QPointer<QProcess> m_process;
    QTimer m_timer;
    QString m_source;
    QString m_program;
    QByteArray m_output;
    QByteArray m_errors;
    bool m_timedOut = false;
};

} // namespace plc
