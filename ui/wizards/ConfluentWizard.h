#pragma once

#include "domain/Cluster.h"
#include "domain/PrivateLink.h"

#include <QWizard>

namespace plc {

class PrivateLinkService;
class Watcher;

/// What the pages of the Confluent Cloud flow share.
struct ConfluentContext
{
    PrivateLinkService *service = nullptr;
    Watcher *watcher = nullptr;
    Cluster cluster;
    AvailabilityZones zones;
    QStringList takenNames; ///< the cluster's connection names
    QString uniqueName;     ///< the Confluent network's, from step 1
    std::optional<PrivateLinkConnection> created;
};

/// Connect to Confluent Cloud (the document "Connect to Confluent Cloud via a Private Link
/// Connection"), for a cluster on AWS: (1) the Confluent Cloud network's unique name from its
/// DNS subdomain; (2) a PrivateLink Access with TiDB Cloud's AWS account ID; (3) the Dedicated
/// cluster in that network; (4) the VPC Service Endpoint, then one run that creates the
/// private link connection (Confluent Cloud accepts it by itself), attaches the Confluent
/// domains and follows them until they are Active.
class ConfluentWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfluentWizard)

public:
    enum PageId { NetworkPage, AccessPage, ClusterPage, EndpointPage, ProgressPage };

    ConfluentWizard(PrivateLinkService *service, Watcher *watcher, const Cluster &cluster,
                    const AvailabilityZones &zones, const QStringList &takenNames,
                    QWidget *parent = nullptr);

    const ConfluentContext &context() const { return m_context; }
    /// While the run goes on, closing asks first: the domains are attached only while the
    /// wizard is open.
    void reject() override;

Q_SIGNALS:
    /// The connection was created (the console selects it); more changes follow.
    void created(const QString &connectionId);

private:
    ConfluentContext m_context;
};

} // namespace plc
