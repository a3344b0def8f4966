#pragma once

#include "domain/Changefeed.h"
#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QWizard>

namespace plc {

class PrivateLinkService;
class Watcher;

/// What the pages of the detach wizard share.
struct DetachContext
{
    PrivateLinkService *service = nullptr;
    Watcher *watcher = nullptr;
    Cluster cluster;
    PrivateLinkConnection connection;  ///< refreshed by a Get when the wizard opens
    QString preselectedId;             ///< the group to offer first, if any
    std::optional<AttachDomain> group; ///< the one picked
    bool changefeedsKnown = false;     ///< whether the cluster's changefeeds could be read
    QList<Changefeed> changefeeds;     ///< those through the connection
};

/// Detach Domains: pick one attached domain group (its ID, type, unique name and domains), see
/// which names stop resolving through the connection, confirm, and follow until it is gone.
class DetachDomainsWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetachDomainsWizard)

public:
    enum PageId { PickPage, ConfirmPage, ProgressPage };

    DetachDomainsWizard(PrivateLinkService *service, Watcher *watcher, const Cluster &cluster,
                        const PrivateLinkConnection &connection, const QString &preselectedId = {},
                        QWidget *parent = nullptr);

    const DetachContext &context() const { return m_context; }
    /// The changefeeds through the connection, to name the Kafka ones that depend on it.
    void setChangefeeds(bool known, const QList<Changefeed> &through)
    {
        m_context.changefeedsKnown = known;
        m_context.changefeeds = through;
    }

Q_SIGNALS:
    void detached(const QString &connectionId);

private:
    DetachContext m_context;
};

} // namespace plc
