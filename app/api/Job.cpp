#include "Job.h"

namespace plc {

Job::Job(QObject *parent)
    : QObject(parent)
{}

Job::~Job() = default;

void Job::cancel()
{
    if (m_finished)
        return;
    abortWork();
    finishWithError(ApiError::cancelled());
}

void Job::finishWithError(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    finish();
}

void Job::finishOk()
{
    if (m_finished)
        return;
    finish();
}

void Job::finish()
{
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace plc
