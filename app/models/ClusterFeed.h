#pragma once

#include "base/Job.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace plc {

class ClusterService;
class ClusterTableModel;

/// The cluster list as the window shows it: owns the model, loads every page, keeps the last
/// good rows when a refresh fails, and says what it is doing (loading with pages so far,
/// loaded, failed with which error). A newer refresh supersedes an older one, whose result
/// never reaches the model.
class ClusterFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterFeed)

public:
    explicit ClusterFeed(ClusterService *service, QObject *parent = nullptr);
    ~ClusterFeed() override;

    ClusterTableModel *model() const { return m_model; }

    bool isLoading() const { return m_job != nullptr; }
    int pagesLoaded() const { return m_pages; }
    qint64 itemsLoaded() const { return m_items; }
    /// The error of the last load; Kind::None after a good one.
    const ApiError &lastError() const { return m_lastError; }
    /// When the rows were last loaded in full; invalid before the first good load.
    QDateTime lastRefresh() const { return m_lastRefresh; }

    /// Loads the list again (cancelling a load under way).
    void refresh();
    /// Another account: no rows, no error, nothing loading.
    void reset();

Q_SIGNALS:
    /// Loading started or ended, or pages arrived: the status line is out of date.
    void stateChanged();
    /// A load ended; on failure the last good rows stay and lastError() says why.
    void loaded(bool ok);

private:
    ClusterService *m_service;
    ClusterTableModel *m_model;
    QPointer<Job> m_job;
    int m_pages = 0;
    qint64 m_items = 0;
    ApiError m_lastError;
    QDateTime m_lastRefresh;
};

} // namespace plc
