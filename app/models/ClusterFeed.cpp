#include "models/ClusterFeed.h"

#include "models/ClusterTableModel.h"
#include "services/ClusterService.h"

#include <utility>

namespace plc {

ClusterFeed::ClusterFeed(ClusterService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_model(new ClusterTableModel(this))
{}

ClusterFeed::~ClusterFeed()
{
    // As ConnectionFeed: nobody hears of the cancel of a feed being destroyed.
    blockSignals(true);
    if (m_job)
        m_job->cancel();
}

void ClusterFeed::refresh()
{
    // Taken out first: a load cancelled here is superseded, not cancelled from outside.
    if (QPointer<Job> previous = std::exchange(m_job, nullptr))
        previous->cancel();
    m_pages = 0;
    m_items = 0;
    m_lastError = {};
    auto *job = m_service->listClusters();
    m_job = job;
    connect(job, &Job::progress, this, [this](int pages, qint64 items) {
        m_pages = pages;
        m_items = items;
        Q_EMIT stateChanged();
    });
    // Cancelled from outside (the account was switched): no longer loading; the rows stay.
    job->onCancelled(this, [this, job] {
        if (m_job == job) {
            m_job.clear();
            Q_EMIT stateChanged();
        }
    });
    job->onFinished(
        this,
        [this](const QList<Cluster> &clusters) {
            m_job.clear();
            m_model->apply(clusters);
            m_lastRefresh = QDateTime::currentDateTime();
            Q_EMIT stateChanged();
            Q_EMIT loaded(true);
        },
        [this](const ApiError &error) {
            m_job.clear();
            m_lastError = error; // the last good rows stay
            Q_EMIT stateChanged();
            Q_EMIT loaded(false);
        });
    Q_EMIT stateChanged();
}

void ClusterFeed::reset()
{
    if (QPointer<Job> previous = std::exchange(m_job, nullptr))
        previous->cancel();
    m_model->setClusters({});
    m_lastRefresh = {};
    m_lastError = {};
    m_pages = 0;
    m_items = 0;
    Q_EMIT stateChanged();
}

} // namespace plc
