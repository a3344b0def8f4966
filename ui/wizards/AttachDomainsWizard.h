#pragma once

#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QWizard>

namespace plc {

class PrivateLinkService;
class Watcher;

/// What the pages of the attach wizard share.
struct AttachContext
{
    PrivateLinkService *service = nullptr;
    Watcher *watcher = nullptr;
    Cluster cluster;
    PrivateLinkConnection connection;
    DomainType type = DomainType::Unknown;
    QString uniqueName;                  ///< typed (Confluent) or empty (TiDB Cloud managed)
    std::optional<AttachDomain> preview; ///< the dry run's answer
    std::optional<AttachDomain> attached;
};

/// Attach Domains to an Active private link connection: the domain type the connection's type
/// supports, a dry run that shows the unique name and every domain that will be attached, the
/// attach with that unique name, and the domains followed until they are Active.
class AttachDomainsWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachDomainsWizard)

public:
    enum PageId { TypePage, PreviewPage, ProgressPage };

    AttachDomainsWizard(PrivateLinkService *service, Watcher *watcher, const Cluster &cluster,
                        const PrivateLinkConnection &connection, QWidget *parent = nullptr);

    const AttachContext &context() const { return m_context; }

Q_SIGNALS:
    /// The server accepted the attach; the console refreshes the connection.
    void attached(const QString &connectionId);

private:
    AttachContext m_context;
};

} // namespace plc
