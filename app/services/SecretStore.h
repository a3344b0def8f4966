#pragma once

#include "base/Job.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

namespace plc {

/// One keychain operation: a Job whose value is the secret read (empty for a write or a
/// delete) and whose error is ApiError::Kind::Keychain. status() says the same in short.
class SecretJob final : public ValueJob<QString>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Status { Ok, NotFound, NoKeychain, Denied, Failed };
    Q_ENUM(Status)

    explicit SecretJob(QObject *parent = nullptr);

    Status status() const;
    QString secret() const { return value(); }
    /// What the user needs to know when it did not succeed (translated).
    QString userMessage() const { return error().userMessage(); }
    QString detail() const { return error().detail; }

    void finish(Status status, const QString &secret = {}, const QString &detail = {});
};

/// Keeps each profile's private key in the OS keychain (Secret Service on Linux) through
/// QtKeychain with its insecure fallback off — never in a settings file. When no keychain is
/// available the caller is told so (SecretJob::Status::NoKeychain) and may keep the key in
/// memory for this session only with setSessionSecret(); nothing is then written anywhere.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    static constexpr auto ServiceName = "privatelink-console";

    explicit SecretStore(QObject *parent = nullptr);

    SecretJob *readSecret(const QString &profile);
    SecretJob *writeSecret(const QString &profile, const QString &secret);
    SecretJob *deleteSecret(const QString &profile);

    /// Session-only keys are consulted first and forgotten when the console quits.
    void setSessionSecret(const QString &profile, const QString &secret);
    void forgetSessionSecret(const QString &profile);
    bool hasSessionSecret(const QString &profile) const;

private:
    QHash<QString, QString> m_sessionSecrets;
};

} // namespace plc
