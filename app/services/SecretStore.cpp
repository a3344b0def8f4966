#include "services/SecretStore.h"

#include "services/SecretServiceProbe.h"

#include <QDBusConnection>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace plc {

namespace {
SecretJob::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretJob::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretJob::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretJob::Status::NoKeychain;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretJob::Status::Denied;
    default:
        return SecretJob::Status::Failed;
    }
}

/// Finishes `result` with the status of a keychain error. QtKeychain reports a missing Secret
/// Service as OtherError: the session bus is asked (asynchronously, never blocking this thread)
/// whether anything provides one, to tell the user "no keychain" rather than "an error".
void finishWith(SecretJob *result, QKeychain::Error error, const QString &secret,
                const QString &detail)
{
    const SecretJob::Status status = statusOf(error);
    if (status != SecretJob::Status::Failed) {
        result->finish(status, secret, detail);
        return;
    }
    SecretServiceProbe::check(
        QDBusConnection::sessionBus(), result, [result, detail](bool reachable) {
            result->finish(reachable ? SecretJob::Status::Failed : SecretJob::Status::NoKeychain,
                           {}, detail);
        });
}

QString keychainKeyOf(const QString &profile)
{
    return u"profile:"_s + profile;
}
} // namespace

SecretJob::SecretJob(QObject *parent)
    : ValueJob(parent)
{}

SecretJob::Status SecretJob::status() const
{
    if (succeeded())
        return Status::Ok;
    if (error().kind != ApiError::Kind::Keychain)
        return Status::Failed; // not finished, or cancelled
    switch (error().keychain) {
    case ApiError::KeychainProblem::NotFound:
        return Status::NotFound;
    case ApiError::KeychainProblem::Unavailable:
        return Status::NoKeychain;
    case ApiError::KeychainProblem::Denied:
        return Status::Denied;
    case ApiError::KeychainProblem::Failed:
        break;
    }
    return Status::Failed;
}

void SecretJob::finish(Status status, const QString &secret, const QString &detail)
{
    using Problem = ApiError::KeychainProblem;
    switch (status) {
    case Status::Ok:
        finishWithValue(secret);
        return;
    case Status::NotFound:
        finishWithError(ApiError::keychainProblem(Problem::NotFound, detail));
        return;
    case Status::NoKeychain:
        finishWithError(ApiError::keychainProblem(Problem::Unavailable, detail));
        return;
    case Status::Denied:
        finishWithError(ApiError::keychainProblem(Problem::Denied, detail));
        return;
    case Status::Failed:
        break;
    }
    finishWithError(ApiError::keychainProblem(Problem::Failed, detail));
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretJob *SecretStore::readSecret(const QString &profile)
{
    auto *result = new SecretJob(this);
    if (m_sessionSecrets.contains(profile)) {
        const QString secret = m_sessionSecrets.value(profile);
        QTimer::singleShot(0, result,
                           [result, secret] { result->finish(SecretJob::Status::Ok, secret); });
        return result;
    }
    auto *job = new QKeychain::ReadPasswordJob(QLatin1StringView(ServiceName), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKeyOf(profile));
    connect(job, &QKeychain::Job::finished, result, [result, job] {
        finishWith(result, job->error(), job->error() ? QString() : job->textData(),
                   job->errorString());
    });
    job->start();
    return result;
}

SecretJob *SecretStore::writeSecret(const QString &profile, const QString &secret)
{
    auto *result = new SecretJob(this);
    auto *job = new QKeychain::WritePasswordJob(QLatin1StringView(ServiceName), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKeyOf(profile));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, result, [this, result, job, profile] {
        if (!job->error())
            m_sessionSecrets.remove(profile); // the keychain copy is the one to use now
        finishWith(result, job->error(), {}, job->errorString());
    });
    job->start();
    return result;
}

SecretJob *SecretStore::deleteSecret(const QString &profile)
{
    m_sessionSecrets.remove(profile);
    auto *result = new SecretJob(this);
    auto *job = new QKeychain::DeletePasswordJob(QLatin1StringView(ServiceName), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKeyOf(profile));
    connect(job, &QKeychain::Job::finished, result, [result, job] {
        // Deleting what is not there leaves the keychain as wanted.
        if (job->error() == QKeychain::EntryNotFound)
            result->finish(SecretJob::Status::Ok);
        else
            finishWith(result, job->error(), {}, job->errorString());
    });
    job->start();
    return result;
}

void SecretStore::setSessionSecret(const QString &profile, const QString &secret)
{
    m_sessionSecrets.insert(profile, secret);
}

void SecretStore::forgetSessionSecret(const QString &profile)
{
    m_sessionSecrets.remove(profile);
}

bool SecretStore::hasSessionSecret(const QString &profile) const
{
    return m_sessionSecrets.contains(profile);
}

} // namespace plc
