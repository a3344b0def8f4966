#pragma once

#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QWizard>

namespace plc {

class PrivateLinkService;
class Watcher;

/// What the pages of the delete wizard share.
struct DeleteContext
{
    PrivateLinkService *service = nullptr;
    Watcher *watcher = nullptr;
    Cluster cluster;
    PrivateLinkConnection connection; ///< refreshed by a Get when the wizard opens
};

/// Delete a private link connection: what depends on it, the connection's name typed to
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

Q_SIGNALS:
    void deleted(const QString &connectionId);

private:
    DeleteContext m_context;
};

} // namespace plc
