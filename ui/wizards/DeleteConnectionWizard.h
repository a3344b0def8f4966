#pragma once

#include "domain/Changefeed.h"
#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QWizard>

namespace plc {

class ChangefeedService;
class PrivateLinkService;
class Watcher;

/// What the pages of the delete wizard share.
struct DeleteContext
{
    PrivateLinkService *service = nullptr;
    Watcher *watcher = nullptr;
    Cluster cluster;
    PrivateLinkConnection connection; ///< refreshed by a Get when the wizard opens
    ChangefeedService *changefeeds = nullptr;
    bool changefeedsKnown = false; ///< read again when the wizard opens
    QList<Changefeed> through;     ///< the changefeeds through the connection
};

/// Delete a private link connection: what depends on it (its domains, the changefeeds through
/// it — a RUNNING one needs an explicit acknowledgement), the connection's name typed to
/// confirm, the equivalent ticloud command, then Deleting followed until it is gone.
class DeleteConnectionWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteConnectionWizard)

public:
    enum PageId { ConfirmPage, ProgressPage };

    DeleteConnectionWizard(PrivateLinkService *service, Watcher *watcher, const Cluster &cluster,
                           const PrivateLinkConnection &connection, QWidget *parent = nullptr);

    const DeleteContext &context() const { return m_context; }
    /// The changefeeds known so far; with a service they are read again as the page opens.
    void setChangefeeds(ChangefeedService *service, bool known, const QList<Changefeed> &through)
    {
        m_context.changefeeds = service;
        m_context.changefeedsKnown = known;
        m_context.through = through;
    }

Q_SIGNALS:
    void deleted(const QString &connectionId);

private:
    DeleteContext m_context;
};

} // namespace plc
