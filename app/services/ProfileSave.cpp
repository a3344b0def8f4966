#include "services/ProfileSave.h"

#include "services/ProfileStore.h"
#include "services/SecretStore.h"

#include <QUuid>

namespace plc {

ProfileSaveJob *ProfileSaveJob::start(ProfileStore *profiles, SecretStore *secrets,
                                      ProfileSaveRequest request, QObject *parent)
{
    auto *job = new ProfileSaveJob(profiles, secrets, std::move(request), parent);
    // On the next turn of the event loop, so that the caller connects first.
    QTimer::singleShot(0, job, [job] { job->next(); });
    return job;
}

ProfileSaveJob::ProfileSaveJob(ProfileStore *profiles, SecretStore *secrets,
                               ProfileSaveRequest request, QObject *parent)
    : ValueJob(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_request(std::move(request))
{
    // The profile keeps its keyId through an edit or a rename; a new one gets a random one,
    // never its name (an entry left under a name must not become a new profile's key).
    const QString existing =
        m_request.previousName.isEmpty() ? m_request.profile.name : m_request.previousName;
    const auto saved = m_profiles->profile(existing);
    m_request.profile.keyId = saved && !m_request.previousName.isEmpty()
                                  ? saved->keyId
                                  : QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString keyId = m_request.profile.keyId;
    if (!m_request.sessionOnly && !m_request.privateKey.isEmpty())
        m_entries.append({keyId, m_request.privateKey, std::nullopt, false});
    for (auto it = m_request.providerKeys.cbegin(); it != m_request.providerKeys.cend(); ++it)
        m_entries.append({keyId + u'/' + it.key(), it.value(), std::nullopt, false});
}

void ProfileSaveJob::next()
{
    if (isFinished())
        return;
    if (m_at == m_entries.size()) {
        saveProfile();
        return;
    }
    Entry &entry = m_entries[m_at];
    // First what the entry holds now, to put it back if the save cannot be completed.
    SecretJob *read = m_secrets->readSecret(entry.name);
    m_step = read;
    connect(read, &Job::finished, this, [this, read] {
        if (isFinished())
            return;
        Entry &current = m_entries[m_at];
        if (read->status() == SecretJob::Status::Ok)
            current.previous = read->secret();
        else if (read->status() != SecretJob::Status::NotFound) {
            undo(read->error());
            return;
        }
        SecretJob *write = m_secrets->writeSecret(current.name, current.value);
        m_step = write;
        connect(write, &Job::finished, this, [this, write] {
            if (isFinished())
                return;
            if (!write->succeeded()) {
                undo(write->error());
                return;
            }
            m_entries[m_at].written = true;
            ++m_at;
            next();
        });
    });
}

void ProfileSaveJob::saveProfile()
{
    const ProfileSaveRequest &r = m_request;
    const bool saved = r.previousName.isEmpty() ? m_profiles->save(r.profile)
                                                : m_profiles->rename(r.previousName, r.profile);
    if (!saved) {
        undo(ApiError::file(
            ProfileStore::tr("The profile could not be saved. Check that the settings folder is "
                             "writable.")));
        return;
    }
    if (r.sessionOnly && !r.privateKey.isEmpty())
        m_secrets->setSessionSecret(r.profile.keyId, r.privateKey);
    finishWithValue(r.profile);
}

void ProfileSaveJob::putBack()
{
    // Each entry written goes back to what it held. The keychain takes these in order; their
    // answers are not waited for.
    for (Entry &entry : m_entries) {
        if (!entry.written)
            continue;
        if (entry.previous)
            m_secrets->writeSecret(entry.name, *entry.previous);
        else
            m_secrets->deleteSecret(entry.name);
        entry.written = false;
    }
}

void ProfileSaveJob::undo(const ApiError &error)
{
    putBack();
    finishWithError(error);
}

void ProfileSaveJob::abortWork()
{
    // A save stopped half-way leaves nothing half-done either.
    if (m_step)
        m_step->cancel();
    putBack();
}

} // namespace plc
